// Reading mdast nodes: their plain text and their offsets. Apart from markdown.ts (the parser) so
// that code which only reads trees, like the export engine, does not bundle the parser.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';

/** Plain text of a node (what a reader sees), without markup. */
export function textOf(node: Nodes | RootContent | PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'html' || node.type === 'yaml' ? '' : node.value;
  }
  if ('children' in node) {
    return (node.children as RootContent[]).map(textOf).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
  }
  if (node.type === 'break') return ' ';
  return '';
}

export function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}
