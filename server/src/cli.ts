// Command line: the same core as the language server, for CI pipelines and the README's main job.
//   node dist/cli.js check FILE... [--format text|json] [--today YYYY-MM-DD] [--severity CODE=LEVEL ...] [--max-size N]
//   node dist/cli.js export FILE --format pdf|docx [-o OUT_DIR] [--force] [--overwrite] [--paper a4|letter]
import type { Severity } from './vocabulary';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lineColumns } from './core/positions';
import { tuneHeap } from './heap';
import { checkSubmission, localToday, type Finding } from './rules/index';
import { exportAnalysis } from './service/exporting';
import { confinedFileExists } from './service/files';
import { DEFAULT_MAX_SIZE, parseSize, parseWithin } from './service/limits';

const USAGE = `Usage:
  submission check FILE... [--format text|json] [--today YYYY-MM-DD] [--severity CODE=LEVEL ...] [--max-size N]
      Prints file:line:col severity code message; exits 1 when any error is found.
      --severity changes a code's severity (error, warning, information, hint) or silences it (off),
      like the editor setting submission.severityOverrides.
      --max-size raises the size (in characters, e.g. 5m) above which only the frontmatter is
      checked, as in the editor (default ${DEFAULT_MAX_SIZE.toLocaleString('en')}; docs/robustness.md).
  submission export FILE --format pdf|docx [-o OUT_DIR] [--force] [--overwrite] [--paper a4|letter]
      Writes FILE's PDF or DOCX next to it (or in OUT_DIR). Refuses while errors remain unless --force.`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
  severity: Record<string, Severity | 'off'>;
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const severity: Record<string, Severity | 'off'> = {};
  const valued = new Set(['--format', '-o', '--out', '--today', '--paper', '--severity', '--max-size']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('-')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      const value = eq > 0 ? a.slice(eq + 1) : valued.has(name) ? (argv[++i] ?? '') : true;
      if (name === '--severity' && typeof value === 'string') {
        const [code, level] = value.split('=');
        if (!code || !LEVELS.has(level)) throw new UsageError(`--severity takes CODE=LEVEL with LEVEL one of ${[...LEVELS].join(', ')}`);
        severity[code.toUpperCase()] = level as Severity | 'off';
      } else flags.set(name, value);
    } else positional.push(a);
  }
  return { positional, flags, severity };
}

function readSubmissionFile(file: string): string {
  const bytes = fs.readFileSync(file);
  // Strip a UTF-8 BOM; invalid bytes become U+FFFD and are then flagged by the checks, never fatal.
  return new TextDecoder('utf-8').decode(bytes);
}

class UsageError extends Error {}

// Exhibit files are looked up in the submission's folder and the current one, not elsewhere.
function checkOptions(file: string, today: string, severityOverrides: Parsed['severity']) {
  return { today, severityOverrides, fileExists: confinedFileExists(file, [path.dirname(path.resolve(file)), process.cwd()]) };
}

// The same limits as the editor (service/limits.ts); --max-size raises the size limit.
let maxSize = DEFAULT_MAX_SIZE;
const parseForCli = (text: string) => parseWithin(text, maxSize);

function check(files: string[], format: string, today: string, severity: Parsed['severity']): number {
  let errors = 0;
  let failed = false;
  const json: unknown[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readSubmissionFile(file);
    } catch (err) {
      process.stderr.write(`${file}: cannot read: ${(err as Error).message}\n`);
      failed = true;
      continue;
    }
    const sub = parseForCli(text);
    const findings = checkSubmission(sub, checkOptions(file, today, severity));
    errors += findings.filter((f) => f.severity === 'error').length;
    // Columns count characters (code points) so that Arabic and emoji line up with editors.
    const at = lineColumns(text, sub.lineStarts, findings.flatMap((f) => [f.span.start, f.span.end]));
    if (format === 'json') {
      json.push({ file, isSubmission: sub.isSubmission, kind: sub.kind ?? null, diagnostics: findings.map((f, i) => toJson(f, at[2 * i], at[2 * i + 1])) });
      continue;
    }
    if (!sub.isSubmission) process.stdout.write(`${file}: not a submission (no “submission:” in the frontmatter); nothing checked\n`);
    findings.forEach((f, i) => {
      const p = at[2 * i];
      process.stdout.write(`${file}:${p.line}:${p.column} ${f.severity} ${f.code} ${f.message}\n`);
    });
    if (sub.isSubmission && findings.length === 0) process.stdout.write(`${file}: ${sub.kind ?? 'submission'} — complete, no problems found\n`);
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  if (failed) return 2;
  return errors > 0 ? 1 : 0;
}

function toJson(f: Finding, start: { line: number; column: number }, end: { line: number; column: number }) {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    start,
    end,
    offset: f.span,
    fixes: f.fixes.map((x) => x.kind),
  };
}

async function exportCommand(args: Parsed, today: string): Promise<number> {
  const [file] = args.positional;
  const format = args.flags.get('--format');
  if (!file || (format !== 'pdf' && format !== 'docx')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const paper = args.flags.get('--paper') === 'letter' ? 'letter' : 'a4';
  const out = (args.flags.get('-o') ?? args.flags.get('--out')) as string | undefined;
  let text: string;
  try {
    text = readSubmissionFile(file);
  } catch (err) {
    process.stderr.write(`${file}: cannot read: ${(err as Error).message}\n`);
    return 2;
  }
  const submission = parseForCli(text);
  const findings = checkSubmission(submission, checkOptions(file, today, args.severity));
  const outcome = await exportAnalysis(
    { submission, findings },
    {
      format,
      sourcePath: path.resolve(file),
      force: args.flags.has('--force'),
      overwrite: args.flags.has('--overwrite'),
      outDir: out ? path.resolve(out) : undefined,
      settings: { paper },
    },
  );
  if (outcome.ok) {
    process.stdout.write(`${file}: exported to ${path.relative(process.cwd(), outcome.path) || outcome.path}${outcome.draft ? ' (marked DRAFT — incomplete)' : ''}\n`);
    return 0;
  }
  const hint = outcome.reason === 'has-errors' ? ` Run “check” to list them, or add --force.` : outcome.reason === 'exists' ? ' Add --overwrite to replace it.' : '';
  process.stderr.write(`${file}: ${outcome.message}${hint}\n`);
  return outcome.reason === 'has-errors' ? 1 : 2;
}

// The same heap tuning as the language server: a long parse's garbage stays out of the old generation.
tuneHeap();

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let args: Parsed;
  try {
    args = parseArgs(rest);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    return 2;
  }
  const today = (args.flags.get('--today') as string | undefined) ?? localToday();
  const size = args.flags.get('--max-size');
  if (size !== undefined) {
    try {
      maxSize = parseSize(String(size));
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
      return 2;
    }
  }
  if (command === 'check' && args.positional.length) return check(args.positional, String(args.flags.get('--format') ?? 'text'), today, args.severity);
  if (command === 'export') return exportCommand(args, today);
  process.stderr.write(`${USAGE}\n`);
  return command === '--help' || command === '-h' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`submission: ${err.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
