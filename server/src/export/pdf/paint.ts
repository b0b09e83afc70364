// Painting the PDF: the pages pagination gave, drawn with pdfkit — header and footer, lines of
// text run by run in visual order (right-to-left runs shaped whole), markers in the hanging
// indent, table rows, footnotes, bookmarks. While drawing it notes where each heading and each
// exhibit citation landed, for the filing bundle's bookmarks and links.
import { COLOR, MARGIN } from './geometry';
import { PAGE_STYLE, PARAGRAPH_STYLE } from '../../data/style';
import { mirrored, type Direction } from '../bidi';
import { ARABIC_SLANT_DEGREES, faceOf, type FontStyle } from '../fonts';
import type { ExportDocument, Inline } from '../layout';
import { breakLines, lineRuns, prepare, type LaidParagraph, type Line, type Measure } from '../textlayout';
import type { FontState } from './measure';
import type { LineItem, Page, Paginator, Placed, RowItem } from './paginate';

/** Where things landed, in PDF user space (points from the bottom-left corner of the page). */
export interface PdfAnchors {
  /** Each heading: the top of its first line. */
  headings: { text: string; depth: number; pageIndex: number; y: number }[];
  /** Each exhibit citation drawn (the id as written): the box around it, [x1, y1, x2, y2]. */
  exhibitCitations: { id: string; pageIndex: number; rect: [number, number, number, number] }[];
}

const FOOTNOTE = PARAGRAPH_STYLE.footnote;
const TABLE = PARAGRAPH_STYLE.table;

export class PdfPainter {
  private outlineStack: { level: number; item: PDFKit.PDFOutline }[] = [];
  readonly anchors: PdfAnchors = { headings: [], exhibitCitations: [] };
  private pageIndex = 0;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly state: FontState,
    private readonly doc: ExportDocument,
    private readonly layout: Paginator,
    private readonly measure: Measure,
    private readonly pageWidth: number,
    private readonly pageHeight: number,
    /** A preview's links `#paragraph-N` over paragraph numbers; never in a filed export. */
    private readonly paragraphLinks = false,
  ) {}

  paint(pages: Page[]): void {
    pages.forEach((page, index) => {
      this.pageIndex = index;
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
    const size = PARAGRAPH_STYLE.header.size;
    const y = MARGIN / 2 + 2;
    // Reference at the start of the line, marking at its end (mirrored in a right-to-left document).
    // A reference too long to share the line with the draft marking (centred) or the confidential
    // one goes on a line of its own above: it is never cut, and never printed over them.
    if (header.reference) {
      // The same header on every page: measured once.
      this.referenceCrowded ??= this.crowdedReference(header, size, L.textWidth);
      this.singleLine([{ text: header.reference }], L.left, this.referenceCrowded ? y - size * 1.4 : y, L.textWidth, size, 'start', COLOR.grey);
    }
    if (header.draft) this.singleLine([{ text: header.draft, bold: true }], L.left, y, L.textWidth, size, 'center', COLOR.mark);
    if (header.confidential) this.singleLine([{ text: header.confidential, bold: true }], L.left, y, L.textWidth, size, 'end', COLOR.mark);
    if (header.reference || header.draft || header.confidential) {
      this.pdf.save().lineWidth(0.4).strokeColor(COLOR.headerRule).moveTo(L.left, y + 5).lineTo(L.right, y + 5).stroke().restore();
    }
    const [before, between, after] = footer.page;
    const footerY = this.pageHeight - MARGIN / 2 + 4;
    this.singleLine([{ text: `${before}${page}${between}${pages}${after}` }], L.left, footerY, L.textWidth, size, 'center', COLOR.grey);
  }

  private referenceCrowded: boolean | undefined;

  /** Whether the header's reference would reach the draft marking (centred) or the confidential one (at the end). */
  private crowdedReference(header: ExportDocument['header'], size: number, width: number): boolean {
    const gap = size;
    const reference = this.lineWidth([{ text: header.reference ?? '' }], size);
    const draft = header.draft ? this.lineWidth([{ text: header.draft, bold: true }], size) : 0;
    const confidential = header.confidential ? this.lineWidth([{ text: header.confidential, bold: true }], size) : 0;
    return (draft > 0 && reference + gap > (width - draft) / 2) || (confidential > 0 && reference + gap + confidential > width);
  }

  /** Width of a text on one line. */
  private lineWidth(inlines: Inline[], size: number): number {
    const p = prepare(inlines, this.doc.dir === 'rtl' ? 'rtl' : 'ltr', { size });
    breakLines(p, 10_000, this.measure);
    return p.lines[0]?.width ?? 0;
  }

  /** One line of text (header, footer): laid out through the same bidi path as the body. */
  private singleLine(inlines: Inline[], x: number, baseline: number, width: number, size: number, align: 'start' | 'end' | 'center', color: string): void {
    const dir: Direction = this.doc.dir === 'rtl' ? 'rtl' : 'ltr';
    const p = prepare(inlines, dir, { size });
    breakLines(p, 10_000, this.measure);
    const physical = align === 'center' ? 'center' : (align === 'start') === (dir === 'ltr') ? 'left' : 'right';
    this.pdf.fillColor(color);
    this.drawLine(p, p.lines[0], x, baseline, width, physical === 'center' ? 'center' : physical === 'left' ? 'left' : 'right', false);
    this.pdf.fillColor(COLOR.ink);
  }

  private item({ item, y }: Placed): void {
    switch (item.kind) {
      case 'line': {
        if (item.outline) {
          this.outline(item.outline.level, item.outline.title);
          this.anchors.headings.push({ text: item.outline.title, depth: item.outline.level, pageIndex: this.pageIndex, y: this.pageHeight - y });
        }
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
        this.pdf.save().lineWidth(0.6).strokeColor(COLOR.rule).moveTo(L.left, ry).lineTo(L.right, ry).stroke().restore();
        return;
      }
      case 'row':
        this.row(item, y);
        return;
    }
  }

  private row(row: RowItem, y: number): void {
    const t = row.table;
    const pad = PAGE_STYLE.tablePadding;
    const top = y;
    const height = row.height - row.after;
    const pdf = this.pdf;
    if (row.header) {
      const left = Math.min(...t.x);
      const width = t.widths.reduce((a, b) => a + b, 0);
      pdf.save().rect(left, top, width, height).fill(COLOR.tableHeader).restore();
    }
    pdf.save().lineWidth(0.5).strokeColor(COLOR.tableBorder);
    row.cells.forEach((_, c) => pdf.rect(t.x[c], top, t.widths[c], height));
    pdf.stroke().restore();
    row.cells.forEach((cell, c) => {
      const p = cell.p;
      const align = t.align[c];
      const physical: 'left' | 'right' | 'center' =
        align === 'center' ? 'center' : align === 'right' ? 'right' : align === 'left' ? 'left' : p.dir === 'rtl' ? 'right' : 'left';
      for (let i = cell.from; i < cell.to; i++) {
        const baseline = top + pad + (i - cell.from) * TABLE.leading + TABLE.leading * 0.75;
        this.drawLine(p, p.lines[i], t.x[c] + pad, baseline, t.widths[c] - 2 * pad, physical, false);
      }
    });
  }

  private footnotes(page: Page): void {
    if (page.footnotes.length === 0) return;
    const L = this.layout;
    let y = L.bottom - page.footnoteHeight;
    const rtl = this.doc.dir === 'rtl';
    const sepY = y - PAGE_STYLE.footnoteSeparator / 2;
    const sepW = L.textWidth / 3;
    this.pdf.save().lineWidth(0.5).strokeColor(COLOR.rule);
    if (rtl) this.pdf.moveTo(L.right - sepW, sepY).lineTo(L.right, sepY);
    else this.pdf.moveTo(L.left, sepY).lineTo(L.left + sepW, sepY);
    this.pdf.stroke().restore();
    for (const n of page.footnotes) {
      const parts = this.layout.footnoteLines(n);
      parts.forEach((part, k) => {
        const p = part.p;
        const prtl = p.dir === 'rtl';
        p.lines.forEach((line, i) => {
          const baseline = y + i * FOOTNOTE.leading + FOOTNOTE.leading * 0.75;
          if (k === 0 && i === 0) {
            const label = String(n);
            const w = this.measure('regular', label, false) * FOOTNOTE.size * 0.7;
            this.font('regular', FOOTNOTE.size * 0.7);
            const lx = prtl ? L.right - w : L.left;
            this.pdf.fillColor(COLOR.ink).text(label, lx, baseline - FOOTNOTE.size * 0.35, TEXT);
          }
          const x = prtl ? L.left : L.left + FOOTNOTE.indent;
          const phys = prtl ? 'right' : 'left';
          this.drawLine(p, line, x, baseline, L.textWidth - FOOTNOTE.indent, phys, !line.last);
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
      if (inline.placeholder) this.pdf.save().rect(cx, baseline - p.size * 0.85, runWidth, p.size * 1.15).fill(COLOR.placeholder).restore();
      this.font(seg.style, size);
      const color = inline.link ? COLOR.link : COLOR.ink;
      this.pdf.fillColor(color);
      this.drawRun(r.text, cx, baseline - rise, r.rtl, extra, size, seg.style);
      if (inline.link) {
        this.pdf.link(cx, baseline - size, runWidth, size * 1.3, inline.link);
        this.pdf.save().lineWidth(0.4).strokeColor(COLOR.link).moveTo(cx, baseline + 1.5).lineTo(cx + runWidth, baseline + 1.5).stroke().restore();
      }
      if (inline.strike) {
        this.pdf.save().lineWidth(0.5).strokeColor(color).moveTo(cx, baseline - size * 0.3).lineTo(cx + runWidth, baseline - size * 0.3).stroke().restore();
      }
      if (inline.exhibit) {
        const rect: [number, number, number, number] = [cx, this.pageHeight - (baseline + size * 0.3), cx + runWidth, this.pageHeight - (baseline - size * 0.85)];
        this.anchors.exhibitCitations.push({ id: inline.exhibit, pageIndex: this.pageIndex, rect });
      }
      cx += runWidth;
    }
    this.pdf.fillColor(COLOR.ink);
  }

  private drawRun(text: string, x: number, baseline: number, rtl: boolean, extra: number, size: number, style: FontStyle): void {
    // Spaces at the ends of a run are skipped over rather than drawn: pdfkit drops them when
    // stretching spaces, and leaving them out keeps the arithmetic in one place.
    text = this.state.printable(style, text);
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
    if (faceOf(style) !== style) opts.oblique = ARABIC_SLANT_DEGREES;
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

