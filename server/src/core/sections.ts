// Recognises section headings by name, in any of the four languages, and finds what lies under each.
import type { SectionId, Span } from '../vocabulary';
import type { Root, RootContent } from 'mdast';
import { SECTIONS } from '../data/sections';
import { endOf, startOf, textOf } from './nodes';
import type { Heading, Section } from './model';
import { NodeValues } from './nodeValues';
import { fold, PLACEHOLDER, westernDigits } from './text';

// Leading numbering a lawyer may put before a heading, matched after fold(): "1.", "1.2.", "A.",
// "IV.", "(a)", "3)", "1 ", "Part 2 -" / "Partie 2 :" / "Parte 2 -", and Arabic ordinal adverbs
// "أولاً:" .. "عاشراً:" (hamza and tanwin are folded away). A dash after the numbering, in any
// spacing, is part of it: "II.-" (Spanish usage), "I. -", "III. –", "1. —", "1) –", "1 - ", "1-".
const ARABIC_ORDINALS = 'اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا';
// Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus.
const DASH = '[-\u2010-\u2015\u2212]';
const NUMBERING = new RegExp(
  [
    '^(?:',
    `(?:\\(?(?:\\d+(?:\\.\\d+)*|[ivxlcdm]+|[a-z])[.)](?:\\s*${DASH}\\s*|\\s+|$))`,
    `|\\d+(?:\\.\\d+)*(?:\\s*${DASH}\\s*|\\s+(?::\\s+)?)`,
    `|(?:part|partie|parte)\\s+(?:\\d+|[ivxlcdm]+|[a-z])\\s*(?:${DASH}|[:.])\\s*`,
    `|(?:[ivxlcdm]+|[a-z])\\s+${DASH}\\s+`,
    `|(?:${ARABIC_ORDINALS})\\s*(?:[:：]|${DASH})?\\s*`,
    ')+',
  ].join(''),
);
const TRAILING = /[\s:：.،;-]+$/;

export function normalizeHeading(text: string): string {
  return fold(westernDigits(text)).replace(NUMBERING, '').replace(TRAILING, '').trim();
}

const NAME_INDEX: ReadonlyMap<string, SectionId> = (() => {
  const index = new Map<string, SectionId>();
  for (const def of SECTIONS) {
    for (const names of Object.values(def.names)) {
      for (const name of names) {
        const key = normalizeHeading(name);
        if (!index.has(key)) index.set(key, def.id);
      }
    }
  }
  return index;
})();

export function sectionOfHeading(text: string): SectionId | undefined {
  return NAME_INDEX.get(normalizeHeading(text));
}

/**
 * What a heading says (its level, its words and the section they name), worked out again only for
 * the nodes a keystroke changed (core/nodeValues.ts); undefined for any other node, told apart
 * without reading it. Folding and matching every heading's name came to 0.4 ms a keystroke at
 * 1 MB; looking every node up in a WeakMap instead, to 0.3 ms.
 */
const named = new NodeValues<{ depth: Heading['depth']; text: string; section: SectionId | undefined } | undefined, undefined>((node) => {
  if (node.type !== 'heading') return undefined;
  const text = textOf(node).trim();
  return { depth: node.depth, text, section: sectionOfHeading(text) };
});

/** The headings from `from` on; `lineage` (Submission.lineage) lets a version reuse the last one's work. */
export function collectHeadings(tree: Root, from: number, lineage?: object): Heading[] {
  const headings: Heading[] = [];
  const nodes = tree.children;
  const values = named.of(nodes, lineage, undefined);
  for (let i = 0; i < nodes.length; i++) {
    const heading = values[i];
    if (!heading) continue;
    const start = startOf(nodes[i]);
    if (start < from) continue;
    headings.push({ depth: heading.depth, text: heading.text, span: { start, end: endOf(nodes[i]) }, section: heading.section });
  }
  return headings;
}

/**
 * A section runs from its heading to the next heading of the same or a higher level, so that
 * sub-headings ("1. Article 3") belong to the section above them. Linear in the number of headings
 * and top-level nodes: a pasted document may hold tens of thousands of headings.
 */
export function collectSections(tree: Root, headings: readonly Heading[], textEnd: number): Section[] {
  const next = nextNotDeeper(headings);
  // recognised[j]: how many of headings[0..j) name a section, to ask "any recognised between?" at once.
  const recognised = [0];
  for (const h of headings) recognised.push(recognised[recognised.length - 1] + (h.section ? 1 : 0));
  const sections: Section[] = [];
  headings.forEach((heading, i) => {
    if (!heading.section) return;
    const end = next[i] < headings.length ? headings[next[i]].span.start : textEnd;
    // A recognised heading that holds other recognised sections is a title ("# Request"), not a section.
    if (recognised[next[i]] - recognised[i + 1] > 0) {
      heading.section = undefined;
      return;
    }
    const body: Span = { start: heading.span.end, end };
    sections.push({ id: heading.section, heading, span: { start: heading.span.start, end }, body, empty: isEmptyBody(tree, body) });
  });
  return sections;
}

/** For each heading, the index of the next heading of the same or a higher level (headings.length when none). */
function nextNotDeeper(headings: readonly Heading[]): number[] {
  const next = new Array<number>(headings.length);
  const open: number[] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    while (open.length && headings[open[open.length - 1]].depth > headings[i].depth) open.pop();
    next[i] = open.length ? open[open.length - 1] : headings.length;
    open.push(i);
  }
  return next;
}

/** Empty: nothing but headings, comments, whitespace and template placeholders. */
function isEmptyBody(tree: Root, body: Span): boolean {
  const nodes = tree.children;
  for (let i = firstStartingAt(nodes, body.start); i < nodes.length; i++) {
    if (startOf(nodes[i]) >= body.end) break;
    if (hasProse(nodes[i])) return false;
  }
  return true;
}

/** Index of the first node that starts at or after `offset` (top-level nodes are in document order). */
function firstStartingAt(nodes: readonly RootContent[], offset: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(nodes[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasProse(node: RootContent): boolean {
  if (node.type === 'heading' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') return false;
  if (node.type === 'table') return true;
  // Kept with the node (reused while its block is unchanged): a section's first paragraph or list
  // was flattened to text at every keystroke.
  let prose = proseByNode.get(node);
  if (prose === undefined) proseByNode.set(node, (prose = LETTER_OR_DIGIT.test(textOf(node).replace(PLACEHOLDER, ''))));
  return prose;
}

const proseByNode = new WeakMap<object, boolean>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
