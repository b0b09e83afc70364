// Export of an open or on-disk submission: the decisions shared by the CLI and the server
// (refuse while errors remain unless forced; where the file goes; never over the source).
import * as path from 'node:path';
import { exportTarget, renderPreview, renderSubmission, writeExport, ExportError, type ExportFormat, type ExportSettings } from '../export/index';
import { fill } from '../core/messages';
import { EXPORT } from '../data/interface';
import type { ExportOutcome, PreviewResult } from '../protocol';
import type { Analysis } from './analysis';

export interface ExportRequest {
  format: ExportFormat;
  sourcePath: string;
  force: boolean;
  overwrite: boolean;
  outDir?: string;
  settings: ExportSettings;
}

export async function exportAnalysis(analysis: Pick<Analysis, 'submission' | 'findings'>, req: ExportRequest): Promise<ExportOutcome> {
  const lang = analysis.submission.language;
  if (!analysis.submission.isSubmission) {
    return { ok: false, reason: 'not-submission', message: EXPORT.notSubmission[lang] };
  }
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !req.force) {
    return { ok: false, reason: 'has-errors', errors, message: fill(EXPORT.hasErrors[lang], { errors }) };
  }
  const target = exportTarget(req.sourcePath, req.format, req.outDir);
  try {
    const bytes = await renderSubmission(req.format, {
      submission: analysis.submission,
      draft: errors > 0,
      settings: req.settings,
      baseDir: path.dirname(req.sourcePath),
    });
    await writeExport(target, bytes, { sourcePath: req.sourcePath, overwrite: req.overwrite });
    const message = fill(EXPORT[errors > 0 ? 'doneDraft' : 'done'][lang], { name: path.basename(target) });
    return { ok: true, path: target, draft: errors > 0, message };
  } catch (err) {
    if (err instanceof ExportError) {
      const message =
        err.code === 'exists'
          ? fill(EXPORT.exists[lang], { name: path.basename(target) })
          : err.code === 'source'
            ? EXPORT.source[lang]
            : fill(EXPORT.notWritten[lang], { detail: err.message });
      return { ok: false, reason: err.code, message, path: target };
    }
    return { ok: false, reason: 'io', message: fill(EXPORT.failed[lang], { detail: (err as Error).message }), path: target };
  }
}

/**
 * The PDF as the export would make it (a draft while errors remain), in memory: a preview writes
 * nothing next to the source.
 */
export async function previewAnalysis(
  analysis: Pick<Analysis, 'submission' | 'findings'>,
  settings: ExportSettings,
  baseDir: string,
  lineOf: (offset: number) => number,
): Promise<PreviewResult> {
  const lang = analysis.submission.language;
  if (!analysis.submission.isSubmission) return { ok: false, message: EXPORT.notSubmission[lang] };
  const draft = analysis.findings.some((f) => f.severity === 'error');
  try {
    const { pdf, paragraphs } = await renderPreview({ submission: analysis.submission, draft, settings, baseDir });
    return { ok: true, pdf: Buffer.from(pdf).toString('base64'), paragraphs: paragraphs.map((p) => ({ number: p.number, line: lineOf(p.offset) })), draft };
  } catch (err) {
    return { ok: false, message: fill(EXPORT.failed[lang], { detail: (err as Error).message }) };
  }
}
