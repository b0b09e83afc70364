// PDF page labels (ISO 32000-1 §12.4.2): what a reader shows as the page "number" in its toolbar
// and thumbnails, so that "B/12" in the viewer is the "B/12" stamped on the page. pdf-lib has no
// API for them: the catalog's /PageLabels number tree is written with the object API.
import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject } from '@cantoo/pdf-lib';

export interface PageLabelRange {
  /** 0-based index of the first page the range applies to. */
  from: number;
  /** Decimal, roman (lower, upper) or letters (lower, upper); none: the prefix alone. */
  style?: 'D' | 'r' | 'R' | 'a' | 'A';
  prefix?: string;
  /** Number of the range's first page (1 when absent). */
  start?: number;
}

export function writePageLabels(doc: PDFDocument, ranges: PageLabelRange[]): void {
  const { context } = doc;
  const nums: PDFObject[] = [];
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    const label = context.obj({});
    if (range.style) label.set(PDFName.of('S'), PDFName.of(range.style));
    if (range.prefix) label.set(PDFName.of('P'), PDFHexString.fromText(range.prefix));
    if (range.start !== undefined && range.start !== 1) label.set(PDFName.of('St'), PDFNumber.of(range.start));
    nums.push(PDFNumber.of(range.from), label);
  }
  doc.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: context.obj(nums) }));
}
