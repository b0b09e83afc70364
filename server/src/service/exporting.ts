// Export of an open or on-disk submission: the decisions shared by the CLI and the server
// (refuse while errors remain unless forced; where the file goes; never over the source). What it
// says comes from data/outcomes.ts, in the submission's language.
import * as path from 'node:path';
import { fill } from '../core/text';
import { ERROR_COUNT, EXPORT_REFUSALS, countPhrase } from '../data/outcomes';
import { exportTarget, renderPreview, renderSubmission, writeExport, ExportError, type ExportFormat, type ExportSettings } from '../export/index';
import type { ExportOutcome, PreviewResult } from '../protocol';
import { EXPORT } from '../data/interface';
import type { Analysis } from './analysis';

export interface ExportRequest {
  format: ExportFormat;
  sourcePath: string;
  force: boolean;
  overwrite: boolean;
  outDir?: string;
  /** The exact file to write (the CLI's `-o draft-final.pdf`); takes precedence over `outDir`. */
  outFile?: string;
  settings: ExportSettings;
}

export async function exportAnalysis(analysis: Pick<Analysis, 'submission' | 'findings'>, req: ExportRequest): Promise<ExportOutcome> {
  const language = analysis.submission.language;
  if (!analysis.submission.isSubmission) {
    return { ok: false, reason: 'not-submission', message: EXPORT_REFUSALS.notSubmission[language] };
  }
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !req.force) {
    return {
      ok: false,
      reason: 'has-errors',
      errors,
      message: fill(EXPORT_REFUSALS.hasErrors[language], { errors: countPhrase(ERROR_COUNT, errors, language) }),
    };
  }
  const target = req.outFile ? path.resolve(req.outFile) : exportTarget(req.sourcePath, req.format, req.outDir);
  try {
    const bytes = await renderSubmission(req.format, {
      submission: analysis.submission,
      draft: errors > 0,
      settings: req.settings,
      baseDir: path.dirname(req.sourcePath),
    });
    await writeExport(target, bytes, { sourcePath: req.sourcePath, overwrite: req.overwrite });
    const message = fill(EXPORT[errors > 0 ? 'doneDraft' : 'done'][language], { name: path.basename(target) });
    return { ok: true, path: target, draft: errors > 0, message };
  } catch (err) {
    const names = { name: path.basename(target), folder: path.dirname(target) };
    if (err instanceof ExportError) {
      const template = err.code === 'exists' ? EXPORT_REFUSALS.exists : err.code === 'source' ? EXPORT_REFUSALS.source : EXPORT_REFUSALS.notWritten;
      return { ok: false, reason: err.code, message: fill(template[language], { ...names, detail: err.message }), path: target };
    }
    return { ok: false, reason: 'io', message: fill(EXPORT_REFUSALS.failed[language], { detail: (err as Error).message }), path: target };
  }
}

/** A PDF to look at beside the editor, rendered in memory: nothing is written next to the source. */
export async function previewAnalysis(
  analysis: Pick<Analysis, 'submission' | 'findings'>,
  settings: ExportSettings,
  baseDir: string,
  lineOf: (offset: number) => number,
): Promise<PreviewResult> {
  const language = analysis.submission.language;
  if (!analysis.submission.isSubmission) return { ok: false, message: EXPORT_REFUSALS.notSubmission[language] };
  const draft = analysis.findings.some((f) => f.severity === 'error');
  try {
    const { pdf, paragraphs } = await renderPreview({ submission: analysis.submission, draft, settings, baseDir });
    return { ok: true, pdf: Buffer.from(pdf).toString('base64'), paragraphs: paragraphs.map((p) => ({ number: p.number, line: lineOf(p.offset) })), draft };
  } catch (err) {
    return { ok: false, message: fill(EXPORT_REFUSALS.failed[language], { detail: (err as Error).message }) };
  }
}
