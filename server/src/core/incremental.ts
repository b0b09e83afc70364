// Incremental Markdown parsing for long submissions: the document is cut into blocks at top-level
// boundaries (ATX headings, and some paragraphs that follow a blank line), each block's parse is
// cached by its content, and only the blocks an edit touched are parsed again; the others are
// reused, their positions relative to the block (anchoredPoints.ts) so that moving one costs
// nothing. The merged tree is exactly what parseMarkdown gives for the whole text
// (test/unit/incremental*.test.ts compares both on every fixture and on random edits).
//
// Why a cut is safe, and how it is checked rather than assumed:
// - A block [s, e) is parsed together with the first line L of the next block. The cut at e is
//   accepted only if, in that parse, a top-level node starts exactly at L: then every container
//   and leaf block of [s, e) (fenced code, HTML block, list, block quote, table, paragraph) is
//   closed before L, the parser is back at the document level, and what follows parses the same
//   on its own. A cut that fails (a '#' line inside a fence, an unclosed HTML comment) is dropped
//   and the block grows (doubling, so a long fence costs a few parses, not one per line).
// - A cut may also fall between two items of a top-level list (a list marker at column 0 after a
//   blank line): it is accepted only if, in the same parse, the last top-level node is a list whose
//   last item starts exactly at L. The item closed everything before it, and an item's content
//   depends only on its own first line (its marker and indent), so the part from L parses on its
//   own into a list of the same items; the two parts' lists are joined into one node when the tree
//   is assembled (children concatenated, the list loose if either part is). Every item is a
//   possible cut where an edit falls, so a keystroke in a long numbered list re-parses one numbered
//   paragraph, not the whole list.
// - A node starting at L is not always what L gives on its own: micromark keeps indented code open
//   across blank lines, so after it `3. x` or `<span>` cannot interrupt and makes a paragraph, where
//   on its own it starts a list or an HTML block. A cut before a paragraph whose first character
//   could start such a construct is refused.
// - Frontmatter exists only at the very start: the first block always starts at 0, no cut is tried
//   inside the frontmatter, and a first block that starts with `---` but holds no YAML node is
//   rejected while a closing fence may still follow.
// - Link reference definitions and footnote definitions are document-wide: `[x]` is a link only
//   if `[x]: url` exists anywhere. Each block is parsed with the definitions of other blocks it may
//   refer to (labels in brackets in its text) written before it (after it, for the first block),
//   and the cache key includes them, so adding or renaming a definition re-parses exactly the
//   blocks that mention its label.
// - Cheap text scans (fences, HTML blocks) only choose where to try cuts; correctness never rests
//   on them.
import type { List, ListItem, Root, RootContent } from 'mdast';
import { anchor, anchoredPoint, reanchored, type Anchorable, type AnchoredPoint, type Base } from './anchoredPoints';
import { parseMarkdown } from './markdown';
import { startOf } from './nodes';
import type { Source } from './source';
import { detach, lineOf } from './text';

/**
 * Line starts that may begin a block, cheap to find and almost always accepted: every ATX heading;
 * after a blank line, every paragraph and list item inside [fine.from, fine.to] (small blocks where
 * an edit is being typed), and elsewhere about one paragraph in four. A cold open thus parses a
 * numbered list as one block: more, smaller blocks cost it time and peak memory (parser start-ups).
 * Lines after `until` are not looked at.
 */
export function candidateCuts(text: Source, lineStarts: readonly number[], from: number, fine?: { from: number; to: number }, until = text.length): number[] {
  const cuts: number[] = [];
  let fence: { char: number; length: number } | undefined;
  let html: RegExp | 'blank' | undefined;
  let previousBlank = true;
  for (let i = lineOf(lineStarts, from); i < lineStarts.length; i++) {
    const start = lineStarts[i];
    if (start >= text.length || start > until) break;
    if (start < from) continue;
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    const first = text.charCodeAt(start);
    const blank = isBlankLine(text, start, end);
    if (fence) {
      if (closesFence(text, start, end, fence)) fence = undefined;
      previousBlank = blank;
      continue;
    }
    if (html) {
      if (html === 'blank' ? blank : html.test(text.slice(start, end))) html = undefined;
      previousBlank = blank;
      continue;
    }
    if (!blank && start > 0) {
      if (first === 35 /* # */) {
        if (isAtxHeading(text, start, end)) cuts.push(start);
      } else if (previousBlank) {
        const near = fine !== undefined && start >= fine.from && start <= fine.to;
        if (near ? startsListItem(text, start, end) || startsParagraph(text, start, end) : startsParagraph(text, start, end) && chosen(text, start, end)) cuts.push(start);
      }
    }
    // Containers are ignored on purpose: a line at column 0 closes them; the parse check catches the rest.
    const indent = indentOf(text, start, end);
    if (indent <= 3) {
      const c = text.charCodeAt(start + indent);
      if (c === 96 /* ` */ || c === 126 /* ~ */) fence = opensFence(text, start + indent, end, c);
      else if (c === 60 /* < */) html = opensHtml(text.slice(start + indent, end));
    }
    previousBlank = blank;
  }
  return cuts;
}

function isBlankLine(text: Source, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

function indentOf(text: Source, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i - start;
}

const ATX = /^#{1,6}(?:[ \t\r\n]|$)/;
function isAtxHeading(text: Source, start: number, end: number): boolean {
  return ATX.test(text.slice(start, Math.min(end, start + 8)));
}

// After a blank line, a line at column 0 starts a new top-level block unless it is a list item (a
// cut of its own kind, below), a thematic break or `---` (never a cut: only the first block may
// hold frontmatter), or indented.
const NOT_A_START = /^(?:[-+*]|\d{1,9}[.)](?:[ \t\r\n]|$)|[ \t])/;
function startsParagraph(text: Source, start: number, end: number): boolean {
  return !NOT_A_START.test(text.slice(start, Math.min(end, start + 12)));
}

// A list marker: a new item of the list before it, or the start of a new list.
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t\r\n]|$)/;
function startsListItem(text: Source, start: number, end: number): boolean {
  return LIST_ITEM.test(text.slice(start, Math.min(end, start + 12)));
}

/**
 * Not every paragraph is a cut: about one in four, chosen by the first characters of its line, so
 * that blocks hold a few paragraphs (fewer parser start-ups) and the choice does not move when
 * text is inserted elsewhere (which would make the next blocks miss the cache).
 */
function chosen(text: Source, start: number, end: number): boolean {
  let h = 2166136261;
  const stop = Math.min(end, start + 12);
  for (let i = start; i < stop; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % 4 === 0;
}

function opensFence(text: Source, at: number, end: number, char: number): { char: number; length: number } | undefined {
  let n = 0;
  while (at + n < end && text.charCodeAt(at + n) === char) n++;
  if (n < 3) return undefined;
  // A backtick fence's info string may not contain a backtick (else it is inline code).
  if (char === 96 && text.slice(at + n, end).includes('`')) return undefined;
  return { char, length: n };
}

function closesFence(text: Source, start: number, end: number, fence: { char: number; length: number }): boolean {
  const indent = indentOf(text, start, end);
  if (indent > 3) return false;
  let i = start + indent;
  let n = 0;
  while (i < end && text.charCodeAt(i) === fence.char) {
    i++;
    n++;
  }
  return n >= fence.length && isBlankLine(text, i, end);
}

// CommonMark HTML blocks: types 1-5 end at a marker, 6-7 at a blank line. Erring towards "still
// open" only costs larger blocks.
const HTML_ENDS: [RegExp, RegExp][] = [
  [/^<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![a-z]/i, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
function opensHtml(line: string): RegExp | 'blank' | undefined {
  for (const [start, end] of HTML_ENDS) {
    if (start.test(line)) {
      const rest = line.slice(line.search(start) + 2);
      return end.test(rest) ? undefined : end;
    }
  }
  return /^<\/?[a-z]/i.test(line) ? 'blank' : undefined;
}

// ---------------------------------------------------------------------------------------------
// Definitions (link references and footnotes) across blocks.

/** micromark's normalizeIdentifier. */
function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/** 'l' + id for a link reference definition, 'f' + id for a footnote definition. */
type DefinitionKey = string;

const BRACKETED = /\[(?=((?:[^[\]\\]|\\[\s\S]){0,1000})\])/g;
const CONTAINER_PREFIX = /([\r\n])[ \t]*(?:>[ \t]?)+/g;

/** Every label the block may use as a reference: the content of each innermost bracket pair. */
function referencedLabels(text: string): Set<DefinitionKey> {
  const labels = new Set<DefinitionKey>();
  if (!text.includes(']')) return labels;
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    for (const raw of new Set([m[1], m[1].replace(CONTAINER_PREFIX, '$1')])) {
      labels.add(`l${normalizeIdentifier(raw)}`);
      if (raw.startsWith('^')) labels.add(`f${normalizeIdentifier(raw.slice(1))}`);
    }
  }
  return labels;
}

function collectDefinitions(nodes: readonly RootContent[], into: Set<DefinitionKey>): void {
  for (const node of nodes) {
    if (node.type === 'definition') into.add(`l${normalizeIdentifier(node.identifier)}`);
    else if (node.type === 'footnoteDefinition') into.add(`f${normalizeIdentifier(node.identifier)}`);
    if ('children' in node) collectDefinitions(node.children as RootContent[], into);
  }
}

function definitionSource(key: DefinitionKey): string {
  const id = key.slice(1).toLowerCase();
  return key[0] === 'f' ? `[^${id}]: x\n\n` : `[${id}]: x\n\n`;
}

// ---------------------------------------------------------------------------------------------
// Positions.

/** Moves the plain points of a tree just parsed (before anchor() makes them relative to a block). */
function shiftInPlace(node: Anchorable, offset: number, line: number): void {
  const p = node.position;
  if (p) {
    p.start.line += line;
    p.end.line += line;
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
  }
  if (node.children) for (const c of node.children) shiftInPlace(c as Anchorable, offset, line);
}

function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// The block cache.

interface Variant {
  nodes: RootContent[];
  /** Where the block starts: its nodes' points read it (anchoredPoints.ts), and move when it is written. */
  base: Base;
  /** The last parse whose tree holds these nodes. */
  generation?: number;
  /** The same block's nodes for its next occurrence in the text, if it occurs again. */
  twin?: Variant;
  /** On the first occurrence's variant: the occurrence placed last in its generation's parse. */
  latest?: Variant;
}

/** Copies of nodes placed at `base`. */
function placed(nodes: readonly RootContent[], base: Base): Variant {
  return { nodes: nodes.map((n) => reanchored(n as Anchorable, base) as RootContent), base };
}

interface BlockEntry {
  /** The cut after the block is sound (always true for the last block). */
  valid: boolean;
  /** No cut is sound: parse the whole text at once. */
  whole: boolean;
  /** The cut after the block falls between two items of a list: its last node joins the next block's first. */
  continuesList: boolean;
  /** Definitions made inside the block. */
  definitions: ReadonlySet<DefinitionKey>;
  /** Labels the block may refer to (computed only when the document has definitions). */
  references?: Set<DefinitionKey>;
  /**
   * The parse with no definition from outside the block (nearly every block's only one), kept
   * apart from the others: read for every block at every keystroke, a field is one memory load
   * where a map is three (the map, its table, the entry).
   */
  plain?: Variant;
  /** Parses by the set of outside definitions written around the block (those the block refers to). */
  variants?: Map<string, Variant>;
  /** The block's own text, for the label scan: a view on its key in the cache, not another copy. */
  text: string;
  generation: number;
}

interface Join {
  pieces: List[];
  list: List;
  /** Its index among the tree's children. */
  at: number;
}

/**
 * What the last parse's second pass made: the tree's children, in order, and for each block the
 * number of children before it when no list runs on into it from the block before (-1 otherwise).
 */
interface Assembly {
  blocks: readonly Block[];
  children: readonly RootContent[];
  cuts: Int32Array;
  /** The parse's definitions from other blocks were none (its blocks' plain variants were used). */
  plain: boolean;
}

interface Block {
  start: number;
  end: number;
  /** End of the first line of the next block (= end for the last block). */
  nextEnd: number;
  entry: BlockEntry;
  /**
   * The line it starts on (0-based), once known: a block kept before an edit keeps it, one after
   * it adds the lines the edit added, so the pass over every block looks up only new ones.
   */
  line?: number;
}

export interface IncrementalStats {
  /** Blocks in the document. */
  blocks: number;
  /** Blocks parsed for this version (cache misses, including rejected cuts). */
  parsed: number;
  /** Characters handed to the Markdown parser for this version. */
  parsedChars: number;
  /** Blocks taken from a block of the last parse instead of parsed (derivedBlock). */
  derived: number;
  /** Blocks the second pass visited to place their nodes (the others' nodes were taken as they were). */
  placed: number;
}

// Lines that start a list or an HTML block on their own, but not while micromark still considers
// the block before them open: after indented code and a blank line, `3. x`, `-` or `<span>` is a
// paragraph. A cut before a paragraph with such a first line is refused; `[` too, to be safe with
// definitions and footnotes (seen to interrupt, but not proven for every form).
const MAY_NOT_INTERRUPT = /^[-+*<[0-9]/;

/** Largest stretch re-parsed with a cut at every paragraph and list item (see unchangedBlocks). */
const FINE_CUTS_MAX = 16_384;

/** The parse of a block by the outside definitions it is given ('' for none). */
function variantOf(entry: BlockEntry, sig: string): Variant | undefined {
  return sig === '' ? entry.plain : entry.variants?.get(sig);
}

function setVariant(entry: BlockEntry, sig: string, variant: Variant): void {
  if (sig === '') entry.plain = variant;
  else (entry.variants ??= new Map()).set(sig, variant);
}

/** No definitions made in a block (nearly every block): one set for all, never added to. */
const NO_DEFINITIONS: ReadonlySet<DefinitionKey> = new Set();

/** No definitions from outside a block (most documents have none): one array for every block. */
const NO_LABELS: readonly DefinitionKey[] = [];

const FRONTMATTER_OPEN = /^\uFEFF?---[ \t]*(?:\r?\n|\r|$)/;

/**
 * Parses Markdown the way parseMarkdown does, reusing the blocks of earlier versions. One instance
 * per document; not shared between documents (it would work, but memory is kept per instance).
 */
export class IncrementalMarkdown {
  /**
   * @param recycle Move reused nodes (write their block's Base) instead of copying them: far
   *   cheaper, but a tree returned earlier then has wrong positions. Only for a caller that keeps
   *   nothing but the latest result (the server's AnalysisCache).
   */
  constructor(private readonly recycle = false) {}

  private entries = new Map<string, BlockEntry>();
  private generation = 0;
  /** Generation of the last parse that ran to the end (an abandoned one leaves its blocks cached). */
  private completed = 0;
  private previous: { text: Source; blocks: Block[]; lines: number } | undefined;
  /** The lists the last complete parse joined, by their first piece. */
  private joins = new Map<List, Join>();
  /** First occurrences' variants of blocks placed more than once (Variant.twin), to trim their copies. */
  private readonly repeated = new Set<Variant>();
  /** The last complete parse's second pass, for the next one to take its first blocks' children from. */
  private assembly: Assembly | undefined;
  /**
   * The generation of the last second pass that went over every block: a variant whose generation
   * is lower is placed nowhere in the tree (those of the blocks a pass took unvisited keep the
   * generation they had).
   */
  private visitedAllFrom = 0;
  stats: IncrementalStats = { blocks: 0, parsed: 0, parsedChars: 0, derived: 0, placed: 0 };

  /** The whole tree at once. */
  parse(text: Source, lineStarts: readonly number[], from = 0, diff?: TextDiff): Root {
    const steps = this.steps(text, lineStarts, from, diff);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /**
   * The same, as a generator that pauses after each block it had to parse, so that a caller can
   * yield to the event loop and give up when a newer version arrived. Blocks parsed before giving
   * up stay cached.
   * @param from where cuts may begin (the end of the frontmatter); 0 when there is none.
   * @param refine cut the stretch `diff` marks at every paragraph and list item whatever its length
   *   (for refining the coarse blocks of a cold open while the editor is idle).
   */
  *steps(text: Source, lineStarts: readonly number[], from = 0, diff?: TextDiff, refine = false): Generator<void, Root, void> {
    const generation = ++this.generation;
    this.stats = { blocks: 0, parsed: 0, parsedChars: 0, derived: 0, placed: 0 };
    const { kept: unchanged, redo, edit } = this.unchangedBlocks(text, diff, refine ? Infinity : FINE_CUTS_MAX);
    const previousBlocks = unchanged.blocks;
    // Lines before the edit are the same; every line after it moved by as many as it added.
    const addedLines = this.previous ? lineStarts.length - this.previous.lines : 0;
    let before = 0;
    let after = unchanged.after;
    if (edit) this.deriveTypedBlock(text, lineStarts, edit);
    // Where the last parse's blocks may hold the text of a block about to be parsed (derivedBlock).
    const earlier: Earlier | undefined = this.previous && edit ? { old: this.previous.text, blocks: previousBlocks, edit, delta: unchanged.delta } : undefined;
    // Cuts are needed only where blocks are not kept: between the blocks an edit left alone, when
    // it is known, else everywhere. A block that grows past that stretch asks for the rest.
    const regional = redo !== undefined && redo.to < text.length;
    let cuts = regional ? candidateCuts(text, lineStarts, Math.max(from, redo.from), redo, redo.to) : candidateCuts(text, lineStarts, from, redo);
    let complete = !regional;
    const blocks: Block[] = [];
    let start = 0;
    let ci = 0;
    /** Index in `blocks` of the first block kept from after the edit (-1: none). */
    let firstAfter = -1;
    while (start < text.length) {
      // Blocks before and after the edited range are known without looking at their text again.
      if (before < unchanged.before && previousBlocks[before].start === start) {
        const kept = previousBlocks[before++];
        kept.entry.generation = generation;
        blocks.push(kept);
        start = kept.end;
        continue;
      }
      while (after < previousBlocks.length && previousBlocks[after].start + unchanged.delta < start) after++;
      if (after < previousBlocks.length && previousBlocks[after].start + unchanged.delta === start) {
        // Moved in place: blocks are this parser's own, and the last parse's are read no more once
        // the blocks after the edit begin (they run to the end, and nothing is parsed among them).
        // A new object each was ~1,450 allocations a keystroke at 1 MB.
        const kept = previousBlocks[after++];
        if (firstAfter < 0) firstAfter = blocks.length;
        kept.entry.generation = generation;
        kept.start = start;
        kept.end += unchanged.delta;
        kept.nextEnd += unchanged.delta;
        if (kept.line !== undefined) kept.line += addedLines;
        blocks.push(kept);
        start = kept.end;
        continue;
      }
      while (ci < cuts.length && cuts[ci] <= start) ci++;
      let span = 1;
      for (;;) {
        if (!complete && ci + span - 1 >= cuts.length) {
          cuts = candidateCuts(text, lineStarts, from, redo);
          complete = true;
          ci = 0;
          while (ci < cuts.length && cuts[ci] <= start) ci++;
          span = 1;
        }
        const last = ci + span - 1 >= cuts.length;
        const end = last ? text.length : cuts[ci + span - 1];
        const nextEnd = last ? end : lineEndAfter(lineStarts, text, end);
        const next = text.slice(end, nextEnd);
        const key = blockKey(start, text.slice(start, end), next);
        let entry = this.entries.get(key);
        if (!entry) {
          const stored = detach(key);
          const own = bodyOfKey(stored, end - start);
          entry = (earlier && this.derivedBlock(text, start, end, nextEnd, lineStarts, earlier, own)) || this.parseBlock(text, start, end, next, lineStarts, own);
          this.entries.set(stored, entry);
          yield;
        }
        entry.generation = generation;
        if (entry.valid || last) {
          blocks.push({ start, end, nextEnd, entry });
          start = end;
          ci += span;
          break;
        }
        span = entry.whole ? cuts.length + 1 : span * 2;
      }
    }

    // The blocks of this text from now on, even if this parse is given up in the loop below (at a
    // block parsed with outside definitions): the last text's blocks were moved in place above.
    this.previous = { text, blocks, lines: lineStarts.length };

    // Definitions made anywhere; blocks that mention one defined elsewhere are parsed with it.
    const definitions = new Set<DefinitionKey>();
    // Indexed loops over the blocks: in a generator V8 makes an iterator result per element of a
    // for…of (two loops of ~2,900 blocks per keystroke at 1 MB); and most blocks define nothing.
    for (let k = 0; k < blocks.length; k++) {
      const own = blocks[k].entry.definitions;
      if (own.size) for (const d of own) definitions.add(d);
    }

    // The blocks before the edit are the last parse's, in place, with the same nodes: their children
    // are taken as they were (takenBefore), and the pass starts after them.
    const takenBefore = this.childrenToTake(blocks, before, firstAfter < 0 ? blocks.length : firstAfter, definitions.size === 0, previousBlocks);
    const childCuts = new Int32Array(blocks.length + 1);
    const children: RootContent[] = takenBefore ? this.assembly!.children.slice(0, takenBefore.children) : [];
    if (takenBefore) {
      childCuts.set(this.assembly!.cuts.subarray(0, takenBefore.blocks));
      this.placeRepeatedBefore(takenBefore.blocks < blocks.length ? blocks[takenBefore.blocks].start : text.length, generation);
    } else this.visitedAllFrom = generation;
    let open = false;
    // The pieces of one list cut at block ends, joined once the list ends (joinedList).
    let pieces: List[] | undefined;
    const joins = new Map<List, Join>();
    if (takenBefore) this.joins.forEach((join, first) => join.at < takenBefore.children && joins.set(first, join));
    const finish = () => {
      if (pieces) children.push(this.joinedList(pieces, joins, children.length));
      pieces = undefined;
    };
    for (let k = takenBefore ? takenBefore.blocks : 0; k < blocks.length; k++) {
      const b = blocks[k];
      const outside = definitions.size ? this.outsideDefinitions(b.entry, definitions) : NO_LABELS;
      const sig = outside === NO_LABELS ? '' : outside.join('\u0000');
      const line = (b.line ??= lineOf(lineStarts, b.start));
      let variant = variantOf(b.entry, sig);
      if (!variant) {
        variant = this.parseVariant(text, b, outside, { offset: b.start, line });
        setVariant(b.entry, sig, variant);
        yield;
      } else {
        // A block whose text occurs more than once (a quotation repeated) is one entry, and its
        // nodes can stand at one place only: each further occurrence has its own copy, kept
        // from one parse to the next (Variant.twin) so that its nodes stay the same objects,
        // as the checks that keep what they found with a node expect.
        const head = variant;
        let owner: Variant | undefined;
        // Placed already in this parse: the copy after the one placed last (not a walk down the
        // chain, which made a text of 20,000 identical sections quadratic).
        if (head.generation === generation) {
          owner = head.latest ?? head;
          variant = owner.twin ??= placed(head.nodes, { offset: b.start, line });
          this.repeated.add(head);
        }
        if (variant.base.offset !== b.start || variant.base.line !== line) {
          if (this.recycle) {
            variant.base.offset = b.start;
            variant.base.line = line;
          } else {
            variant = { ...placed(variant.nodes, { offset: b.start, line }), twin: variant.twin };
            if (owner) owner.twin = variant;
            else setVariant(b.entry, sig, variant);
          }
        }
        (owner ? head : variant).latest = variant;
      }
      variant.generation = generation;
      const nodes = variant.nodes;
      let i = 0;
      if (open && nodes[0]?.type === 'list' && (pieces || children[children.length - 1]?.type === 'list')) {
        pieces ??= [children.pop() as List];
        pieces.push(nodes[i++] as List);
      } else finish();
      childCuts[k] = open ? -1 : children.length;
      // Nodes after the list's last piece: the list ends in this block.
      if (i < nodes.length) finish();
      for (; i < nodes.length; i++) children.push(nodes[i]);
      open = b.entry.continuesList;
    }
    finish();
    childCuts[blocks.length] = children.length;
    this.stats.placed = blocks.length - (takenBefore?.blocks ?? 0);
    this.joins = joins;
    this.assembly = { blocks, children, cuts: childCuts, plain: definitions.size === 0 };
    this.stats.blocks = blocks.length;

    // Entries used neither now nor by the last complete parse go (undo and redo stay cheap).
    // forEach, not for…of: an iterator result and a [key, entry] pair per entry, ~2,900 at 1 MB, per keystroke.
    const { completed, entries } = this;
    entries.forEach((entry, key) => {
      if (entry.generation < completed) entries.delete(key);
    });
    // Copies beyond the occurrences this parse placed go: a passage pasted many times and deleted
    // again would otherwise keep them for as long as one occurrence stays.
    this.repeated.forEach((head) => {
      if (head.generation === generation) (head.latest ?? head).twin = undefined;
      if (!head.twin || (head.generation ?? 0) < completed) this.repeated.delete(head);
    });
    this.completed = generation;

    return rootOf(text, lineStarts, children);
  }

  /**
   * Blocks of the last complete parse (`blocks`) that lie wholly (with the line after them) in the
   * text an edit left alone: the first `before` of them, and those from `after` on, `delta`
   * further in the new text (each a run: blocks are in order); and the stretch between them that
   * must be parsed again when it is short enough for a cut at every paragraph and list item (a keystroke then
   * re-parses one of them; a cold open or a long paste gets the coarser cuts). The common prefix
   * and suffix of the two versions are found by comparing the texts, far cheaper than hashing
   * every block. Indices, not a map of blocks: a keystroke at 1 MB kept ~2,900 blocks this way.
   */
  private unchangedBlocks(text: Source, hint: TextDiff | undefined, fineMax: number): { kept: { blocks: readonly Block[]; before: number; after: number; delta: number }; redo?: { from: number; to: number }; edit?: TextDiff } {
    const previous = this.previous;
    if (!previous) return { kept: { blocks: [], before: 0, after: 0, delta: 0 } };
    const old = previous.text;
    const edit = hint?.previous === old ? hint : diffTexts(old, text);
    const { prefix, suffix } = edit;
    const delta = text.length - old.length;
    const blocks = previous.blocks;
    // The block and the whole line after it (up to its line break) are untouched; the last block
    // is not kept this way, since text added after it makes its end a cut that was never checked.
    let before = 0;
    while (before < blocks.length) {
      const b = blocks[before];
      if (!(b.end < old.length && (b.nextEnd < prefix || (b.nextEnd === prefix && old.charCodeAt(prefix - 1) === 10)))) break;
      before++;
    }
    // Strictly after the edit: text inserted right at a block's start belongs to that block, which
    // is then no longer what was parsed (and its moved start would not be a line start).
    let after = blocks.length;
    while (after > before && blocks[after - 1].start > 0 && blocks[after - 1].start > old.length - suffix) after--;
    const from = before > 0 ? blocks[before - 1].end : 0;
    const to = after < blocks.length ? blocks[after].start + delta : text.length;
    return { kept: { blocks, before, after, delta }, redo: to - from <= fineMax ? { from, to } : undefined, edit };
  }

  /**
   * Letters typed inside a word of plain prose, or at its end before a space or a line break,
   * change one text node and the positions after it, nothing else. Such a word (letters, digits,
   * `'`, `,`, `;`, `-`) cannot become an autolink literal (those need '.', ':' or '@'); emphasis
   * needs its delimiter next to the letters, which neither neighbour of the edit is; code, HTML,
   * references, entities and escapes need characters the block may not hold at all. For such an edit
   * the block's entry is derived from the previous one instead of parsed: its nodes copied with
   * the text node's value and the positions after the edit updated. Anything less certain is
   * left to the parser. `test/unit/incremental.test.ts` compares the result with a full parse.
   */
  private deriveTypedBlock(text: Source, lineStarts: readonly number[], diff: TextDiff): void {
    const previous = this.previous;
    if (!previous) return;
    const old = previous.text;
    const at = diff.prefix;
    const inserted = text.length - old.length;
    if (inserted <= 0 || inserted > 16 || old.length - diff.prefix - diff.suffix !== 0) return;
    const typed = text.slice(at, at + inserted);
    if (!typedInProse(old, at, typed)) return;
    // The words on either side of the edit: letters, digits and a few marks that start nothing.
    let ws = at;
    while (ws > 0 && !/\s/.test(old.charAt(ws - 1))) ws--;
    let we = at;
    while (we < old.length && !/\s/.test(old.charAt(we))) we++;
    if ((ws < at && !PLAIN_WORD.test(old.slice(ws, at))) || (at < we && !PLAIN_WORD.test(old.slice(at, we)))) return;
    // By halving, not a walk from the first block (~2,850 at 1 MB): blocks tile the text in order.
    const holder = blockHolding(previous.blocks, ws);
    const block = holder && holder.start < ws && we < holder.end ? holder : undefined;
    if (!block || !block.entry.valid || block.entry.variants?.size) return;
    const variant = block.entry.plain;
    if (!variant || variant.generation === undefined) return;
    const body = old.slice(block.start, block.end);
    if (/[[\]<&\\`]/.test(body)) return;
    const next = old.slice(block.end, block.nextEnd);
    const newBody = text.slice(block.start, block.end + inserted);
    const key = blockKey(block.start, newBody, next);
    if (this.entries.has(key)) return;
    // Positions in the cached nodes are those of the variant's base; the edit in those terms:
    const off = at - block.start + variant.base.offset;
    const line = lineOf(lineStarts, at) + 1 - lineOf(lineStarts, block.start) + variant.base.line;
    const base: Base = { offset: variant.base.offset, line: variant.base.line };
    const nodes = deriveNodes(variant.nodes, off, line, typed, old, variant.base.offset - block.start, base);
    if (!nodes) return;
    const stored = detach(key);
    const entry: BlockEntry = {
      valid: true,
      whole: false,
      continuesList: block.entry.continuesList,
      definitions: block.entry.definitions,
      plain: { nodes, base },
      text: bodyOfKey(stored, newBody.length),
      generation: this.generation,
    };
    this.entries.set(stored, entry);
  }

  /**
   * One list made of the pieces of a list cut between items at block ends. When a keystroke left
   * every piece as it was (the same nodes, positions moved with their blocks), the list the last parse
   * made of them is given again: what the checks keep with a list node (rules/glyphs.ts,
   * core/paragraphs.ts) is then found instead of computed again for every list at every keystroke.
   */
  private joinedList(pieces: List[], joins: Map<List, Join>, at: number): List {
    const previous = this.joins.get(pieces[0]);
    const same = previous && previous.pieces.length === pieces.length && previous.pieces.every((p, i) => p === pieces[i]);
    const list = same ? previous.list : joinLists(pieces);
    joins.set(pieces[0], { pieces, list, at });
    return list;
  }

  /**
   * How many of the first blocks (and of the tree's children) the second pass may take from the
   * last one without visiting them: blocks[0, before) are the last parse's first blocks, in place
   * (loop 1), and their nodes are those the last pass placed, where it placed them, when
   * - the parser moves nodes in place (recycling: copies would replace a repeated block's
   *   variants, which placeRepeatedBefore reads), that pass ran to its end over the same blocks
   *   array, and neither pass used definitions made in other blocks (each block's plain variant);
   * - no block between them and the blocks kept after the edit takes a variant that may stand in
   *   the tree already (placed since the last pass that visited every block): its nodes would then
   *   be at two places. Such a block (a paragraph pasted again, an undo) gets a full pass.
   * The cut falls where no list runs on from the block before. Undefined: visit every block.
   */
  private childrenToTake(blocks: readonly Block[], before: number, firstAfter: number, plain: boolean, previousBlocks: readonly Block[]): { blocks: number; children: number } | undefined {
    const last = this.assembly;
    if (!this.recycle || !last || !plain || !last.plain || last.blocks !== previousBlocks) return undefined;
    for (let k = before; k < firstAfter; k++) {
      const placed = blocks[k].entry.plain?.generation;
      if (placed !== undefined && placed >= this.visitedAllFrom) return undefined;
    }
    let k = before;
    while (k > 0 && last.cuts[k] < 0) k--;
    return k > 0 ? { blocks: k, children: last.cuts[k] } : undefined;
  }

  /**
   * A block placed more than once takes the next copy of its nodes at each further occurrence
   * (Variant.twin), in document order: for the occurrences of the blocks the pass takes unvisited
   * (those starting before `offset`, which have not moved), the pass starts where visiting them
   * would have left it.
   */
  private placeRepeatedBefore(offset: number, generation: number): void {
    this.repeated.forEach((head) => {
      let last: Variant | undefined;
      for (let v: Variant | undefined = head; v && v.base.offset < offset; v = v.twin) last = v;
      if (!last) return;
      head.generation = generation;
      head.latest = last;
    });
  }

  private outsideDefinitions(entry: BlockEntry, definitions: Set<DefinitionKey>): DefinitionKey[] {
    entry.references ??= referencedLabels(entry.text);
    const out: DefinitionKey[] = [];
    for (const d of definitions) if (!entry.definitions.has(d) && entry.references.has(d)) out.push(d);
    return out.sort();
  }

  /**
   * The entry parseBlock would make for [start, end), taken from the nodes of a block of the last
   * parse that held the same text, the line after it included, when both ends of it are node
   * boundaries there: a top-level node, or an item of a top-level list, starts at `start` and at
   * `end` (or `end` is that block's end). Refining a cold open's coarse blocks, and the first
   * keystroke in one, then parse no paragraph but the edited one (micromark reads about 400
   * characters a millisecond here: 2.9 s to re-cut 1 MB). Sound for the reason a cut is: at a
   * node boundary after a blank line or before a heading, everything before is closed, and what
   * follows reads the same on its own (see the top of this file). The exceptions are left to the
   * parser: a paragraph at either end that may not interrupt (as in parseBlock), a part that
   * mentions a definition made elsewhere in its source block (parsed alone it would not see it),
   * and a byte order mark. A list cut between items becomes a list of those items with the fields
   * micromark gives such a part parsed alone (checkDerivedBlocks compares the two in the tests).
   */
  private derivedBlock(text: Source, start: number, end: number, nextEnd: number, lineStarts: readonly number[], earlier: Earlier, ownText: string): BlockEntry | undefined {
    if (start === 0 || text.charCodeAt(start) === 0xfeff) return undefined;
    const os = earlierOffset(text, start, nextEnd, earlier);
    if (os < 0) return undefined;
    const source = blockHolding(earlier.blocks, os);
    const plain = source?.entry.plain;
    if (!source || !plain || !source.entry.valid || source.entry.whole) return undefined;
    // A text that starts with `---` but holds no frontmatter is read differently throughout.
    if (source.start === 0 && FRONTMATTER_OPEN.test(earlier.old.slice(0, 8)) && plain.nodes[0]?.type !== 'yaml') return undefined;
    const oe = os + (end - start);
    if (oe > source.end) return undefined;
    const nodes = plain.nodes;
    // Offsets within the source block, which its nodes' points are relative to.
    const at = (n: { position?: { start: { offset?: number } } }) => startOf(n) - plain.base.offset;
    // A line that may not interrupt (MAY_NOT_INTERRUPT) is read as what its context makes it: at
    // the start, the text before the part is no longer there; at the end, the parser sees only
    // its first line (a setext heading or a table then reads as a paragraph). Only a list there is
    // a list whatever the context; anything else is left to the parser.
    const contextual = (boundary: Boundary, line: string) => boundary.item === 0 && nodes[boundary.index].type !== 'list' && MAY_NOT_INTERRUPT.test(line);
    const from = boundaryAt(nodes, os - source.start, at);
    if (!from || contextual(from, text.slice(start, start + 1))) return undefined;
    let to: Boundary;
    let continuesList: boolean;
    if (oe === source.end) {
      to = { index: nodes.length, item: 0 };
      continuesList = source.entry.continuesList;
    } else {
      const found = boundaryAt(nodes, oe - source.start, at);
      if (!found) return undefined;
      to = found;
      continuesList = to.item > 0;
      if (contextual(to, text.slice(end, end + 1))) return undefined;
    }
    const first = from.item > 0 ? (nodes[from.index] as List).children[from.item] : nodes[from.index];
    const firstPoint = first.position!.start as AnchoredPoint;
    // The part starts this far into the source block, on this line of it (micromark counts from 1).
    const offset = os - source.start;
    const lines = firstPoint.line - plain.base.line - 1;
    const base: Base = { offset: start, line: lineOf(lineStarts, start) };
    const out: RootContent[] = [];
    const last = to.item > 0 ? to.index : to.index - 1;
    for (let i = from.index; i <= last; i++) {
      const node = nodes[i];
      const lo = i === from.index ? from.item : 0;
      const cutBefore = i === to.index && to.item > 0;
      if (node.type !== 'list' || (lo === 0 && !cutBefore)) {
        out.push(reanchored(node as Anchorable, base, offset, lines) as RootContent);
        continue;
      }
      const hi = cutBefore ? to.item : node.children.length;
      const items = node.children.slice(lo, hi).map((item) => reanchored(item as Anchorable, base, offset, lines) as ListItem);
      // Parsed alone, an ordered part starts at its first item's number.
      let number = node.start;
      if (node.ordered && lo > 0) {
        const digits = /^\d{1,9}/.exec(text.slice(startOf(items[0]), startOf(items[0]) + 9));
        if (!digits) return undefined;
        number = Number.parseInt(digits[0], 10);
      }
      // The list goes on at `end` with its next item: cut here, or after the source block.
      const continues = cutBefore || (i === nodes.length - 1 && continuesList);
      let spread = false;
      for (let k = 0; k + 1 < items.length && !spread; k++) spread = blankLineBetween(text, (items[k].position!.end as AnchoredPoint).offset, startOf(items[k + 1]));
      if (!spread && continues) spread = blankLineBetween(text, (items[items.length - 1].position!.end as AnchoredPoint).offset, end);
      // Parsed alone, a part cut before an item ends with the first line of that item, its line break left out.
      let endPoint: AnchoredPoint;
      if (cutBefore) {
        const contentEnd = lineContentEnd(text, end, nextEnd);
        endPoint = anchoredPoint(base, lineOf(lineStarts, end) + 1, contentEnd - end + 1, contentEnd);
      } else endPoint = (node.position!.end as AnchoredPoint).on(base, offset, lines);
      out.push({
        ...node,
        start: number,
        spread,
        children: items,
        position: { start: items[0].position!.start, end: endPoint },
      });
    }
    // Parsed alone, the part would not see the definitions the rest of its source block makes.
    let definitions = NO_DEFINITIONS;
    if (source.entry.definitions.size) {
      const own = new Set<DefinitionKey>();
      collectDefinitions(out, own);
      const references = referencedLabels(ownText);
      for (const d of source.entry.definitions) if (!own.has(d) && references.has(d)) return undefined;
      if (own.size) definitions = own;
    }
    const entry: BlockEntry = { valid: true, whole: false, continuesList, definitions, plain: { nodes: out, base }, text: ownText, generation: this.generation };
    this.stats.derived++;
    if (derivedChecked) this.checkDerived(text, start, end, nextEnd, lineStarts, entry);
    return entry;
  }

  /** For the tests: the entry derivedBlock made against the one parseBlock makes of the same text. */
  private checkDerived(text: Source, start: number, end: number, nextEnd: number, lineStarts: readonly number[], derived: BlockEntry): void {
    const { parsed: n, parsedChars } = this.stats;
    const parsed = this.parseBlock(text, start, end, text.slice(end, nextEnd), lineStarts, derived.text);
    this.stats.parsed = n;
    this.stats.parsedChars = parsedChars;
    const facts = (e: BlockEntry) => JSON.stringify({ valid: e.valid, whole: e.whole, continuesList: e.continuesList, definitions: [...e.definitions].sort(), nodes: e.plain?.nodes });
    if (facts(parsed) !== facts(derived)) throw new Error(`A block taken from an earlier parse differs from its parse at ${start}–${end}:\n${facts(derived)}\n${facts(parsed)}`);
  }

  /** Parses [start, end) plus the next line, and keeps the result if the cut holds. */
  private parseBlock(text: Source, start: number, end: number, next: string, lineStarts: readonly number[], ownText: string): BlockEntry {
    const body = text.slice(start, end);
    const length = body.length;
    const tree = this.run(body + next, start === 0);
    let valid = next === '';
    let continuesList = false;
    if (!valid) {
      for (let i = tree.children.length - 1; i >= 0; i--) {
        const node = tree.children[i];
        const s = node.position?.start.offset ?? -1;
        if (s === length) valid = node.type !== 'paragraph' || !MAY_NOT_INTERRUPT.test(next);
        else if (s < length && node.type === 'list') valid = continuesList = startOf(node.children[node.children.length - 1]) === length;
        if (s <= length) break;
      }
    }
    // A document that starts with `---` but holds no frontmatter is parsed differently throughout
    // by micromark (footnote definitions become link definitions, for one): only a whole parse is
    // sound then. It is rare (the frontmatter is broken), so it costs what a full parse costs.
    let whole = false;
    if (valid && start === 0 && next !== '' && FRONTMATTER_OPEN.test(body) && !tree.children.some((n) => n.type === 'yaml')) {
      valid = continuesList = false;
      whole = true;
    }
    const nodes = nodesOfBlock(tree, length, continuesList);
    let definitions: ReadonlySet<DefinitionKey> = NO_DEFINITIONS;
    if (body.includes(']:')) collectDefinitions(nodes, (definitions = new Set<DefinitionKey>()));
    let plain: Variant | undefined;
    if (valid) {
      const base: Base = { offset: start, line: lineOf(lineStarts, start) };
      for (const n of nodes) anchor(n as Anchorable, base);
      plain = { nodes, base };
    }
    // The same fields in the same order as deriveTypedBlock's: one shape for the loop over every block.
    const entry: BlockEntry = { valid, whole, continuesList, definitions, plain, text: ownText, generation: this.generation };
    return entry;
  }

  /** The block parsed again with the definitions it refers to from other blocks. */
  private parseVariant(text: Source, b: Block, outside: readonly DefinitionKey[], base: Base): Variant {
    const body = text.slice(b.start, b.end);
    const next = text.slice(b.end, b.nextEnd);
    const defs = outside.map(definitionSource).join('');
    let nodes: RootContent[];
    if (b.start === 0) {
      // Frontmatter must stay first: the definitions go after the next line instead.
      const tail = /[\r\n]$/.test(next) ? '\n' : '\n\n';
      nodes = nodesOfBlock(this.run(body + next + tail + defs, true), body.length, b.entry.continuesList);
      for (const n of nodes) anchor(n as Anchorable, base);
    } else {
      const prefixLines = countLineBreaks(defs);
      nodes = nodesOfBlock(this.run(defs + body + next, false), defs.length + body.length, b.entry.continuesList).filter((n) => startOf(n) >= defs.length);
      for (const n of nodes) anchor(n as Anchorable, base, -defs.length, -prefixLines);
    }
    return { nodes, base };
  }

  private run(input: string, atDocumentStart: boolean): Root {
    this.stats.parsed++;
    this.stats.parsedChars += input.length;
    // Markdown parsed standalone starts at line 1; anchor() then puts it at the block's place.
    if (atDocumentStart || input.charCodeAt(0) !== 0xfeff) return parseMarkdown(detach(input));
    // micromark drops a byte order mark that starts its input; in the middle of a document one is
    // text, as a fresh parse of the whole reads it: parsed after a line break, then moved back.
    const tree = parseMarkdown(detach(`\n${input}`));
    for (const n of tree.children) shiftInPlace(n as Anchorable, -1, -1);
    return tree;
  }
}

/** A block's cache key: its text, where it starts (the first block may hold frontmatter) and the line after it. */
function blockKey(start: number, body: string, next: string): string {
  return `${body.length}:${start === 0 ? 1 : 0}:${body}${nextLineKey(next)}`;
}

/** The block's text within its key (see blockKey). */
function bodyOfKey(key: string, length: number): string {
  const at = String(length).length + 3;
  return key.slice(at, at + length);
}

/**
 * What of the line after a block its parse depends on. A heading or a list item with text is
 * decided by its first characters: once micromark has read `25. ` or `## ` followed by text, the
 * blocks before are closed the same way whatever the text, and the item or heading itself is
 * dropped from the block's nodes. So typing on the first line of a numbered paragraph does not
 * re-parse the paragraph before it. A bullet line that could be a thematic break (`- - -`) is kept
 * whole, as is every other line.
 */
function nextLineKey(line: string): string {
  const m = LINE_START_DECIDED.exec(line);
  if (!m) return line;
  if (m[1] && !/[^-+* \t\r\n]/.test(line)) return line;
  return `${m[0]}\u0000`;
}
const LINE_START_DECIDED = /^(?:#{1,6}|\d{1,9}[.)]|([-+*]))[ \t]+(?=[^ \t\r\n])/;

/**
 * Whether `typed`, inserted at `at`, is letters or one space typed in the middle of a line of prose,
 * where the characters on either side of the edit are letters or spaces between words: then no
 * delimiter, marker, indentation or line end is next to it, and only the text node holding it
 * changes. Letters go inside or at the end of a word (before a space or a line break, which the
 * text node goes on past), or start a word after a space that follows one. A space goes between
 * two letters, or after a word before a space and a letter ("court| The"). A space that would
 * stand before a line break is left to the parser: two of them make a hard break.
 */
function typedInProse(old: Source, at: number, typed: string): boolean {
  const left = old.charAt(at - 1);
  const right = old.charAt(at);
  const letterOrSpaceLetter = (i: number) => LETTER.test(old.charAt(i)) || (old.charAt(i) === ' ' && LETTER.test(old.charAt(i + 1)));
  if (typed === ' ') return LETTER.test(left) && letterOrSpaceLetter(at);
  if (!LETTERS.test(typed)) return false;
  if (LETTER.test(left)) return LETTER.test(right) || /^[ \t\r\n]$/.test(right);
  return left === ' ' && LETTER.test(old.charAt(at - 2)) && letterOrSpaceLetter(at);
}

const LATIN = 'A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f';
const LETTER = new RegExp(`^[${LATIN}]$`);
const LETTERS = new RegExp(`^[${LATIN}]+$`);
const PLAIN_WORD = new RegExp(`^[${LATIN}0-9'’,;-]+$`);
/** A paragraph's text value: its source with the blanks around each line break dropped. */
const BLANKS_AROUND_BREAK = /[ \t]*(\r\n|\r|\n)[ \t]*/g;

type Point = { line: number; column: number; offset?: number };
type Node = { type: string; value?: string; position?: { start: Point; end: Point }; children?: Node[] };

/**
 * Copies of a block's nodes with `typed` inserted at offset `off` (in the nodes' coordinates, on
 * 1-based line `line`) inside a text node; undefined if the edit is not strictly inside exactly
 * one text node whose value is its source (up to the line breaks of a paragraph). The copies'
 * points read `base`, their own: the entry they came from may move apart from theirs.
 */
function deriveNodes(nodes: readonly RootContent[], off: number, line: number, typed: string, old: Source, toText: number, base: Base): RootContent[] | undefined {
  let hits = 0;
  let failed = false;
  const n = typed.length;
  const point = (p: Point): Point => {
    if (p.offset === undefined) {
      failed = true;
      return p;
    }
    if (p.offset === off) failed = true;
    if (p.offset < off) return anchoredPoint(base, p.line, p.column, p.offset);
    return anchoredPoint(base, p.line, p.line === line ? p.column + n : p.column, p.offset + n);
  };
  const copy = (node: Node): Node => {
    const out: Node = { ...node };
    const pos = node.position;
    if (pos) out.position = { start: point(pos.start), end: point(pos.end) };
    if (node.children) out.children = node.children.map(copy);
    const s = pos?.start.offset ?? 0;
    const e = pos?.end.offset ?? 0;
    if (typeof node.value === 'string' && s < off && off < e) {
      if (node.type !== 'text') {
        failed = true;
        return out;
      }
      const source = old.slice(s - toText, e - toText);
      if (source.replace(BLANKS_AROUND_BREAK, '\n') !== node.value) {
        failed = true;
        return out;
      }
      const i = old.slice(s - toText, off - toText).replace(BLANKS_AROUND_BREAK, '\n').length;
      out.value = node.value.slice(0, i) + typed + node.value.slice(i);
      hits++;
    }
    return out;
  };
  const copies = nodes.map((node) => copy(node as Node) as RootContent);
  return !failed && hits === 1 ? copies : undefined;
}

/**
 * The top-level nodes of a block parsed with the next line after it: those that start before the
 * cut. When the cut falls between two list items, the list loses the item the next line began.
 */
function nodesOfBlock(tree: Root, cut: number, continuesList: boolean): RootContent[] {
  const nodes = tree.children.filter((n) => startOf(n) < cut);
  const list = nodes[nodes.length - 1];
  if (continuesList && list?.type === 'list') {
    nodes[nodes.length - 1] = { ...list, children: list.children.filter((item) => startOf(item) < cut) };
  }
  return nodes;
}

/** One list made of a list cut short at a block's end and its rest at the start of the following blocks. */
function joinLists(pieces: readonly List[]): List {
  const head = pieces[0];
  const tail = pieces[pieces.length - 1];
  const children: ListItem[] = [];
  for (const p of pieces) for (const item of p.children) children.push(item);
  return {
    ...head,
    spread: pieces.some((p) => p.spread),
    children,
    // The points are the pieces' own, which move with their blocks.
    position: pieces.every((p) => p.position) ? { start: head.position!.start, end: tail.position!.end } : undefined,
  };
}

/** The last complete parse, for derivedBlock: its text and blocks, and how the new text differs. */
interface Earlier {
  old: Source;
  blocks: readonly Block[];
  edit: TextDiff;
  delta: number;
}

/**
 * Where [start, nextEnd) of the new text stood in the old one, if it is there unchanged and
 * starts a line there too; -1 otherwise.
 */
function earlierOffset(text: Source, start: number, nextEnd: number, { old, edit, delta }: Earlier): number {
  if (old === text) return start;
  if (nextEnd < edit.prefix || (nextEnd === edit.prefix && text.charCodeAt(nextEnd - 1) === 10)) return start;
  if (start < text.length - edit.suffix) return -1;
  const os = start - delta;
  const before = old.charCodeAt(os - 1);
  return before === 10 || (before === 13 && old.charCodeAt(os) !== 10) ? os : -1;
}

/** The block of `blocks` (in order) that holds offset `at`. */
function blockHolding(blocks: readonly Block[], at: number): Block | undefined {
  const b = blocks[lastAtOrBefore(blocks, at, (block) => block.start)];
  return b && b.start <= at && at < b.end ? b : undefined;
}

/** A node boundary in a block's top-level nodes: node `index` starts there, or its item `item` (> 0) does. */
interface Boundary {
  index: number;
  item: number;
}

function boundaryAt(nodes: readonly RootContent[], offset: number, at: (n: RootContent | ListItem) => number): Boundary | undefined {
  const index = lastAtOrBefore(nodes, offset, at);
  const node = nodes[index];
  if (!node || at(node) > offset) return undefined;
  if (at(node) === offset) return { index, item: 0 };
  if (node.type !== 'list') return undefined;
  // A list cut coarsely is one block however long: a search, not a walk, for each of its items.
  const item = lastAtOrBefore(node.children, offset, at);
  return item > 0 && at(node.children[item]) === offset ? { index, item } : undefined;
}

/** The last of `items` (in order of `keyOf`) whose key is at most `at`; 0 when none is. */
function lastAtOrBefore<T>(items: readonly T[], at: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyOf(items[mid]) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a blank line lies between two offsets (what makes micromark call a list spread). */
function blankLineBetween(text: Source, from: number, to: number): boolean {
  return countLineBreaks(text.slice(from, to)) >= 2;
}

/** The end of the line [start, end) without its line break. */
function lineContentEnd(text: Source, start: number, end: number): number {
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** When set (by the tests), every block taken from an earlier parse is parsed too and compared. */
let derivedChecked = false;
export function checkDerivedBlocks(on: boolean): void {
  derivedChecked = on;
}

/** What two versions of a text have in common at both ends. */
export interface TextDiff {
  previous: Source;
  /** Length of the common prefix. */
  prefix: number;
  /** Length of the common suffix, not overlapping the prefix in either text. */
  suffix: number;
}

export function diffTexts(previous: Source, text: Source): TextDiff {
  const prefix = commonPrefix(previous, text);
  return { previous, prefix, suffix: commonSuffix(previous, text, Math.min(previous.length, text.length) - prefix) };
}

/** Length of the common prefix, compared a few kilobytes at a time (string equality is a memcmp). */
export function commonPrefix(a: Source, b: Source): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  return i;
}

/** Length of the common suffix, at most max. */
export function commonSuffix(a: Source, b: Source, max: number): number {
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= max && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  }
  return i;
}

function lineEndAfter(lineStarts: readonly number[], text: Source, offset: number): number {
  const i = lineOf(lineStarts, offset);
  return i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
}


/** A root as micromark makes it for the whole text. */
export function rootOf(text: Source, lineStarts: readonly number[], children: RootContent[]): Root {
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text, lineStarts) } };
}

/** Where micromark puts the end of the root: after the last character. */
function endPoint(text: Source, lineStarts: readonly number[]): { line: number; column: number; offset: number } {
  const last = lineStarts[lineStarts.length - 1];
  return { line: lineStarts.length, column: text.length - last + 1, offset: text.length };
}
