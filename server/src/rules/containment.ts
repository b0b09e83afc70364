// One family of checks that throws must not take the others, or the editor, with it. A family
// that fails on a document is switched off for that document, said once in the log and kept as
// one diagnostic, and the others run as usual.
import type { Submission } from '../core/model';
import { RULES } from '../data/rules';
import type { Kind } from '../vocabulary';
import { report, type Check, type CheckContext } from './finding';

export type CheckFailureLog = (check: string, error: unknown) => void;

/**
 * The families switched off, per document. A document is known here by its frontmatter object:
 * the incremental parser keeps it from one version to the next while the frontmatter's text is
 * unchanged (a fresh parse makes a new one), so a family stays off while the document is edited,
 * is tried again once the frontmatter changes, and nothing outlives the document.
 */
const switchedOff = new WeakMap<object, Map<Check, string>>();

/** Runs each family in turn, containing failures; returns nothing, reports into ctx.findings. */
export function runContained(checks: readonly Check[], ctx: CheckContext, log: CheckFailureLog = logToStderr): void {
  const key = documentKey(ctx.sub);
  const off = switchedOff.get(key);
  for (const check of checks) {
    const failed = off?.get(check);
    if (failed !== undefined) {
      reportFailure(ctx, check);
      continue;
    }
    const before = ctx.findings.length;
    try {
      check.run(ctx);
    } catch (error) {
      // What the family reported before it threw may be half of a judgement: drop it.
      ctx.findings.length = before;
      const map = switchedOff.get(key) ?? new Map<Check, string>();
      switchedOff.set(key, map);
      map.set(check, String(error));
      log(check.name, error);
      reportFailure(ctx, check);
    }
  }
}

function documentKey(sub: Submission): object {
  return sub.frontmatter ?? sub;
}

/** The family's rules that apply to this kind: codes the lawyer can look up in docs/rules.md. */
function codesOf(check: Check, kind: Kind): string {
  const own = new Set<string>(check.rules);
  return RULES.filter((r) => own.has(r.id) && r.kinds.includes(kind))
    .map((r) => r.id)
    .join(', ');
}

function reportFailure(ctx: CheckContext, check: Check): void {
  const start = ctx.sub.frontmatter?.span.start ?? 0;
  report(ctx, 'FMT-LIMIT', { start, end: start + 3 }, 'check.failed', { check: codesOf(check, ctx.kind) });
}

function logToStderr(check: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`submission checker: the check “${check}” failed and is switched off for this document: ${detail}\n`);
}
