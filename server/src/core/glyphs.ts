// The characters the PDF export can print (data/fontCoverage.json, generated from the Amiri fonts),
// and how it prints one its fonts lack: from its canonical parts (Romanian Ș as S and a comma
// below), else its compatibility form (™ as TM). Shared by the export, which draws that way, and
// by the check that warns of what it cannot print at all (FMT-GLYPH).
import coverage from '../data/fontCoverage.json';

const RANGES: readonly (readonly [number, number])[] = coverage.ranges.map((r) => {
  const [from, to = from] = r.split('-');
  return [parseInt(from, 16), parseInt(to, 16)] as const;
});

/** Whether the fonts the PDF draws with have a glyph for the code point. */
export function pdfFontsCover(cp: number): boolean {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < RANGES[mid][0]) hi = mid - 1;
    else if (cp > RANGES[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A character a face lacks, as it can be drawn: its canonical parts, or its compatibility form, or undefined. */
export function substituteFor(ch: string, covers: (cp: number) => boolean): string | undefined {
  for (const form of ['NFD', 'NFKD'] as const) {
    const parts = ch.normalize(form);
    if (parts !== ch && [...parts].every((p) => covers(p.codePointAt(0)!))) return parts;
  }
  return undefined;
}

/**
 * What the export does not draw (export/printable.ts), as the inside of a character class:
 * invisible marks, and control characters other than tab and line breaks, which are not text.
 */
export const NOT_DRAWN_CLASS = '\\p{Default_Ignorable_Code_Point}\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f';
/** Characters no glyph is asked for: those not drawn, and tabs and line breaks. */
const NO_GLYPH_NEEDED = new RegExp(`[${NOT_DRAWN_CLASS}\\t\\n\\r]`, 'u');
/** Text every font prints. */
const PLAIN = /^[\x20-\x7e\t\n\r]*$/;

/**
 * The characters of `text` the PDF export cannot print, not even from their parts: each with its
 * first offset and how many times it occurs.
 */
export function unprintable(text: string, covers: (cp: number) => boolean = pdfFontsCover): { char: string; offset: number; count: number }[] {
  if (PLAIN.test(text)) return [];
  const found = new Map<string, { char: string; offset: number; count: number }>();
  let offset = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!covers(cp) && !NO_GLYPH_NEEDED.test(ch) && substituteFor(ch, covers) === undefined) {
      const known = found.get(ch);
      if (known) known.count++;
      else found.set(ch, { char: ch, offset, count: 1 });
    }
    offset += ch.length;
  }
  return [...found.values()];
}
