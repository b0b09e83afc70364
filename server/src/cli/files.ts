// Reading a submission from disk and analysing it as the editor would, and showing paths the way
// a terminal user can reuse them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { confinedFileExists } from '../service/files';
import { parseWithin } from '../service/limits';
import { lineColumns, type LineColumn } from '../core/positions';
import { evaluateSubmission } from '../rules/index';
import type { Analysis } from '../service/analysis';
import type { SeverityOverrides } from './options';

export interface FileAnalysis extends Analysis {
  text: string;
}

/** One file of a `check` run: analysed, or why it could not be read. */
export type Checked = { file: string; analysis: FileAnalysis } | { file: string; unreadable: string };

export interface AnalyseOptions {
  today: string;
  severity: SeverityOverrides;
  /** Characters above which only the frontmatter is checked, as in the editor (--max-size). */
  maxSize?: number;
}

/** Reads, parses and checks one file; throws the file system's error when it cannot be read. */
export function analyseFile(file: string, options: AnalyseOptions): FileAnalysis {
  // Invalid UTF-8 becomes U+FFFD, which the checks then flag: never fatal. A BOM is dropped.
  const text = new TextDecoder('utf-8').decode(fs.readFileSync(file));
  // The editor's limits (service/limits.ts), which --max-size raises.
  const submission = parseWithin(text, options.maxSize);
  const result = evaluateSubmission(submission, {
    today: options.today,
    severityOverrides: options.severity,
    // Exhibit files are looked up in the submission's folder and the current one, nowhere else.
    fileExists: confinedFileExists(file, [path.dirname(path.resolve(file)), process.cwd()]),
  });
  return { version: 0, text, submission, ...result };
}

/** Why a file could not be read, in a few words ("no such file", "is a folder"). */
export function readFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (err as Error).message;
}

/** The path relative to `folder` when it lies inside it (not the folder itself), else undefined. */
export function inside(folder: string, p: string): string | undefined {
  const relative = path.relative(folder, path.resolve(folder, p));
  const outside = !relative || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? undefined : relative;
}

/** Relative to the current folder when inside it, else absolute: never a climb of `../../`. */
export function displayPath(p: string, cwd = process.cwd()): string {
  return inside(cwd, p) ?? path.resolve(cwd, p);
}

/**
 * Where each finding starts and ends, lines and columns from 1 (core/positions.ts): all at once, in
 * one pass over the text, so thousands of findings on one long line cost no more than the line.
 */
export function findingPositions(a: FileAnalysis): { start: LineColumn; end: LineColumn }[] {
  const at = lineColumns(a.text, a.submission.lineStarts, a.findings.flatMap((f) => [f.span.start, f.span.end]));
  return a.findings.map((_, i) => ({ start: at[2 * i], end: at[2 * i + 1] }));
}
