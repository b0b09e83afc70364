// Export of a parsed submission to PDF and DOCX: what the CLI (`export FILE --format pdf|docx`)
// and the language server (the VS Code command) both call. They parse and check first, decide
// whether a submission with errors may be exported (draft), then render and write.
import type { Submission } from '../core/model';
import { renderDocx } from './docx';
import { layoutSubmission } from './layout';
import { renderPdf } from './pdf';
import type { ExportFormat } from './write';

export { exportTarget, writeExport, ExportError, type ExportFormat } from './write';

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

/** A PDF to look at, not to file, with where each numbered paragraph starts in the source. */
export async function renderPreview(input: RenderInput): Promise<{ pdf: Uint8Array; paragraphs: { number: number; offset: number }[] }> {
  const doc = layoutSubmission(input.submission, { draft: input.draft });
  const pdf = await renderPdf(doc, { paper: input.settings.paper === 'letter' ? 'letter' : 'a4', paragraphLinks: true });
  const paragraphs = doc.blocks.flatMap((b) => (b.type === 'paragraph' && b.number !== undefined && b.source !== undefined ? [{ number: b.number, offset: b.source }] : []));
  return { pdf, paragraphs };
}

export async function renderSubmission(format: ExportFormat, input: RenderInput): Promise<Uint8Array> {
  const doc = layoutSubmission(input.submission, { draft: input.draft });
  const paper = input.settings.paper === 'letter' ? 'letter' : 'a4';
  if (format === 'pdf') return renderPdf(doc, { paper });
  if (format === 'docx') return renderDocx(doc, { paper, referenceDocx: input.settings.referenceDocx, baseDir: input.baseDir });
  throw new Error(`Unknown export format: ${String(format)}`);
}
