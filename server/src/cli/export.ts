// `export FILE... [-o OUT]`: PDF or DOCX of each submission, refused while errors remain unless
// --force. Where each file goes is decided up front (planExports), so a bad combination is a usage
// error before anything is written. The export engine is loaded only here, from its own bundle.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fill } from '../core/text';
import { CLI_LINES } from '../data/outcomes';
import { exportTarget, type ExportFormat } from '../export/write';
import type { ExportOutcome } from '../protocol';
import type { Language } from '../vocabulary';
import { analyseFile, displayPath, readFailure, type AnalyseOptions } from './files';
import { UsageError } from './options';

export const EXPORT_FORMATS = ['pdf', 'docx'] as const satisfies readonly ExportFormat[];
export const PAPERS = ['a4', 'letter'] as const;

export interface ExportCommandOptions extends AnalyseOptions {
  format?: ExportFormat;
  output?: string;
  force?: boolean;
  overwrite?: boolean;
  paper: (typeof PAPERS)[number];
  referenceDocx?: string;
}

export interface PlannedExport {
  /** Absolute paths. */
  source: string;
  target: string;
}

/**
 * Where each export goes. `-o` names the file when it ends in .pdf/.docx or when one submission is
 * exported, and a folder (created if needed) when it ends in a separator, is an existing folder,
 * or several submissions are exported. Relative paths are taken from `cwd`.
 */
export function planExports(files: string[], options: { format?: ExportFormat; output?: string }, cwd = process.cwd()): { format: ExportFormat; exports: PlannedExport[] } {
  const { output } = options;
  if (output !== undefined && !output.trim()) throw new UsageError('-o needs a file or folder name.');
  const outputPath = output === undefined ? undefined : path.resolve(cwd, output);
  const outputExt = output === undefined ? undefined : EXPORT_FORMATS.find((f) => path.extname(output).toLowerCase() === `.${f}`);
  const isFolder = output !== undefined && (/[\\/]$/.test(output) || isDirectory(outputPath!));
  if (output !== undefined && !isFolder && outputExt && files.length > 1) {
    throw new UsageError(`-o ${output} names one file, but ${files.length} submissions are exported: give a folder instead (e.g. -o out/).`);
  }
  const outputIsFile = output !== undefined && !isFolder && files.length === 1;
  const format = options.format ?? (outputIsFile ? outputExt : undefined);
  if (!format) throw new UsageError('--format is required (pdf or docx), unless -o names a .pdf or .docx file.');
  if (outputIsFile && outputExt && outputExt !== format) throw new UsageError(`-o ${output} ends in .${outputExt}, but --format is ${format}.`);

  const exports = files.map((file) => {
    const source = path.resolve(cwd, file);
    const target = outputIsFile ? outputPath! : exportTarget(source, format, outputPath);
    return { source, target };
  });
  const byTarget = new Map<string, string>();
  for (const { source, target } of exports) {
    const earlier = byTarget.get(target);
    if (earlier !== undefined && earlier !== source) {
      throw new UsageError(`${displayPath(earlier, cwd)} and ${displayPath(source, cwd)} would both be exported to ${displayPath(target, cwd)}: export them one at a time with -o.`);
    }
    byTarget.set(target, source);
  }
  return { format, exports: exports.filter((e, i) => exports.findIndex((x) => x.source === e.source) === i) };
}

export async function runExport(files: string[], options: ExportCommandOptions): Promise<number> {
  const { format, exports } = planExports(files, options);
  const referenceDocx = options.referenceDocx === undefined ? undefined : path.resolve(options.referenceDocx);
  if (referenceDocx !== undefined) {
    if (format !== 'docx') throw new UsageError(`--reference-docx applies to DOCX exports; this export is ${format.toUpperCase()}.`);
    if (!isFile(referenceDocx)) throw new UsageError(`--reference-docx ${options.referenceDocx}: no such file.`);
  }
  // The PDF and DOCX engine (fonts, pdfkit, docx) is its own bundle, loaded on the first export.
  const { exportAnalysis } = await import('../service/exporting');
  let exitCode = 0;
  for (const { source, target } of exports) {
    const shown = displayPath(source);
    let analysis;
    try {
      analysis = analyseFile(source, options);
    } catch (err) {
      process.stderr.write(`${shown}: cannot read: ${readFailure(err)}\n`);
      exitCode = 2;
      continue;
    }
    const outcome = await exportAnalysis(analysis, {
      format,
      sourcePath: source,
      outFile: target,
      force: !!options.force,
      overwrite: !!options.overwrite,
      settings: { paper: options.paper, referenceDocx },
    });
    const language = analysis.submission.language;
    if (outcome.ok) {
      const line = outcome.draft ? CLI_LINES.exportedDraft : CLI_LINES.exported;
      process.stdout.write(`${fill(line[language], { file: shown, target: displayPath(outcome.path) })}\n`);
      continue;
    }
    process.stderr.write(`${fill(CLI_LINES.aboutFile[language], { file: shown, message: outcome.message })}${hint(outcome, shown, language)}\n`);
    exitCode = Math.max(exitCode, outcome.reason === 'has-errors' ? 1 : 2);
  }
  return exitCode;
}

function hint(outcome: Extract<ExportOutcome, { ok: false }>, file: string, language: Language): string {
  if (outcome.reason === 'has-errors') return ` ${fill(CLI_LINES.listErrors[language], { file })}`;
  if (outcome.reason === 'exists') return ` ${CLI_LINES.addOverwrite[language]}`;
  return '';
}

function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}
