// Text shaping for the PDF, made affordable. pdfkit shapes every string with fontkit, and with
// Amiri (whose OpenType tables are built for Arabic calligraphy) fontkit takes about a
// millisecond per Latin word and more per Arabic word: a 100-page submission would take many
// seconds. So, on the parsed font objects pdfkit uses:
// - strings of Latin (and Greek, Cyrillic) letters, digits and punctuation with no combining
//   marks, which need no shaping, get their glyphs and advance widths straight from the font's
//   cmap and metrics (no kerning, no ligatures);
// - everything else is shaped by fontkit, once per distinct string per process (Arabic is drawn
//   word by word, so the words repeat);
// - a string with no letters ("1.", "(2)") is shaped as Latin, or as Arabic inside a
//   right-to-left run: left to fontkit, Amiri's default script would give "1." its heavy Arabic
//   full stop;
// - a run is laid out in its own direction (right to left only when the caller says so), whatever
//   the script of its characters.
import { ARABIC_SCRIPT } from '../data/languages';
import { shipsCodePoint, type FontFace } from './fonts';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface Run {
  glyphs: Glyph[];
  positions: Position[];
  readonly advanceWidth: number;
}

export interface ShapingFont {
  layout: (text: string, features?: unknown, script?: string, language?: string, direction?: string) => Run;
  glyphsForString: (text: string) => Glyph[];
  hasGlyphForCodePoint?: (codePoint: number) => boolean;
  getGlyph?: (id: number, codePoints?: number[]) => Glyph;
  __tuned?: boolean;
}

const coverages = new WeakMap<ShapingFont, (cp: number) => boolean>();

/**
 * Whether a face prints a code point: the parsed font has a glyph for it and the bundle's file
 * keeps it (fonts.ts), remembered per font.
 */
export function coverageOf(font: ShapingFont | undefined, face: FontFace): (cp: number) => boolean {
  if (!font || typeof font.hasGlyphForCodePoint !== 'function') return (cp) => shipsCodePoint(face, cp);
  let covers = coverages.get(font);
  if (!covers) {
    const known = new Map<number, boolean>();
    covers = (cp) => {
      let has = known.get(cp);
      if (has === undefined) known.set(cp, (has = shipsCodePoint(face, cp) && font.hasGlyphForCodePoint!(cp)));
      return has;
    };
    coverages.set(font, covers);
  }
  return covers;
}

/** Letters that need no shaping: Latin, Greek, Cyrillic, general punctuation, currency, letterlike symbols. */
const SIMPLE = /^[\u0000-\u02FF\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F]*$/;
/** Combining marks (and the combining block inside the range above): these need positioning. */
const MARKS = /[\u0300-\u036F]/;
const CACHE_LIMIT = 50_000;

class PlainRun implements Run {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}
  get advanceWidth(): number {
    let w = 0;
    for (const p of this.positions) w += p.xAdvance;
    return w;
  }
}

/** Installs the fast paths on a fontkit font (once). */
export function tuneShaping(font: ShapingFont | undefined): void {
  if (!font || typeof font.layout !== 'function' || typeof font.glyphsForString !== 'function' || font.__tuned) return;
  keepCodePoints(font);
  const shape = font.layout.bind(font);
  const cache = new Map<string, Run>();
  let latin: Map<number, Glyph> | undefined;
  font.layout = (text, features, script, language, direction) => {
    const rtl = Array.isArray(features);
    if (features === undefined && script === undefined && SIMPLE.test(text) && !MARKS.test(text)) {
      latin ??= latinForms(shape, font);
      const glyphs = font.glyphsForString(text);
      for (let i = 0; i < glyphs.length; i++) {
        const alt = latin.get(glyphs[i].id);
        if (alt) glyphs[i] = alt;
      }
      return new PlainRun(
        glyphs,
        glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
      );
    }
    const cacheable = (features === undefined || (rtl && (features as unknown[]).length === 0)) && !script && !language && !direction;
    const key = `${rtl ? '<' : '>'}${text}`;
    if (cacheable) {
      const hit = cache.get(key);
      if (hit) return copy(hit);
    }
    // The direction is the run's (paint.ts asks for right-to-left with `features: []`), never the
    // script's: a left-to-right run of Arabic-Indic digits ("٨٢", which the bidirectional algorithm
    // puts in a left-to-right run) left to fontkit would be reversed as Arabic and read "٢٨".
    const run = shape(text, features, script ?? (ARABIC_SCRIPT.test(text) ? undefined : rtl ? 'arab' : 'latn'), language, direction ?? (rtl ? 'rtl' : 'ltr'));
    if (cacheable) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      // pdfkit scales the positions of the run it is given in place: keep a pristine copy.
      cache.set(key, copy(run));
    }
    return run;
  };
  font.__tuned = true;
}

/**
 * fontkit keeps one glyph object per glyph id, made with the code points of its first use, and
 * reads from them whether it is a mark. Embedding a font in a PDF asks for the parts of composite
 * glyphs with no code points: Amiri's ligature for the name of God (الله, as in the name عبد الله)
 * has the shadda as a part, so after the first PDF with that name every later shadda of the
 * process (a server exports many documents) was shaped as a base letter: drawn beside its letter,
 * changing the next letter's form, and missing from the PDF's text. A glyph asked for with other
 * code points is given its own view of the cached one, read the way fontkit reads them.
 */
function keepCodePoints(font: ShapingFont): void {
  const getGlyph = font.getGlyph?.bind(font);
  if (!getGlyph) return;
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || codePoints.length === 0 || sameNumbers(glyph.codePoints, codePoints)) return glyph;
    return Object.create(glyph, {
      codePoints: { value: codePoints, enumerable: true },
      isMark: { value: codePoints.every((cp) => MARK_CHAR.test(String.fromCodePoint(cp))), enumerable: true },
      isLigature: { value: codePoints.length > 1, enumerable: true },
    }) as Glyph;
  };
}

const MARK_CHAR = /^\p{M}$/u;

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

const NO_FEATURES = { ccmp: false, rlig: false, mark: false, mkmk: false, calt: false, clig: false, liga: false, rclt: false, curs: false, kern: false };

/**
 * The glyphs the font's Latin "locl" feature puts in place of its default ones: in Amiri the
 * default full stop, brackets, slashes and guillemets are the Arabic designs. Shaping the
 * punctuation of Latin-1 and Latin Extended once, with that feature alone, is cheap (a few ms).
 */
function latinForms(shape: ShapingFont['layout'], font: ShapingFont): Map<number, Glyph> {
  const map = new Map<number, Glyph>();
  let chars = '';
  // Letters and digits keep their glyphs: only punctuation and symbols have Arabic designs.
  for (let c = 0x21; c < 0x250; c++) {
    const ch = String.fromCharCode(c);
    if ((c < 0x7f || c > 0xa0) && !/[\p{L}\p{N}]/u.test(ch)) chars += ch;
  }
  chars += '\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u20ac';
  try {
    const plain = font.glyphsForString(chars);
    const run = shape(chars, { ...NO_FEATURES, locl: true }, 'latn');
    if (run.glyphs.length !== plain.length) return map;
    plain.forEach((g, i) => {
      if (run.glyphs[i].id !== g.id) map.set(g.id, run.glyphs[i]);
    });
  } catch {
    // A font without these tables: the default glyphs are the Latin ones.
  }
  return map;
}

function copy(run: Run): Run {
  return new PlainRun(
    run.glyphs.slice(),
    run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
  );
}
