// The page before each exhibit ("Exhibit A3", its title and date, centred), and the page that
// stands in for an exhibit left out of the bundle, saying why.
import type { Direction } from '../bidi';
import type { PageGeometry } from './index-page';
import type { Sheet } from './sheet';

export interface DividerText {
  /** "Exhibit A3". */
  heading: string;
  title?: string;
  date?: string;
}

export function paintDivider(sheet: Sheet, text: DividerText, page: PageGeometry, dir: Direction): void {
  sheet.addPage(page.width, page.height);
  const width = page.width - 2 * page.margin;
  const parts: { text: string; size: number; bold?: boolean; color?: string; gap: number }[] = [
    { text: text.heading, size: 30, bold: true, gap: 18 },
    ...(text.title ? [{ text: text.title, size: 17, gap: 10 }] : []),
    ...(text.date ? [{ text: text.date, size: 13, color: '#444444', gap: 0 }] : []),
  ];
  const heights = parts.map((p) => sheet.lines(p.text, width, { size: p.size, bold: p.bold, dir }).lines.length * p.size * 1.35);
  const total = heights.reduce((a, b) => a + b, 0) + parts.reduce((a, p) => a + p.gap, 0);
  let top = (page.height - total) / 2 - page.height * 0.08;
  parts.forEach((p, i) => {
    sheet.paragraph(p.text, page.margin, top, width, { size: p.size, bold: p.bold, color: p.color, dir, leading: p.size * 1.35, align: 'center' });
    top += heights[i] + p.gap;
  });
}

export interface PlaceholderText {
  heading: string;
  /** "This document is not included in the bundle." */
  statement: string;
  reason: string;
}

export function paintPlaceholder(sheet: Sheet, text: PlaceholderText, page: PageGeometry, dir: Direction): void {
  sheet.addPage(page.width, page.height);
  const width = page.width - 2 * page.margin;
  let top = page.height * 0.3;
  top += sheet.paragraph(text.heading, page.margin, top, width, { size: 18, bold: true, dir, leading: 26, align: 'center' }) + 12;
  top += sheet.paragraph(text.statement, page.margin, top, width, { size: 13, dir, leading: 19, align: 'center', color: '#b00020' }) + 8;
  sheet.paragraph(text.reason, page.margin, top, width, { size: 11, dir, leading: 16, align: 'center', color: '#444444' });
}
