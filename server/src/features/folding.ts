// Folding ranges: the frontmatter, and each heading's part of the document (its subsections fold
// inside it).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FoldingRange } from 'vscode-languageserver-types';
import { headingSpans, trimEnd } from '../core/structure';
import type { Analysis } from '../service/analysis';

export function foldingRanges(doc: TextDocument, analysis: Analysis): FoldingRange[] {
  const sub = analysis.submission;
  if (!sub.isSubmission) return [];
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number) => {
    const startLine = doc.positionAt(start).line;
    const endLine = doc.positionAt(end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  if (sub.frontmatter) add(sub.frontmatter.span.start, sub.frontmatter.span.end);
  for (const { span } of headingSpans(sub)) {
    const trimmed = trimEnd(sub.source, span);
    add(trimmed.start, trimmed.end);
  }
  return ranges;
}
