// `submission bundle FILE.md [-o BUNDLE.pdf]`: the filing bundle from the command line. Its own
// module with its own options (node:util parseArgs), so that it does not depend on how cli.ts
// parses the other commands; cli.ts hands it the arguments and a way to analyse a file.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { STAMP_POSITIONS, type StampPosition } from './export/bundle/model';
import { bundleAnalysis, DEFAULT_SIZE_LIMIT_MB } from './service/bundling';
import type { Analysis } from './service/analysis';
import type { Severity } from './vocabulary';

export const BUNDLE_USAGE = `  submission bundle FILE [-o BUNDLE.pdf] [--force] [--overwrite] [--skip-missing] [--split]
                    [--prefix P] [--position bottom-right|bottom-center|bottom-left|top-right]
                    [--citation-pages] [--size-limit MB] [--paper a4|letter]
      Builds the filing bundle: an index, the submission and each exhibit declared with “file:”,
      page numbers stamped on every page (--prefix "B/" gives B/1, B/2…), bookmarks and links.
      Refuses while errors remain unless --force (then DRAFT on every page), and while an exhibit
      cannot be included unless --skip-missing (then a placeholder page). --split writes one PDF
      per item into a folder (-o), for the CCF portal, warning when a file is over --size-limit.`;

export type AnalyseFile = (file: string, today: string | undefined, severity: Record<string, Severity | 'off'>) => Analysis;

/** Exit code: 0 written, 1 refused for errors in the submission or its exhibits, 2 anything else. */
export async function bundleCommand(argv: string[], analyse: AnalyseFile): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(argv));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${BUNDLE_USAGE}\n`);
    return 2;
  }
  const [file, ...extra] = positionals;
  const position = values.position as StampPosition | undefined;
  const sizeLimit = values['size-limit'] === undefined ? DEFAULT_SIZE_LIMIT_MB : Number(values['size-limit']);
  const problem = !file
    ? 'bundle takes one submission file'
    : extra.length
      ? `bundle takes one submission file, not ${positionals.length}`
      : position && !STAMP_POSITIONS.includes(position)
        ? `--position takes one of ${STAMP_POSITIONS.join(', ')}`
        : !(sizeLimit > 0)
          ? '--size-limit takes a number of megabytes'
          : values.paper && values.paper !== 'a4' && values.paper !== 'letter'
            ? '--paper takes a4 or letter'
            : undefined;
  if (problem) {
    process.stderr.write(`${problem}\n${BUNDLE_USAGE}\n`);
    return 2;
  }
  const severity: Record<string, Severity | 'off'> = {};
  for (const s of values.severity ?? []) {
    const [code, level] = s.split('=');
    if (!code || !['error', 'warning', 'information', 'hint', 'off'].includes(level)) {
      process.stderr.write(`--severity takes CODE=LEVEL\n${BUNDLE_USAGE}\n`);
      return 2;
    }
    severity[code.toUpperCase()] = level as Severity | 'off';
  }
  let analysis: Analysis;
  try {
    analysis = analyse(file, values.today, severity);
  } catch (err) {
    process.stderr.write(`${file}: cannot read: ${(err as Error).message}\n`);
    return 2;
  }
  const started = Date.now();
  const outcome = await bundleAnalysis(
    analysis,
    {
      sourcePath: path.resolve(file),
      force: !!values.force,
      overwrite: !!values.overwrite,
      split: !!values.split,
      output: values.out ? path.resolve(values.out) : undefined,
      sizeLimitMb: sizeLimit,
      settings: {
        paper: values.paper as 'a4' | 'letter' | undefined,
        pagePrefix: values.prefix,
        stampPosition: position,
        citationPages: values['citation-pages'] ? true : undefined,
        skipMissing: !!values['skip-missing'],
      },
    },
    {
      progress: (step) => {
        if (step.kind === 'exhibit' && process.stderr.isTTY) process.stderr.write(`  exhibit ${step.index + 1}/${step.count}: ${step.id}\r`);
      },
    },
  );
  const shown = (p: string) => path.relative(process.cwd(), p) || p;
  if (!outcome.ok) {
    const hint = outcome.reason === 'has-errors' ? ' Run “check” to list them, or add --force.' : outcome.reason === 'exists' ? ' Add --overwrite to replace it.' : outcome.reason === 'exhibits' ? ' (--skip-missing)' : '';
    process.stderr.write(`${file}: ${outcome.message}${hint}\n`);
    return outcome.reason === 'has-errors' || outcome.reason === 'exhibits' ? 1 : 2;
  }
  const what = outcome.files ? `${shown(outcome.path)} (${outcome.files.length} file${outcome.files.length === 1 ? "" : "s"})` : `${shown(outcome.path)} (${outcome.pages} pages)`;
  process.stdout.write(`${file}: bundle written to ${what}${outcome.draft ? ', marked DRAFT' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  for (const f of outcome.files ?? []) process.stdout.write(`  ${path.basename(f)}\n`);
  for (const s of outcome.skipped) process.stderr.write(`${file}: placeholder page: ${s.message}\n`);
  for (const w of outcome.warnings) process.stderr.write(`${file}: warning: ${w}\n`);
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      overwrite: { type: 'boolean' },
      'skip-missing': { type: 'boolean' },
      split: { type: 'boolean' },
      prefix: { type: 'string' },
      position: { type: 'string' },
      'citation-pages': { type: 'boolean' },
      'size-limit': { type: 'string' },
      paper: { type: 'string' },
      today: { type: 'string' },
      severity: { type: 'string', multiple: true },
    },
  });
}
