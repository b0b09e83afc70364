// The document's nesting, as spans: each heading's part (down to the next heading of the same or
// a higher level), the Markdown blocks around an offset, and the YAML entries around an offset.
// The outline, folding and selection ranges read it.
import type { Span } from '../vocabulary';
import type { Heading, Submission } from './model';
import type { Source } from './source';

/** Each heading with the span it governs: from the heading to the next one of its level or above. */
export function headingSpans(sub: Submission): { heading: Heading; span: Span }[] {
  const { headings } = sub;
  return headings.map((heading, i) => {
    let end = sub.source.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].depth <= heading.depth) {
        end = headings[j].span.start;
        break;
      }
    }
    return { heading, span: { start: heading.span.start, end } };
  });
}

/** A span without the blank lines and spaces it ends with. */
export function trimEnd(text: string | Source, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return { start: span.start, end };
}

const BLOCKS = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'code', 'footnoteDefinition', 'html']);

/** The Markdown blocks (paragraph, list item, list, quotation…) that hold an offset, innermost first. */
export function blocksAround(sub: Submission, offset: number): Span[] {
  const chain: Span[] = [];
  let children = sub.tree.children as { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }[];
  for (;;) {
    const node = children.find((n) => n.position && (n.position.start.offset ?? 0) <= offset && offset <= (n.position.end.offset ?? 0));
    if (!node || !BLOCKS.has(node.type)) break;
    chain.unshift({ start: node.position!.start.offset!, end: node.position!.end.offset! });
    if (!Array.isArray(node.children)) break;
    children = node.children as typeof children;
  }
  return chain;
}

/** The frontmatter's entries (a value, its key with it, the item, the list) that hold an offset, innermost first. */
export function yamlAround(sub: Submission, offset: number): Span[] {
  const fm = sub.frontmatter;
  if (!fm || offset < fm.content.start || offset > fm.content.end) return [];
  const spans: Span[] = [];
  for (const loc of fm.locations.values()) {
    for (const span of [loc.value, { start: (loc.key ?? loc.value).start, end: loc.value.end }]) {
      if (span.start <= offset && offset <= span.end && span.end > span.start) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.end - a.start - (b.end - b.start));
}
