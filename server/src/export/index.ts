// Export of a parsed submission to PDF and DOCX: what the CLI (`export FILE --format pdf|docx`)
// and the language server (the VS Code command) both call. They parse and check first, decide
// whether a submission with errors may be exported (draft), then render and write.
import type { Submission } from '../core/model';
import { renderDocx } from './docx';
import { layoutSubmission } from './layout';
import { renderPdf, type PdfAnchors } from './pdf';
import type { ExportFormat } from './write';

export { exportTarget, writeExport, ExportError, type ExportFormat } from './write';
export type { PdfAnchors } from './pdf';

export interface ExportSettings {
  paper: 'a4' | 'letter';
  /** A .docx whose styles replace the product's (firm template); relative to the source folder. */
  referenceDocx?: string;
}

export interface RenderInput {
  submission: Submission;
  /** The submission still has errors and the user chose to export anyway: marks "DRAFT — incomplete". */
  draft: boolean;
  settings: ExportSettings;
  /** Folder of the source file, to resolve relative paths. */
  baseDir: string;
}

export interface PdfRenderInput extends RenderInput {
  /**
   * Text printed right after each exhibit citation, e.g. ", p. 45" where the exhibit starts on
   * page 45 of a filing bundle; nothing is added where it gives undefined.
   */
  exhibitSuffix?: (id: string) => string | undefined;
}

export interface RenderedSubmissionPdf {
  bytes: Uint8Array;
  /** Where each heading and each exhibit citation was drawn, for bookmarks and links. */
  anchors: PdfAnchors;
  pageCount: number;
}

/** A PDF to look at, not to file, with where each numbered paragraph starts in the source. */
export async function renderPreview(input: RenderInput): Promise<{ pdf: Uint8Array; paragraphs: { number: number; offset: number }[] }> {
  const doc = layoutSubmission(input.submission, { draft: input.draft });
  const { bytes } = await renderPdf(doc, { paper: input.settings.paper === 'letter' ? 'letter' : 'a4', paragraphLinks: true });
  const paragraphs = doc.blocks.flatMap((b) => (b.type === 'paragraph' && b.number !== undefined && b.source !== undefined ? [{ number: b.number, offset: b.source }] : []));
  return { pdf: bytes, paragraphs };
}

export async function renderSubmission(format: ExportFormat, input: RenderInput): Promise<Uint8Array> {
  if (format === 'pdf') return (await renderSubmissionPdf(input)).bytes;
  if (format === 'docx') {
    const doc = layoutSubmission(input.submission, { draft: input.draft });
    return renderDocx(doc, { paper: paperOf(input), referenceDocx: input.settings.referenceDocx, baseDir: input.baseDir });
  }
  throw new Error(`Unknown export format: ${String(format)}`);
}

/** The PDF with what a filing bundle needs to know about it: where headings and exhibit citations are. */
export async function renderSubmissionPdf(input: PdfRenderInput): Promise<RenderedSubmissionPdf> {
  const doc = layoutSubmission(input.submission, { draft: input.draft, exhibitSuffix: input.exhibitSuffix });
  return renderPdf(doc, { paper: paperOf(input) });
}

function paperOf(input: RenderInput): 'a4' | 'letter' {
  return input.settings.paper === 'letter' ? 'letter' : 'a4';
}
