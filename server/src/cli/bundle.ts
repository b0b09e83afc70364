// `bundle FILE [-o BUNDLE.pdf]`: the filing bundle of one submission — an index, the submission and
// each exhibit declared with `file:`, page numbers on every page, bookmarks and links. Refused while
// errors remain unless --force (DRAFT on every page), and while an exhibit cannot be included unless
// --skip-missing (a placeholder page). --split writes one PDF per item, for the CCF portal.
import * as path from 'node:path';
import type { StampPosition } from '../export/bundle/model';
import { analyseFile, displayPath, readFailure, type AnalyseOptions } from './files';

export interface BundleCommandOptions extends AnalyseOptions {
  output?: string;
  force?: boolean;
  overwrite?: boolean;
  skipMissing?: boolean;
  split?: boolean;
  prefix?: string;
  position: StampPosition;
  citationPages?: boolean;
  sizeLimit: number;
  paper: 'a4' | 'letter';
}

/** Exit code: 0 written, 1 refused for errors in the submission or its exhibits, 2 anything else. */
export async function runBundle(file: string, options: BundleCommandOptions): Promise<number> {
  let analysis;
  try {
    analysis = analyseFile(file, options);
  } catch (err) {
    process.stderr.write(`${displayPath(file)}: cannot read: ${readFailure(err)}\n`);
    return 2;
  }
  const started = Date.now();
  // The bundle engine is the export engine's: loaded only now, from its own bundle.
  const { bundleAnalysis } = await import('../service/bundling');
  const outcome = await bundleAnalysis(
    analysis,
    {
      sourcePath: path.resolve(file),
      force: !!options.force,
      overwrite: !!options.overwrite,
      split: !!options.split,
      output: options.output ? path.resolve(options.output) : undefined,
      sizeLimitMb: options.sizeLimit,
      settings: {
        paper: options.paper,
        pagePrefix: options.prefix,
        stampPosition: options.position,
        citationPages: options.citationPages ? true : undefined,
        skipMissing: !!options.skipMissing,
      },
    },
    {
      progress: (step) => {
        if (step.kind === 'exhibit' && process.stderr.isTTY) process.stderr.write(`  exhibit ${step.index + 1}/${step.count}: ${step.id}\r`);
      },
    },
  );
  const shown = displayPath(file);
  if (!outcome.ok) {
    const hint = outcome.reason === 'has-errors' ? ' Run “check” to list them, or add --force.' : outcome.reason === 'exists' ? ' Add --overwrite to replace it.' : outcome.reason === 'exhibits' ? ' (--skip-missing)' : '';
    process.stderr.write(`${shown}: ${outcome.message}${hint}\n`);
    return outcome.reason === 'has-errors' || outcome.reason === 'exhibits' ? 1 : 2;
  }
  const what = outcome.files ? `${displayPath(outcome.path)} (${outcome.files.length} file${outcome.files.length === 1 ? '' : 's'})` : `${displayPath(outcome.path)} (${outcome.pages} pages)`;
  process.stdout.write(`${shown}: bundle written to ${what}${outcome.draft ? ', marked DRAFT' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  for (const f of outcome.files ?? []) process.stdout.write(`  ${path.basename(f)}\n`);
  for (const s of outcome.skipped) process.stderr.write(`${shown}: placeholder page: ${s.message}\n`);
  for (const w of outcome.warnings) process.stderr.write(`${shown}: warning: ${w}\n`);
  return 0;
}
