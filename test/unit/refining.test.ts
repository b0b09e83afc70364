// AnalysisCache.refine re-cuts a fresh document's coarse blocks while the editor is idle: the
// tree is the same, its nodes are new objects. What the checks keep with a node must be worked
// out for those new nodes before the next keystroke, not by it.
import { strict as assert } from 'node:assert';
import { RopeDocument } from '../../server/src/documents';
import { AnalysisCache } from '../../server/src/service/analysis';
import { generateSubmission } from '../support/generate';

describe('refining a fresh document', () => {
  it('checks the re-cut tree while idle, not at the next keystroke', async () => {
    const text = generateSubmission({ bytes: 60_000, language: 'en', seed: 5, brokenNumbering: true });
    let doc = RopeDocument.create('file:///refine.md', 'markdown', 1, text);
    const cache = new AnalysisCache(() => ({ today: '2026-11-22' }));
    const opened = cache.get(doc);
    await cache.refine(doc, () => true);
    assert.ok(cache.isRefined(doc.uri));
    const refined = cache.get(doc);
    assert.notEqual(refined.submission, opened.submission, 'the re-cut tree is the analysis now');
    // Checked again: findings of its own (what the checks keep with its nodes made on the way),
    // the same as the coarse tree's, the text being the same.
    assert.notEqual(refined.findings, opened.findings, 'the re-cut tree was checked');
    assert.deepStrictEqual(refined.findings, opened.findings, 'same text, same findings');
    // And a keystroke then gives what a full check gives.
    const at = text.lastIndexOf('. ') + 1;
    const position = doc.positionAt(at);
    doc = RopeDocument.update(doc, [{ range: { start: position, end: position }, text: ' x' }], 2);
    const typed = cache.get(doc);
    const fresh = new AnalysisCache(() => ({ today: '2026-11-22' })).get(RopeDocument.create('file:///fresh.md', 'markdown', 1, doc.getText()));
    assert.deepStrictEqual(typed.findings, fresh.findings);
  });
});
