// The one place that turns Markdown into an mdast tree: CommonMark + GFM + YAML frontmatter.
import type { Root, RootContent, PhrasingContent, Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

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
