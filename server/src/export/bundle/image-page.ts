// A scanned exhibit (JPEG or PNG) on a page of its own: the page takes the paper size in the
// orientation of the image as it is meant to be seen (its EXIF orientation applied, so a phone
// photo taken sideways stands upright), and the image is scaled to fit inside margins that leave
// room for the page stamp.
import { concatTransformationMatrix, drawObject, PDFPage, popGraphicsState, pushGraphicsState, type PDFDocument, type PDFImage } from '@cantoo/pdf-lib';
import type { ImageInfo } from './sources';

export type Matrix = [number, number, number, number, number, number];

/** Margins around a scan: the bottom one holds the page stamp. */
export const IMAGE_MARGIN = { side: 28, top: 28, bottom: 42 };

/**
 * Maps the unit square an image is painted in to itself so that the stored picture shows as EXIF
 * `orientation` says it should be seen (1: as stored; 6: turned a quarter clockwise; 2, 4, 5, 7:
 * mirrored).
 */
export function orientationMatrix(orientation: number): Matrix {
  switch (orientation) {
    case 2: return [-1, 0, 0, 1, 1, 0];
    case 3: return [-1, 0, 0, -1, 1, 1];
    case 4: return [1, 0, 0, -1, 0, 1];
    case 5: return [0, -1, -1, 0, 1, 1];
    case 6: return [0, -1, 1, 0, 0, 1];
    case 7: return [0, 1, 1, 0, 0, 0];
    case 8: return [0, 1, -1, 0, 1, 0];
    default: return [1, 0, 0, 1, 0, 0];
  }
}

/** The image's size as seen: orientations 5 to 8 swap width and height. */
export function shownSize(info: ImageInfo): { width: number; height: number } {
  return info.orientation >= 5 ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
}

/** A new page of `doc` holding the image, not yet placed in its page tree. */
export function imagePage(doc: PDFDocument, image: PDFImage, info: ImageInfo, paper: [number, number]): PDFPage {
  const shown = shownSize(info);
  const [short, long] = paper[0] < paper[1] ? paper : [paper[1], paper[0]];
  const [pageW, pageH] = shown.width > shown.height ? [long, short] : [short, long];
  const page = PDFPage.create(doc);
  page.setSize(pageW, pageH);
  const boxW = pageW - 2 * IMAGE_MARGIN.side;
  const boxH = pageH - IMAGE_MARGIN.top - IMAGE_MARGIN.bottom;
  const scale = Math.min(boxW / shown.width, boxH / shown.height);
  const w = shown.width * scale;
  const h = shown.height * scale;
  const x = (pageW - w) / 2;
  const y = IMAGE_MARGIN.bottom + (boxH - h) / 2;
  const name = page.node.newXObject('Scan', image.ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, x, y), concatTransformationMatrix(...orientationMatrix(info.orientation)), drawObject(name), popGraphicsState());
  return page;
}
