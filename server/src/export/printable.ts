// What the PDF draws of a run of text. Pasted text carries characters that are meant to be
// invisible (a soft hyphen from Word, a left-to-right mark or an isolate from a web page, a word
// joiner): the font has no glyph for most of them, and pdfkit would draw its empty box, or the
// font's visible sign for a joiner. They have done their work by then (the bidirectional
// algorithm read the marks and isolates from the paragraph's text); the drawn text leaves them out,
// except the two joiners inside Arabic, which choose the letters' joined forms.
//
// A letter the font lacks but can compose is drawn composed: Amiri has no "Ș" (Romanian names on
// Red Notices) but has "S" and the combining comma below, which the shaper places. Failing that, a
// compatibility form ("™" → "TM", "₂" → "2"). What is left has no glyph and prints as a box.
import { NOT_DRAWN_CLASS, substituteFor } from '../core/glyphs';
import { isArabicCodePoint } from './fonts';

// Control characters other than tab and line breaks (a NUL from a damaged file, a form feed) are not text either.
const IGNORABLE = new RegExp(`[${NOT_DRAWN_CLASS}]`, 'u');
const IGNORABLE_ALL = new RegExp(`[${NOT_DRAWN_CLASS}]`, 'gu');
const IGNORABLE_BUT_JOINERS = new RegExp(`(?![\\u200c\\u200d])[${NOT_DRAWN_CLASS}]`, 'gu');
/** Text every face draws as it is: printable ASCII. */
const PLAIN = /^[\x20-\x7e]*$/;

/** `covers(cp)`: whether the face has a glyph for the code point. */
export function printable(text: string, covers: (cp: number) => boolean): string {
  if (PLAIN.test(text)) return text;
  const out = IGNORABLE.test(text) ? text.replace(hasArabic(text) ? IGNORABLE_BUT_JOINERS : IGNORABLE_ALL, '') : text;
  let composed: string | undefined;
  let at = 0;
  for (const ch of out) {
    // Copied only from the first character the face lacks: most runs come back as they are.
    if (!covers(ch.codePointAt(0)!)) composed = (composed ?? out.slice(0, at)) + (substituteFor(ch, covers) ?? ch);
    else if (composed !== undefined) composed += ch;
    at += ch.length;
  }
  return composed ?? out;
}

function hasArabic(text: string): boolean {
  for (const ch of text) if (isArabicCodePoint(ch.codePointAt(0)!)) return true;
  return false;
}

/**
 * Joining types of the Arabic letters (Unicode ArabicShaping.txt) for the letters of the Arabic
 * block: which letters join the one after them (dual-joining) and which join only the one before
 * (right-joining). Others (hamza, digits, punctuation, letters outside this table) join neither way
 * here, which only means a joiner is not added.
 */
const RIGHT_JOINING = new Set([0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0688, 0x0691, 0x0698, 0x06c0, 0x06c3, 0x06cb, 0x06d2, 0x06d3, 0x06d5]);
const DUAL_JOINING = new Set([
  0x0626, 0x0628, 0x062a, 0x062b, 0x062c, 0x062d, 0x062e, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637, 0x0638, 0x0639, 0x063a, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645,
  0x0646, 0x0647, 0x0649, 0x064a, 0x066e, 0x066f, 0x0679, 0x067e, 0x0686, 0x06a4, 0x06a9, 0x06af, 0x06ba, 0x06be, 0x06c1, 0x06cc,
]);
const TATWEEL = 0x0640;
/** Arabic harakat and other marks, which sit on a letter and do not break the joining. */
const MARK = /\p{M}/u;

/**
 * Whether the letters on either side of `at` would join if they were drawn together: a cut between
 * two runs there (a word half in bold, or half in a link) must then keep them joined.
 */
export function joinsAcross(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && MARK.test(text[before])) before--;
  if (before < 0 || at >= text.length) return false;
  const a = text.charCodeAt(before);
  const b = text.charCodeAt(at);
  const joinsForward = DUAL_JOINING.has(a) || a === TATWEEL;
  const joinsBack = DUAL_JOINING.has(b) || RIGHT_JOINING.has(b) || b === TATWEEL;
  return joinsForward && joinsBack;
}

/** A zero-width joiner: drawn around a cut that joinsAcross, it gives both letters their joined forms. */
export const JOINER = '\u200d';
