// Paragraph numbers: what the court cites, so the numbers the lawyer wrote are the numbers printed.
// One decision, read by the export (both formats print the same labels), and by the checks that
// warn where a written number breaks the sequence and find references to paragraphs.
//
// The rule (docs/format.md, "Numbered paragraphs"):
// - A plain top-level paragraph of the body is numbered automatically, continuing the sequence.
// - A top-level ordered list is a run of numbered paragraphs keeping the numbers written, when it
//   opens the numbering or starts at 2 or more ("4." continues a list of 1–3 in the previous
//   section). A list that starts again at 1 once the numbering has begun belongs to the paragraph
//   before it ("The Commission is asked to: 1. … 2. …"): its items are lettered (a), (b)….
// - A list with "1." on every line (Markdown's way of letting the renderer count) is counted.
// - Nothing in the annexes section is numbered.
// - A plain paragraph that opens with a sub-paragraph number ("1.1", "2.3.1.", "(a)", "(ii)",
//   "a)", "i)") once the numbering has begun is a sub-paragraph of the numbered paragraph above:
//   it takes no number of its own and does not shift the numbers after it.
// - A written number that is not the previous one plus one breaks the sequence: it is still
//   printed as written, and reported in `breaks`.
import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import type { SectionId, Span } from '../vocabulary';
import { ABJAD_LETTERS, NUMBERING, type CounterFormat, type Digits, type LevelScheme } from '../data/style';
import { endOf, startOf } from './nodes';
import type { Submission } from './model';
import { maskComments } from './text';
import type { Source } from './source';

export interface NumberedParagraph {
  number: number;
  /** As printed: "12." (in the digits the lawyer used). */
  label: string;
  /** The lawyer wrote this number; otherwise it is counted. */
  written: boolean;
  /** The paragraph, or the list item, in the source. */
  span: Span;
  /** The digits of a written number, for a quick fix that renumbers. */
  numberSpan?: Span;
  source: 'paragraph' | 'item';
  /** The recognised section it is in. */
  section?: SectionId;
  /** Index in Submission.headings of the heading above it. */
  heading?: number;
  /** Not the previous number plus one (or a first number other than 1): Word must restart its list here. */
  restart: boolean;
  /**
   * Lines after the first that start with a number, as a paragraph number is written ("5. ", "٢. "):
   * a paragraph typed without the blank line before it, or a hard-wrapped line (PARA-SEQ tells
   * them apart by the number). Plain paragraphs only; absent when there is none.
   */
  numberedLines?: { number: number; span: Span; lineStart: number }[];
}

export interface SequenceBreak {
  /** gap: numbers skipped; duplicate: the previous number again; backwards: a lower number. */
  kind: 'gap' | 'duplicate' | 'backwards';
  /** Index in `paragraphs` of the paragraph whose written number breaks the sequence. */
  index: number;
  expected: number;
  written: number;
  /** The written digits. */
  span: Span;
}

export interface ParagraphNumbering {
  paragraphs: NumberedParagraph[];
  breaks: SequenceBreak[];
  /** The digits the lawyer wrote numbers in (Western unless a written number says otherwise). */
  digits: Digits;
  /** Start offset of a paragraph or list item → its entry. */
  byStart: ReadonlyMap<number, NumberedParagraph>;
}

/**
 * A number written at the start of a plain paragraph in Arabic-Indic digits ("١. ", "١٢- "):
 * Markdown makes a list only of Western digits, so an Arabic text typed as in Word keeps its
 * numbers in the paragraph; they are taken as the paragraph's number.
 */
export const WRITTEN_PARAGRAPH_NUMBER = /^([\u0660-\u0669\u06f0-\u06f9]{1,6})[.)\-–][ \t\u00a0]+/;
const LIST_ITEM_NUMBER = /^[ \t]*(\d{1,9})[.)]/;

/**
 * A sub-paragraph number written at the start of a paragraph: decimal "1.1", "2.3.1" (optionally
 * followed by "." or ")"), in Western or Arabic-Indic digits, or lettered / roman "(a)", "(ii)",
 * "a)", "i)". Such a paragraph belongs to the numbered paragraph above it.
 */
const SUB_PARAGRAPH_NUMBER =
  /^(?:(?:[0-9]{1,4}(?:\.[0-9]{1,4}){1,3}|[\u0660-\u0669]{1,4}(?:\.[\u0660-\u0669]{1,4}){1,3}|[\u06f0-\u06f9]{1,4}(?:\.[\u06f0-\u06f9]{1,4}){1,3})[.)]?|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|(?:[a-z]|[ivxl]{1,6})\))[ \t\u00a0]+\S/;

interface ParagraphFacts {
  /** 'footnotes': visible only if a footnote it references is defined, which the rest of the document decides. */
  visible: 'yes' | 'no' | 'footnotes';
  /** A number written in Arabic-Indic digits at its start; offset from the paragraph's start. */
  written?: { value: number; offset: number; length: number; digits: Digits };
  /** It opens with a sub-paragraph number ("1.1", "(a)", "ii)"): part of the numbered paragraph above. */
  sub: boolean;
  /** NumberedParagraph.numberedLines, offsets from the paragraph's start. */
  lines: { value: number; offset: number; length: number; lineOffset: number }[];
}

/** A number at the start of a line, as a paragraph number is written: Western ("5." "5)") or Arabic-Indic ("٥." "٥-"). */
const NUMBER_AT_LINE_START = /^([ \t]*)(?:(\d{1,4})[.)]|([\u0660-\u0669\u06f0-\u06f9]{1,4})[.)\-–])[ \t\u00a0]+\S/;

function numberedLines(text: string | Source, from: number, to: number): ParagraphFacts['lines'] {
  const lines: ParagraphFacts['lines'] = [];
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
    const m = NUMBER_AT_LINE_START.exec(text.slice(at + 1, Math.min(to, at + 25)));
    if (!m) continue;
    const digits = m[2] ?? m[3];
    lines.push({ value: westernNumber(digits), offset: at + 1 + m[1].length - from, length: digits.length, lineOffset: at + 1 - from });
  }
  return lines;
}

const paragraphFacts = new WeakMap<Paragraph, ParagraphFacts>();
const listFacts = new WeakMap<List, ({ value: number; offset: number; length: number } | undefined)[]>();

/** Numbering.visible without what depends on the rest of the document (footnote definitions). */
function visibleAlone(node: Nodes): ParagraphFacts['visible'] {
  if (node.type === 'text' || node.type === 'inlineCode') return /\S/.test(node.value) ? 'yes' : 'no';
  if (node.type === 'image' || node.type === 'imageReference') return /\S/.test(node.alt ?? '') ? 'yes' : 'no';
  if (node.type === 'footnoteReference') return 'footnotes';
  let result: ParagraphFacts['visible'] = 'no';
  if ('children' in node) {
    for (const c of node.children as Nodes[]) {
      const v = visibleAlone(c);
      if (v === 'yes') return 'yes';
      if (v === 'footnotes') result = 'footnotes';
    }
  }
  return result;
}

/** How many top-level nodes the last numbering walked: the tests' and the benchmark's measure of its work. */
export const numberingWork = { walked: 0 };

export function numberParagraphs(sub: Submission): ParagraphNumbering {
  const previous = sub.lineage ? resumables.get(sub.lineage) : undefined;
  const { numbering, resumable } = new Numbering(sub).run(previous);
  if (sub.lineage) resumables.set(sub.lineage, resumable);
  return numbering;
}

/**
 * What a numbering leaves for the next version of the same document (Submission.lineage). The
 * nodes before the first one an edit changed or moved are numbered as they were, so their entries
 * are taken again and the walk starts at that node: a keystroke in the middle of a 1 MB draft
 * numbered all 2,400 paragraphs (1.6 ms), now the half after it.
 *
 * What the state before a node depends on, and how each is made sure of: the nodes before it (the
 * same objects, which the incremental parser gives again only for unchanged text, at the same
 * offsets); the recognised sections they sit in (compared: a heading typed later can make an
 * earlier one a title, collectSections); the footnote definitions anywhere (a paragraph whose
 * visibility read them ends the reuse); the language's numbering scheme; and the digits, which
 * the first written number decides for every counted label (reused only while both are Western).
 *
 * The nodes after the edit are taken again too (Numbering.takeTail), their entries moved by what
 * the edit added, once the walk reaches the first of them in the state it was in before: the
 * same last number and heading above, as many headings in all, the same sections from there on
 * (moved alike), and no footnote read. A keystroke then numbers the paragraphs it touched, not the
 * half of the draft after them.
 */
interface Resumable {
  scheme: LevelScheme;
  nodes: readonly RootContent[];
  /** MARK_FIELDS per node and one more for the end: the state as the walk reached it. */
  marks: Int32Array;
  /** Index of the first node whose numbering read the footnote definitions (nodes.length: none). */
  footnotesFrom: number;
  sections: readonly { start: number; end: number; id: SectionId }[];
  headings: number;
  numbering: ParagraphNumbering;
}

// A node's mark: paragraphs and breaks numbered before it, the index of the heading above it (-1:
// none), its start offset.
const MARK_FIELDS = 4;
const resumables = new WeakMap<object, Resumable>();

class Numbering {
  private paragraphs: NumberedParagraph[] = [];
  private breaks: SequenceBreak[] = [];
  private heading: number | undefined;
  private footnotes: Set<string> | undefined;
  /** Index of the node being numbered; footnotesFrom, the first whose visibility read the footnotes. */
  private at = 0;
  private footnotesFrom = Infinity;

  private readonly scheme: LevelScheme;

  constructor(private readonly sub: Submission) {
    this.scheme = NUMBERING[sub.language].paragraph;
  }

  run(previous?: Resumable): { numbering: ParagraphNumbering; resumable: Resumable } {
    const nodes = this.sub.tree.children;
    const marks = new Int32Array(MARK_FIELDS * (nodes.length + 1));
    const from = previous ? this.resumeAt(previous) : 0;
    if (previous && from > 0) {
      const m = MARK_FIELDS * from;
      this.paragraphs = previous.numbering.paragraphs.slice(0, previous.marks[m]);
      this.breaks = previous.numbering.breaks.slice(0, previous.marks[m + 1]);
      this.heading = previous.marks[m + 2] < 0 ? undefined : previous.marks[m + 2];
      marks.set(previous.marks.subarray(0, m));
    }
    // Made when the walk meets a heading: a keystroke that walks one paragraph needs none of it.
    let headingIndex: Map<number, number> | undefined;
    const tail = previous ? this.sameTail(previous, from) : undefined;
    let tookTail = false;
    for (let i = from; i < nodes.length; i++) {
      const node = nodes[i];
      const start = startOf(node);
      if (tail && i === tail.at && (tookTail = this.takeTail(previous!, tail, start, marks))) break;
      this.mark(marks, i, start);
      this.at = i;
      if (node.type === 'heading') {
        headingIndex ??= this.headingIndex();
        this.heading = headingIndex.get(start) ?? this.heading;
        continue;
      }
      if (this.inAnnexes(start)) continue;
      if (node.type === 'paragraph') this.paragraph(node);
      else if (node.type === 'list' && node.ordered) this.list(node);
    }
    if (!tookTail) this.mark(marks, nodes.length, -1);
    numberingWork.walked = (tookTail ? tail!.at : nodes.length) - from;
    const digits = digitsOf(this.paragraphs.find((p) => p.written)?.label ?? '');
    if (digits !== 'western') {
      // Counted labels are rewritten in the lawyer's digits: on entries of its own, not on those
      // the version before still holds.
      if (from > 0 || tookTail) return new Numbering(this.sub).run();
      for (const p of this.paragraphs) if (!p.written) p.label = formatMarker(this.scheme, p.number, digits);
    }
    const { paragraphs, breaks } = this;
    let byStart: Map<number, NumberedParagraph> | undefined;
    const numbering: ParagraphNumbering = {
      paragraphs,
      breaks,
      digits,
      // Only the export reads it: not built at every keystroke's check.
      get byStart() {
        return (byStart ??= new Map(paragraphs.map((p) => [p.span.start, p])));
      },
    };
    const sections = this.sub.sections.map((s) => ({ start: s.span.start, end: s.span.end, id: s.id }));
    const footnotesFrom = Math.min(this.footnotesFrom, nodes.length);
    return { numbering, resumable: { scheme: this.scheme, nodes, marks, footnotesFrom, sections, headings: this.sub.headings.length, numbering } };
  }

  /**
   * The nodes at the end that are those of `previous` (the same objects): from `at` here, from
   * `was` there. Never before `from`, where the walk starts.
   */
  private sameTail(previous: Resumable, from: number): { at: number; was: number } | undefined {
    const nodes = this.sub.tree.children;
    const old = previous.nodes;
    let k = 0;
    while (k < nodes.length - from && k < old.length && nodes[nodes.length - 1 - k] === old[old.length - 1 - k]) k++;
    return k > 0 ? { at: nodes.length - k, was: old.length - k } : undefined;
  }

  /**
   * Takes the entries and breaks of `previous` from its node `tail.was` on, moved to where that
   * node now starts, if the walk reached it (`tail.at`) in the state it was in then (see
   * Resumable); marks their nodes as they were, moved alike. False, and nothing done, otherwise.
   */
  private takeTail(previous: Resumable, tail: { at: number; was: number }, start: number, marks: Int32Array): boolean {
    if (!this.canReuse(previous)) return false;
    // The heading marks compared below imply the count (headings are top-level nodes); checked all
    // the same, as the tail's entries hold indices into the headings.
    if (previous.footnotesFrom < previous.nodes.length || this.sub.headings.length !== previous.headings) return false;
    const pm = previous.marks;
    const w = MARK_FIELDS * tail.was;
    const count = pm[w];
    const { paragraphs, breaks } = previous.numbering;
    if ((this.heading ?? -1) !== pm[w + 2] || this.last !== paragraphs[count - 1]?.number) return false;
    const delta = start - pm[w + 3];
    if (!this.sameSectionsFrom(previous, start, delta)) return false;
    const moved = this.paragraphs.length - count;
    const movedBreaks = this.breaks.length - pm[w + 1];
    const shift = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
    for (let p = count; p < paragraphs.length; p++) {
      const was = paragraphs[p];
      // Written out field by field in add()'s order: one shape for every entry, fresh or moved.
      const entry: NumberedParagraph = {
        number: was.number,
        label: was.label,
        written: was.written,
        span: shift(was.span),
        numberSpan: was.numberSpan && shift(was.numberSpan),
        source: was.source,
        section: was.section,
        heading: was.heading,
        restart: was.restart,
      };
      if (was.numberedLines) entry.numberedLines = was.numberedLines.map((l) => ({ number: l.number, span: shift(l.span), lineStart: l.lineStart + delta }));
      this.paragraphs.push(entry);
    }
    for (let b = pm[w + 1]; b < breaks.length; b++) {
      const was = breaks[b];
      this.breaks.push({ kind: was.kind, index: was.index + moved, expected: was.expected, written: was.written, span: shift(was.span) });
    }
    const nodes = this.sub.tree.children.length;
    for (let i = tail.at, j = tail.was; i <= nodes; i++, j++) {
      const to = MARK_FIELDS * i;
      const from = MARK_FIELDS * j;
      marks[to] = pm[from] + moved;
      marks[to + 1] = pm[from + 1] + movedBreaks;
      marks[to + 2] = pm[from + 2];
      marks[to + 3] = i === nodes ? -1 : pm[from + 3] + delta;
    }
    return true;
  }

  /** Whether the sections from `start` on are those of `previous` from `start - delta` on, moved by `delta`. */
  private sameSectionsFrom(previous: Resumable, start: number, delta: number): boolean {
    const now = this.sub.sections;
    const was = previous.sections;
    let i = 0;
    while (i < now.length && now[i].span.end <= start) i++;
    let j = 0;
    while (j < was.length && was[j].end <= start - delta) j++;
    if (now.length - i !== was.length - j) return false;
    for (; i < now.length; i++, j++) {
      const a = now[i];
      const b = was[j];
      if (a.id !== b.id || a.span.end !== b.end + delta) return false;
      // The one holding the node may have begun before the edit, and not moved.
      if (a.span.start !== b.start + delta && !(a.span.start <= start && b.start <= start - delta)) return false;
    }
    return true;
  }

  private mark(marks: Int32Array, i: number, start: number): void {
    const m = MARK_FIELDS * i;
    marks[m] = this.paragraphs.length;
    marks[m + 1] = this.breaks.length;
    marks[m + 2] = this.heading ?? -1;
    marks[m + 3] = start;
  }

  /** Each heading's start → its index in Submission.headings. */
  private headingIndex(): Map<number, number> {
    const index = new Map<number, number>();
    for (let i = 0; i < this.sub.headings.length; i++) index.set(this.sub.headings[i].span.start, i);
    return index;
  }

  /** Entries of `previous` can be taken again: the same scheme, and labels in Western digits (see Resumable). */
  private canReuse(previous: Resumable): boolean {
    return previous.scheme === this.scheme && previous.numbering.digits === 'western';
  }

  /** How many of the first nodes are numbered exactly as in `previous` (see Resumable). */
  private resumeAt(previous: Resumable): number {
    if (!this.canReuse(previous)) return 0;
    const nodes = this.sub.tree.children;
    const limit = Math.min(nodes.length, previous.nodes.length, previous.footnotesFrom);
    let same = 0;
    while (same < limit && nodes[same] === previous.nodes[same]) same++;
    // The same objects may have moved (a blank line typed before them), and what moved is all that
    // comes after a point: the first that did is searched for, reading few nodes' positions
    // (memory the walk would otherwise touch for every node before the edit).
    const moved = (i: number) => startOf(nodes[i]) !== previous.marks[MARK_FIELDS * i + 3];
    let from = same;
    if (same > 0 && moved(same - 1)) {
      let lo = 0;
      let hi = same - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (moved(mid)) hi = mid;
        else lo = mid + 1;
      }
      from = lo;
    }
    if (from === 0) return 0;
    // The sections that start before the first node numbered again, as they were.
    const before = endOf(nodes[from - 1]);
    const sections = this.sub.sections;
    let i = 0;
    for (; i < sections.length && sections[i].span.start < before; i++) {
      const was = previous.sections[i];
      if (!was || was.start !== sections[i].span.start || was.id !== sections[i].id) return 0;
    }
    return i < previous.sections.length && previous.sections[i].start < before ? 0 : from;
  }

  private get last(): number | undefined {
    return this.paragraphs[this.paragraphs.length - 1]?.number;
  }

  private paragraph(node: Paragraph): void {
    const facts = this.paragraphFacts(node);
    if (facts.visible === 'footnotes') this.footnotesFrom = Math.min(this.footnotesFrom, this.at);
    if (facts.visible === 'no' || (facts.visible === 'footnotes' && !this.visible(node))) return;
    // A sub-paragraph ("1.1", "(a)") of the numbered paragraph above: no number of its own, in the
    // check and in the export alike (the export numbers only what is in `paragraphs`).
    if (facts.sub && this.last !== undefined) return;
    const written = facts.written;
    if (written) {
      const at = startOf(node) + written.offset;
      this.add(node, 'paragraph', written.value, { start: at, end: at + written.length }, written.digits);
    } else this.add(node, 'paragraph');
    if (facts.lines.length) {
      const base = startOf(node);
      this.paragraphs[this.paragraphs.length - 1].numberedLines = facts.lines.map((l) => ({
        number: l.value,
        span: { start: base + l.offset, end: base + l.offset + l.length },
        lineStart: base + l.lineOffset,
      }));
    }
  }

  /**
   * What a paragraph says of its own number and visibility, which only its content decides: kept
   * with the node, which the incremental parser reuses (positions moved) while its block is
   * unchanged, so a keystroke reads again only the paragraph it touched.
   */
  private paragraphFacts(node: Paragraph): ParagraphFacts {
    let facts = paragraphFacts.get(node);
    if (facts) return facts;
    const first = node.children[0];
    const m = first?.type === 'text' ? WRITTEN_PARAGRAPH_NUMBER.exec(first.value) : null;
    const written =
      m && this.sub.source.startsWith(m[1], startOf(first)) ? { value: westernNumber(m[1]), offset: startOf(first) - startOf(node), length: m[1].length, digits: digitsOf(m[1]) } : undefined;
    const sub = !written && first?.type === 'text' && SUB_PARAGRAPH_NUMBER.test(first.value) && this.sub.source.startsWith(first.value.slice(0, 2), startOf(first));
    facts = { visible: visibleAlone(node), written, sub, lines: numberedLines(this.sub.source, startOf(node), endOf(node)) };
    paragraphFacts.set(node, facts);
    return facts;
  }

  private list(node: List): void {
    const items = node.children;
    if (items.length === 0) return;
    const written = this.writtenNumbers(node);
    const first = written[0]?.value ?? node.start ?? 1;
    // A list starting again at 1 after numbered paragraphs is the previous paragraph's own list.
    if (this.last !== undefined && first <= 1) return;
    // "1." on every line is Markdown's way of letting the renderer count; any other number
    // written twice is a repeat.
    const lazy = items.length > 1 && first <= 1 && written.every((w) => w && w.value === first);
    // Spans made here, for the items that need one: a list's items are most of a long draft's paragraphs.
    const base = startOf(node);
    for (let i = 0; i < items.length; i++) {
      const w = written[i];
      if (w && (i === 0 || !lazy)) this.add(items[i], 'item', w.value, { start: base + w.offset, end: base + w.offset + w.length });
      else this.add(items[i], 'item');
    }
  }

  private add(node: Paragraph | ListItem, source: NumberedParagraph['source'], written?: number, numberSpan?: Span, digits: Digits = 'western'): void {
    const previous = this.last;
    const expected = (previous ?? 0) + 1;
    const number = written ?? expected;
    const index = this.paragraphs.length;
    const span = { start: startOf(node), end: endOf(node) };
    this.paragraphs.push({
      number,
      label: formatMarker(this.scheme, number, digits),
      written: written !== undefined,
      span,
      numberSpan,
      source,
      section: this.sectionAt(span.start),
      heading: this.heading,
      restart: number !== expected,
    });
    if (written !== undefined && number !== expected && numberSpan) {
      const kind = previous !== undefined && number === previous ? 'duplicate' : number < expected ? 'backwards' : 'gap';
      this.breaks.push({ kind, index, expected, written: number, span: numberSpan });
    }
  }

  /** The numbers written on a list's items, relative to the list's start, kept with the list node as paragraphFacts are. */
  private writtenNumbers(list: List): readonly ({ value: number; offset: number; length: number } | undefined)[] {
    let facts = listFacts.get(list);
    if (!facts) {
      const base = startOf(list);
      facts = list.children.map((item) => {
        const at = startOf(item);
        const m = LIST_ITEM_NUMBER.exec(this.sub.source.slice(at, at + 16));
        return m ? { value: Number(m[1]), offset: at + m[0].length - 1 - m[1].length - base, length: m[1].length } : undefined;
      });
      listFacts.set(list, facts);
    }
    return facts;
  }

  // Paragraphs are met in document order and sections are disjoint and in order (collectSections):
  // a cursor that only moves forward keeps numbering linear when a pasted text holds thousands of
  // sections (a search per paragraph made it quadratic).
  private sectionCursor = 0;

  private inAnnexes(offset: number): boolean {
    return this.sectionContaining(offset)?.id === 'annexes';
  }

  private sectionAt(offset: number): SectionId | undefined {
    return this.sectionContaining(offset)?.id;
  }

  /** The section holding `offset`; offsets must not decrease from one call to the next. */
  private sectionContaining(offset: number): Submission['sections'][number] | undefined {
    const sections = this.sub.sections;
    while (this.sectionCursor < sections.length && sections[this.sectionCursor].span.end <= offset) this.sectionCursor++;
    const s = sections[this.sectionCursor];
    return s && offset >= s.span.start ? s : undefined;
  }

  /** What the export prints: a paragraph of only spaces or markup is not a paragraph. */
  private visible(node: Nodes): boolean {
    if (node.type === 'text' || node.type === 'inlineCode') return /\S/.test(node.value);
    if (node.type === 'image' || node.type === 'imageReference') return /\S/.test(node.alt ?? '');
    if (node.type === 'footnoteReference') return this.footnoteDefined(node.identifier);
    if ('children' in node) return (node.children as Nodes[]).some((c) => this.visible(c));
    return false;
  }

  private footnoteDefined(identifier: string): boolean {
    if (!this.footnotes) {
      const ids = new Set<string>();
      const walk = (n: Nodes) => {
        if (n.type === 'footnoteDefinition') ids.add(n.identifier);
        if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
      };
      walk(this.sub.tree);
      this.footnotes = ids;
    }
    return this.footnotes.has(identifier);
  }
}

// ---- labels ---------------------------------------------------------------------------------

/** A counter in a format: 1 → "1", "a", "i", "A", "أ"; numbers past the alphabet fall back to digits. */
export function formatCounter(format: CounterFormat, n: number, digits: Digits = 'western'): string {
  switch (format) {
    case 'lowerLetter':
      return n >= 1 ? letters(n) : writeDigits(n, digits);
    case 'upperLetter':
      return n >= 1 ? letters(n).toUpperCase() : writeDigits(n, digits);
    case 'lowerRoman':
      return n >= 1 ? roman(n) : writeDigits(n, digits);
    case 'abjad':
      return n >= 1 && n <= ABJAD_LETTERS.length ? ABJAD_LETTERS[n - 1] : writeDigits(n, digits);
    default:
      return writeDigits(n, digits);
  }
}

/** A counter in its marker: "(a)", "12.". */
export function formatMarker(level: LevelScheme, n: number, digits: Digits = 'western'): string {
  // Every paragraph's label is made at every check: the few hundred distinct ones are kept.
  let labels = markers.get(level);
  if (!labels) markers.set(level, (labels = new Map()));
  const key = digits === 'western' ? n : `${n}${digits}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = level.pattern.replace('%', formatCounter(level.format, n, digits));
    if (labels.size < 10_000) labels.set(key, label);
  }
  return label;
}

const markers = new WeakMap<LevelScheme, Map<number | string, string>>();

/** The digits a number is written in. */
export function digitsOf(s: string): Digits {
  return /[\u06f0-\u06f9]/.test(s) ? 'persian' : /[\u0660-\u0669]/.test(s) ? 'arabicIndic' : 'western';
}

const ZERO: Record<Digits, number> = { western: 0x30, arabicIndic: 0x0660, persian: 0x06f0 };

function writeDigits(n: number, digits: Digits): string {
  const s = String(n);
  return digits === 'western' ? s : s.replace(/[0-9]/g, (d) => String.fromCharCode(ZERO[digits] + Number(d)));
}

function westernNumber(s: string): number {
  return Number(s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10)));
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

/** 1 → a, 26 → z, 27 → aa. */
function letters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

// ---- renumbering ----------------------------------------------------------------------------

/**
 * The edits that make the sequence run on from the paragraph before a break: every written number
 * from the break on is replaced by the one it should have; counted numbers follow by themselves.
 */
export function renumberFrom(numbering: ParagraphNumbering, breakIndex: number): { span: Span; text: string }[] {
  const edits: { span: Span; text: string }[] = [];
  const { paragraphs } = numbering;
  let expected = (paragraphs[breakIndex - 1]?.number ?? 0) + 1;
  for (let i = breakIndex; i < paragraphs.length; i++, expected++) {
    const p = paragraphs[i];
    if (!p.written || !p.numberSpan || p.number === expected) continue;
    edits.push({ span: p.numberSpan, text: writeDigits(expected, digitsOf(p.label)) });
  }
  return edits;
}

// ---- references to paragraphs ---------------------------------------------------------------

export interface ParagraphReference {
  /** The whole reference, "paragraphs 4 to 6 above". */
  span: Span;
  targets: { number: number; span: Span }[];
  /** The text says where the paragraph is: above (earlier) or below (later). */
  position?: 'above' | 'below';
}

// Words for "paragraph(s)", in the four languages, longest first; Arabic with the prefixes
// (و, ب, ل, ف, ك) that attach to it.
const WORDS = [
  'paragraphs', 'paragraph', 'paras\\.?', 'para\\.?', 'pars?\\.', '§§', '§', '¶¶', '¶',
  'paragraphes', 'paragraphe', 'par\\.',
  'párrafos', 'párrafo', 'parrafos', 'parrafo', 'párrs?\\.',
  '[وبلفك]{0,2}(?:ال)?(?:فقرات|فقرتين|فقرتان|فقرة)',
];
const NUMBER = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9]{1,5}(?:\\s*\\([a-z0-9ivx]{1,4}\\))*';
const WORD_ALONE = (words: string) => `(?<!\\p{L})(?:${words})(?!\\p{L})`;
const RANGE = `\\s*(?:-|–|—|${WORD_ALONE('to|à|a|al|au|إلى')})\\s*`;
const AND = `\\s*(?:,|;|&|${WORD_ALONE('and|et|y|و')})\\s*`;
const ABOVE = ['above', 'supra', 'ci-dessus', 'plus haut', 'más arriba', 'arriba', 'anteriormente', 'أعلاه', 'السابقة', 'السابق'];
const BELOW = ['below', 'infra', 'ci-dessous', 'plus bas', 'más abajo', 'más adelante', 'abajo', 'أدناه', 'التالية', 'التالي'];

const REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${WORDS.join('|')})(?:\\s|\\u00a0)*(?:n[°o]s?\\.?\\s*|رقم\\s*)?(${NUMBER}(?:(?:${RANGE}|${AND})${NUMBER})*)` +
    `(?:\\s*,?\\s*(${[...ABOVE, ...BELOW].map(pattern).join('|')}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const MEMBER = new RegExp(`(${NUMBER})|(${RANGE})`, 'giu');
/** What follows a reference to another text: "of the Act", "de la Convention", "من المادة", "من المرفق". */
const OF_ANOTHER_TEXT =
  /^\s*,?\s*(?:(?:of|in)\s+(?!this\b|these\b|the\s+present\b)|(?:de|du|des|del)\s+(?!(?:la\s+|el\s+)?(?:présente?|presente|ce|cette|ces|este|esta|estos|estas)\b)|من\s+(?!هذ[اه])(?:ال)?(?:مادة|قانون|اتفاقية|نظام|قرار|حكم|لائحة|مذكرة|مرفق)|\(\d|[A-Z][A-Za-z]*\b)/u;
/** What comes before a paragraph of a cited provision: "Article 8, paragraph 2", "المادة 83 الفقرة 2". */
const PROVISION_BEFORE = /(?:article|art\.|section|s\.|rule|règle|artículo|regla|المادة|مادة)\s*[0-9\u0660-\u0669]+[A-Za-z]?(?:\([^)]*\))*\s*,?\s*$/iu;

/**
 * References to paragraphs of the submission itself: "paragraph 12", "para. 12", "paras 4–6",
 * "§ 12", "§§ 12-15", "paragraphe 12", "párrafo 12", "الفقرة 12", with "above"/"below" (and their
 * French, Spanish, Latin and Arabic words) where written. Paragraphs of another text ("paragraph 2
 * of Article 3", "Article 8, paragraph 2", "§ 12 StGB") are not references to the submission.
 * `exclude` are spans already read as something else (citations of provisions).
 */
export function findParagraphReferences(text: string | Source, options: { from?: number; to?: number; exclude?: readonly Span[] } = {}): ParagraphReference[] {
  const from = options.from ?? 0;
  const slice = maskComments(text.slice(from, options.to ?? text.length));
  const found: ParagraphReference[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(slice); m; m = REFERENCE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (options.exclude?.some((s) => s.start < end && start < s.end)) continue;
    if (!m[3] && OF_ANOTHER_TEXT.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (PROVISION_BEFORE.test(slice.slice(Math.max(0, m.index - 40), m.index))) continue;
    const listStart = m.index + m[0].indexOf(m[2], m[1].length);
    const targets: ParagraphReference['targets'] = [];
    let pendingRange = false;
    for (const part of m[2].matchAll(MEMBER)) {
      if (part[2] !== undefined) {
        pendingRange = true;
        continue;
      }
      const digits = /^[0-9\u0660-\u0669\u06f0-\u06f9]+/.exec(part[1])![0];
      const number = westernNumber(digits);
      const s = from + listStart + (part.index ?? 0);
      const previous = targets[targets.length - 1];
      if (pendingRange && previous && number > previous.number && number - previous.number <= 200) {
        for (let n = previous.number + 1; n < number; n++) targets.push({ number: n, span: { start: s, end: s + digits.length } });
      }
      targets.push({ number, span: { start: s, end: s + digits.length } });
      pendingRange = false;
    }
    const word = m[3]?.toLowerCase().replace(/\s+/g, ' ');
    const position = word === undefined ? undefined : ABOVE.includes(word) ? 'above' : 'below';
    found.push({ span: { start, end }, targets, position });
  }
  return found;
}

function pattern(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
