// What the parser read as plain text because it could not read it in bounded time
// (core/markdownGuard.ts): said once per place, at most a few places of each kind.
import { limitsOf, INLINE_MARKS, NESTING_COLUMN, PARAGRAPH_CHARS, type LimitHit } from '../core/markdownGuard';
import { lineOf } from '../core/text';
import { report, type Check } from './finding';

/** A pasted document may have thousands of such places: the first few say what is wrong. */
export const PLACES_REPORTED = 10;

export const readingLimits: Check = {
  name: 'reading limits',
  rules: ['FMT-LIMIT'],
  run(ctx) {
    const reported = { nesting: 0, marks: 0, length: 0 };
    const hits = limitsOf(ctx.sub.tree).sort((a, b) => a.span.start - b.span.start);
    for (const hit of hits) {
      if (reported[hit.kind]++ >= PLACES_REPORTED) continue;
      reportHit(ctx, hit);
    }
  },
};

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
