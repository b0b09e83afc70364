// FMT-GLYPH: a character the PDF export cannot print. Amiri, the font the PDF embeds (for Arabic
// as much as Latin), has no glyph for a few symbols lawyers paste (≤, →, ✓, ☐, ẞ); the export
// draws what it can from its parts (core/glyphs.ts) and an empty box for the rest. Said once per
// character, at its first place, with how often it occurs.
import type { Span } from '../vocabulary';
import { unprintable } from '../core/glyphs';
import { endOf, startOf } from '../core/nodes';
import { NodeValues } from '../core/nodeValues';
import { maskComments } from '../core/text';
import { report, type Check, type CheckContext } from './finding';

export const unprintableCharacters: Check = {
  name: 'characters the PDF cannot print',
  rules: ['FMT-GLYPH'],
  run: checkGlyphs,
};

type Found = { char: string; offset: number; count: number };

/** Nothing found: one array for every node without such a character, most of a draft's. */
const NONE: readonly Found[] = [];

/**
 * What each top-level node holds (offsets from its start), worked out again only for the nodes a
 * keystroke changed (core/nodeValues.ts). HTML and comments are not printed.
 */
const byNode = new NodeValues<readonly Found[]>((node, sub) => {
  if (node.type === 'html' || node.type === 'yaml') return NONE;
  const found = unprintable(maskComments(sub.source.slice(startOf(node), endOf(node))));
  return found.length ? found : NONE;
});
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
  const found = byNode.of(sub.tree.children, sub.lineage, sub);
  const nodes = sub.tree.children;
  // Only the nodes that hold one are read (their position): telling NONE apart reads nothing.
  for (let i = 0; i < found.length; i++) if (found[i] !== NONE) add(found[i], startOf(nodes[i]));
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
