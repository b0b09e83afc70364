// Repealed provisions (SK-03, citation.repealed): a citation of the provision or of one of its
// paragraphs is reported, a different provision that only starts with the same digits is not.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSubmission } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { ROOT, TODAY } from '../helpers';
import { typedInto } from '../support/typedInto';

const BASE = fs.readFileSync(path.join(ROOT, 'test/legal/extradition-defence/hostage-taking-en.md'), 'utf8');

/** The citations reported as repealed, by the text they cover, in a skeleton whose bars cite `cited`. */
function repealedIn(cited: string[]): string[] {
  const bars = cited.map((c, i) => `${i + 1}. Counsel relies on ${c} of the Extradition Act 2003.`).join('\n');
  const text = BASE.replace(/## Bars to extradition\n[\s\S]*?\n## /, `## Bars to extradition\n\n${bars}\n\n## `);
  assert.notEqual(text, BASE, 'the fixture no longer has the section this test replaces');
  return checkSubmission(parseSubmission(text), { today: TODAY })
    .filter((f) => f.code === 'SK-03' && /no longer has effect/.test(f.message))
    .map((f) => text.slice(f.span.start, f.span.end));
}

describe('cited provisions: repealed ones', () => {
  it('reports the provision itself and its paragraphs, in any letter case', () => {
    const found = repealedIn(['section 16', 'section 16(2)', 'section 11(1)(e)', 'section 11(1)(e)(i)', 'section 79(1)(D)', 'section 83']);
    assert.equal(found.length, 6, found.join(' | '));
    for (const [i, n] of ['16', '16(2)', '11(1)(e)', '11(1)(e)(i)', '79(1)(D)', '83'].entries()) assert.match(found[i], new RegExp(n.replace(/[()]/g, '\\$&')));
  });

  it('does not report a provision that only begins like a repealed one', () => {
    assert.deepEqual(repealedIn(['section 161', 'section 11(1)(ea)', 'section 11(1)', 'section 79(1)(da)', 'section 831']), []);
  });
});

describe('cited provisions: typed into, as the server keeps a document', () => {
  // The server's parser moves what it keeps (recycleTrees), and the check works out each citation
  // once; after every edit its findings must be those of a fresh check of the same text.
  it('reports after each edit what a fresh check reports, the regime included', () => {
    const bars = ['Counsel relies on section 12 of the Extradition Act 2003.', 'And on section 16 of the Extradition Act 2003.', 'And on section 82 of the Extradition Act 2003.']
      .map((p, i) => `${i + 1}. ${p}`)
      .join('\n');
    const edit = typedInto(BASE.replace(/## Bars to extradition\n[\s\S]*?\n## /, `## Bars to extradition\n\n${bars}\n\n## `), TODAY);
    // The cited-provision findings, each starting with the text it covers.
    const check = (what: string, from?: string, to?: string) => edit(what, from, to).filter((f) => f.startsWith('SK-03')).map((f) => f.slice('SK-03 '.length));
    const first = check('first version');
    // Section 16 is repealed; section 82 is in Part 2, and the skeleton declares a Part 1 case.
    assert.equal(first.length, 2, first.join(' | '));
    check('a word typed before them', 'Counsel relies', 'Counsel firmly relies');
    assert.equal(check('a fine citation made a repealed one', 'section 12 of', 'section 83 of').length, 3);
    assert.equal(check('a repealed one made fine', 'section 16 of', 'section 17 of').length, 2);
    // In a Part 2 case, section 82 is in the right Part and section 17 in the wrong one.
    const part2 = check('the regime changed to Part 2', 'regime: uk-part-1', 'regime: uk-part-2');
    assert.ok(part2.some((f) => f.startsWith('section 17')) && !part2.some((f) => f.startsWith('section 82')), part2.join(' | '));
    const part1 = check('and back', 'regime: uk-part-2', 'regime: uk-part-1');
    assert.ok(part1.some((f) => f.startsWith('section 82')) && !part1.some((f) => f.startsWith('section 17')), part1.join(' | '));
    check('a paragraph removed', '\n2. And on section 17 of the Extradition Act 2003.', '');
  });
});
