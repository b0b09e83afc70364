// Quick fixes: each applies cleanly, keeps the YAML valid and the line endings, and resolves or
// narrows the finding it fixes.
import { strict as assert } from 'node:assert';
import { editForFix, type TextEdit } from '../../server/src/core/fixes';
import { parseSubmission } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { examples, removeKey, TODAY } from '../helpers';

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

function findingsOf(text: string) {
  const sub = parseSubmission(text);
  return { sub, findings: checkSubmission(sub, { today: TODAY }) };
}

describe('quick fixes', () => {
  for (const ex of examples()) {
    for (const eol of ['\n', '\r\n']) {
      it(`insert every missing section of ${ex.name} (${eol === '\n' ? 'LF' : 'CRLF'}) in place and in its language`, () => {
        let text = ex.text.replace(/\n/g, eol);
        const sub = parseSubmission(text);
        // Remove all recognised sections, then insert them back one by one through the quick fix.
        for (const s of [...sub.sections].reverse()) text = text.slice(0, s.span.start) + text.slice(s.span.end);
        for (let round = 0; round < 12; round++) {
          const { sub: current, findings } = findingsOf(text);
          const fix = findings.flatMap((f) => f.fixes).find((x) => x.kind === 'insert-section');
          if (!fix) break;
          const edit = editForFix(current, fix)!;
          text = apply(text, edit.edits);
        }
        const { sub: after, findings } = findingsOf(text);
        assert.ok(!findings.some((f) => f.message.startsWith('Missing') || f.fixes.some((x) => x.kind === 'insert-section')));
        assert.equal(after.frontmatter!.syntaxErrors.length, 0);
        if (eol === '\r\n') assert.ok(!/[^\r]\n/.test(text), 'inserted LF into a CRLF document');
        // Sections come back in the usual order, as headings in the document's language.
        const order = after.sections.map((s) => s.id);
        assert.deepEqual(order, [...order].sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b)));
      });
    }
  }

  it('adds a missing frontmatter key at the right indentation, as a placeholder still flagged', () => {
    const ex = examples().find((e) => e.name === 'ccf-deletion-en.md')!;
    const text = ex.text.replace('  identity_document: A1\n', '').replace(/signed:\n(  .*\n)+/, '');
    const { sub, findings } = findingsOf(text);
    for (const path of ['applicant.identity_document', 'signed']) {
      const f = findings.find((x) => x.fixes.some((fx) => fx.kind === 'add-key' && fx.path === path))!;
      assert.ok(f, path);
      const fixed = apply(text, editForFix(sub, f.fixes[0])!.edits);
      const after = findingsOf(fixed);
      assert.equal(after.sub.frontmatter!.syntaxErrors.length, 0, fixed);
      assert.ok(after.sub.frontmatter!.locations.has(path), `${path} added`);
      assert.ok(after.findings.some((x) => x.message.includes('template text')), 'still flagged until filled in');
    }
  });

  it('declares an undeclared exhibit in the existing list', () => {
    const ex = examples().find((e) => e.name === 'extradition-defence-en.md')!;
    const text = ex.text.replace('(Exhibit D2)', '(Exhibit D9)');
    const { sub, findings } = findingsOf(text);
    const f = findings.find((x) => x.fixes.some((fx) => fx.kind === 'declare-exhibit'))!;
    const fixed = apply(text, editForFix(sub, f.fixes[0])!.edits);
    const after = parseSubmission(fixed);
    assert.deepEqual(after.exhibits.map((e) => e.id), ['D1', 'D2', 'D3', 'D9']);
  });

  it('adds the exhibits list when there is none', () => {
    const ex = examples().find((e) => e.name === 'ccf-deletion-en.md')!;
    const text = removeKey(ex.text, 'exhibits');
    const { sub, findings } = findingsOf(text);
    const f = findings.find((x) => x.fixes.some((fx) => fx.kind === 'declare-exhibit'))!;
    const fixed = apply(text, editForFix(sub, f.fixes[0])!.edits);
    assert.equal(parseSubmission(fixed).exhibits.length, 1);
  });

  it('renames a misspelt key to the suggestion', () => {
    const ex = examples().find((e) => e.name === 'extradition-appeal-en.md')!;
    const text = ex.text.replace('served_on:', 'servd_on:');
    const { sub, findings } = findingsOf(text);
    const f = findings.find((x) => x.code === 'FMT-KEY')!;
    assert.match(f.message, /Did you mean “served_on”\?/);
    const fixed = apply(text, editForFix(sub, f.fixes[0])!.edits);
    assert.deepEqual(findingsOf(fixed).findings, []);
  });
});

const RANK = ['facts', 'warrants', 'rules-violated', 'bars', 'new-fact', 'urgency', 'delay', 'relief', 'annexes'];
