// ExportDocument → PDF with pdfkit, laid out here rather than by pdfkit's own text flow:
// pdfkit writes words left to right, which puts Arabic words in the wrong order, and its flow
// cannot keep footnotes on the page of their reference. So: every paragraph is broken into lines
// (textlayout.ts), lines are grouped into chunks that must not be split (a heading with what
// follows, the first and last two lines of a paragraph, a table row), chunks are placed on pages
// with room kept for their footnotes, and only then is anything drawn, page by page, which also
// gives "Page X of Y" without a second pass. Amiri is the only font used.
import type { Language } from '../vocabulary';
import PDFDocument from 'pdfkit';
import { mirrored, type Direction } from './bidi';
import { loadFonts, FONT_STYLES, type FontStyle } from './fonts';
import { tuneShaping, type ShapingFont } from './shaping';
import type { Block, ExportDocument, HeadingBlock, Inline, ParagraphBlock, TableBlock } from './layout';
import { breakLines, distributeWidths, lineRuns, prepare, widthOf, type LaidParagraph, type Line, type Measure } from './textlayout';

export type Paper = 'a4' | 'letter';

const PAPER: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
const CM = 72 / 2.54;

/** Geometry and type sizes, in points. */
const T = {
  margin: { top: 2.5 * CM, bottom: 2.5 * CM, left: 2.5 * CM, right: 2.5 * CM },
  body: { size: 12, leading: 18, after: 9 },
  numberIndent: 36,
  listIndent: 24,
  quoteIndent: 30,
  heading: [
    { size: 14, leading: 19, before: 16, after: 8, bold: true, italic: false },
    { size: 13, leading: 18, before: 12, after: 6, bold: true, italic: false },
    { size: 12, leading: 17, before: 10, after: 5, bold: true, italic: true },
    { size: 12, leading: 17, before: 8, after: 4, bold: false, italic: true },
  ],
  table: { size: 10.5, leading: 14, pad: 4, after: 10, header: '#e6e6e6', border: '#808080' },
  footnote: { size: 9.5, leading: 12, indent: 16, gap: 3, separator: 8 },
  code: { size: 10.5, leading: 14 },
  headerSize: 9,
  ink: '#000000',
  grey: '#555555',
  mark: '#b00020',
  link: '#1a4d8f',
  placeholder: '#fff1a8',
};

// The fonts' own PostScript names: pdfkit files the default font under that name, and a registered
// name that differs from it would make every font() call parse the regular face again.
const FONT_NAMES: Record<FontStyle, string> = { regular: 'Amiri-Regular', bold: 'Amiri-Bold', italic: 'Amiri-Italic', boldItalic: 'Amiri-BoldItalic' };

export interface PdfOptions {
  paper: Paper;
  /**
   * For an on-screen preview only: a link `#paragraph-N` over each paragraph number, so the viewer
   * can take a click on a number back to that paragraph in the source. Never in a filed export.
   */
  paragraphLinks?: boolean;
}

// ---- flow items -----------------------------------------------------------------------------

interface LineItem {
  kind: 'line';
  p: LaidParagraph;
  line: Line;
  x: number;
  width: number;
  align: 'justify' | 'start' | 'end' | 'center';
  height: number;
  /** Baseline, from the top of the item. */
  baseline: number;
  /** Space above, dropped at the top of a page. */
  before: number;
  /** Paragraph number or list marker, in the hanging indent: box [x, x + width]. */
  marker?: { text: string; x: number; width: number; paragraph?: number };
  outline?: { level: number; title: string };
  shade?: string;
}

interface RuleItem {
  kind: 'rule';
  height: number;
  before: number;
}

interface RowItem {
  kind: 'row';
  table: LaidTable;
  /** Each cell's paragraph and the lines of it this row shows (a row taller than a page is cut). */
  cells: { p: LaidParagraph; from: number; to: number }[];
  header: boolean;
  /** The row's own height plus `after` (space below the table, on its last row). */
  height: number;
  before: number;
  after: number;
}

type Item = LineItem | RuleItem | RowItem;

interface Chunk {
  items: Item[];
  /** A data row of this table: repeat its header on a new page. */
  table?: LaidTable;
}

interface LaidTable {
  x: number[];
  widths: number[];
  header: RowItem;
  dir: Direction;
  align: TableBlock['align'];
}

interface Placed {
  item: Item;
  y: number;
}

interface Page {
  items: Placed[];
  footnotes: number[];
  footnoteHeight: number;
}

// ---- renderer -------------------------------------------------------------------------------

export async function renderPdf(docModel: ExportDocument, options: PdfOptions): Promise<Uint8Array> {
  const fonts = shapingFonts();
  const [pageWidth, pageHeight] = PAPER[options.paper];
  const pdf = new PDFDocument({
    size: [pageWidth, pageHeight],
    margin: 0,
    autoFirstPage: false,
    // The default would be Helvetica, one of the standard 14 fonts, which has no Arabic.
    font: fonts.regular as unknown as string,
    lang: docModel.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: docModel.meta.title,
      Author: docModel.meta.author ?? '',
      Subject: docModel.meta.subject,
      Keywords: docModel.meta.keywords.join(', '),
      Creator: 'Submission Checker (VS Code)',
      Producer: 'Submission Checker with PDFKit',
    },
  } as PDFKit.PDFDocumentOptions);
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
  if (!parsedFonts && FONT_STYLES.every((s) => firstParsed[s])) parsedFonts = firstParsed as Record<FontStyle, ShapingFont>;

  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });

  const state = new FontState(pdf);
  const measure = makeMeasure(state);
  const r = new PdfLayout(docModel, measure, pageWidth, pageHeight);
  const pages = r.paginate();
  new PdfPainter(pdf, state, docModel, r, measure, pageWidth, pageHeight, !!options.paragraphLinks).paint(pages);
  pdf.end();
  await finished;
  const out = Buffer.concat(chunks);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

let parsedFonts: Record<FontStyle, ShapingFont> | undefined;
const firstParsed: Partial<Record<FontStyle, ShapingFont>> = {};

/**
 * Whether the fonts pdfkit parsed were found and tuned (shaping.ts). It relies on pdfkit 0.20
 * keeping the parsed font at `_font.font`; a test fails if an upgrade changes that, rather than
 * PDFs quietly getting slow and Amiri's Arabic full stops in Latin text.
 */
export function shapingTuned(): boolean {
  return !!parsedFonts && FONT_STYLES.every((s) => parsedFonts![s].__tuned === true);
}

/** What pdfkit takes as a font: the parsed fontkit fonts once there are some, else the TTF bytes. */
function shapingFonts(): Record<FontStyle, ShapingFont | Buffer> {
  return parsedFonts ?? loadFonts();
}

/** The face and size text is drawn in; measuring borrows the document and puts them back. */
class FontState {
  private style: FontStyle | undefined;
  private size = 12;
  constructor(readonly pdf: PDFKit.PDFDocument) {}
  use(style: FontStyle, size: number): void {
    if (style !== this.style) this.pdf.font(FONT_NAMES[style]);
    if (size !== this.size) this.pdf.fontSize(size);
    this.style = style;
    this.size = size;
  }
  measure(style: FontStyle, text: string, rtl: boolean): number {
    this.use(style, 1000);
    return this.pdf.widthOfString(text, rtl ? { features: [] } : {}) / 1000;
  }
}

/** Per face and direction: word → width at 1 pt. */
const widthCache = new Map<string, Map<string, number>>();

/**
 * Widths at 1 pt, word by word (words repeat a lot in a long submission, and this is how runs
 * are drawn too), cached for the process.
 */
function makeMeasure(state: FontState): Measure {
  const tables = new Map<string, Map<string, number>>();
  const table = (style: FontStyle, rtl: boolean) => {
    const key = rtl ? `${style}<` : style;
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

class PdfLayout {
  readonly left = T.margin.left;
  readonly right: number;
  readonly top = T.margin.top;
  readonly bottom: number;
  readonly textWidth: number;
  private readonly footnoteCache = new Map<number, { p: LaidParagraph; height: number }[]>();

  constructor(
    readonly doc: ExportDocument,
    readonly measure: Measure,
    readonly pageWidth: number,
    readonly pageHeight: number,
  ) {
    this.right = pageWidth - T.margin.right;
    this.bottom = pageHeight - T.margin.bottom;
    this.textWidth = this.right - this.left;
  }

  /** Chunks of the whole document, in order. */
  chunks(): Chunk[] {
    const out: Chunk[] = [];
    let keepWithNext: Chunk | undefined;
    const emit = (chunk: Chunk, keep = false) => {
      if (keepWithNext) {
        keepWithNext.items.push(...chunk.items);
        if (!keepWithNext.table) keepWithNext.table = chunk.table;
        chunk = keepWithNext;
        keepWithNext = undefined;
      } else out.push(chunk);
      if (keep) {
        keepWithNext = chunk;
      }
    };
    const blocks = this.doc.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      const prev = blocks[b - 1];
      switch (block.type) {
        case 'heading':
          emit({ items: this.heading(block) }, true);
          break;
        case 'paragraph': {
          const lines = this.paragraph(block, prev);
          const pieces = splitForOrphans(lines);
          pieces.forEach((items, i) => emit({ items }, !!block.keepWithNext && i === pieces.length - 1));
          break;
        }
        case 'table': {
          const t = this.table(block);
          const [first, ...rest] = t.rows;
          emit({ items: [t.header, ...(first ? [first] : [])] });
          for (const row of rest) emit({ items: [row], table: t.laid });
          break;
        }
        case 'rule':
          emit({ items: [{ kind: 'rule', height: 14, before: 4 }] });
          break;
      }
    }
    return out;
  }

  paginate(): Page[] {
    const pages: Page[] = [];
    let page: Page = newPage();
    let y = this.top;
    const startPage = () => {
      pages.push(page);
      page = newPage();
      y = this.top;
    };
    for (const chunk of this.chunks()) {
      let notes = chunkFootnotes(chunk).filter((n) => !page.footnotes.includes(n));
      let h = chunkHeight(chunk, y === this.top);
      let fn = this.footnotesHeight([...page.footnotes, ...notes]);
      const fits = () => y + h <= this.bottom - (fn ? fn + T.footnote.separator : 0) + 0.01;
      if (!fits() && page.items.length > 0) {
        startPage();
        if (chunk.table) y = this.placeChunk(page, { items: [chunk.table.header] }, y);
        notes = chunkFootnotes(chunk);
        h = chunkHeight(chunk, y === this.top);
        fn = this.footnotesHeight(notes);
      }
      if (fits() || chunk.items.length === 1) {
        y = this.placeChunk(page, chunk, y);
        this.addNotes(page, notes);
        continue;
      }
      // Taller than a page: place item by item.
      for (const item of chunk.items) {
        const itemNotes = item.kind === 'line' ? item.line.footnotes.filter((n) => !page.footnotes.includes(n)) : [];
        const need = (item.before && y !== this.top ? item.before : 0) + item.height;
        const fnH = this.footnotesHeight([...page.footnotes, ...itemNotes]);
        if (page.items.length > 0 && y + need > this.bottom - (fnH ? fnH + T.footnote.separator : 0)) {
          startPage();
          if (chunk.table && item.kind === 'row' && !item.header) y = this.placeChunk(page, { items: [chunk.table.header] }, y);
        }
        y = this.placeChunk(page, { items: [item] }, y);
        this.addNotes(page, itemNotes);
      }
    }
    pages.push(page);
    return pages;

    function newPage(): Page {
      return { items: [], footnotes: [], footnoteHeight: 0 };
    }
  }

  private addNotes(page: Page, notes: number[]): void {
    if (notes.length === 0) return;
    page.footnotes.push(...notes.filter((n) => !page.footnotes.includes(n)));
    page.footnoteHeight = this.footnotesHeight(page.footnotes);
  }

  private placeChunk(page: Page, chunk: Chunk, y: number): number {
    for (const item of chunk.items) {
      if (item.before && page.items.length > 0) y += item.before;
      page.items.push({ item, y });
      y += item.height;
    }
    return y;
  }

  footnotesHeight(numbers: number[]): number {
    let h = 0;
    for (const n of numbers) for (const part of this.footnoteLines(n)) h += part.height;
    return h;
  }

  /** Footnote n laid out at the foot of the page: one entry per paragraph. */
  footnoteLines(n: number): { p: LaidParagraph; height: number }[] {
    const cached = this.footnoteCache.get(n);
    if (cached) return cached;
    const note = this.doc.footnotes.find((f) => f.number === n);
    const parts = (note?.paragraphs ?? [[{ text: ' ' }]]).map((inlines) => {
      const p = prepare(inlines, note?.dir ?? this.doc.dir, { size: T.footnote.size });
      breakLines(p, this.textWidth - T.footnote.indent, this.measure);
      return { p, height: p.lines.length * T.footnote.leading + T.footnote.gap };
    });
    this.footnoteCache.set(n, parts);
    return parts;
  }

  // ---- blocks → items ---------------------------------------------------------------------

  private heading(block: HeadingBlock): Item[] {
    const h = T.heading[Math.min(block.level, T.heading.length) - 1];
    const p = prepare(block.inlines, block.dir, { size: h.size, bold: h.bold, italic: h.italic });
    breakLines(p, this.textWidth, this.measure);
    return p.lines.map((line, i) => ({
      kind: 'line' as const,
      p,
      line,
      x: this.left,
      width: this.textWidth,
      align: 'start' as const,
      height: h.leading + (i === p.lines.length - 1 ? h.after : 0),
      baseline: h.leading * 0.78,
      before: i === 0 ? h.before : 0,
      outline: i === 0 ? { level: block.level, title: block.text } : undefined,
    }));
  }

  private paragraph(block: ParagraphBlock, prev: Block | undefined): LineItem[] {
    const style = paragraphStyle(block);
    let size = T.body.size;
    let leading = T.body.leading;
    let after = T.body.after;
    let before = 0;
    let indentStart = 0;
    let indentEnd = 0;
    let align: LineItem['align'] = 'justify';
    let marker: { text: string; width: number } | undefined;
    let shade: string | undefined;
    const quote = (block.quoteDepth ?? 0) * T.quoteIndent;

    switch (block.role) {
      case 'body':
        indentStart = T.numberIndent;
        if (block.number !== undefined) marker = { text: `${block.number}.`, width: T.numberIndent };
        break;
      case 'quote':
        indentStart = T.numberIndent + quote;
        indentEnd = quote;
        size = 11;
        leading = 15;
        break;
      case 'list': {
        const l = block.list!;
        indentStart = T.numberIndent + quote + T.listIndent * (l.level + 1);
        if (l.ordinal !== undefined) marker = { text: listMarker(l.kind, l.level, l.ordinal + l.start - 1, this.doc.language), width: T.listIndent };
        after = nextIsSameList(block, this.doc.blocks) ? 4 : T.body.after;
        break;
      }
      case 'code':
        indentStart = T.numberIndent + quote;
        size = T.code.size;
        leading = T.code.leading;
        align = 'start';
        shade = '#f2f2f2';
        break;
      case 'addressee':
        leading = 17;
        after = 2;
        align = 'center';
        break;
      case 'kind':
        size = 13;
        leading = 18;
        after = 6;
        align = 'center';
        break;
      case 'title':
        size = 16;
        leading = 22;
        after = 14;
        before = 4;
        align = 'center';
        break;
      case 'meta':
        leading = 17;
        after = 1;
        align = 'start';
        break;
      case 'signature':
      case 'signatureName':
        align = 'end';
        after = 1;
        leading = 17;
        if (prev?.type !== 'paragraph' || (prev.role !== 'signature' && prev.role !== 'signatureName')) before = 22;
        if (block.role === 'signatureName') before = 30;
        break;
    }
    if (block.align === 'center') align = 'center';
    if (block.align === 'end') align = 'end';

    const p = prepare(block.inlines, block.dir, { size, bold: style.bold, italic: style.italic });
    const width = this.textWidth - indentStart - indentEnd;
    breakLines(p, width, this.measure);
    const rtl = block.dir === 'rtl';
    const x = rtl ? this.left + indentEnd : this.left + indentStart;
    return p.lines.map((line, i) => {
      const item: LineItem = {
        kind: 'line',
        p,
        line,
        x,
        width,
        align,
        height: leading + (i === p.lines.length - 1 ? after : 0),
        baseline: leading * 0.75,
        before: i === 0 ? before : 0,
        shade,
      };
      if (i === 0 && marker) {
        const mx = rtl ? x + width : x - marker.width;
        item.marker = { text: marker.text, x: mx, width: marker.width, paragraph: block.role === 'body' ? block.number : undefined };
      }
      return item;
    });
  }

  private table(block: TableBlock): { header: RowItem; rows: RowItem[]; laid: LaidTable } {
    const cols = block.header.length;
    const pad = T.table.pad;
    const prep = (inlines: Inline[], header: boolean) =>
      prepare(inlines, block.dir === 'rtl' ? 'rtl' : 'ltr', { size: T.table.size, bold: header });
    const headerPs = block.header.map((c) => prep(c, true));
    const rowPs = block.rows.map((r) => r.map((c) => prep(c, false)));
    // Column widths: between the longest word and the whole text on one line, as HTML tables do.
    const min = new Array(cols).fill(0);
    const max = new Array(cols).fill(0);
    for (const row of [headerPs, ...rowPs]) {
      row.forEach((p, c) => {
        const full = widthOf(p, 0, p.text.length, this.measure);
        const longest = p.text.split(/[ \n]/).reduce((m, w) => Math.max(m, this.measure('bold', w, false) * T.table.size), 0);
        max[c] = Math.max(max[c], full + 2 * pad + 1);
        min[c] = Math.max(min[c], Math.min(longest, this.textWidth / cols) + 2 * pad + 1);
      });
    }
    const widths = distributeWidths(min, max, this.textWidth);
    const rtl = block.dir === 'rtl';
    const xs: number[] = [];
    let acc = 0;
    for (let c = 0; c < cols; c++) {
      xs.push(rtl ? this.right - acc - widths[c] : this.left + acc);
      acc += widths[c];
    }
    const laid: LaidTable = { x: xs, widths, header: undefined as unknown as RowItem, dir: block.dir, align: block.align };
    const row = (ps: LaidParagraph[], header: boolean, first: boolean, slice?: [number, number]): RowItem => {
      const cells = ps.map((p) => {
        const from = slice ? Math.min(slice[0], p.lines.length) : 0;
        const to = slice ? Math.min(slice[1], p.lines.length) : p.lines.length;
        return { p, from, to };
      });
      const height = Math.max(T.table.leading, ...cells.map((c) => (c.to - c.from) * T.table.leading)) + 2 * pad;
      return { kind: 'row', table: laid, cells, header, height, before: first ? 4 : 0, after: 0 };
    };
    for (const ps of [headerPs, ...rowPs]) ps.forEach((p, c) => breakLines(p, widths[c] - 2 * pad, this.measure));
    laid.header = row(headerPs, true, true);
    // A row taller than a page (a long quotation in a cell) is cut into pieces of a third of a
    // page, so the first one can still start on the current page.
    const room = Math.max(T.table.leading, this.bottom - this.top - laid.header.height - 2 * pad - 40);
    const perPage = Math.max(1, Math.floor(room / T.table.leading / 3));
    const rows = rowPs.flatMap((ps) => {
      const lines = Math.max(...ps.map((p) => p.lines.length));
      if (lines <= perPage * 3) return [row(ps, false, false)];
      const parts: RowItem[] = [];
      for (let from = 0; from < lines; from += perPage) parts.push(row(ps, false, false, [from, from + perPage]));
      return parts;
    });
    const last = rows[rows.length - 1] ?? laid.header;
    last.height += T.table.after;
    last.after = T.table.after;
    return { header: laid.header, rows, laid };
  }
}

function paragraphStyle(block: ParagraphBlock): { bold?: boolean; italic?: boolean } {
  if (block.role === 'signatureName') return { bold: true };
  if (block.role === 'addressee') return { bold: true };
  return {};
}

function nextIsSameList(block: ParagraphBlock, blocks: Block[]): boolean {
  const i = blocks.indexOf(block);
  const next = blocks[i + 1];
  return !!next && next.type === 'paragraph' && next.role === 'list';
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

function letters(n: number): string {
  let s = '';
  for (n = n + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/** Arabic legal drafting letters its sub-paragraphs in abjad order (what Word calls arabicAbjad). */
const ABJAD = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';

/**
 * (a), (i), (A), then 1. — the markers of nested ordered lists; bullets •, –, ·. In Arabic
 * documents: (أ), (ب)… then (1), (2)….
 */
export function listMarker(kind: 'bullet' | 'ordered', level: number, index: number, language: Language = 'en'): string {
  if (kind === 'bullet') return ['•', '–', '·'][level % 3];
  if (language === 'ar') {
    if (level % 2 === 0 && index < ABJAD.length) return `(${ABJAD[index] === 'ه' ? 'هـ' : ABJAD[index]})`;
    return `(${index + 1})`;
  }
  switch (level % 4) {
    case 0:
      return `(${letters(index)})`;
    case 1:
      return `(${roman(index + 1)})`;
    case 2:
      return `(${letters(index).toUpperCase()})`;
    default:
      return `${index + 1}.`;
  }
}

function splitForOrphans(lines: LineItem[]): LineItem[][] {
  if (lines.length <= 3) return [lines];
  const out: LineItem[][] = [lines.slice(0, 2)];
  for (let i = 2; i < lines.length - 2; i++) out.push([lines[i]]);
  out.push(lines.slice(lines.length - 2));
  return out;
}

function chunkFootnotes(chunk: Chunk): number[] {
  const out: number[] = [];
  for (const item of chunk.items) {
    if (item.kind === 'line') out.push(...item.line.footnotes);
    if (item.kind === 'row') for (const c of item.cells) for (let i = c.from; i < c.to; i++) out.push(...c.p.lines[i].footnotes);
  }
  return [...new Set(out)];
}

function chunkHeight(chunk: Chunk, atTop: boolean): number {
  let h = 0;
  chunk.items.forEach((item, i) => {
    if (!(atTop && i === 0)) h += item.before;
    h += item.height;
  });
  return h;
}

// ---- painting -------------------------------------------------------------------------------

class PdfPainter {
  private outlineStack: { level: number; item: PDFKit.PDFOutline }[] = [];

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly state: FontState,
    private readonly doc: ExportDocument,
    private readonly layout: PdfLayout,
    private readonly measure: Measure,
    private readonly pageWidth: number,
    private readonly pageHeight: number,
    private readonly paragraphLinks = false,
  ) {}

  paint(pages: Page[]): void {
    pages.forEach((page, index) => {
      this.pdf.addPage({ size: [this.pageWidth, this.pageHeight], margin: 0 });
      this.headerFooter(index + 1, pages.length);
      for (const placed of page.items) this.item(placed);
      this.footnotes(page);
    });
  }

  private font(style: FontStyle, size: number): void {
    this.state.use(style, size);
  }

  private headerFooter(page: number, pages: number): void {
    const { header, footer } = this.doc;
    const L = this.layout;
    const size = T.headerSize;
    const y = T.margin.top / 2 + 2;
    // Reference at the start of the line, marking at its end (mirrored in a right-to-left document).
    if (header.reference) this.singleLine([{ text: header.reference }], L.left, y, L.textWidth, size, 'start', T.grey);
    if (header.draft) this.singleLine([{ text: header.draft, bold: true }], L.left, y, L.textWidth, size, 'center', T.mark);
    if (header.confidential) this.singleLine([{ text: header.confidential, bold: true }], L.left, y, L.textWidth, size, 'end', T.mark);
    if (header.reference || header.draft || header.confidential) {
      this.pdf.save().lineWidth(0.4).strokeColor('#999999').moveTo(L.left, y + 5).lineTo(L.right, y + 5).stroke().restore();
    }
    const [before, between, after] = footer.page;
    const footerY = this.pageHeight - T.margin.bottom / 2 + 4;
    this.singleLine([{ text: `${before}${page}${between}${pages}${after}` }], L.left, footerY, L.textWidth, size, 'center', T.grey);
  }

  /** One line of text (header, footer): laid out through the same bidi path as the body. */
  private singleLine(inlines: Inline[], x: number, baseline: number, width: number, size: number, align: 'start' | 'end' | 'center', color: string): void {
    const dir: Direction = this.doc.dir === 'rtl' ? 'rtl' : 'ltr';
    const p = prepare(inlines, dir, { size });
    breakLines(p, 10_000, this.measure);
    const physical = align === 'center' ? 'center' : (align === 'start') === (dir === 'ltr') ? 'left' : 'right';
    this.pdf.fillColor(color);
    this.drawLine(p, p.lines[0], x, baseline, width, physical === 'center' ? 'center' : physical === 'left' ? 'left' : 'right', false);
    this.pdf.fillColor(T.ink);
  }

  private item({ item, y }: Placed): void {
    switch (item.kind) {
      case 'line': {
        if (item.outline) this.outline(item.outline.level, item.outline.title);
        const baseline = y + item.baseline;
        if (item.shade) {
          this.pdf.save().rect(item.x - 4, y, item.width + 8, item.height).fill(item.shade).restore();
        }
        if (item.marker) {
          // Through the bidi path too: "12." in a right-to-left paragraph shows its dot on the left.
          const m = item.marker;
          const mp = prepare([{ text: m.text }], item.p.dir, { size: item.p.size });
          breakLines(mp, 10_000, this.measure);
          this.drawLine(mp, mp.lines[0], m.x, baseline, m.width, item.p.dir === 'rtl' ? 'right' : 'left', false);
          if (this.paragraphLinks && m.paragraph !== undefined) this.pdf.link(m.x, y, m.width, item.height, `#paragraph-${m.paragraph}`);
        }
        const physical = physicalAlign(item.align, item.p.dir);
        const justify = item.align === 'justify' && !item.line.last;
        this.drawLine(item.p, item.line, item.x, baseline, item.width, physical, justify);
        return;
      }
      case 'rule': {
        const L = this.layout;
        const ry = y + 5;
        this.pdf.save().lineWidth(0.6).strokeColor('#444444').moveTo(L.left, ry).lineTo(L.right, ry).stroke().restore();
        return;
      }
      case 'row':
        this.row(item, y);
        return;
    }
  }

  private row(row: RowItem, y: number): void {
    const t = row.table;
    const pad = T.table.pad;
    const top = y;
    const height = row.height - row.after;
    const pdf = this.pdf;
    if (row.header) {
      const left = Math.min(...t.x);
      const width = t.widths.reduce((a, b) => a + b, 0);
      pdf.save().rect(left, top, width, height).fill(T.table.header).restore();
    }
    pdf.save().lineWidth(0.5).strokeColor(T.table.border);
    row.cells.forEach((_, c) => pdf.rect(t.x[c], top, t.widths[c], height));
    pdf.stroke().restore();
    row.cells.forEach((cell, c) => {
      const p = cell.p;
      const align = t.align[c];
      const physical: 'left' | 'right' | 'center' =
        align === 'center' ? 'center' : align === 'right' ? 'right' : align === 'left' ? 'left' : p.dir === 'rtl' ? 'right' : 'left';
      for (let i = cell.from; i < cell.to; i++) {
        const baseline = top + pad + (i - cell.from) * T.table.leading + T.table.leading * 0.75;
        this.drawLine(p, p.lines[i], t.x[c] + pad, baseline, t.widths[c] - 2 * pad, physical, false);
      }
    });
  }

  private footnotes(page: Page): void {
    if (page.footnotes.length === 0) return;
    const L = this.layout;
    let y = L.bottom - page.footnoteHeight;
    const rtl = this.doc.dir === 'rtl';
    const sepY = y - T.footnote.separator / 2;
    const sepW = L.textWidth / 3;
    this.pdf.save().lineWidth(0.5).strokeColor('#444444');
    if (rtl) this.pdf.moveTo(L.right - sepW, sepY).lineTo(L.right, sepY);
    else this.pdf.moveTo(L.left, sepY).lineTo(L.left + sepW, sepY);
    this.pdf.stroke().restore();
    for (const n of page.footnotes) {
      const parts = this.layout.footnoteLines(n);
      parts.forEach((part, k) => {
        const p = part.p;
        const prtl = p.dir === 'rtl';
        p.lines.forEach((line, i) => {
          const baseline = y + i * T.footnote.leading + T.footnote.leading * 0.75;
          if (k === 0 && i === 0) {
            const label = String(n);
            const w = this.measure('regular', label, false) * T.footnote.size * 0.7;
            this.font('regular', T.footnote.size * 0.7);
            const lx = prtl ? L.right - w : L.left;
            this.pdf.fillColor(T.ink).text(label, lx, baseline - T.footnote.size * 0.35, TEXT);
          }
          const x = prtl ? L.left : L.left + T.footnote.indent;
          const phys = prtl ? 'right' : 'left';
          this.drawLine(p, line, x, baseline, L.textWidth - T.footnote.indent, phys, !line.last);
        });
        y += part.height;
      });
    }
  }

  private outline(level: number, title: string): void {
    while (this.outlineStack.length && this.outlineStack[this.outlineStack.length - 1].level >= level) this.outlineStack.pop();
    const parent = this.outlineStack.length ? this.outlineStack[this.outlineStack.length - 1].item : this.pdf.outline;
    const item = parent.addItem(title || ' ', { expanded: level === 1 });
    this.outlineStack.push({ level, item });
  }

  /** Draws one line: runs in visual order, right-to-left runs shaped whole, spaces stretched when justifying. */
  private drawLine(
    p: LaidParagraph,
    line: Line,
    x: number,
    baseline: number,
    width: number,
    align: 'left' | 'right' | 'center',
    justify: boolean,
  ): void {
    const runs = lineRuns(p, line, this.measure, mirrored);
    if (runs.length === 0) return;
    let natural = 0;
    let spaces = 0;
    for (const r of runs) {
      natural += r.width;
      spaces += r.spaces;
    }
    let extra = justify && spaces > 0 ? Math.max(0, (width - natural) / spaces) : 0;
    // A line that would need gaps wider than a space and an em (before a long unbreakable
    // address, say) is left ragged instead.
    if (extra > p.size) extra = 0;
    const total = natural + extra * spaces;
    const cx0 = align === 'left' ? x : align === 'right' ? x + width - total : x + (width - total) / 2;
    let cx = justify && extra > 0 ? x : cx0;
    for (const r of runs) {
      const seg = r.segment;
      const size = p.size * seg.scale;
      const runWidth = r.width + extra * r.spaces;
      const inline = seg.inline;
      const rise = inline.footnote !== undefined ? p.size * 0.38 : 0;
      if (inline.placeholder) this.pdf.save().rect(cx, baseline - p.size * 0.85, runWidth, p.size * 1.15).fill(T.placeholder).restore();
      this.font(seg.style, size);
      const color = inline.link ? T.link : T.ink;
      this.pdf.fillColor(color);
      this.drawRun(r.text, cx, baseline - rise, r.rtl, extra, size, seg.style);
      if (inline.link) {
        this.pdf.link(cx, baseline - size, runWidth, size * 1.3, inline.link);
        this.pdf.save().lineWidth(0.4).strokeColor(T.link).moveTo(cx, baseline + 1.5).lineTo(cx + runWidth, baseline + 1.5).stroke().restore();
      }
      if (inline.strike) {
        this.pdf.save().lineWidth(0.5).strokeColor(color).moveTo(cx, baseline - size * 0.3).lineTo(cx + runWidth, baseline - size * 0.3).stroke().restore();
      }
      cx += runWidth;
    }
    this.pdf.fillColor(T.ink);
  }

  private drawRun(text: string, x: number, baseline: number, rtl: boolean, extra: number, size: number, style: FontStyle): void {
    // Spaces at the ends of a run are skipped over rather than drawn: pdfkit drops them when
    // stretching spaces, and leaving them out keeps the arithmetic in one place.
    const lead = text.length - text.trimStart().length;
    const core = text.trim();
    if (!core) return;
    const space = this.measure(style, ' ', false) * size + extra;
    this.font(style, size);
    // Visual left edge of the core: leading logical spaces sit on the left of a left-to-right
    // run and on the right of a right-to-left one.
    const trail = text.length - text.trimEnd().length;
    const leftSpaces = rtl ? trail : lead;
    const cx = x + leftSpaces * space;
    const opts: PDFKit.Mixins.TextOptions & { textWidth?: number; wordCount?: number } = { ...TEXT };
    if (rtl) opts.features = [];
    if ((extra > 0 || rtl) && core.includes(' ')) {
      if (/[\u00a0\u2000-\u200a\u202f]/.test(core)) {
        // Unbreakable spaces would be stretched by pdfkit: draw word by word instead.
        this.drawWords(core, cx, baseline, rtl, extra, size, style, opts);
        return;
      }
      // pdfkit lays out each word separately and in the order given, left to right, when it
      // stretches spaces: give it the words of a right-to-left run last to first. Right-to-left
      // runs always go this way (with a negligible stretch), so Arabic is shaped word by word
      // and each word once per process.
      opts.wordSpacing = extra || 1e-6;
      const words = rtl ? core.split(' ').reverse().join(' ') : core;
      this.show(words, cx, baseline, opts);
      return;
    }
    this.show(core, cx, baseline, opts);
  }

  /**
   * Writes text at a baseline. pdfkit's text() prepares options, splits lines and measures the
   * text again after drawing it; none of that is needed for a positioned run, so its internal
   * single-fragment writer is used when this pdfkit has it (0.20), else text().
   */
  private show(text: string, x: number, baseline: number, opts: PDFKit.Mixins.TextOptions): void {
    const fragment = (this.pdf as unknown as { _fragment?: (t: string, x: number, y: number, o: object) => void })._fragment;
    // textWidth/wordCount only serve pdfkit's own links and underlines, which are not used:
    // giving them saves measuring the text a second time.
    if (typeof fragment === 'function') fragment.call(this.pdf, text, x, baseline, { ...opts, textWidth: 0, wordCount: 0 });
    else this.pdf.text(text, x, baseline, opts);
  }

  private drawWords(core: string, x: number, baseline: number, rtl: boolean, extra: number, size: number, style: FontStyle, opts: PDFKit.Mixins.TextOptions): void {
    const words = core.split(' ');
    if (rtl) words.reverse();
    const space = this.measure(style, ' ', false) * size + extra;
    let cx = x;
    const widths = words.map((w) => this.measure(style, w, rtl) * size);
    this.font(style, size);
    words.forEach((w, i) => {
      if (w) this.show(w, cx, baseline, opts);
      cx += widths[i] + space;
    });
  }
}

const TEXT: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };

function physicalAlign(align: LineItem['align'], dir: Direction): 'left' | 'right' | 'center' {
  if (align === 'center') return 'center';
  const start = dir === 'rtl' ? 'right' : 'left';
  const end = dir === 'rtl' ? 'left' : 'right';
  return align === 'end' ? end : start;
}

