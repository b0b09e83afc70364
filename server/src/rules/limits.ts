// What the parser read as plain text because it could not read it in bounded time
// (core/markdownGuard.ts): said once per place, at most a few places of each kind.
import { limitsIn, INLINE_MARKS, NESTING_COLUMN, NO_LIMITS, PARAGRAPH_CHARS, type LimitHit, type NodeLimit } from '../core/markdownGuard';
import { NodeValues } from '../core/nodeValues';
import { startOf } from '../core/nodes';
import { lineOf } from '../core/text';
import type { Submission } from '../core/model';
import { report, type Check } from './finding';

/** A pasted document may have thousands of such places: the first few say what is wrong. */
export const PLACES_REPORTED = 10;

export const readingLimits: Check = {
  name: 'reading limits',
  rules: ['FMT-LIMIT'],
  run(ctx) {
    const reported = { nesting: 0, marks: 0, length: 0 };
    const hits = limitsOf(ctx.sub).sort((a, b) => a.span.start - b.span.start);
    for (const hit of hits) {
      if (reported[hit.kind]++ >= PLACES_REPORTED) continue;
      reportHit(ctx, hit);
    }
  },
};

/**
 * The places of a submission read as plain text. What each top-level node holds is read once and
 * taken again for the nodes a keystroke left alone (core/nodeValues.ts): reading every node's and
 * every list item's data came to 0.1 ms a keystroke at 1 MB.
 */
function limitsOf(sub: Submission): LimitHit[] {
  const out: LimitHit[] = [];
  const nodes = sub.tree.children;
  const found = byNode.of(nodes, sub.lineage, undefined);
  for (let i = 0; i < nodes.length; i++) {
    if (found[i] === NO_LIMITS) continue;
    const start = startOf(nodes[i]);
    for (const l of found[i]) out.push({ kind: l.kind, span: { start: start + l.from, end: start + l.from + l.length }, count: l.count });
  }
  return out;
}

const byNode = new NodeValues<readonly NodeLimit[], undefined>(limitsIn);

function reportHit(ctx: Parameters<Check['run']>[0], hit: LimitHit): void {
  const count = hit.count.toLocaleString('en');
  if (hit.kind === 'nesting') {
    report(ctx, 'FMT-LIMIT', { start: hit.span.start, end: hit.span.start + 1 }, 'limit.nesting', { column: NESTING_COLUMN, count });
  } else {
    // Underline the paragraph's first line, not the whole of a pasted page.
    const next = ctx.sub.lineStarts[lineOf(ctx.sub.lineStarts, hit.span.start) + 1];
    const end = next === undefined ? hit.span.end : Math.min(hit.span.end, next);
    if (hit.kind === 'marks') report(ctx, 'FMT-LIMIT', { start: hit.span.start, end }, 'limit.marks', { count, limit: INLINE_MARKS });
    else report(ctx, 'FMT-LIMIT', { start: hit.span.start, end }, 'limit.length', { count, limit: PARAGRAPH_CHARS.toLocaleString('en') });
  }
}
