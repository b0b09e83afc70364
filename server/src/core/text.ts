// Small text utilities shared by the parser and the rules. Offsets are UTF-16 code units.
import type { Span } from '../vocabulary';
import type { Source } from './source';

/**
 * A copy of a piece of the text that does not keep the rest alive. V8 makes a slice of 13
 * characters or more a view on the whole string, so a heading's text kept in a cache, or a
 * citation kept for the next keystroke, would keep the whole version it was cut from (1 to 2 MB
 * of a long submission) alive for as long as it is kept: one version per block or section edited.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

export function computeLineStarts(text: string | Source): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line of an offset. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The line break style the document already uses, so insertions do not mix styles. */
export function eolOf(text: string | Source): string {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

export const PLACEHOLDER = /\{\{[^{}\r\n]*\}\}/g;

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * The text with HTML comments blanked out (same length, line breaks kept), so that what a
 * lawyer writes in a note to self is neither cited nor counted, and offsets stay true.
 */
export function maskComments(text: string): string {
  if (!text.includes('<!--')) return text;
  return text.replace(HTML_COMMENT, (c) => c.replace(/[^\r\n]/g, ' '));
}

/** The HTML comments of a text, in order: `<!--` up to the next `-->`, or to the end when unclosed. */
export function commentSpans(text: string | Source): Span[] {
  const spans: Span[] = [];
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    spans.push({ start: open, end });
    open = text.indexOf('<!--', end);
  }
  return spans;
}

/** Index of the first of `items` (in order of `key`) whose key is `value` or more: a binary search. */
export function firstAtOrAfter<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `offset` lies in one of `spans` (in order, not overlapping): a binary search. */
export function withinSpans(spans: readonly Span[], offset: number): boolean {
  // The first span that ends after the offset (offsets are whole numbers).
  const i = firstAtOrAfter(spans, offset + 1, (s) => s.end);
  return i < spans.length && spans[i].start <= offset;
}

export function isPlaceholderValue(value: string): boolean {
  return /^\s*\{\{[^{}\r\n]*\}\}\s*$/.test(value);
}

/** Lower-cases and strips diacritics (Latin accents and Arabic short vowels) for name matching. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\u0640/g, '') // Arabic tatweel
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;
export function westernDigits(s: string): string {
  return s.replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** A token as a whole word (not inside a longer word or number), e.g. a warrant id "W1" but not "W12". */
export function wordPattern(token: string, flags = 'iu'): RegExp {
  const escaped = token.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Markdown to show in a right-to-left language: each paragraph set in a right-to-left isolate
 * (U+2067 … U+2069), so an editor that lays hovers out left to right still reads each line from
 * the right, with its ids and numbers in their place. Left-to-right text is returned as it is.
 */
export function rightToLeftParagraphs(markdown: string, rtl: boolean): string {
  if (!rtl) return markdown;
  return markdown
    .split(/\n{2,}/)
    .map((p) => (p.trim() && p.trim() !== '---' ? isolateRightToLeft(p, true) : p))
    .join('\n\n');
}

/** One line of text (a status, a code lens) set right to left when the language is. */
export function isolateRightToLeft(text: string, rtl: boolean): string {
  return rtl ? `\u2067${text}\u2069` : text;
}

export type MessageArgs = Record<string, string | number>;

/** A message template with its {placeholders} filled in (left as written when not given). */
export function fill(template: string, args: MessageArgs): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}
