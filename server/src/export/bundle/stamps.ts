// Page numbers (and the draft marking) stamped on pages the bundle does not draw itself. Each stamp
// is drawn once with pdfkit in the export's font, on a small page of its own with a white ground,
// then placed on its page as a form XObject (@cantoo/pdf-lib embedPages/drawPage), turned with
// the page's /Rotate so that it reads upright where the page is shown upright, and in its visible
// area (crop box), away from the edge. pdf-lib wraps the page's own content in q/Q first, so a
// page that leaves its graphics state changed cannot move the stamp.
import { degrees, PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import type { Direction } from '../bidi';
import type { StampPosition } from './model';
import { Sheet, type TextStyle } from './sheet';

/** Distance of a stamp from the edges of the visible page, in points. */
export const STAMP_MARGIN = { side: 28, end: 14 };
const PAD = 3;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placement {
  x: number;
  y: number;
  /** Degrees, anticlockwise, as pdf-lib's drawPage takes them. */
  rotate: number;
}

/**
 * Where to draw a stamp of `size` so that it shows at `position` of the page as displayed: the
 * page's visible box in user space and its /Rotate (clockwise, a multiple of 90) are undone.
 */
export function placeStamp(box: Box, rotation: number, size: { width: number; height: number }, position: StampPosition | 'top-center'): Placement {
  const r = ((Math.round(rotation / 90) * 90) % 360 + 360) % 360;
  const turned = r === 90 || r === 270;
  const shownW = turned ? box.height : box.width;
  const shownH = turned ? box.width : box.height;
  const { side, end } = STAMP_MARGIN;
  const dx = position.endsWith('right') ? shownW - side - size.width : position.endsWith('left') ? side : (shownW - size.width) / 2;
  const dy = position.startsWith('top') ? shownH - end - size.height : end;
  const { x, y, width: W, height: H } = box;
  if (r === 90) return { x: x + W - dy, y: y + dx, rotate: 90 };
  if (r === 180) return { x: x + W - dx, y: y + H - dy, rotate: 180 };
  if (r === 270) return { x: x + dy, y: y + H - dx, rotate: 270 };
  return { x: x + dx, y: y + dy, rotate: 0 };
}

export interface StampOptions {
  position: StampPosition;
  /** Marking drawn at the top of the pages in `draftPages`. */
  draft?: { text: string; pages: ReadonlySet<number> };
  lang: string;
  dir: Direction;
}

/** Stamps `labels[i]` on `pages[i]` (an empty label: no stamp). */
export async function stampPages(doc: PDFDocument, pages: PDFPage[], labels: string[], options: StampOptions): Promise<void> {
  const sheet = new Sheet({ lang: options.lang, title: 'stamps' });
  const number: TextStyle = { size: 11, bold: true, dir: options.dir };
  const drawn: number[] = [];
  const sizes: { width: number; height: number }[] = [];
  const draw = (text: string, style: TextStyle, color: string) => {
    const width = sheet.width(text, style) + 2 * PAD;
    const height = style.size * 1.3 + 2 * PAD;
    sheet.addPage(width, height);
    sheet.fillRect(0, 0, width, height, '#ffffff');
    sheet.paragraph(text, PAD, PAD, width - 2 * PAD + 1, { ...style, color, leading: style.size * 1.3, align: 'center' });
    sizes.push({ width, height });
  };
  labels.forEach((label, i) => {
    if (!label) return;
    drawn.push(i);
    draw(label, number, '#000000');
  });
  if (options.draft) draw(options.draft.text, { size: 10, bold: true, dir: options.dir }, '#b00020');
  if (sizes.length === 0) return;
  const source = await PDFDocument.load(await sheet.end(), { updateMetadata: false });
  const embedded = await doc.embedPages(source.getPages());
  drawn.forEach((pageIndex, k) => {
    const page = pages[pageIndex];
    const at = placeStamp(page.getCropBox(), page.getRotation().angle, sizes[k], options.position);
    page.drawPage(embedded[k], { x: at.x, y: at.y, rotate: degrees(at.rotate) });
  });
  if (options.draft) {
    const k = sizes.length - 1;
    for (const pageIndex of options.draft.pages) {
      const page = pages[pageIndex];
      const at = placeStamp(page.getCropBox(), page.getRotation().angle, sizes[k], 'top-center');
      page.drawPage(embedded[k], { x: at.x, y: at.y, rotate: degrees(at.rotate) });
    }
  }
}
