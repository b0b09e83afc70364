// The submission's part of the bundle, through a narrow interface: its PDF, its page count, where
// its headings are (for bookmarks) and where it cites exhibits (for links). The bundle asks for it
// with the text to add after each citation ("p. 45"), which the renderer must place in its real
// layout; a producer that cannot do so says so, and the bundle then shows no numbers at all
// rather than numbers that might be wrong.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from '@cantoo/pdf-lib';

export interface HeadingAnchor {
  text: string;
  /** 1 for the highest level. */
  depth: number;
  /** 0-based page of the submission. */
  pageIndex: number;
  /** Top of the heading in PDF user space (points from the bottom of the page). */
  y: number;
}

export interface CitationAnchor {
  /** The exhibit id as declared ("A3"). */
  id: string;
  pageIndex: number;
  /** The citation's box in PDF user space: [left, bottom, right, top]. */
  rect: [number, number, number, number];
}

export interface SubmissionPdf {
  bytes: Uint8Array;
  pageCount: number;
  anchors: { headings: HeadingAnchor[]; exhibitCitations: CitationAnchor[] };
  /** Whether the text asked for after citations was laid out (false: the producer cannot). */
  citationTextApplied: boolean;
}

export interface SubmissionRequest {
  /** Text to print after each citation of an exhibit ("p. 45"), by exhibit id; none when absent. */
  citationText?: ReadonlyMap<string, string>;
}

export type SubmissionProducer = (request: SubmissionRequest) => Promise<SubmissionPdf>;

/**
 * A producer over a renderer that gives only bytes: headings are read back from the PDF's own
 * bookmarks (each pointing at the top of its page), citations are not known, and no text is
 * added after them.
 */
export function producerFromPdfBytes(render: () => Promise<Uint8Array>): SubmissionProducer {
  return async () => {
    const bytes = await render();
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return { bytes, pageCount: doc.getPageCount(), anchors: { headings: readOutline(doc), exhibitCitations: [] }, citationTextApplied: false };
  };
}

/** The bookmarks of a PDF, flattened in order with their depth (1 = top level). */
export function readOutline(doc: PDFDocument): HeadingAnchor[] {
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageIndex.set(p.ref.toString(), i));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const out: HeadingAnchor[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item && !seen.has(item); item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(item);
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const target = dest?.get(0);
      const index = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
      if (index !== undefined && (title instanceof PDFString || title instanceof PDFHexString)) {
        const top = dest!.lookup(3);
        const y = top instanceof PDFNumber ? top.asNumber() : doc.getPage(index).getHeight();
        out.push({ text: title.decodeText(), depth, pageIndex: index, y });
      }
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 1);
  return out;
}
