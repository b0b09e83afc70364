// `check FILE...`: the diagnostics the editor shows, as lines (text), data (json) or a SARIF log.
// Exit 0 when no error, 1 when an error was found, 2 when a file could not be read.
import { fill } from '../core/text';
import { CLI_LINES } from '../data/outcomes';
import { KIND_PROFILES } from '../data/requirements';
import type { Finding } from '../rules/index';
import { analyseFile, displayPath, findingPositions, readFailure, type AnalyseOptions, type Checked, type FileAnalysis } from './files';
import { sarifLog } from './sarif';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;

export interface CheckCommandOptions extends AnalyseOptions {
  format: (typeof CHECK_FORMATS)[number];
}

/** One file's outcome: its analysis, or why it could not be read. */

export async function runCheck(files: string[], options: CheckCommandOptions): Promise<number> {
  const results: Checked[] = files.map((file) => {
    try {
      return { file, analysis: analyseFile(file, options) };
    } catch (err) {
      return { file, unreadable: readFailure(err) };
    }
  });
  for (const r of results) if ('unreadable' in r) process.stderr.write(`${displayPath(r.file)}: cannot read: ${r.unreadable}\n`);
  const checked = results.filter((r): r is Extract<Checked, { analysis: FileAnalysis }> => 'analysis' in r);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(checked.map(toJson), null, 2)}\n`);
  else if (options.format === 'sarif') process.stdout.write(`${JSON.stringify(sarifLog(results), null, 2)}\n`);
  else for (const r of checked) process.stdout.write(textLines(r.file, r.analysis));

  if (checked.length < results.length) return 2;
  return checked.some((r) => r.analysis.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function textLines(file: string, a: FileAnalysis): string {
  const { submission: sub, findings } = a;
  const shown = displayPath(file);
  if (!sub.isSubmission) return `${fill(CLI_LINES.notSubmission[sub.language], { file: shown })}\n`;
  if (!findings.length) {
    const kind = sub.kind ? KIND_PROFILES[sub.kind].label[sub.language] : 'submission';
    return `${fill(CLI_LINES.complete[sub.language], { file: shown, kind })}\n`;
  }
  const at = findingPositions(a);
  return findings.map((f, i) => `${shown}:${at[i].start.line}:${at[i].start.column} ${f.severity} ${f.code} ${f.message}\n`).join('');
}

function toJson({ file, analysis: a }: { file: string; analysis: FileAnalysis }) {
  const { submission: sub } = a;
  const at = findingPositions(a);
  return {
    file: displayPath(file),
    isSubmission: sub.isSubmission,
    kind: sub.kind ?? null,
    language: sub.language,
    diagnostics: a.findings.map((f: Finding, i) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      start: at[i].start,
      end: at[i].end,
      offset: f.span,
      fixes: f.fixes.map((x) => x.kind),
    })),
  };
}
