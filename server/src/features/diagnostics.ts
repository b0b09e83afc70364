// Findings → LSP diagnostics: the one place where offsets become positions.
import type { Span, Severity } from '../vocabulary';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Finding } from '../rules/index';
import { detach } from '../core/text';

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
  // FNV-1a, 32 bits: short enough to travel with every diagnostic. The message's part is kept by
  // message: most findings say at each keystroke what they said at the last one, and hashing a
  // few hundred sentences of 300 characters again was 2% of a keystroke at 1 MB.
  const h = fnv1a(messageHash(finding.message), `${finding.code}\u0000${finding.span.start}\u0000${finding.span.end}`);
  return `${finding.code}:${finding.span.start}:${(h >>> 0).toString(36)}`;
}

const messageHashes = new Map<string, number>();
const MAX_MESSAGE_HASHES = 4_096;

function messageHash(message: string): number {
  let h = messageHashes.get(message);
  if (h === undefined) {
    h = fnv1a(0x811c9dc5, message);
    if (messageHashes.size >= MAX_MESSAGE_HASHES) messageHashes.clear();
    // Detached: a message holding a piece of the text must not keep that version alive.
    messageHashes.set(detach(message), h);
  }
  return h;
}

/** FNV-1a over `s`, continuing from the hash `h`. */
function fnv1a(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
