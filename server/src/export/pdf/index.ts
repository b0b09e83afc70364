// ExportDocument → PDF with pdfkit, laid out here rather than by pdfkit's own text flow:
// pdfkit writes words left to right, which puts Arabic words in the wrong order, and its flow
// cannot keep footnotes on the page of their reference. So the work is done in three steps, one
// module each: measuring text (measure.ts: the embedded Amiri faces, word widths), pagination
// (paginate.ts: lines, chunks that stay together, pages with their footnotes) and painting
// (paint.ts: pdfkit calls, page by page, which also gives "Page X of Y" without a second pass).
import PDFDocument from 'pdfkit';
import type { ExportDocument } from '../layout';
import { PAPER, type Paper } from './geometry';
import { FontState, makeMeasure, registerFonts, shapingFonts } from './measure';
import { Paginator } from './paginate';
import { PdfPainter, type PdfAnchors } from './paint';

export { shapingTuned } from './measure';
export { listMarker } from '../markers';
export type { Paper } from './geometry';
export type { PdfAnchors } from './paint';

export interface PdfOptions {
  paper: Paper;
  /**
   * For an on-screen preview only: a link `#paragraph-N` over each paragraph number, so the viewer
   * can take a click on a number back to that paragraph in the source. Never in a filed export.
   */
  paragraphLinks?: boolean;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  anchors: PdfAnchors;
  pageCount: number;
}

export async function renderPdf(docModel: ExportDocument, options: PdfOptions): Promise<RenderedPdf> {
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
  registerFonts(pdf, fonts);

  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });

  const state = new FontState(pdf);
  const measure = makeMeasure(state);
  const paginator = new Paginator(docModel, measure, pageWidth, pageHeight);
  const pages = paginator.paginate();
  const painter = new PdfPainter(pdf, state, docModel, paginator, measure, pageWidth, pageHeight, !!options.paragraphLinks);
  painter.paint(pages);
  pdf.end();
  await finished;
  const out = Buffer.concat(chunks);
  return { bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), anchors: painter.anchors, pageCount: pages.length };
}
