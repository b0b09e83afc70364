// A keystroke in a long submission reads its text through core/source.ts: the previous whole
// string with the replacements since. Nothing the parser and the checks run at a keystroke may
// make the new version one string (a copy of the whole document per keystroke, the cost this
// removed), and what they find must still be what a fresh check of the same text finds.
import { strict as assert } from 'node:assert';
import { RopeDocument } from '../../server/src/documents';
import { AnalysisCache } from '../../server/src/service/analysis';
import { generateSubmission } from '../support/generate';

const options = () => ({ today: '2026-12-07' });

/** Offsets of several kinds of places to type at: prose, a paragraph's number, a heading, the end. */
function places(text: string): number[] {
  const middle = text.indexOf('. ', text.length >> 1) + 1;
  const numbered = text.indexOf('\n\n1', text.length >> 2) + 2;
  const heading = text.indexOf('\n## ', text.length >> 1) + 4;
  return [middle, numbered, heading, text.length];
}

for (const language of ['en', 'fr'] as const) {
  describe(`keystrokes read the text without making it one string (${language})`, () => {
    it('types, deletes and breaks lines at several places; each version is checked as a fresh check would', () => {
      const text = generateSubmission({ bytes: 40_000, language, seed: 11, brokenNumbering: true });
      let doc = RopeDocument.create('file:///typed.md', 'markdown', 1, text);
      const cache = new AnalysisCache(options);
      cache.get(doc);
      const edits: { offset: number; remove: number; insert: string }[] = [];
      for (const at of places(text)) edits.push({ offset: at, remove: 0, insert: 'a' }, { offset: at + 1, remove: 0, insert: ' (Exhibit D2)' }, { offset: at, remove: 3, insert: '' }, { offset: at, remove: 0, insert: '\n\n' });
      let made = 0;
      for (const e of edits) {
        const start = doc.positionAt(Math.min(e.offset, doc.length));
        const end = doc.positionAt(Math.min(e.offset + e.remove, doc.length));
        doc = RopeDocument.update(doc, [{ range: { start, end }, text: e.insert }], doc.version + 1);
        const typed = cache.get(doc);
        if (typed.submission.source.isFlat) made++;
        const fresh = new AnalysisCache(options).get(RopeDocument.create('file:///fresh.md', 'markdown', 1, doc.getText()));
        assert.deepStrictEqual(typed.findings, fresh.findings, `after ${JSON.stringify(e)}`);
      }
      assert.equal(made, 0, `${made} of ${edits.length} keystrokes made the whole text one string`);
    });
  });
}
