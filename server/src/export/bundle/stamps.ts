// Page numbers (and the draft marking) stamped on every page. Each stamp is drawn once with pdfkit
// in the export's font, on a small page of its own with a white ground; that page's content stream,
// as pdfkit compressed it, becomes a form XObject (ISO 32000-1 §8.10) placed on its page, turned
// with the page's /Rotate so that it reads upright where the page is shown upright, in its visible
// area (crop box), away from the edge. (pdf-lib's embedPages would decode and compress every stamp
// again: a third of the bundle's own time at 300 pages.) pdf-lib wraps the page's own content in
// q/Q before anything is added, so a page that leaves its graphics state changed cannot move it.
import {
  concatTransformationMatrix,
  drawObject,
  PDFArray,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  popGraphicsState,
  pushGraphicsState,
  PDFRef,
  type PDFPage,
} from '@cantoo/pdf-lib';
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
  // One copy for all stamps: the font they share is copied once.
  const forms = (await doc.copyPages(source, source.getPageIndices())).map((p, k) => formOf(doc, p, sizes[k]));
  const place = (pageIndex: number, k: number, position: StampPosition | 'top-center') => {
    const page = pages[pageIndex];
    const at = placeStamp(page.getCropBox(), page.getRotation().angle, sizes[k], position);
    const rad = (at.rotate * Math.PI) / 180;
    const [cos, sin] = [Math.round(Math.cos(rad)), Math.round(Math.sin(rad))];
    const name = page.node.newXObject('Stamp', forms[k]);
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(cos, sin, -sin, cos, at.x, at.y), drawObject(name), popGraphicsState());
  };
  drawn.forEach((pageIndex, k) => place(pageIndex, k, options.position));
  if (options.draft) for (const pageIndex of options.draft.pages) place(pageIndex, sizes.length - 1, 'top-center');
}

/** A copied pdfkit page turned into a form XObject: its one content stream as it is, its resources, its size. */
function formOf(doc: PDFDocument, page: PDFPage, size: { width: number; height: number }): PDFRef {
  const { context } = doc;
  let ref = page.node.get(PDFName.of('Contents'));
  if (ref instanceof PDFArray && ref.size() === 1) ref = ref.get(0);
  const stream = ref instanceof PDFRef ? context.lookup(ref) : undefined;
  if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) throw new Error('A stamp page should hold one content stream');
  stream.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
  stream.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
  stream.dict.set(PDFName.of('BBox'), context.obj([0, 0, size.width, size.height].map((n) => PDFNumber.of(n))));
  stream.dict.set(PDFName.of('Resources'), page.node.get(PDFName.of('Resources'))!);
  // The page itself is not part of the bundle.
  context.delete(page.ref);
  return ref;
}
