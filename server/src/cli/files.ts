// Reading a submission from disk and analysing it as the editor would, and showing paths the way
// a terminal user can reuse them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSubmission } from '../core/parse';
import { lineOf } from '../core/text';
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
}

/** Reads, parses and checks one file; throws the file system's error when it cannot be read. */
export function analyseFile(file: string, options: AnalyseOptions): FileAnalysis {
  // Invalid UTF-8 becomes U+FFFD, which the checks then flag: never fatal. A BOM is dropped.
  const text = new TextDecoder('utf-8').decode(fs.readFileSync(file));
  // Unlike the editor, the command line has time: no size limit on what it parses.
  const submission = parseSubmission(text, { maxBodyChars: Number.POSITIVE_INFINITY });
  const result = evaluateSubmission(submission, {
    today: options.today,
    severityOverrides: options.severity,
    fileExists: (relative) => fs.existsSync(path.resolve(path.dirname(file), relative)),
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

/** Line and column from 1; columns count characters (code points) so Arabic and emoji line up with editors. */
export function position(a: FileAnalysis, offset: number): { line: number; column: number } {
  const line = lineOf(a.submission.lineStarts, offset);
  return { line: line + 1, column: [...a.text.slice(a.submission.lineStarts[line], offset)].length + 1 };
}
