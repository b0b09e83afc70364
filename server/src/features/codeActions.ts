// Quick fixes for the findings under the cursor, as workspace edits on the document.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { editForFix } from '../core/fixes';
import type { Analysis } from '../service/analysis';
import type { Finding } from '../rules/index';
import { DIAGNOSTIC_SOURCE, findingId, toRange, type DiagnosticData } from './diagnostics';

export function codeActions(doc: TextDocument, analysis: Analysis, range: Range, contextDiagnostics: Diagnostic[]): CodeAction[] {
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const finding of analysis.findings) {
    if (finding.fixes.length === 0) continue;
    // Touching the range counts, so a cursor at the end of a squiggle still offers the fix.
    if (finding.span.end < from || finding.span.start > to) continue;
    const diagnostic = diagnosticOf(doc, finding, contextDiagnostics);
    finding.fixes.forEach((fix, i) => {
      const edit = editForFix(analysis.submission, fix);
      if (!edit) return;
      const key = `${edit.title}\u0000${JSON.stringify(edit.edits)}`;
      if (seen.has(key)) return;
      seen.add(key);
      actions.push({
        title: edit.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: diagnostic ? [diagnostic] : undefined,
        isPreferred: i === 0 && finding.fixes.length === 1,
        edit: { changes: { [doc.uri]: edit.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })) } },
      });
    });
  }
  return actions;
}

/**
 * The diagnostic the editor shows for a finding: by the identity it carries in `data`, or, from an
 * editor that does not send `data` back, by code, start and message (never by code and start
 * alone: two findings at one place would swap their fixes).
 */
function diagnosticOf(doc: TextDocument, finding: Finding, diagnostics: Diagnostic[]): Diagnostic | undefined {
  const id = findingId(finding);
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  return (
    ours.find((d) => (d.data as DiagnosticData | undefined)?.id === id) ??
    ours.find((d) => d.data === undefined && d.code === finding.code && d.message === finding.message && doc.offsetAt(d.range.start) === finding.span.start)
  );
}
