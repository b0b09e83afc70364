// Pagination of the PDF: every block broken into lines (textlayout.ts), lines grouped into
// chunks that must not be split (a heading with what follows, the first and last lines of a
// paragraph, a table row with its repeated header, a paragraph kept with the next), and chunks
// placed on pages with room kept at the foot for the footnotes they cite. Nothing is drawn here;
// paint.ts draws the pages this gives. Sizes and spacing come from data/style.ts.
import { HEADING_STYLE, LIST_INDENT, NUMBER_INDENT, PAGE_STYLE, PARAGRAPH_STYLE, QUOTE_INDENT, type ParagraphSpec } from '../../data/style';
import type { Direction } from '../bidi';
import type { Block, ExportDocument, HeadingBlock, Inline, ParagraphBlock, TableBlock } from '../layout';
import { listMarker } from '../markers';
import { breakLines, distributeWidths, prepare, widthOf, type LaidParagraph, type Line, type Measure } from '../textlayout';
import { COLOR, MARGIN } from './geometry';

const FOOTNOTE = PARAGRAPH_STYLE.footnote;
const TABLE = PARAGRAPH_STYLE.table;
const RULE = { height: 14, before: 4 };

export interface LineItem {
  kind: 'line';
  p: LaidParagraph;
  line: Line;
  x: number;
  width: number;
  align: ParagraphSpec['align'];
  height: number;
  /** Baseline, from the top of the item. */
  baseline: number;
  /** Space above, dropped at the top of a page. */
  before: number;
  /** Paragraph number or list marker, in the hanging indent: box [x, x + width]. */
  /** `paragraph`: the legal paragraph number it labels, for a preview's links. */
  marker?: { text: string; x: number; width: number; paragraph?: number };
  /** The first line of a heading: a bookmark. */
  outline?: { level: number; title: string };
  shade?: string;
}

export interface RuleItem {
  kind: 'rule';
  height: number;
  before: number;
}

export interface RowItem {
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

export type Item = LineItem | RuleItem | RowItem;

interface Chunk {
  items: Item[];
  /** A data row of this table: repeat its header on a new page. */
  table?: LaidTable;
}

export interface LaidTable {
  x: number[];
  widths: number[];
  header: RowItem;
  dir: Direction;
  align: TableBlock['align'];
}

export interface Placed {
  item: Item;
  /** Top of the item, from the top of the page. */
  y: number;
}

export interface Page {
  items: Placed[];
  footnotes: number[];
  footnoteHeight: number;
}

export class Paginator {
  readonly left = MARGIN;
  readonly right: number;
  readonly top = MARGIN;
  readonly bottom: number;
  readonly textWidth: number;
  private readonly footnoteCache = new Map<number, { p: LaidParagraph; height: number }[]>();

  constructor(
    readonly doc: ExportDocument,
    readonly measure: Measure,
    readonly pageWidth: number,
    readonly pageHeight: number,
  ) {
    this.right = pageWidth - MARGIN;
    this.bottom = pageHeight - MARGIN;
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
      if (keep) keepWithNext = chunk;
    };
    const blocks = this.doc.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      switch (block.type) {
        case 'heading':
          emit({ items: this.heading(block) }, true);
          break;
        case 'paragraph': {
          const pieces = splitForOrphans(this.paragraph(block, blocks[b - 1], blocks[b + 1]));
          const keep = !!(block.keepWithNext || PARAGRAPH_STYLE[block.role].keepWithNext);
          pieces.forEach((items, i) => emit({ items }, keep && i === pieces.length - 1));
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
          emit({ items: [{ kind: 'rule', height: RULE.height, before: RULE.before }] });
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
    const separator = PAGE_STYLE.footnoteSeparator;
    for (const chunk of this.chunks()) {
      let notes = chunkFootnotes(chunk).filter((n) => !page.footnotes.includes(n));
      let h = chunkHeight(chunk, y === this.top);
      let fn = this.footnotesHeight([...page.footnotes, ...notes]);
      const fits = () => y + h <= this.bottom - (fn ? fn + separator : 0) + 0.01;
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
        if (page.items.length > 0 && y + need > this.bottom - (fnH ? fnH + separator : 0)) {
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
      const p = prepare(inlines, note?.dir ?? this.doc.dir, { size: FOOTNOTE.size });
      breakLines(p, this.textWidth - FOOTNOTE.indent, this.measure);
      return { p, height: p.lines.length * FOOTNOTE.leading + FOOTNOTE.after };
    });
    this.footnoteCache.set(n, parts);
    return parts;
  }

  // ---- blocks → items ---------------------------------------------------------------------

  private heading(block: HeadingBlock): Item[] {
    const h = HEADING_STYLE[Math.min(block.level, HEADING_STYLE.length) - 1];
    const p = prepare(block.inlines, block.dir, { size: h.size, bold: h.bold, italic: h.italic });
    breakLines(p, this.textWidth, this.measure);
    return p.lines.map((line, i) => ({
      kind: 'line' as const,
      p,
      line,
      x: this.left,
      width: this.textWidth,
      align: h.align,
      height: h.leading + (i === p.lines.length - 1 ? h.after : 0),
      baseline: h.leading * 0.78,
      before: i === 0 ? h.before : 0,
      outline: i === 0 ? { level: block.level, title: block.text } : undefined,
    }));
  }

  private paragraph(block: ParagraphBlock, prev: Block | undefined, next: Block | undefined): LineItem[] {
    const spec = PARAGRAPH_STYLE[block.role];
    let { before, after, align } = spec;
    let indentStart = spec.indent;
    let indentEnd = 0;
    let marker: { text: string; width: number } | undefined;
    let shade: string | undefined;
    const quote = (block.quoteDepth ?? 0) * QUOTE_INDENT;

    switch (block.role) {
      case 'body':
        if (block.label) marker = { text: block.label, width: NUMBER_INDENT };
        break;
      case 'quote':
        indentStart += quote;
        indentEnd = quote;
        break;
      case 'list': {
        const l = block.list!;
        indentStart += quote + LIST_INDENT * (l.level + 1);
        if (l.ordinal !== undefined) marker = { text: listMarker(l.kind, l.level, l.ordinal + l.start - 1, this.doc.language, this.doc.digits), width: LIST_INDENT };
        if (!(next?.type === 'paragraph' && next.role === 'list')) after = PARAGRAPH_STYLE.body.after;
        break;
      }
      case 'code':
        indentStart += quote;
        shade = COLOR.codeShade;
        break;
      case 'signature':
        // The space above the signature block, not between its lines.
        if (prev?.type === 'paragraph' && (prev.role === 'signature' || prev.role === 'signatureName')) before = 0;
        break;
    }
    if (block.align === 'center') align = 'center';
    if (block.align === 'end') align = 'end';

    const p = prepare(block.inlines, block.dir, { size: spec.size, bold: spec.bold, italic: spec.italic });
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
        height: spec.leading + (i === p.lines.length - 1 ? after : 0),
        baseline: spec.leading * 0.75,
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
    const pad = PAGE_STYLE.tablePadding;
    const prep = (inlines: Inline[], header: boolean) => prepare(inlines, block.dir === 'rtl' ? 'rtl' : 'ltr', { size: TABLE.size, bold: header });
    const headerPs = block.header.map((c) => prep(c, true));
    const rowPs = block.rows.map((r) => r.map((c) => prep(c, false)));
    // Column widths: between the longest word and the whole text on one line, as HTML tables do.
    const min = new Array(cols).fill(0);
    const max = new Array(cols).fill(0);
    for (const row of [headerPs, ...rowPs]) {
      row.forEach((p, c) => {
        const full = widthOf(p, 0, p.text.length, this.measure);
        const longest = p.text.split(/[ \n]/).reduce((m, w) => Math.max(m, this.measure('bold', w, false) * TABLE.size), 0);
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
      const height = Math.max(TABLE.leading, ...cells.map((c) => (c.to - c.from) * TABLE.leading)) + 2 * pad;
      return { kind: 'row', table: laid, cells, header, height, before: first ? TABLE.before : 0, after: 0 };
    };
    for (const ps of [headerPs, ...rowPs]) ps.forEach((p, c) => breakLines(p, widths[c] - 2 * pad, this.measure));
    laid.header = row(headerPs, true, true);
    // A row taller than a page (a long quotation in a cell) is cut into pieces of a third of a
    // page, so the first one can still start on the current page.
    const room = Math.max(TABLE.leading, this.bottom - this.top - laid.header.height - 2 * pad - 40);
    const perPage = Math.max(1, Math.floor(room / TABLE.leading / 3));
    const rows = rowPs.flatMap((ps) => {
      const lines = Math.max(...ps.map((p) => p.lines.length));
      if (lines <= perPage * 3) return [row(ps, false, false)];
      const parts: RowItem[] = [];
      for (let from = 0; from < lines; from += perPage) parts.push(row(ps, false, false, [from, from + perPage]));
      return parts;
    });
    const last = rows[rows.length - 1] ?? laid.header;
    last.height += TABLE.after;
    last.after = TABLE.after;
    return { header: laid.header, rows, laid };
  }
}

/** The first and the last lines of a paragraph stay together: no orphan or widow line. */
function splitForOrphans(lines: LineItem[]): LineItem[][] {
  const keep = PAGE_STYLE.orphanLines;
  if (lines.length <= 2 * keep - 1) return [lines];
  const out: LineItem[][] = [lines.slice(0, keep)];
  for (let i = keep; i < lines.length - keep; i++) out.push([lines[i]]);
  out.push(lines.slice(lines.length - keep));
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
