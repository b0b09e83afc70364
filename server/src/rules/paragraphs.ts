// Paragraph numbers (PARA-SEQ): a number the lawyer wrote that does not follow the one before is
// printed as written, so it is reported here, with a quick fix that renumbers from there on.
// References to paragraphs (PARA-REF): "paragraph 40" when there are 12, or "paragraph 9 above"
// written in paragraph 5.
import type { Fix } from '../vocabulary';
import { formatCounter } from '../core/paragraphs';
import { paragraphIndex, type ResolvedTarget } from '../core/paragraphReferences';
import { FIX_TITLES } from '../data/skeletons';
import { eolOf, fill } from '../core/text';
import { report, type Check, type CheckContext } from './finding';

export const paragraphSequence: Check = {
  name: 'paragraph numbers',
  rules: ['PARA-SEQ'],
  run: checkParagraphSequence,
};

export const paragraphReferences: Check = {
  name: 'references to paragraphs',
  rules: ['PARA-REF'],
  run: checkParagraphReferences,
};

function checkParagraphSequence(ctx: CheckContext): void {
  const { numbering } = paragraphIndex(ctx.sub);
  for (let i = 0; i < numbering.breaks.length; i++) {
    const b = numbering.breaks[i];
    const previous = numbering.paragraphs[b.index - 1];
    // As intent, worked out when the editor asks (core/fixes.ts): built at every check, the fixes of
    // a 1 MB draft with 300 breaks came to 148 MB of text a keystroke; and a fix holding the text
    // to build it from later kept every version's text alive through the young generation's
    // collections (docs/performance.md).
    const fixes: Fix[] = [{ kind: 'renumber', break: i }];
    if (previous) report(ctx, 'PARA-SEQ', b.span, previous.written ? 'paragraph.sequence' : 'paragraph.sequenceCounted', { written: b.written, previous: previous.number, expected: b.expected }, { fixes });
    else report(ctx, 'PARA-SEQ', b.span, 'paragraph.sequenceStart', { written: b.written }, { fixes });
  }
  for (const p of numbering.paragraphs) {
    if (!p.numberedLines) continue;
    // Only the number that comes next: a hard-wrapped line starting with a year or an article
    // number ("2019. ", "12. ") is not a paragraph typed without its blank line.
    let expected = p.number + 1;
    for (const line of p.numberedLines) {
      if (line.number !== expected) continue;
      expected++;
      const written = ctx.sub.source.slice(line.span.start, line.span.end);
      const title = fill(FIX_TITLES.blankLineBefore[ctx.language], { written });
      const fixes: Fix[] = [{ kind: 'replace', span: { start: line.lineStart, end: line.lineStart }, text: eolOf(ctx.sub.source), title }];
      report(ctx, 'PARA-SEQ', line.span, 'paragraph.numberInside', { written, paragraph: p.label.replace(/[.)\s]+$/, '') }, { fixes });
    }
  }
}

function checkParagraphReferences(ctx: CheckContext): void {
  const index = paragraphIndex(ctx.sub);
  const { numbering, references } = index;
  if (numbering.paragraphs.length === 0 || references.length === 0) return;
  const { byNumber } = index;
  const write = (n: number) => formatCounter('decimal', n, numbering.digits);
  let first = Infinity;
  let last = -Infinity;
  for (const n of byNumber.keys()) (first = Math.min(first, n)), (last = Math.max(last, n));
  for (const ref of references) {
    for (const target of writtenTargets(ref.targets)) {
      const found = byNumber.get(target.number);
      if (!found) {
        const key = first === last ? 'paragraph.referenceMissingOne' : 'paragraph.referenceMissing';
        report(ctx, 'PARA-REF', target.span, key, { number: write(target.number), first: write(first), last: write(last) });
        continue;
      }
      const own = ref.within;
      if (!own || !ref.position) continue;
      // A repeated number is taken at its most favourable place: PARA-SEQ already reports the repeat.
      if (ref.position === 'above' && found.first.span.start >= own.span.start) {
        report(ctx, 'PARA-REF', target.span, 'paragraph.referenceAbove', { number: write(target.number), own: write(own.number) });
      } else if (ref.position === 'below' && found.last.span.start <= own.span.start) {
        report(ctx, 'PARA-REF', target.span, 'paragraph.referenceBelow', { number: write(target.number), own: write(own.number) });
      }
    }
  }
}

/**
 * The numbers written: a range's inner numbers ("4–6" → 5) are left to PARA-SEQ, which reports
 * the gap when one is missing; they share the span of the range's last number, which comes last.
 */
function writtenTargets(targets: readonly ResolvedTarget[]): ResolvedTarget[] {
  return targets.filter((t, i) => targets[i + 1]?.span.start !== t.span.start);
}
