// Quick fixes: each applies cleanly, keeps the YAML valid and the line endings, and resolves or
// narrows the finding it fixes.
import { strict as assert } from 'node:assert';
import { editForFix, type TextEdit } from '../../server/src/core/fixes';
import { parseSubmission } from '../../server/src/core/parse';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkSubmission, evaluateSubmission } from '../../server/src/rules/index';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostic, toRange } from '../../server/src/features/diagnostics';
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

  for (const [what, tail] of [
    ['an unclosed code fence', '~~~\nquoted text\n'],
    ['an unclosed ``` fence', '```text\nquoted\n\n'],
    ['an unclosed comment', '<!-- a note to self\n\nstill the note\n'],
  ]) {
    it(`inserts a missing section before ${what} at the end, not inside it (found by the fuzzer)`, () => {
      const text = `---\nsubmission: ccf-request\n---\n${tail}`;
      const { sub, findings } = findingsOf(text);
      const finding = findings.find((f) => f.code === 'CCF-REC-02')!;
      const fixed = apply(text, editForFix(sub, finding.fixes.find((x) => x.kind === 'insert-section')!)!.edits);
      assert.ok(fixed.endsWith(tail), 'what the lawyer wrote is kept as written, at the end');
      assert.ok(!findingsOf(fixed).findings.some((f) => f.code === 'CCF-REC-02' && f.message === finding.message), fixed);
    });
  }

  it('inserts a missing section at the depth of the section it goes before, so that it does not swallow it (found by the fuzzer)', () => {
    const text = '---\nsubmission: ccf-request\n---\n## Annexes\nStatement of facts\n==================\n';
    const { sub, findings } = findingsOf(text);
    const finding = findings.find((f) => f.code === 'CCF-REC-02' && f.fixes.some((x) => x.kind === 'insert-section'))!;
    const fixed = apply(text, editForFix(sub, finding.fixes.find((x) => x.kind === 'insert-section')!)!.edits);
    assert.match(fixed, /^## Arrest warrant and judicial decisions$/m);
    assert.ok(!findingsOf(fixed).findings.some((f) => f.message === finding.message), fixed);
  });

  it('quotes a kind written as a group as it is written, not as “[object Object]” (found by the fuzzer)', () => {
    const { findings } = findingsOf('---\nsubmission: ccf-request\n  bad: indent\n---\n');
    const kind = findings.find((f) => f.code === 'FMT-KIND');
    assert.ok(kind && !/object Object/.test(kind.message), kind?.message);
  });

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

  it('does not offer to rename a key onto one that is already written (a duplicate key)', () => {
    const ex = examples().find((e) => e.name === 'ccf-deletion-en.md')!;
    const text = ex.text.replace('exhibits:', 'exhibits:\n  - id: A9\n    title: Extra\nexibits:');
    const { sub, findings } = findingsOf(text);
    const f = findings.find((x) => x.code === 'FMT-KEY' && x.message.includes('exibits'))!;
    assert.ok(f, findings.map((x) => x.message).join('\n'));
    assert.deepEqual(f.fixes, []);
    // Even a fix asked for by hand gives no edit.
    assert.equal(editForFix(sub, { kind: 'rename-key', span: sub.frontmatter!.locations.get('exibits')!.key!, to: 'exhibits' }), undefined);
  });

  it('declares an exhibit only where the YAML stays valid', () => {
    const ex = examples().find((e) => e.name === 'ccf-deletion-en.md')!;
    const base = removeKey(ex.text, 'exhibits');
    const cite = (t: string) => t.replace('power of attorney at Exhibit A2', 'power of attorney at Exhibit E1');
    const cases: [string, boolean][] = [
      [base.replace('signed:', 'exhibits:\n  passport: A1\nsigned:'), false], // a mapping
      [base.replace('signed:', 'exhibits: none\nsigned:'), false], // a scalar
      [base.replace('signed:', 'exhibits: [{id: A1}]\nsigned:'), false], // flow style
      [base.replace('signed:', 'exhibits: "{{List the exhibits}}"\nsigned:'), false], // a prompt
      [base.replace('signed:', 'exhibits:\nsigned:'), true], // empty
      [base.replace('signed:', 'exhibits:\n  - id: A1\n    title: Passport\nsigned:'), true], // a list
    ];
    for (const [before, offered] of cases) {
      const text = cite(before);
      const { sub, findings } = findingsOf(text);
      const fixes = findings.flatMap((f) => f.fixes).filter((x) => x.kind === 'declare-exhibit');
      assert.equal(fixes.length > 0, offered, before.slice(before.indexOf('exhibits'), before.indexOf('signed:')));
      assert.equal(editForFix(sub, { kind: 'declare-exhibit', id: 'E1' }) !== undefined, offered);
      if (!offered) continue;
      for (const fix of fixes) {
        const after = parseSubmission(apply(text, editForFix(sub, fix)!.edits));
        assert.equal(after.frontmatter!.syntaxErrors.length, 0);
        assert.ok(after.exhibits.some((e) => e.id === (fix as { id: string }).id));
      }
    }
  });

  it('“Add date” on an appeal notice turns the warning into a prompt to fill in, not the same warning', () => {
    const ex = examples().find((e) => e.name === 'extradition-appeal-en.md')!;
    const text = ex.text.replace(/^date: .*\n/m, '');
    const { sub, findings } = findingsOf(text);
    const f = findings.find((x) => x.fixes.some((fx) => fx.kind === 'add-key' && fx.path === 'date'))!;
    assert.ok(f, findings.map((x) => x.message).join('\n'));
    const fixed = apply(text, editForFix(sub, f.fixes[0])!.edits);
    const after = findingsOf(fixed);
    assert.equal(after.sub.frontmatter!.syntaxErrors.length, 0);
    assert.ok(!after.findings.some((x) => x.message === f.message), 'the same warning, word for word');
    const prompt = after.findings.find((x) => x.code === f.code)!;
    assert.match(prompt.message, /“date” still holds template text/);
    // A date written but not valid is not added a second time.
    const invalid = text.replace('title:', 'date: someday\ntitle:');
    const again = findingsOf(invalid);
    assert.ok(!again.findings.some((x) => x.fixes.some((fx) => fx.kind === 'add-key' && fx.path === 'date')));
    assert.equal(editForFix(again.sub, { kind: 'add-key', path: 'date' }), undefined);
  });

  it('“Add informed_of_order” on a Part 2 appeal turns the warning into a prompt to fill in (found by the fuzzer)', () => {
    const ex = examples().find((e) => e.name === 'extradition-appeal-en.md')!;
    const text = ex.text.replace('regime: uk-part-1', 'regime: uk-part-2');
    const { sub, findings } = findingsOf(text);
    const f = findings.find((x) => x.code === 'T-X-03' && x.fixes.some((fx) => fx.kind === 'add-key' && fx.path === 'informed_of_order'))!;
    assert.ok(f, findings.map((x) => `${x.code} ${x.message}`).join('\n'));
    const fixed = apply(text, editForFix(sub, f.fixes[0])!.edits);
    const after = findingsOf(fixed);
    assert.equal(after.sub.frontmatter!.syntaxErrors.length, 0);
    assert.ok(!after.findings.some((x) => x.message === f.message), 'the same warning, word for word');
    assert.match(after.findings.find((x) => x.code === 'T-X-03')!.message, /“informed_of_order” still holds template text/);
    const invalid = text.replace('served_on:', 'informed_of_order: someday\nserved_on:');
    assert.ok(!findingsOf(invalid).findings.some((x) => x.fixes.some((fx) => fx.kind === 'add-key' && fx.path === 'informed_of_order')), 'not added twice');
  });
});

describe('code actions', () => {
  it('give each finding its own fixes when two findings share a place and a code', () => {
    const ex = examples().find((e) => e.name === 'ccf-deletion-en.md')!;
    // Date of birth and identity document missing: both reported on `applicant:`, under CCF-REQ-02.
    const text = ex.text.replace(/  identity_document: .*\n/, '').replace(/  date_of_birth: .*\n/, '');
    const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
    const sub = parseSubmission(text);
    const analysis = { version: 1, submission: sub, ...evaluateSubmission(sub, { today: TODAY }) };
    const pair = analysis.findings.filter((f) => f.code === 'CCF-REQ-02');
    assert.equal(pair.length, 2);
    assert.equal(pair[0].span.start, pair[1].span.start);
    const diagnostics = analysis.findings.map((f) => toDiagnostic(doc, f, 'docs'));
    // As an editor that sends `data` back, and as one that does not.
    const bare = diagnostics.map(({ data: _data, ...d }) => d);
    for (const sent of [diagnostics, bare]) {
      const actions = codeActions(doc, analysis, toRange(doc, pair[0].span), sent);
      for (const f of pair) {
        const key = (f.fixes[0] as { path: string }).path.split('.').pop()!;
        const action = actions.find((a) => a.diagnostics?.[0]?.message === f.message);
        assert.ok(action, `an action for “${f.message.slice(0, 60)}”`);
        const inserted = Object.values(action.edit!.changes!)[0][0].newText;
        assert.match(inserted, new RegExp(`^\\s*${key}:`), `the fix of the finding on ${key} adds ${key}`);
      }
    }
  });
});

const RANK = ['facts', 'warrants', 'rules-violated', 'bars', 'new-fact', 'urgency', 'delay', 'relief', 'annexes'];
