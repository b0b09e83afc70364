// Language detection counts each piece of the prose sample separately and adds the counts up, so
// that a keystroke re-counts one paragraph: the answer must be the one for the whole sample.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from '../../server/src/core/language';
import { parseSubmission, SubmissionParser } from '../../server/src/core/parse';
import { proseSample, sampleLanguage } from '../../server/src/rules/language';
import { generateSubmission } from '../support/generate';

const EXAMPLES = path.resolve(__dirname, '../../examples');

describe('language detection', () => {
  for (const name of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))) {
    it(`${name}: the pieces give the answer of the whole sample, the declared language`, () => {
      const sub = parseSubmission(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
      const pieces = proseSample(sub);
      assert.ok(pieces.length > 1, 'a sample of several pieces');
      const byPiece = detectLanguage(pieces);
      const whole = detectLanguage([pieces.join('\n')]);
      assert.deepEqual(byPiece, whole);
      assert.equal(byPiece.language, sub.declaredLanguage);
      assert.deepEqual(sampleLanguage(sub), whole);
      // Asked again with one piece changed, it still counts the others right.
      const edited = [...pieces];
      edited[edited.length - 1] += ' and the';
      assert.deepEqual(detectLanguage(edited), detectLanguage([edited.join('\n')]));
    });
  }

  it('counts node by node while typing, with the answer of the whole sample at every keystroke', () => {
    for (const language of ['en', 'fr'] as const) {
      let text: string = generateSubmission({ bytes: 30_000, language, seed: 11, brokenNumbering: true });
      // The server's parser: nodes of untouched blocks are reused, with their counts.
      const parser = new SubmissionParser({ recycleTrees: true });
      let at = text.indexOf('. ', 6000) + 1;
      for (const c of ' le tribunal a jugé the court held que la demande; the request\n\n1. New item of the\n') {
        text = `${text.slice(0, at)}${c}${text.slice(at)}`;
        at++;
        const sub = parser.parse(text);
        assert.deepEqual(sampleLanguage(sub), detectLanguage([proseSample(sub).join('\n')]), `${language}, after typing ${JSON.stringify(c)} at ${at}`);
      }
    }
  });

  it('keeps words with accents and Spanish endings apart', () => {
    const es = 'La extradición de la persona reclamada no es compatible con el artículo 3 del Convenio, y las autoridades no han dado garantías sobre las condiciones de detención. '.repeat(3);
    const fr = "L'extradition de la personne réclamée n'est pas compatible avec l'article 3 de la Convention, et les autorités n'ont donné aucune garantie. ".repeat(3);
    assert.equal(detectLanguage([es]).language, 'es');
    assert.equal(detectLanguage([fr]).language, 'fr');
    assert.equal(detectLanguage([es, fr]).language, detectLanguage([`${es}\n${fr}`]).language);
  });
});
