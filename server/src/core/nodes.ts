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

/**
 * Plain text of a node without the quotations and code blocks set inside it: a list item's text
 * without the judgment or warrant quoted under it, indented (`   > …`). What a check of the
 * lawyer's own prose reads (the language of the text).
 */
export function proseTextOf(node: Nodes | RootContent | PhrasingContent): string {
  if (node.type === 'blockquote' || node.type === 'code') return '';
  if ('value' in node && typeof node.value === 'string') return textOf(node);
  if ('children' in node) {
    return (node.children as RootContent[]).map(proseTextOf).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
  }
  return textOf(node);
}

/** A quotation (`blockquote`) or a code block, with where it is. */
export interface SetApart {
  type: 'blockquote' | 'code';
  start: number;
  end: number;
}

// Kept with each node relative to its start: the incremental parser reuses a node while its block
// is unchanged and moves all its positions alike, so the offsets inside it stay true.
const setApartByNode = new WeakMap<object, readonly SetApart[]>();

/**
 * The quotations and code blocks in a block node, at any depth (a quotation indented in a list
 * item, a code block in a quotation's item), outermost only, with absolute offsets in order; the
 * node itself counts when it is one. Handed to `visit` one at a time: nothing is made for the many
 * nodes that hold none (the exhibit check asks about every node of the document at every keystroke).
 */
export function forEachSetApart(node: Nodes | RootContent, visit: (type: SetApart['type'], start: number, end: number) => void): void {
  // A top-level list may be a new node made of reused items (incremental.ts joins a list cut in
  // two): kept by item, a keystroke in one numbered paragraph walks that item only.
  if (node.type === 'list') {
    for (const item of node.children) forEachSetApart(item, visit);
    return;
  }
  let kept = setApartByNode.get(node);
  if (!kept) {
    const found: SetApart[] = [];
    collectSetApart(node, found);
    const base = startOf(node);
    kept = found.length ? found.map((s) => ({ type: s.type, start: s.start - base, end: s.end - base })) : NONE_SET_APART;
    setApartByNode.set(node, kept);
  }
  if (kept.length === 0) return;
  const base = startOf(node);
  for (const s of kept) visit(s.type, s.start + base, s.end + base);
}

const NONE_SET_APART: readonly SetApart[] = [];

function collectSetApart(node: Nodes | RootContent, out: SetApart[]): void {
  if (node.type === 'blockquote' || node.type === 'code') {
    out.push({ type: node.type, start: startOf(node), end: endOf(node) });
    return;
  }
  // Only containers of blocks hold blocks; a paragraph's or a table's children are inline.
  if (node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
    for (const child of node.children as RootContent[]) collectSetApart(child, out);
  }
}
