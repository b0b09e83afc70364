// Paragraph numbers (PARA-SEQ): a number the lawyer wrote that does not follow the one before is
// printed as written, so it is reported here, with a quick fix that renumbers from there on.
// References to paragraphs (PARA-REF): "paragraph 40" when there are 12, or "paragraph 9 above"
// written in paragraph 5.
import type { Fix, Span } from '../vocabulary';
import { formatCounter, renumberFrom, type ParagraphNumbering, type SequenceBreak } from '../core/paragraphs';
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
  for (const b of numbering.breaks) {
    const previous = numbering.paragraphs[b.index - 1];
    const fixes = renumberFix(ctx.sub.text, numbering, b);
    if (previous) report(ctx, 'PARA-SEQ', b.span, previous.written ? 'paragraph.sequence' : 'paragraph.sequenceCounted', { written: b.written, previous: previous.number, expected: b.expected }, { fixes });
    else report(ctx, 'PARA-SEQ', b.span, 'paragraph.sequenceStart', { written: b.written }, { fixes });
  }
  for (const p of numbering.paragraphs) {
    if (p.source !== 'paragraph') continue;
    for (const line of numberedLinesWithin(ctx.sub.text, p.span, p.number)) {
      const title = fill(FIX_TITLES.blankLineBefore[ctx.language], { written: line.written });
      const fixes: Fix[] = [{ kind: 'replace', span: { start: line.lineStart, end: line.lineStart }, text: eolOf(ctx.sub.text), title }];
      report(ctx, 'PARA-SEQ', line.span, 'paragraph.numberInside', { written: line.written, paragraph: p.label.replace(/[.)\s]+$/, '') }, { fixes });
    }
  }
}

/**
 * Lines inside a paragraph that start with the next paragraph's number ("٢. " after "١. …" on
 * the line before, or "5. " inside paragraph 4): typed as paragraphs of their own, but without a
 * blank line before them Markdown keeps them in the paragraph above (a list can interrupt a
 * paragraph only at 1, and Arabic-Indic digits never make a list), and the export prints them
 * inside it. Only the number that comes next counts, so that a hard-wrapped line starting with a
 * year or an article number ("2019. ", "12. ") is not taken for one.
 */
function numberedLinesWithin(text: string, span: Span, number: number): { lineStart: number; span: Span; written: string }[] {
  const found: { lineStart: number; span: Span; written: string }[] = [];
  let expected = number + 1;
  for (let at = text.indexOf('\n', span.start); at >= 0 && at < span.end; at = text.indexOf('\n', at + 1)) {
    const lineStart = at + 1;
    const m = NUMBER_AT_LINE_START.exec(text.slice(lineStart, Math.min(span.end, lineStart + 24)));
    if (!m) continue;
    const digits = m[2] ?? m[3];
    if (westernValue(digits) !== expected) continue;
    const start = lineStart + m[1].length;
    found.push({ lineStart, span: { start, end: start + digits.length }, written: digits });
    expected++;
  }
  return found;
}

/** A number at the start of a line, as a paragraph number is written: Western ("5." "5)") or Arabic-Indic ("٥." "٥-"). */
const NUMBER_AT_LINE_START = /^([ \t]*)(?:(\d{1,4})[.)]|([\u0660-\u0669\u06f0-\u06f9]{1,4})[.)\-–])[ \t\u00a0]+\S/;

function westernValue(digits: string): number {
  return Number(digits.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));
}

/**
 * One replacement from the first number changed to the last, so the fix is a single edit. Each
 * break's fix runs to the end of the document, so it is built when the editor asks for it, not at
 * every check: built eagerly, the fixes of a 1 MB draft with 300 breaks came to 148 MB of text a
 * keystroke.
 */
function renumberFix(text: string, numbering: ParagraphNumbering, b: SequenceBreak): Fix[] {
  let built: { span: Span; text: string; count: number } | undefined;
  const build = () => (built ??= renumbering(text, numbering, b.index));
  // The break itself is always renumbered (its written number is not the one expected); the
  // getters below fill in how far the renumbering runs.
  return [
    {
      kind: 'replace',
      get span() {
        return build().span;
      },
      get text() {
        return build().text;
      },
      get title() {
        return `${b.written}. → ${b.expected}.${build().count > 1 ? ' …' : ''}`;
      },
    },
  ];
}

function renumbering(text: string, numbering: ParagraphNumbering, breakIndex: number): { span: Span; text: string; count: number } {
  const edits = renumberFrom(numbering, breakIndex);
  // Cannot happen (a break's own number is always rewritten); a no-op rather than a crash.
  if (edits.length === 0) return { span: { start: 0, end: 0 }, text: '', count: 0 };
  const start = edits[0].span.start;
  const end = edits[edits.length - 1].span.end;
  let out = '';
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.span.start) + e.text;
    at = e.span.end;
  }
  return { span: { start, end }, text: out, count: edits.length };
}

function checkParagraphReferences(ctx: CheckContext): void {
  const { numbering, references, byNumber } = paragraphIndex(ctx.sub);
  if (numbering.paragraphs.length === 0) return;
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
