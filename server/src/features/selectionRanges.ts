// Selection ranges (expand selection): from the cursor to the paragraph or list item, the list, the
// section and the sections it is part of, then the whole document; in the frontmatter, from a
// value to its entry, its item, its list and the whole block.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import { blocksAround, headingSpans, trimEnd, yamlAround } from '../core/structure';
import type { Span } from '../vocabulary';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

export function selectionRanges(doc: TextDocument, analysis: Analysis, positions: Position[]): SelectionRange[] {
  const sub = analysis.submission;
  const sections = sub.isSubmission ? headingSpans(sub).map((h) => trimEnd(sub.source, h.span)) : [];
  return positions.map((position) => {
    const offset = doc.offsetAt(position);
    const around = (s: Span) => s.start <= offset && offset <= s.end;
    const spans = [
      ...yamlAround(sub, offset),
      ...(sub.frontmatter && around(sub.frontmatter.span) ? [sub.frontmatter.span] : []),
      ...blocksAround(sub, offset),
      ...sections.filter(around),
      { start: 0, end: sub.source.length },
    ].sort((a, b) => a.end - a.start - (b.end - b.start));
    // Each range must hold the one inside it; the same range twice is one step.
    const chain: Span[] = [];
    for (const s of spans) {
      const inner = chain[chain.length - 1];
      if (!inner || (s.start <= inner.start && s.end >= inner.end && (s.start < inner.start || s.end > inner.end))) chain.push(s);
    }
    let range: SelectionRange | undefined;
    for (const s of chain.reverse()) range = { range: toRange(doc, s), parent: range };
    return range ?? { range: { start: position, end: position } };
  });
}
