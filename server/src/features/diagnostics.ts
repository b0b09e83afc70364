// Findings → LSP diagnostics: the one place where offsets become positions.
import type { Span, Severity } from '../vocabulary';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Finding } from '../rules/index';

export const DIAGNOSTIC_SOURCE = 'submission';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toDiagnostic(doc: TextDocument, finding: Finding, docsBase: string): Diagnostic {
  return {
    range: toRange(doc, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: `${docsBase}#${finding.code.toLowerCase()}` },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { id: findingId(finding) } satisfies DiagnosticData,
  };
}

/** What a diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  id: string;
}

/**
 * A finding's identity within its analysis: code, range and message. Two findings at one place
 * (two missing sections both pointed at the title) differ by their message, so each quick fix
 * goes with its own diagnostic.
 */
export function findingId(finding: Finding): string {
  const key = `${finding.code}\u0000${finding.span.start}\u0000${finding.span.end}\u0000${finding.message}`;
  // FNV-1a, 32 bits: short enough to travel with every diagnostic.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `${finding.code}:${finding.span.start}:${(h >>> 0).toString(36)}`;
}
