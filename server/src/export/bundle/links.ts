// Links inside the PDF (ISO 32000-1 §12.5.6.5): a clickable box on one page that opens another.
// pdf-lib has no API for them: the annotation is a dictionary added to the page's /Annots.
import { PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFPage } from '@cantoo/pdf-lib';

export interface InternalLink {
  /** [left, bottom, right, top] in the source page's user space. */
  rect: [number, number, number, number];
  target: PDFPage;
  /** Top of the target in user space; absent: the whole page. */
  y?: number;
}

export function addLink(doc: PDFDocument, page: PDFPage, link: InternalLink): void {
  const { context } = doc;
  const dest = link.y === undefined ? [link.target.ref, PDFName.of('Fit')] : [link.target.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(link.y), PDFNull];
  const annot = context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: link.rect,
    // No border: the index and the citations show as text; the reader shows the hand on hover.
    Border: [0, 0, 0],
    Dest: dest,
  });
  page.node.addAnnot(context.register(annot));
}
