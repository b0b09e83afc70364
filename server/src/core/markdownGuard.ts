// What micromark cannot read in bounded time, memory or stack, found by a cheap scan before it
// parses, and read as plain text instead:
// - deep nesting: every line walks all the containers (lists, quotations) it continues, and the
//   tree that comes out is walked by recursive code (micromark's GFM transforms, ours): 6,000
//   `>` on one line overflow the stack, a list nested by indentation 250 levels deep takes
//   seconds for 60 KB;
// - dense emphasis and brackets: resolving `*`, `_`, `~` and `]` looks back through, and splices,
//   the whole list of events of the paragraph for each mark: 100,000 of them take minutes;
// - a paragraph of millions of characters: micromark keeps several events per word of a
//   paragraph until its end (a 2.9 MB line took half a gigabyte).
// The guard works line by line and paragraph by paragraph, never across. A paragraph here is a
// run of lines within a stretch (lines between blank lines, headings, thematic breaks and code
// fences) that starts at a line whose prefix holds a list marker (a new item is a new paragraph)
// and each row of a table, and each line that opens an HTML comment, is one. The incremental parser parses blocks that start at such
// boundaries, so a block gets exactly the treatment it gets within the whole text.
//
// A neutralised character is swapped, in place, for a private-use character (the base of a
// window of 128 + its code), which micromark reads as a letter; positions do not move, and
// `restoreMarks` puts the character back in every string of the tree, so the text reads as
// written: only the structure is lost. The window is one the document does not use, so that a
// private-use character the document holds is never turned into ASCII (and a whole-text parse
// and the incremental parser's parse of one block agree on it). Only a document using all 50
// windows of U+E000–U+F8FF falls back to U+E000 and would see its own U+E000–U+E07F so turned.
import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import type { Span } from '../vocabulary';

/** A place read as plain text, kept with the node it is in, relative to the node's start. */
export interface NodeLimit {
  kind: LimitHit['kind'];
  from: number;
  length: number;
  count: number;
}

declare module 'mdast' {
  interface Data {
    /** Set by parseMarkdown on the top-level node (or item of a top-level list) holding such a place. */
    limits?: NodeLimit[];
  }
}

/** Container markers (`>`, `-`, `1.`) that start at this column or beyond are read as text. */
export const NESTING_COLUMN = 32;
/** A paragraph (or table row) with more emphasis and bracket marks than this is read as plain text. */
export const INLINE_MARKS = 400;
/**
 * A paragraph longer than this (in characters: six pages without a break) is read as plain text.
 * Beyond it micromark's cost per character grows with the paragraph (its events and the garbage
 * collector's work on them).
 */
export const PARAGRAPH_CHARS = 20_000;

export interface LimitHit {
  kind: 'nesting' | 'marks' | 'length';
  /** Nesting: from the first marker read as text to the end of its line; otherwise the paragraph. */
  span: Span;
  /** How many markers (nesting), marks, or characters (length) were read as text. */
  count: number;
}

export interface Guarded {
  text: string;
  hits: LimitHit[];
  /** Where the neutralised characters went: U+base + their code (restoreMarks needs it). */
  base: number;
}

const PRIVATE_FIRST = 0xe000;
const PRIVATE_WINDOWS = (0xf900 - PRIVATE_FIRST) >> 7;
const neutralPatterns = new Map<number, RegExp>();

/** The first window of 128 private-use characters that the text does not use. */
function freeBase(text: string): number {
  if (!/[\ue000-\uf8ff]/.test(text)) return PRIVATE_FIRST;
  const used = new Uint8Array(PRIVATE_WINDOWS);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= PRIVATE_FIRST && c < 0xf900) used[(c - PRIVATE_FIRST) >> 7] = 1;
  }
  const free = used.indexOf(0);
  return free < 0 ? PRIVATE_FIRST : PRIVATE_FIRST + (free << 7);
}

function neutralPattern(base: number): RegExp {
  let re = neutralPatterns.get(base);
  if (!re) {
    const hex = (n: number) => n.toString(16).padStart(4, '0');
    re = new RegExp(`[\\u${hex(base)}-\\u${hex(base + 0x7f)}]`, 'g');
    neutralPatterns.set(base, re);
  }
  return re;
}

/** The text micromark can read in bounded time, and where it differs from the one given. */
export function guardMarkdown(text: string): Guarded {
  const { hits, ranges } = scan(text, 0, true);
  if (!ranges.length) return { text, hits, base: PRIVATE_FIRST };
  const base = freeBase(text);
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  for (let r = 0; r < ranges.length; r += 2) {
    for (let i = ranges[r]; i < ranges[r + 1]; i++) {
      const c = codes[i];
      if (c < 128 && c !== 10 && c !== 13) codes[i] = base + c;
    }
  }
  let out = '';
  // In chunks: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return { text: out, hits, base };
}

/** The places of text[from..] that the parser reads as plain text. */
export function limitHits(text: string, from = 0): LimitHit[] {
  return scan(text, from, false).hits;
}

/** Puts the neutralised characters back in every string of a tree parsed from a guarded text. */
export function restoreMarks(tree: Root, base: number): void {
  const NEUTRAL = neutralPattern(base);
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()! as Nodes & Record<string, unknown>;
    for (const key of ['value', 'url', 'title', 'alt', 'label', 'identifier', 'lang', 'meta']) {
      const v = node[key];
      if (typeof v !== 'string') continue;
      NEUTRAL.lastIndex = 0;
      if (NEUTRAL.test(v)) node[key] = v.replace(NEUTRAL, (c) => String.fromCharCode(c.charCodeAt(0) - base));
      NEUTRAL.lastIndex = 0;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

/**
 * Records each place on the node that holds it: the top-level node, or the item of a top-level list.
 * The incremental parser moves nodes and joins lists but keeps these, with their positions.
 */
export function annotateLimits(tree: Root, hits: readonly LimitHit[]): void {
  for (const hit of hits) {
    let node: RootContent | undefined = holder(tree.children, hit.span.start);
    if (node?.type === 'list') node = holder(node.children, hit.span.start) ?? node;
    if (!node?.position) continue;
    const start = node.position.start.offset ?? 0;
    ((node.data ??= {}).limits ??= []).push({ kind: hit.kind, from: hit.span.start - start, length: hit.span.end - hit.span.start, count: hit.count });
  }
}

/** A place a top-level node holds, its offset counted from the node's start. */
export interface NodeLimit {
  kind: LimitHit['kind'];
  from: number;
  length: number;
  count: number;
}

/** No place read as plain text (nearly every node): one array for all, never added to. */
export const NO_LIMITS: readonly NodeLimit[] = [];

/**
 * The places a top-level node (or an item of it, for a list) holds, offsets from the node's start:
 * its items move with it, so what this gives holds wherever the node has moved.
 */
export function limitsIn(node: RootContent): readonly NodeLimit[] {
  let out: NodeLimit[] | undefined;
  const collect = (holder: RootContent | ListItem, from: number) => {
    for (const l of holder.data?.limits ?? []) (out ??= []).push({ kind: l.kind, from: from + l.from, length: l.length, count: l.count });
  };
  collect(node, 0);
  if (node.type === 'list') {
    const start = node.position?.start.offset ?? 0;
    for (const item of node.children) if (item.data?.limits) collect(item, (item.position?.start.offset ?? 0) - start);
  }
  return out ?? NO_LIMITS;
}

/** The node among `nodes` (in document order) whose range holds `offset`, or the last one before it. */
function holder<T extends { position?: { start: { offset?: number } } }>(nodes: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((nodes[mid].position?.start.offset ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? nodes[lo - 1] : nodes[0];
}

const SPACE = 32;
const TAB = 9;
const GT = 62;
const HASH = 35;
const BACKSLASH = 92;

function isMark(c: number): boolean {
  return c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */ || c === 91 /* [ */ || c === 93 /* ] */;
}

const DEFINITION = /^\[[^\]\r\n]{1,999}\]:/;
const TABLE_DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** One paragraph's lines, as they are scanned. */
interface Run {
  start: number;
  end: number;
  /** Offsets of its marks. */
  marks: number[];
  /** [from, to) of each line's content (after its prefix, before trailing spaces), flattened. */
  content: number[];
  chars: number;
}

function scan(text: string, from: number, collect: boolean): { hits: LimitHit[]; ranges: number[] } {
  const hits: LimitHit[] = [];
  /** [from, to) pairs, flattened: the ASCII characters in them are read as text. */
  const ranges: number[] = [];
  let run: Run | undefined;
  let table = false;

  const close = () => {
    if (!run) return;
    const r = run;
    run = undefined;
    if (r.chars > PARAGRAPH_CHARS) {
      hits.push({ kind: 'length', span: { start: r.start, end: r.end }, count: r.chars });
      if (collect) for (const at of r.content) ranges.push(at);
    } else if (r.marks.length > INLINE_MARKS) {
      hits.push({ kind: 'marks', span: { start: r.start, end: r.end }, count: r.marks.length });
      if (collect) for (const m of r.marks) ranges.push(m, m + 1);
    }
  };
  const addLine = (lineStart: number, content: number, end: number) => {
    run ??= { start: lineStart, end, marks: [], content: [], chars: 0 };
    run.end = end;
    let last = end;
    while (last > content && (text.charCodeAt(last - 1) === SPACE || text.charCodeAt(last - 1) === TAB)) last--;
    if (last > content) {
      if (collect) run.content.push(content, last);
      run.chars += last - content;
    }
    if (!DEFINITION.test(text.slice(content, Math.min(end, content + 1000)))) countMarks(text, content, end, run.marks);
  };

  let lineStart = from;
  while (lineStart < text.length) {
    let end = lineStart;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;

    let item = false;
    const content = prefixEnd(
      text,
      lineStart,
      end,
      (at, length) => {
        const last = hits[hits.length - 1];
        if (last?.kind === 'nesting' && last.span.end === end) last.count++;
        else hits.push({ kind: 'nesting', span: { start: at, end }, count: 1 });
        if (collect) ranges.push(at, at + length);
      },
      () => (item = true),
    );
    const first = text.charCodeAt(lineStart);
    if (content === end || first === HASH || isThematicBreak(text, content, end) || opensFence(text, content, end)) {
      // A boundary: blank lines, headings, thematic breaks (and frontmatter fences), code fences.
      close();
      table = false;
      if (first === HASH && content < end) {
        let text0 = content;
        while (text0 < end && text.charCodeAt(text0) === HASH) text0++;
        addLine(lineStart, text0, end);
        close();
      }
    } else {
      if (isDelimiterRow(text, content, end)) {
        // A table: its header row was the line before, and each row from here on is read on its own.
        close();
        table = true;
      }
      // A line that opens a comment starts an HTML block, which interrupts a paragraph and is not
      // read for emphasis: it is a paragraph of its own here (lines after it may still be HTML, and
      // are counted: counting too much only costs a needless diagnostic).
      const html = text.startsWith('<!--', content);
      if (item || table || html) close();
      addLine(lineStart, content, end);
      if (html) close();
    }
    lineStart = next;
  }
  close();
  return { hits, ranges };
}

/** A table's second line (`| --- | :-: |`). */
function isDelimiterRow(text: string, from: number, end: number): boolean {
  const c = text.charCodeAt(from);
  if (c !== 124 /* | */ && c !== 58 /* : */ && c !== 45 /* - */) return false;
  const line = text.slice(from, end);
  return line.includes('|') && TABLE_DELIMITER_ROW.test(line);
}

/** Emphasis and bracket marks in text[from, to), except escaped ones. */
function countMarks(text: string, from: number, to: number, marks: number[]): void {
  let escaped = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      escaped = !escaped;
      continue;
    }
    if (!escaped && isMark(c)) marks.push(i);
    escaped = false;
  }
}

/**
 * Where a line's content starts after its container markers (`>`, list markers) and indentation.
 * Markers at NESTING_COLUMN or beyond are handed to `tooDeep`, list markers before it to `listItem`. Nesting needs a new column per level
 * (a container's content starts to the right of its marker), so no line is nested deeper than that.
 */
function prefixEnd(text: string, start: number, end: number, tooDeep: (at: number, length: number) => void, listItem: () => void): number {
  let i = start;
  let column = 0;
  // The last character of the line that cannot belong to a thematic break of `-` (of `*`), found
  // once: asking at every marker of "- - - … x" would read the rest of the line each time.
  let lastOtherDash: number | undefined;
  let lastOtherStar: number | undefined;
  const breakFrom = (at: number, c: number): boolean => {
    if (c === 45) lastOtherDash ??= lastOther(text, start, end, c);
    else lastOtherStar ??= lastOther(text, start, end, c);
    return (c === 45 ? lastOtherDash! : lastOtherStar!) < at && isThematicBreak(text, at, end);
  };
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      column++;
      i++;
      continue;
    }
    if (c === TAB) {
      column += 4 - (column % 4);
      i++;
      continue;
    }
    if (c === GT) {
      if (column >= NESTING_COLUMN) tooDeep(i, 1);
      column++;
      i++;
      continue;
    }
    const markerEnd = listMarkerEnd(text, i, end);
    if (markerEnd < 0) break;
    // "- - -" and "* * *" are thematic breaks, not three list items.
    if ((c === 45 || c === 42) && breakFrom(i, c)) break;
    if (column >= NESTING_COLUMN) tooDeep(i, markerEnd - i);
    else listItem();
    column += markerEnd - i;
    i = markerEnd;
  }
  return i;
}

/** End of a list marker at `i` (`-`, `+`, `*`, or 1 to 9 digits and `.` or `)`) followed by a space or the end of the line; -1 when none. */
function listMarkerEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let j = i;
  if (c === 45 || c === 43 || c === 42) j = i + 1;
  else {
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i) return -1;
    const d = text.charCodeAt(j);
    if (d !== 46 && d !== 41) return -1;
    j++;
  }
  if (j < end) {
    const after = text.charCodeAt(j);
    if (after !== SPACE && after !== TAB) return -1;
  }
  return j;
}

function lastOther(text: string, start: number, end: number, c: number): number {
  for (let i = end - 1; i >= start; i--) {
    const d = text.charCodeAt(i);
    if (d !== c && d !== SPACE && d !== TAB) return i;
  }
  return start - 1;
}

/** Three or more of one of `-`, `*`, `_` and nothing else but spaces, from `from` to the end of the line. */
function isThematicBreak(text: string, from: number, end: number): boolean {
  const c = text.charCodeAt(from);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  let n = 0;
  for (let i = from; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === c) n++;
    else if (d !== SPACE && d !== TAB) return false;
  }
  return n >= 3;
}

function opensFence(text: string, from: number, end: number): boolean {
  const c = text.charCodeAt(from);
  return (c === 96 || c === 126) && end - from >= 3 && text.charCodeAt(from + 1) === c && text.charCodeAt(from + 2) === c;
}
