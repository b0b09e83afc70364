// Measuring text for the PDF: the four Amiri faces registered with pdfkit (parsed once per
// process and tuned, shaping.ts), the face and size in use, and word widths cached for the
// process. Line breaking (textlayout.ts) takes the resulting Measure and knows nothing of pdfkit.
import { faceOf, loadFonts, FONT_STYLES, type FontFace, type FontStyle } from '../fonts';
import { printable } from '../printable';
import { coverageOf, tuneShaping, type ShapingFont } from '../shaping';
import type { Measure } from '../textlayout';

// The fonts' own PostScript names: pdfkit files the default font under that name, and a registered
// name that differs from it would make every font() call parse the regular face again.
const FONT_NAMES: Record<FontFace, string> = { regular: 'Amiri-Regular', bold: 'Amiri-Bold', italic: 'Amiri-Italic', boldItalic: 'Amiri-BoldItalic' };

let parsedFonts: Record<FontFace, ShapingFont> | undefined;
const firstParsed: Partial<Record<FontFace, ShapingFont>> = {};

/** What pdfkit takes as a font: the parsed fontkit fonts once there are some, else the TTF bytes. */
export function shapingFonts(): Record<FontFace, ShapingFont | Buffer> {
  return parsedFonts ?? loadFonts();
}

/** Registers the four faces with a new document. */
export function registerFonts(pdf: PDFKit.PDFDocument, fonts: Record<FontFace, ShapingFont | Buffer>): void {
  for (const style of FONT_STYLES) {
    pdf.registerFont(FONT_NAMES[style], fonts[style] as unknown as Buffer);
    pdf.font(FONT_NAMES[style]);
    if (!parsedFonts) {
      // The first document parses the TTFs (fontkit, through pdfkit); later ones reuse the parsed
      // fonts, whose tables (Amiri's Arabic GSUB is large) are decoded lazily and then kept.
      const parsed = (pdf as unknown as { _font?: { font?: ShapingFont } })._font?.font;
      if (parsed && typeof parsed.layout === 'function') {
        tuneShaping(parsed);
        firstParsed[style] = parsed;
      }
    }
  }
  if (!parsedFonts && FONT_STYLES.every((s) => firstParsed[s])) parsedFonts = firstParsed as Record<FontFace, ShapingFont>;
}

/**
 * Whether the fonts pdfkit parsed were found and tuned (shaping.ts). It relies on pdfkit 0.20
 * keeping the parsed font at `_font.font`; a test fails if an upgrade changes that, rather than
 * PDFs quietly getting slow and Amiri's Arabic full stops in Latin text.
 */
export function shapingTuned(): boolean {
  return !!parsedFonts && FONT_STYLES.every((s) => parsedFonts![s].__tuned === true);
}

/** The face and size text is drawn in; measuring borrows the document and puts them back. */
export class FontState {
  private face: FontFace | undefined;
  private size = 12;
  constructor(readonly pdf: PDFKit.PDFDocument) {}
  /** A slanted style sets its upright face: the slant is drawn (paint.ts) and changes no width. */
  use(style: FontStyle, size: number): void {
    const face = faceOf(style);
    if (face !== this.face) this.pdf.font(FONT_NAMES[face]);
    if (size !== this.size) this.pdf.fontSize(size);
    this.face = face;
    this.size = size;
  }
  measure(style: FontStyle, text: string, rtl: boolean): number {
    this.use(style, 1000);
    return this.pdf.widthOfString(this.printable(style, text), rtl ? { features: [] } : {}) / 1000;
  }

  /** The text as the face draws it (printable.ts): without invisible characters, missing letters composed. */
  printable(style: FontStyle, text: string): string {
    return printable(text, coverageOf(parsedFonts?.[faceOf(style)], faceOf(style)));
  }
}

/** Per face and direction: word → width at 1 pt. */
const widthCache = new Map<string, Map<string, number>>();

/**
 * Widths at 1 pt, word by word (words repeat a lot in a long submission, and this is how runs
 * are drawn too), cached for the process.
 */
export function makeMeasure(state: FontState): Measure {
  const tables = new Map<string, Map<string, number>>();
  const table = (style: FontStyle, rtl: boolean) => {
    const face = faceOf(style);
    const key = rtl ? `${face}<` : face;
    let t = tables.get(key);
    if (!t) {
      t = widthCache.get(key) ?? new Map<string, number>();
      widthCache.set(key, t);
      tables.set(key, t);
    }
    return t;
  };
  const word = (style: FontStyle, text: string, rtl: boolean) => {
    const t = table(style, rtl);
    const hit = t.get(text);
    if (hit !== undefined) return hit;
    const w = state.measure(style, text, rtl);
    if (t.size > 50_000) t.clear();
    t.set(text, w);
    return w;
  };
  return (style, text, rtl) => {
    if (text.indexOf(' ') < 0) return word(style, text, rtl);
    let w = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text.charCodeAt(i) === 32) {
        if (i > start) w += word(style, text.slice(start, i), rtl);
        if (i < text.length) w += word(style, ' ', false);
        start = i + 1;
      }
    }
    return w;
  };
}
