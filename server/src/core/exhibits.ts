// Exhibit citations in the text: "Exhibit A1", "Annex 3", "Annexe A2", "Pièce 4", "Anexo T3",
// "المرفق A1", lists ("Exhibits A1, A2 and A4") and ranges ("Annexes A1–A3").
import type { Span } from '../vocabulary';
import type { ExhibitCitation, Submission } from './model';
import { forEachSetApart } from './nodes';
import { maskComments, withinSpans } from './text';
import type { Source } from './source';

const WORD = "exhibits?|annex(?:es|e)?|pi[eè]ces?|anexos?|[وبل]{0,2}(?:المرفقات|المرفق)";
export const EXHIBIT_ID = '(?:[A-Z]{1,3}-?)?[0-9]{1,4}[a-z]?';
const SEP = '(?:\\s*(?:,|&|-|–|—)\\s*|\\s+(?:and|et|y|e|و|to|à|a)\\s+)';
// Between the word and the id: spaces, or one line break (a wrapped line) — never a blank line, and
// never a line that starts a numbered list ("## Annexes\n1. Passport" cites nothing).
const GAP = '(?:[ \\t\\u00a0]+|[ \\t]*\\r?\\n[ \\t]*(?![0-9]+[.)][ \\t]))';
const CITATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WORD})${GAP}(?:n[°o]s?\\.?\\s*)?(${EXHIBIT_ID}(?:${SEP}${EXHIBIT_ID})*)(?![\\p{L}\\p{N}])`, 'giu');
const MEMBER = new RegExp(`(${EXHIBIT_ID})|(\\s*(?:-|–|—)\\s*|\\s+(?:to|à|a)\\s+)`, 'giu');

export function normalizeExhibitId(id: unknown): string | undefined {
  if (typeof id === 'number') return String(id);
  if (typeof id !== 'string') return undefined;
  const trimmed = id.trim();
  return trimmed ? trimmed.toUpperCase() : undefined;
}

export function findExhibitCitations(text: string | Source, from = 0, to = text.length): ExhibitCitation[] {
  const slice = maskComments(text.slice(from, to));
  const found: ExhibitCitation[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(slice); m; m = CITATION.exec(slice)) {
    const listStart = from + m.index + m[0].length - m[1].length;
    let rangeFrom: string | undefined;
    let pendingRange = false;
    for (const part of m[1].matchAll(MEMBER)) {
      if (part[2] !== undefined) {
        pendingRange = true;
        continue;
      }
      const id = part[1].toUpperCase();
      const start = listStart + (part.index ?? 0);
      if (pendingRange && rangeFrom) {
        for (const between of expandRange(rangeFrom, id)) found.push({ id: between, span: { start, end: start + id.length } });
      }
      found.push({ id, span: { start, end: start + id.length } });
      rangeFrom = id;
      pendingRange = false;
    }
  }
  return found;
}

/** Ids strictly between two ids with the same prefix ("A1".."A4" → A2, A3). */
function expandRange(first: string, last: string): string[] {
  const a = /^(\D*)(\d+)$/.exec(first);
  const b = /^(\D*)(\d+)$/.exec(last);
  if (!a || !b || a[1] !== b[1]) return [];
  const from = Number(a[2]);
  const to = Number(b[2]);
  if (to - from > 50 || to <= from) return [];
  const ids: string[] = [];
  for (let n = from + 1; n < to; n++) ids.push(`${a[1]}${n}`);
  return ids;
}

/**
 * A path written relative to the submission ("annexes/passport.pdf", "../exhibits/A1.pdf"): not
 * absolute (`/etc/x`, `C:\x`), not a network share (`\\host\share`), not a URL (`file:`, `https:`).
 */
export function isPlainRelativePath(file: string): boolean {
  return file.trim() !== '' && !/^[\\/]|^[a-z]:|^[a-z][a-z0-9+.-]+:|\0/i.test(file.trim());
}

const quotationsBySubmission = new WeakMap<Submission, Span[]>();

/** The body's quotations (blockquotes), at any depth, outermost only, in document order. */
export function quotationSpans(sub: Submission): Span[] {
  let spans = quotationsBySubmission.get(sub);
  if (!spans) {
    const found: Span[] = [];
    for (const node of sub.tree.children) {
      forEachSetApart(node, (type, start, end) => {
        if (type === 'blockquote') found.push({ start, end });
      });
    }
    spans = found;
    quotationsBySubmission.set(sub, spans);
  }
  return spans;
}

/**
 * Whether a citation is another text's, quoted: an id inside a quotation that the submission does
 * not declare ("exhibit JP3" of the bundle of the court quoted). It is not this submission's
 * citation: not reported as undeclared, and it asks for no annex list. A declared id quoted is
 * still a citation.
 */
export function isQuotedForeignCitation(sub: Submission, c: ExhibitCitation): boolean {
  if (sub.exhibits.some((e) => e.id === c.id)) return false;
  return withinSpans(quotationSpans(sub), c.span.start);
}
