// What a long editing session keeps alive. The incremental parser keeps blocks, citations and the
// frontmatter from one version to the next; none of them may keep the whole text of the version
// it was read from (V8 slices are views on the whole string), or memory grows by one version of
// the document for every place edited.
import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { SubmissionParser } from '../../server/src/core/parse';
import { RopeDocument } from '../../server/src/documents';
import { AnalysisCache } from '../../server/src/service/analysis';
import { checkSubmission } from '../../server/src/rules/index';
import { generateSubmission } from '../support/generate';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

describe('memory over an editing session', function () {
  this.timeout(120_000);

  it('does not keep earlier versions of a 1 MB submission alive after edits in 40 places', () => {
    // French: its ’ makes the text two bytes a character, 2 MB a version.
    let text: string = generateSubmission({ bytes: 1_000_000, language: 'fr', seed: 5, brokenNumbering: true });
    const parser = new SubmissionParser({ recycleTrees: true });
    const type = (at: number, s: string) => {
      text = text.slice(0, at) + s + text.slice(at);
      checkSubmission(parser.parse(text), { today: '2026-12-02' });
    };
    checkSubmission(parser.parse(text), { today: '2026-12-02' });
    type(text.indexOf('\n---', 4), '\nnotes: x'); // the frontmatter, read again and kept
    const before = heapMb();
    const places = [...text.matchAll(/\n(?:\d+\. |#+ )/g)].map((m) => m.index! + m[0].length);
    for (let i = 0; i < 40; i++) {
      const at = places[Math.floor(((i + 0.5) / 40) * places.length)];
      type(at, 'x');
      type(at + 1, 'y');
    }
    const grown = heapMb() - before;
    // One version is 2 MB: 40 kept would be 80 MB more.
    assert.ok(grown < 10, `the heap grew by ${grown.toFixed(1)} MB over 40 places edited`);
  });

  it('lets go of the copies of a passage pasted a thousand times once all but three are deleted', () => {
    // A block whose text occurs several times keeps a copy of its nodes per occurrence
    // (core/incremental.ts, Variant.twin); the copies past the occurrences still there must go.
    const base = `---\nsubmission: ccf-request\nlanguage: en\n---\n\n# Facts\n\nIntroduction.\n\n`;
    const quote = `> ${'The District Judge found that the request was made for the purpose of punishing the applicant. '.repeat(4)}\n\nThe same words after it, with Exhibit A1.\n\n`;
    const text = (times: number) => `${base}${quote.repeat(times)}Closing.\n`;
    const parser = new SubmissionParser({ recycleTrees: true });
    parser.parse(text(3));
    parser.parse(text(3));
    const before = heapMb();
    parser.parse(text(1_000));
    // Cut at every paragraph, as the server does while the editor is idle: one block per occurrence.
    const refining = parser.refineSteps(0, Infinity);
    while (!refining.next().done);
    parser.parse(text(3));
    parser.parse(text(3));
    const after = heapMb();
    assert.ok(after - before < 1, `${(after - before).toFixed(1)} MB more after the copies were deleted`);
  });

  it('lets a scavenge keep only the current version of the text, not each one typed since the last', async () => {
    // Objects that outlive a version (kept in caches, or allocated in the old generation once V8
    // sees their kind survive) and that point at a version's text make every young collection keep
    // that text: the renumbering fixes held it to build the fix later, and a scavenge after eight
    // keystrokes at 1 MB promoted all eight texts (7.7 MB), the old generation growing 120-128 MB
    // per 100 keystrokes against 48-53 MB once they no longer did.
    const text = generateSubmission({ bytes: 1_000_000, language: 'en', seed: 1, brokenNumbering: true });
    let doc = RopeDocument.create('file:///memory.md', 'submission', 1, text);
    const cache = new AnalysisCache(() => ({ today: '2026-12-07', onCheckFailed: () => {} }));
    cache.get(doc);
    await cache.refine(doc, () => true);
    const at = doc.positionAt(text.indexOf('. ', text.length >> 1) + 1);
    let typed = 0;
    const type = () => {
      const p = { line: at.line, character: at.character + typed };
      doc = RopeDocument.update(doc, [{ range: { start: p, end: p }, text: 'abc '[typed++ % 4] }], doc.version + 1);
      cache.get(doc);
    };
    for (let i = 0; i < 50; i++) type();
    heapMb();
    const largeObjects = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'large_object_space')!.space_used_size;
    const before = largeObjects();
    for (let i = 0; i < 8; i++) type();
    (vm.runInNewContext('gc') as (o: object) => void)({ type: 'minor' });
    const promoted = (largeObjects() - before) / text.length;
    assert.ok(promoted < 2.5, `one scavenge promoted ${promoted.toFixed(1)} versions' worth of text`);
  });
});
