// The properties the fuzzer checks on random and mutated submissions (test/fuzz/submissions.ts).
// Used by test/unit/fuzz.test.ts (a few thousand cases in `npm test`) and by scripts/fuzz.ts
// (`npm run fuzz -- --runs 100000`, which prints its seed and shrinks a failure).
import { strict as assert } from 'node:assert';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editForFix, type TextEdit } from '../../server/src/core/fixes';
import { ropeDocuments } from '../../server/src/documents';
import type { Submission } from '../../server/src/core/model';
import { parseSubmission, SubmissionParser } from '../../server/src/core/parse';
import { lineColumns } from '../../server/src/core/positions';
import { RULES } from '../../server/src/data/rules';
import { renderSubmission } from '../../server/src/export/index';
import { codeActions } from '../../server/src/features/codeActions';
import { completions } from '../../server/src/features/completion';
import { toDiagnostic, toRange } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { documentSymbols } from '../../server/src/features/symbols';
import { evaluateSubmission, type Finding } from '../../server/src/rules/index';
import type { Analysis } from '../../server/src/service/analysis';
import { anySubmission, applyMutation, editSequence, mutationBounds, type Mutation } from './submissions';
import { withPlainPoints } from '../support/points';

const TODAY = '2026-11-22';
const RULE_IDS = new Set<string>(RULES.map((r) => r.id));
/** A slot left unfilled, or a value JavaScript printed for want of one. */
const GARBLED = /(?<!\{)\{[a-zA-Z]\w*\}(?!\})|\[object \w+\]|\bundefined\b|\bNaN\b/;

function analyse(text: string): Analysis {
  const submission = parseSubmission(text);
  // Exhibit files: some exist, some do not, some are not looked at.
  const fileExists = (p: string) => (p.length % 3 === 0 ? undefined : p.length % 3 === 1);
  return { version: 1, submission, ...evaluateSubmission(submission, { today: TODAY, fileExists }) };
}

function assertSpan(span: { start: number; end: number }, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length, `${what}: span ${JSON.stringify(span)} outside 0..${length}`);
}

function assertRange(doc: TextDocument, range: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string): void {
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < doc.lineCount && p.character >= 0, `${what}: ${JSON.stringify(range)}`);
  }
}

/**
 * parse → check → outline → diagnostics → code actions → hover → completion → export: nothing
 * throws, every span and range lies in the document, every message is whole, and the export
 * gives bytes.
 */
export async function pipelineHolds(text: string, options: { exportFormat?: 'pdf' | 'docx' } = {}): Promise<void> {
  const analysis = analyse(text);
  const { findings, submission } = analysis;
  findings.forEach((f, i) => {
    assert.ok(RULE_IDS.has(f.code), `unknown code ${f.code}`);
    assertSpan(f.span, text.length, f.code);
    assert.ok(!GARBLED.test(f.message), `${f.code}: garbled message: ${f.message}`);
    if (i > 0) assert.ok(findings[i - 1].span.start <= f.span.start, 'findings in document order');
  });
  lineColumns(text, submission.lineStarts, findings.map((f) => f.span.start));

  const doc = TextDocument.create('file:///fuzz/submission.md', 'markdown', 1, text);
  const diagnostics = findings.map((f) => toDiagnostic(doc, f, 'docs/rules.md'));
  diagnostics.forEach((d) => assertRange(doc, d.range, `diagnostic ${d.code}`));
  const walk = (symbols: ReturnType<typeof documentSymbols>) => {
    for (const s of symbols) {
      assertRange(doc, s.range, `symbol ${s.name}`);
      walk(s.children ?? []);
    }
  };
  walk(documentSymbols(doc, analysis));
  for (const f of findings.slice(0, 20)) {
    for (const action of codeActions(doc, analysis, toRange(doc, f.span), diagnostics)) {
      for (const edit of Object.values(action.edit?.changes ?? {}).flat()) assertRange(doc, edit.range, `code action ${action.title}`);
    }
  }
  for (const offset of [0, text.length >> 1, text.length, ...findings.slice(0, 5).map((f) => f.span.start)]) {
    const position = doc.positionAt(offset);
    hover(doc, analysis, position);
    completions(doc, analysis, position);
  }
  if (options.exportFormat && submission.isSubmission) {
    const bytes = await renderSubmission(options.exportFormat, { submission, draft: true, settings: { paper: 'a4' }, baseDir: '/nonexistent' });
    assert.ok(bytes.length > 0, 'an empty export');
  }
}

/**
 * Each version typed into the incremental parser gives exactly what a fresh parse gives, and the
 * server's document store (the rope of server/src/documents.ts, incremental changes) holds exactly the text.
 * `recycleTrees`: the parser as the server has it, moving what it keeps in place and taking the
 * tree's children before an edit as they were.
 */
export function incrementalHolds(start: string, edits: readonly Mutation[], recycleTrees = false): void {
  const parser = new SubmissionParser({ recycleTrees });
  const store = ropeDocuments();
  let doc = store.create('file:///fuzz/edited.md', 'markdown', 0, start);
  let text = start;
  const same = (what: string) => {
    // Read as the server reads it: the store's last whole string with the edits since (core/source.ts).
    const actual = withPlainPoints(parser.parse(doc.source(), {}, doc.changeSince(doc.version - 1)));
    const expected = withPlainPoints(parseSubmission(text));
    if (!isDeepStrictEqual(actual, expected)) {
      for (const key of Object.keys(expected) as (keyof Submission)[]) {
        assert.deepStrictEqual(actual[key], expected[key], `${what}: ${key} differs from a fresh parse`);
      }
    }
    // Through the Source: the store's own whole string is not made, so the edits pile up as in the server.
    assert.equal(doc.source().toString(), text, `${what}: the document store drifted from the text`);
  };
  same('first version');
  edits.forEach((m, i) => {
    const { at, end } = mutationBounds(text, m);
    const next = applyMutation(text, m);
    doc = store.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: m.insert }], i + 1);
    text = next;
    same(`after edit ${i + 1}`);
  });
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

const sameFinding = (a: Finding) => (b: Finding) => a.code === b.code && a.message === b.message;

/**
 * Every quick fix offered applies cleanly: its edits lie in the text and do not overlap, the text
 * outside them is untouched, valid YAML stays valid, and the finding it fixes goes (fewer findings
 * with its code and message: the same words may stand for other places).
 */
export function fixesHold(text: string): void {
  const { submission, findings } = analyse(text);
  const yamlWasValid = !!submission.frontmatter && submission.frontmatter.syntaxErrors.length === 0;
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      const edit = editForFix(submission, fix);
      if (!edit) continue;
      const what = `${finding.code} “${edit.title}”`;
      const spans = [...edit.edits].sort((a, b) => a.span.start - b.span.start);
      spans.forEach((e, i) => {
        assertSpan(e.span, text.length, what);
        if (i > 0) assert.ok(spans[i - 1].span.end <= e.span.start, `${what}: overlapping edits`);
      });
      const fixed = applyEdits(text, edit.edits);
      const first = spans[0].span.start;
      const last = spans[spans.length - 1].span.end;
      assert.equal(fixed.slice(0, first), text.slice(0, first), `${what}: changed text before the edit`);
      assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), `${what}: changed text after the edit`);
      const after = analyse(fixed);
      if (yamlWasValid) {
        assert.deepEqual(after.submission.frontmatter?.syntaxErrors ?? [], [], `${what}: broke the YAML:\n${fixed.slice(0, after.submission.frontmatter?.span.end ?? 400)}`);
      }
      const before = findings.filter(sameFinding(finding)).length;
      const left = after.findings.filter(sameFinding(finding)).length;
      assert.ok(left < before, `${what}: the finding is still there: ${finding.message}`);
    }
  }
}

export const PROPERTIES = {
  pipeline: fc.asyncProperty(anySubmission, fc.constantFrom<'pdf' | 'docx' | undefined>(undefined, undefined, undefined, 'docx', 'pdf'), (text, exportFormat) => pipelineHolds(text, { exportFormat })),
  incremental: fc.property(editSequence, fc.boolean(), ({ start, edits }, recycleTrees) => incrementalHolds(start, edits, recycleTrees)),
  fixes: fc.property(anySubmission, (text) => fixesHold(text)),
};

export type PropertyName = keyof typeof PROPERTIES;
