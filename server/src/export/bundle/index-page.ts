// The bundle's index: a table of the submission and each exhibit (tab, document, date, pages),
// in the document's language, mirrored for a right-to-left one. Laid out before any page number is
// known, with the pages column as wide as the widest number the bundle can have, so that filling
// in the numbers never changes how many index pages there are.
import type { Direction } from '../bidi';
import type { Align, Sheet, TextStyle } from './sheet';

export interface IndexRow {
  tab: string;
  document: string;
  date?: string;
  /** Said after the document in the grey of a note ("not included"). */
  note?: string;
}

export interface IndexText {
  title: string;
  subtitle?: string;
  columns: [tab: string, document: string, date: string, pages: string];
}

export interface PageGeometry {
  width: number;
  height: number;
  margin: number;
}

interface PlacedRow {
  row: number;
  top: number;
  height: number;
}

export interface IndexLayout {
  pages: PlacedRow[][];
  /** x and width of each column, in reading order (tab, document, date, pages). */
  columns: { x: number; width: number }[];
  headerHeight: number;
  tableTop: number;
}

const SIZE = { title: 16, subtitle: 10.5, cell: 10.5, leading: 14, pad: 5 };
const SHADE = '#e6e6e6';

export function indexLayout(sheet: Sheet, rows: IndexRow[], text: IndexText, widestPages: string, page: PageGeometry, dir: Direction): IndexLayout {
  const cell: TextStyle = { size: SIZE.cell, dir };
  const head: TextStyle = { ...cell, bold: true };
  const usable = page.width - 2 * page.margin;
  const pad = SIZE.pad;
  const fit = (texts: string[], style: TextStyle) => Math.max(...texts.map((t) => sheet.width(t, style))) + 2 * pad;
  const tabW = Math.min(usable * 0.2, fit([text.columns[0], ...rows.map((r) => r.tab)], head));
  const dateW = Math.min(usable * 0.25, fit([text.columns[2], ...rows.map((r) => r.date ?? '')], cell));
  const pagesW = fit([text.columns[3], widestPages], head);
  const docW = usable - tabW - dateW - pagesW;
  const widths = [tabW, docW, dateW, pagesW];
  // Reading order is tab, document, date, pages: from the left, or from the right in Arabic.
  const columns: { x: number; width: number }[] = [];
  let x = dir === 'rtl' ? page.width - page.margin : page.margin;
  for (const w of widths) {
    if (dir === 'rtl') x -= w;
    columns.push({ x, width: w });
    if (dir === 'ltr') x += w;
  }
  const count = (t: string, c: number, style: TextStyle) => (t ? sheet.lines(t, widths[c] - 2 * pad, style).lines.length : 1);
  const rowHeights = rows.map(
    (r) =>
      Math.max(count(r.tab, 0, head), count(r.document, 1, cell) + (r.note ? count(`(${r.note})`, 1, cell) : 0), count(r.date ?? '', 2, cell), count(widestPages, 3, head)) *
        SIZE.leading +
      2 * pad,
  );
  const headerHeight = SIZE.leading + 2 * pad;
  const titleHeight = SIZE.title * 1.6 + (text.subtitle ? sheet.lines(text.subtitle, usable, { size: SIZE.subtitle, dir }).lines.length * SIZE.leading + 8 : 0);
  const tableTop = page.margin + titleHeight + 6;
  const pages: PlacedRow[][] = [[]];
  let y = tableTop + headerHeight;
  rows.forEach((_, i) => {
    const height = rowHeights[i];
    if (y + height > page.height - page.margin && pages[pages.length - 1].length > 0) {
      pages.push([]);
      y = page.margin + headerHeight;
    }
    pages[pages.length - 1].push({ row: i, top: y, height });
    y += height;
  });
  return { pages, columns, headerHeight, tableTop };
}

/** Where each row was drawn: its index page (0-based) and box in PDF user space [left, bottom, right, top]. */
export interface RowBox {
  row: number;
  page: number;
  rect: [number, number, number, number];
}

/** Paints the index pages on the sheet (one new page each); `pages[i]` is row i's page range. */
export function paintIndex(sheet: Sheet, layout: IndexLayout, rows: IndexRow[], text: IndexText, pages: string[], page: PageGeometry, dir: Direction): RowBox[] {
  const boxes: RowBox[] = [];
  const usable = page.width - 2 * page.margin;
  const left = page.margin;
  const right = page.width - page.margin;
  const cell: TextStyle = { size: SIZE.cell, dir };
  const align: Align[] = ['start', 'start', 'start', 'end'];
  layout.pages.forEach((placed, p) => {
    sheet.addPage(page.width, page.height);
    let top = page.margin;
    if (p === 0) {
      top += sheet.paragraph(text.title, left, top, usable, { size: SIZE.title, bold: true, dir, leading: SIZE.title * 1.6, align: 'center' });
      if (text.subtitle) sheet.paragraph(text.subtitle, left, top, usable, { size: SIZE.subtitle, dir, leading: SIZE.leading, align: 'center', color: '#444444' });
      top = layout.tableTop;
    }
    // Header row, shaded.
    sheet.fillRect(left, top, usable, layout.headerHeight, SHADE);
    text.columns.forEach((label, c) => {
      const col = layout.columns[c];
      sheet.paragraph(label, col.x + SIZE.pad, top + SIZE.pad, col.width - 2 * SIZE.pad, { ...cell, bold: true, leading: SIZE.leading, align: align[c] });
    });
    sheet.hline(left, right, top + layout.headerHeight);
    for (const { row, top: rowTop, height } of placed) {
      const r = rows[row];
      const cells = [r.tab, r.document, r.date ?? '', pages[row]];
      cells.forEach((value, c) => {
        const col = layout.columns[c];
        const h = sheet.paragraph(value, col.x + SIZE.pad, rowTop + SIZE.pad, col.width - 2 * SIZE.pad, { ...cell, bold: c === 0 || c === 3, leading: SIZE.leading, align: align[c] });
        if (c === 1 && r.note) {
          sheet.paragraph(`(${r.note})`, col.x + SIZE.pad, rowTop + SIZE.pad + h, col.width - 2 * SIZE.pad, { ...cell, leading: SIZE.leading, align: 'start', color: '#b00020' });
        }
      });
      sheet.hline(left, right, rowTop + height, '#bbbbbb', 0.4);
      boxes.push({ row, page: p, rect: [left, page.height - rowTop - height, right, page.height - rowTop] });
    }
  });
  return boxes;
}
