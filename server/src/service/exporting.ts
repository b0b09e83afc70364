// Export of an open or on-disk submission: the decisions shared by the CLI and the server
// (refuse while errors remain unless forced; where the file goes; never over the source).
import * as path from 'node:path';
import { exportTarget, renderSubmission, writeExport, ExportError, type ExportFormat, type ExportSettings } from '../export/index';
import type { ExportOutcome } from '../protocol';
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
  if (!analysis.submission.isSubmission) {
    return { ok: false, reason: 'not-submission', message: 'This file is not a submission: its frontmatter has no “submission:” key.' };
  }
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !req.force) {
    return {
      ok: false,
      reason: 'has-errors',
      errors,
      message: `The submission still has ${errors} error${errors === 1 ? '' : 's'}: a required element is missing or invalid. Fix ${errors === 1 ? 'it' : 'them'} first, or export anyway as a draft marked “DRAFT — incomplete”.`,
    };
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
    return { ok: true, path: target, draft: errors > 0 };
  } catch (err) {
    if (err instanceof ExportError) {
      const message =
        err.code === 'exists'
          ? `${path.basename(target)} already exists.`
          : err.code === 'source'
            ? 'The export would replace the submission itself; choose another output folder.'
            : `The export could not be written: ${err.message}`;
      return { ok: false, reason: err.code, message, path: target };
    }
    return { ok: false, reason: 'io', message: `The export failed: ${(err as Error).message}`, path: target };
  }
}
