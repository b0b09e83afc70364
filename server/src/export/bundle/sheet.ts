// The pages the bundle draws itself (index, dividers, placeholders, page stamps): a pdfkit document
// in the export's font (Amiri, Latin and Arabic), with lines laid out through the export's own bidi
// path (textlayout.ts), so an Arabic title reads right to left with its letters joined.
import PDFDocument from 'pdfkit';
import { mirrored, paragraphDirection, type Direction } from '../bidi';
import { loadFonts } from '../fonts';
import { printable } from '../printable';
import { coverageOf, tuneShaping, type ShapingFont } from '../shaping';
import { breakLines, lineRuns, prepare, type LaidParagraph, type Line, type Measure } from '../textlayout';

type Face = 'regular' | 'bold';
const FACE_NAMES: Record<Face, string> = { regular: 'Amiri-Regular', bold: 'Amiri-Bold' };
/** Parsed once per process and shared by every sheet; shaping tuned as the export's PDF does. */
const parsed: Partial<Record<Face, ShapingFont>> = {};

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  /** Direction of the document; each line's own direction follows its text (paragraphDirection). */
  dir: Direction;
}

export type Align = 'start' | 'end' | 'center';

export class Sheet {
  readonly pdf: PDFKit.PDFDocument;
  readonly measure: Measure;
  private readonly chunks: Buffer[] = [];
  private readonly finished: Promise<void>;
  private face: Face | undefined;
  private size = 0;

  constructor(meta: { lang: string; title: string }) {
    const fonts = loadFonts();
    this.pdf = new PDFDocument({
      margin: 0,
      autoFirstPage: false,
      font: (parsed.regular ?? fonts.regular) as unknown as string,
      lang: meta.lang,
      pdfVersion: '1.7',
      info: { Title: meta.title, Creator: 'Submission Checker (VS Code)', Producer: 'Submission Checker with PDFKit' },
    } as PDFKit.PDFDocumentOptions);
    for (const face of ['regular', 'bold'] as Face[]) {
      this.pdf.registerFont(FACE_NAMES[face], (parsed[face] ?? fonts[face]) as unknown as Buffer);
      this.pdf.font(FACE_NAMES[face]);
      if (!parsed[face]) {
        const font = (this.pdf as unknown as { _font?: { font?: ShapingFont } })._font?.font;
        if (font && typeof font.layout === 'function') {
          tuneShaping(font);
          parsed[face] = font;
        }
      }
    }
    this.pdf.on('data', (c: Buffer) => this.chunks.push(c));
    this.finished = new Promise<void>((resolve, reject) => {
      this.pdf.on('end', () => resolve());
      this.pdf.on('error', reject);
    });
    this.measure = (style, text, rtl) => {
      const face: Face = style.startsWith('bold') ? 'bold' : 'regular';
      this.use(face, 1000);
      return this.pdf.widthOfString(printable(text, coverageOf(parsed[face], face)), rtl ? { features: [] } : {}) / 1000;
    };
  }

  addPage(width: number, height: number): void {
    this.pdf.addPage({ size: [width, height], margin: 0 });
  }

  /** The lines of a text broken to a width. */
  lines(text: string, width: number, style: TextStyle): { p: LaidParagraph; lines: Line[] } {
    const dir = paragraphDirection(text, style.dir);
    const p = prepare([{ text }], dir, { size: style.size, bold: style.bold });
    return { p, lines: breakLines(p, width, this.measure) };
  }

  /** Width of a text on one line. */
  width(text: string, style: TextStyle): number {
    const { p, lines } = this.lines(text, 1e6, style);
    return lines.reduce((w, line) => Math.max(w, lineRuns(p, line, this.measure, mirrored).reduce((s, r) => s + r.width, 0)), 0);
  }

  /** Draws a text broken into lines from `top` (y down from the page top); returns its height. */
  paragraph(text: string, x: number, top: number, width: number, style: TextStyle & { leading: number; align: Align }): number {
    const { p, lines } = this.lines(text, width, style);
    lines.forEach((line, i) => this.drawLine(p, line, x, top + i * style.leading + style.size * 0.9, width, style.align, style.color));
    return lines.length * style.leading;
  }

  /** Draws one line of laid-out text at a baseline, aligned in [x, x + width] (start/end follow its direction). */
  drawLine(p: LaidParagraph, line: Line, x: number, baseline: number, width: number, align: Align, color = '#000000'): void {
    const runs = lineRuns(p, line, this.measure, mirrored);
    const total = runs.reduce((s, r) => s + r.width, 0);
    const left = align === 'center' ? 'center' : (align === 'start') === (p.dir === 'ltr') ? 'left' : 'right';
    let cx = left === 'left' ? x : left === 'right' ? x + width - total : x + (width - total) / 2;
    this.pdf.fillColor(color);
    for (const run of runs) {
      const style = run.segment.style;
      const face: Face = style.startsWith('bold') ? 'bold' : 'regular';
      const space = this.measure(style, ' ', false) * p.size;
      const text = printable(run.text, coverageOf(parsed[face], face));
      const core = text.trim();
      // Spaces at the ends of a run are stepped over, not drawn: on the left of a left-to-right
      // run they lead, on the left of a right-to-left one they trail.
      const leftSpaces = run.rtl ? text.length - text.trimEnd().length : text.length - text.trimStart().length;
      let wx = cx + leftSpaces * space;
      // pdfkit writes words left to right: a right-to-left run goes word by word, last to first.
      const words = run.rtl ? core.split(' ').reverse() : [core];
      const widths = words.map((w) => (run.rtl ? this.measure(style, w, true) * p.size : 0));
      this.use(face, p.size);
      words.forEach((word, i) => {
        if (word) this.show(word, wx, baseline, run.rtl);
        wx += widths[i] + space;
      });
      cx += run.width;
    }
  }

  fillRect(x: number, top: number, width: number, height: number, color: string): void {
    this.pdf.save().rect(x, top, width, height).fill(color).restore();
  }

  hline(x1: number, x2: number, y: number, color = '#808080', lineWidth = 0.5): void {
    this.pdf.save().lineWidth(lineWidth).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  async end(): Promise<Uint8Array> {
    this.pdf.end();
    await this.finished;
    const out = Buffer.concat(this.chunks);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  private use(face: Face, size: number): void {
    if (face !== this.face) this.pdf.font(FACE_NAMES[face]);
    if (size !== this.size) this.pdf.fontSize(size);
    this.face = face;
    this.size = size;
  }

  private show(text: string, x: number, baseline: number, rtl: boolean): void {
    const options: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };
    if (rtl) options.features = [];
    this.pdf.text(text, x, baseline, options);
  }
}
