// Right-to-left text for export: which way a paragraph runs, the Unicode bidi levels of its
// characters (bidi-js, UAX #9) and the visual order of the pieces of one line.
//
// PDF needs all of it: pdfkit lays text out left to right, so each line is cut into runs of one
// level and one style, the runs are put in visual order (rule L2) and each right-to-left run is
// handed whole to the shaper, which joins the Arabic letters and reverses the glyphs. DOCX only
// needs the paragraph direction and which runs are right-to-left (w:bidi, w:rtl): Word and
// LibreOffice reorder by themselves.
import bidiFactory from 'bidi-js';

export type Direction = 'ltr' | 'rtl';

const bidi = bidiFactory();

/** Strong right-to-left scripts: Hebrew, Arabic (with its supplements and presentation forms), Syriac, Thaana, N'Ko. */
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const RTL_LETTER = /[\u05D0-\u05EA\u0620-\u064A\u066E-\u06D3\u06D5\u06EE-\u06FF\u0710-\u07B1\u07CA-\u07EA\u08A0-\u08C9\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const LETTER = /\p{L}/u;

export function hasRtl(text: string): boolean {
  return RTL_CHAR.test(text);
}

/**
 * The direction of a paragraph. In a right-to-left document every paragraph runs right to left
 * unless it is written in a left-to-right script only (a quotation in English, say); in a
 * left-to-right document a paragraph runs right to left when its first letter is Arabic.
 */
export function paragraphDirection(text: string, documentDirection: Direction): Direction {
  const rtl = hasRtl(text);
  if (documentDirection === 'rtl') {
    if (rtl) return 'rtl';
    return LETTER.test(text) ? 'ltr' : 'rtl';
  }
  if (!rtl) return 'ltr';
  const first = LETTER.exec(text);
  return first && RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr';
}

/**
 * Bidi embedding level of each UTF-16 unit of a paragraph (even: left to right, odd: right to
 * left), or undefined when the whole paragraph is plain left-to-right text (the common case,
 * which then costs nothing).
 */
export function bidiLevels(text: string, direction: Direction): Uint8Array | undefined {
  if (direction === 'ltr' && !hasRtl(text)) return undefined;
  return bidi.getEmbeddingLevels(text, direction).levels;
}

export interface VisualRun {
  /** Logical range [start, end) in the paragraph text. */
  start: number;
  end: number;
  level: number;
}

/**
 * Cuts the logical range [start, end) of one line at level changes and at the given boundaries
 * (style changes, sorted), then puts the pieces in visual order, left to right (UAX #9 rule L2:
 * from the highest level down to the lowest odd one, reverse every sequence at that level or
 * above). Each right-to-left piece keeps its logical text: the shaper reverses it.
 */
export function visualRuns(
  levels: Uint8Array | undefined,
  baseLevel: number,
  start: number,
  end: number,
  boundaries: readonly number[] = [],
): VisualRun[] {
  const runs: VisualRun[] = [];
  let b = 0;
  while (b < boundaries.length && boundaries[b] <= start) b++;
  let runStart = start;
  const levelAt = (i: number) => (levels ? levels[i] : baseLevel);
  for (let i = start + 1; i <= end; i++) {
    let cut = i === end;
    if (!cut && levelAt(i) !== levelAt(runStart)) cut = true;
    if (!cut && b < boundaries.length && boundaries[b] === i) cut = true;
    while (b < boundaries.length && boundaries[b] <= i) b++;
    if (cut) {
      runs.push({ start: runStart, end: i, level: levelAt(runStart) });
      runStart = i;
    }
  }
  if (!levels) return runs;
  // Rule L1 (trailing whitespace takes the paragraph level) holds because callers leave the
  // spaces at the end of a line out of [start, end).
  let max = 0;
  let minOdd = Infinity;
  for (const run of runs) {
    if (run.level > max) max = run.level;
    if (run.level & 1 && run.level < minOdd) minOdd = run.level;
  }
  for (let level = max; level >= minOdd && level > 0; level--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i].level >= level) {
        let j = i;
        while (j < runs.length && runs[j].level >= level) j++;
        reverse(runs, i, j);
        i = j;
      } else i++;
    }
  }
  return runs;
}

function reverse<T>(items: T[], from: number, to: number): void {
  for (let i = from, j = to - 1; i < j; i++, j--) {
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}

/** The character to draw for `ch` inside a right-to-left run: "(" shows as ")", and so on. */
export function mirrored(ch: string): string {
  return bidi.getMirroredCharacter(ch) ?? ch;
}

/** Pieces of a text, each wholly right-to-left (odd level) or not, in logical order: the DOCX runs. */
export function directionalPieces(text: string, direction: Direction): { text: string; rtl: boolean }[] {
  const levels = bidiLevels(text, direction);
  if (!levels) return [{ text, rtl: false }];
  const pieces: { text: string; rtl: boolean }[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || (levels[i] & 1) !== (levels[start] & 1)) {
      pieces.push({ text: text.slice(start, i), rtl: (levels[start] & 1) === 1 });
      start = i;
    }
  }
  return pieces;
}
