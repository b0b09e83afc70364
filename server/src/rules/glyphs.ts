// FMT-GLYPH: a character the PDF export cannot print. Amiri, the font the PDF embeds (for Arabic
// as much as Latin), has no glyph for a few symbols lawyers paste (≤, →, ✓, ☐, ẞ); the export
// draws what it can from its parts (core/glyphs.ts) and an empty box for the rest. Said once per
// character, at its first place, with how often it occurs.
import type { Nodes } from 'mdast';
import type { Span } from '../vocabulary';
import { unprintable } from '../core/glyphs';
import { endOf, startOf } from '../core/nodes';
import { maskComments } from '../core/text';
import { report, type Check, type CheckContext } from './finding';

export const unprintableCharacters: Check = {
  name: 'characters the PDF cannot print',
  rules: ['FMT-GLYPH'],
  run: checkGlyphs,
};

type Found = { char: string; offset: number; count: number };

/**
 * What a top-level node holds, kept with the node (offsets from its start): the incremental parser
 * reuses a node while its block is unchanged, so a keystroke reads again only the node it touched.
 */
const byNode = new WeakMap<Nodes, Found[]>();
let frontmatterSeen: { text: string; found: Found[] } | undefined;

function checkGlyphs(ctx: CheckContext): void {
  const { sub } = ctx;
  const all = new Map<string, { span: Span; count: number }>();
  const add = (found: readonly Found[], base: number) => {
    for (const f of found) {
      const known = all.get(f.char);
      if (known) known.count += f.count;
      else all.set(f.char, { span: { start: base + f.offset, end: base + f.offset + f.char.length }, count: f.count });
    }
  };
  const fm = sub.frontmatter;
  if (fm) {
    const text = sub.source.slice(fm.content.start, fm.content.end);
    if (frontmatterSeen?.text !== text) frontmatterSeen = { text, found: unprintable(maskYamlComments(text)) };
    add(frontmatterSeen.found, fm.content.start);
  }
  for (const node of sub.tree.children as Nodes[]) {
    // HTML and comments are not printed.
    if (node.type === 'html' || node.type === 'yaml') continue;
    let found = byNode.get(node);
    if (!found) {
      found = unprintable(maskComments(sub.source.slice(startOf(node), endOf(node))));
      byNode.set(node, found);
    }
    add(found, startOf(node));
  }
  for (const [char, { span, count }] of all) {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    // A letter is most often part of a name, which must not be changed: the advice differs.
    const letter = /\p{L}/u.test(char);
    report(ctx, 'FMT-GLYPH', span, letter ? 'glyph.missingLetter' : count > 1 ? 'glyph.missingMany' : 'glyph.missing', { char, code, count });
  }
}

/** YAML comments are not printed: blanked out, offsets kept. */
function maskYamlComments(text: string): string {
  return text.replace(/(^|\s)#[^\n]*/g, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
}
