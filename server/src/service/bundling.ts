// The filing bundle of an open or on-disk submission: the decisions shared by the CLI and the
// server, as service/exporting.ts makes them for an export. Refuse while errors remain unless
// forced (then "DRAFT" on every page); where the bundle goes; never over the source or an
// exhibit; an earlier bundle is replaced only when asked; every file through a temporary file and
// a rename, so a refused or failed bundle leaves the earlier one as it was.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { LABELS } from '../export/labels';
import { renderSubmissionPdf, writeExport, ExportError } from '../export/index';
import {
  buildBundle,
  buildSplit,
  BundleCancelled,
  DEFAULT_BUNDLE_SETTINGS,
  exhibitName,
  ExhibitProblems,
  STAMP_POSITIONS,
  type BundleHooks,
  type BundleInput,
  type BundleSettings,
} from '../export/bundle/index';
import { outcomeText } from '../export/bundle/labels';
import type { BundleOutcome } from '../protocol';
import type { Analysis } from './analysis';

export interface BundleJob {
  sourcePath: string;
  force: boolean;
  overwrite: boolean;
  split: boolean;
  /** The bundle file (or with `split` the folder); absent: next to the source, or in `outDir`. */
  output?: string;
  /** The export output folder setting, relative to the source. */
  outDir?: string;
  /** Files of a split bundle above this size get a warning. */
  sizeLimitMb: number;
  settings: Partial<BundleSettings>;
}


/** `request.md` → `request-bundle.pdf` (or the folder `request-bundle/` when split). */
export function bundleTarget(sourcePath: string, split: boolean, output?: string, outDir?: string): string {
  const source = path.resolve(sourcePath);
  if (output) return path.resolve(path.dirname(source), output);
  const dir = outDir ? path.resolve(path.dirname(source), outDir) : path.dirname(source);
  const base = path.basename(source, path.extname(source)) || path.basename(source);
  return path.join(dir, split ? `${base}-bundle` : `${base}-bundle.pdf`);
}

export async function bundleAnalysis(analysis: Pick<Analysis, 'submission' | 'findings'>, job: BundleJob, hooks: BundleHooks = {}): Promise<BundleOutcome> {
  const sub = analysis.submission;
  const language = sub.language;
  if (!sub.isSubmission) return { ok: false, reason: 'not-submission', message: outcomeText(language, 'notSubmission') };
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !job.force) return { ok: false, reason: 'has-errors', errors, message: outcomeText(language, 'hasErrors', { n: errors }) };
  const draft = errors > 0;
  const settings: BundleSettings = { ...DEFAULT_BUNDLE_SETTINGS, ...definedOnly(job.settings) };
  // Settings come from an editor's configuration too: anything unexpected falls back to the default.
  if (!STAMP_POSITIONS.includes(settings.stampPosition)) settings.stampPosition = DEFAULT_BUNDLE_SETTINGS.stampPosition;
  if (typeof settings.pagePrefix !== 'string') settings.pagePrefix = '';
  settings.citationPages = settings.citationPages === true;
  const baseDir = path.dirname(path.resolve(job.sourcePath));
  const target = bundleTarget(job.sourcePath, job.split, job.output, job.outDir);
  const raw = (sub.frontmatter?.raw ?? {}) as Record<string, unknown>;
  const kindLabel = sub.kind ? LABELS[language].kinds[sub.kind] : '';
  const input: BundleInput = {
    language,
    kind: sub.kind,
    submissionTitle: typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : kindLabel,
    submissionDate: typeof raw.date === 'string' ? raw.date : undefined,
    exhibits: sub.exhibits,
    baseDir,
    draft,
    // The export's PDF renderer reports where it drew each heading and exhibit citation, and lays
    // out the text asked for after a citation (", p. 45") in its real line breaking, so the bundle
    // can link citations and number them without guessing.
    renderSubmission: async ({ citationText }) => {
      const r = await renderSubmissionPdf({ submission: sub, draft, settings: { paper: settings.paper }, baseDir, exhibitSuffix: citationText && ((id) => citationText.get(id)) });
      return { bytes: r.bytes, pageCount: r.pageCount, anchors: { headings: r.anchors.headings, exhibitCitations: r.anchors.exhibitCitations }, citationTextApplied: true };
    },
    settings,
  };
  const guard = await protectedTargets(job, sub.exhibits, baseDir, language, sub.kind);
  try {
    if (job.split) {
      const result = await buildSplit(input, hooks);
      stopIfCancelled(hooks);
      const files = result.files.map((f) => ({ ...f, path: path.join(target, f.name) }));
      for (const f of files) {
        const refusal = await guard(f.path);
        if (refusal) return refusal;
      }
      if (!job.overwrite) {
        const existing = [];
        for (const f of files) if (await exists(f.path)) existing.push(path.basename(f.path));
        if (existing.length) return { ok: false, reason: 'exists', message: outcomeText(language, 'exists', { file: existing.join(', ') }), path: target };
      }
      for (const f of files) await writeExport(f.path, f.bytes, { sourcePath: job.sourcePath, overwrite: job.overwrite });
      const warnings = [...result.warnings];
      for (const f of files) {
        const mb = f.bytes.length / (1024 * 1024);
        if (mb > job.sizeLimitMb) warnings.push(outcomeText(language, 'overLimit', { file: f.name, size: mb.toFixed(1), limit: job.sizeLimitMb }));
      }
      return { ok: true, path: target, files: files.map((f) => f.path), draft, skipped: result.skipped.map(plainProblem), warnings };
    }
    const refusal = await guard(target);
    if (refusal) return refusal;
    if (!job.overwrite && (await exists(target))) return { ok: false, reason: 'exists', message: outcomeText(language, 'exists', { file: path.basename(target) }), path: target };
    const result = await buildBundle(input, hooks);
    stopIfCancelled(hooks);
    await writeExport(target, result.bytes, { sourcePath: job.sourcePath, overwrite: job.overwrite });
    return { ok: true, path: target, pages: result.pageCount, draft, skipped: result.skipped.map(plainProblem), warnings: result.warnings };
  } catch (err) {
    if (err instanceof ExhibitProblems) {
      const problems = err.problems.map(plainProblem);
      const message = [outcomeText(language, 'exhibits', { n: problems.length }), ...problems.map((p) => `- ${p.message}`), outcomeText(language, 'skipHint')].join('\n');
      return { ok: false, reason: 'exhibits', message, problems, path: target };
    }
    if (err instanceof BundleCancelled) return { ok: false, reason: 'cancelled', message: outcomeText(language, 'cancelled') };
    if (err instanceof ExportError) {
      const message = err.code === 'exists' ? outcomeText(language, 'exists', { file: path.basename(target) }) : err.code === 'source' ? outcomeText(language, 'overSource') : err.message;
      return { ok: false, reason: err.code, message, path: target };
    }
    return { ok: false, reason: 'io', message: `The bundle failed: ${(err as Error)?.message ?? err}`, path: target };
  }
}

/** A check of each file about to be written: never the submission, never an exhibit's file. */
async function protectedTargets(job: BundleJob, exhibits: Analysis['submission']['exhibits'], baseDir: string, language: BundleInput['language'], kind: BundleInput['kind']) {
  const guarded = [
    { path: path.resolve(job.sourcePath), message: outcomeText(language, 'overSource') },
    ...exhibits
      .filter((e) => e.file)
      .map((e) => ({ path: path.resolve(baseDir, e.file!), message: outcomeText(language, 'overExhibit', { exhibit: exhibitName(language, kind, String(e.id ?? '').toUpperCase()), file: e.file! }) })),
  ];
  const identities = await Promise.all(guarded.map(async (g) => ({ ...g, id: await identity(g.path) })));
  return async (target: string): Promise<BundleOutcome | undefined> => {
    const id = await identity(target);
    const hit = identities.find((g) => g.id === id);
    return hit ? { ok: false, reason: 'source', message: hit.message, path: target } : undefined;
  };
}

/** The same string for two paths of one file: device and inode when it exists, else its real path. */
async function identity(p: string): Promise<string> {
  try {
    const s = await fsp.stat(p);
    return `${s.dev}:${s.ino}`;
  } catch {
    try {
      return path.join(await fsp.realpath(path.dirname(p)), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

async function exists(p: string): Promise<boolean> {
  return fsp.lstat(p).then(
    () => true,
    () => false,
  );
}

function plainProblem(p: { id: string; file?: string; message: string }) {
  return { id: p.id, file: p.file, message: p.message };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Saving the PDF yields to the event loop, so a cancellation can arrive during it: checked once
 * more before anything is written, the last moment at which nothing has been.
 */
function stopIfCancelled(hooks: { cancelled?: () => boolean }): void {
  if (hooks.cancelled?.()) throw new BundleCancelled();
}
