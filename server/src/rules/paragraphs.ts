// Paragraph numbers (PARA-SEQ): a number the lawyer wrote that does not follow the one before is
// printed as written, so it is reported here, with a quick fix that renumbers from there on.
import type { Fix } from '../vocabulary';
import { numberParagraphs, renumberFrom, type ParagraphNumbering, type SequenceBreak } from '../core/paragraphs';
import { report, type Check, type CheckContext } from './finding';

export const paragraphSequence: Check = {
  name: 'paragraph numbers',
  rules: ['PARA-SEQ'],
  run: checkParagraphSequence,
};

function checkParagraphSequence(ctx: CheckContext): void {
  const numbering = numberParagraphs(ctx.sub);
  for (const b of numbering.breaks) {
    const previous = numbering.paragraphs[b.index - 1];
    const fixes = renumberFix(ctx.sub.text, numbering, b);
    if (previous) report(ctx, 'PARA-SEQ', b.span, 'paragraph.sequence', { written: b.written, previous: previous.number, expected: b.expected }, { fixes });
    else report(ctx, 'PARA-SEQ', b.span, 'paragraph.sequenceStart', { written: b.written }, { fixes });
  }
}

/** One replacement from the first number changed to the last, so the fix is a single edit. */
function renumberFix(text: string, numbering: ParagraphNumbering, b: SequenceBreak): Fix[] {
  const edits = renumberFrom(numbering, b.index);
  if (edits.length === 0) return [];
  const start = edits[0].span.start;
  const end = edits[edits.length - 1].span.end;
  let out = '';
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.span.start) + e.text;
    at = e.span.end;
  }
  const title = `${b.written}. → ${b.expected}.${edits.length > 1 ? ' …' : ''}`;
  return [{ kind: 'replace', span: { start, end }, text: out, title }];
}
