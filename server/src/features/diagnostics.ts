// Findings → LSP diagnostics: the one place where offsets become positions.
import type { Span, Severity } from '../vocabulary';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Finding } from '../rules/index';

export const DIAGNOSTIC_SOURCE = 'submission';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
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
  };
}
