// The one place that turns Markdown into an mdast tree: CommonMark + GFM + YAML frontmatter.
import type { Root, Nodes } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { installLinearEditMap } from './editMap';
import { annotateLimits, guardMarkdown, restoreMarks } from './markdownGuard';

installLinearEditMap();

/**
 * What remark-gfm and remark-frontmatter (with ['yaml']) add to the parser, in their order, without
 * the Markdown writers they add too: nothing here writes Markdown, and the writers were 20 KB of
 * the server's bundle that the .vsix (1.5 MB at most) carried for nothing.
 */
function gfmAndYaml(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm(), frontmatter(['yaml']));
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown(), frontmatterFromMarkdown(['yaml']));
}

const processor = unified().use(remarkParse).use(gfmAndYaml).freeze();

export function parseMarkdown(text: string): Root {
  // Constructs micromark cannot read in bounded time are read as plain text (core/markdownGuard.ts).
  const guarded = guardMarkdown(text);
  const tree = processor.parse(guarded.text) as Root;
  if (guarded.text !== text) restoreMarks(tree, guarded.base);
  // micromark drops a byte order mark before counting: put positions back on the text's offsets.
  if (text.charCodeAt(0) === 0xfeff) {
    for (const child of tree.children) afterBom(child);
    if (tree.position) tree.position.end = { ...tree.position.end, offset: text.length, column: tree.position.end.column + (tree.position.end.line === 1 ? 1 : 0) };
  }
  if (guarded.hits.length) annotateLimits(tree, guarded.hits);
  return tree;
}

function afterBom(node: Nodes): void {
  const p = node.position;
  if (p) {
    for (const point of [p.start, p.end]) {
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
  }
  if ('children' in node) for (const c of node.children) afterBom(c);
}
