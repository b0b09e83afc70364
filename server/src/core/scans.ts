// What the parser finds in the body's text rather than in its tree: citations of provisions,
// references to exhibits, template placeholders and suppression directives. Found once for a
// whole body, then, at each keystroke, again only in the paragraph or so around the edit.
//
// The body is read in stretches cut at blank lines (outside HTML comments): a citation or an
// exhibit reference is looked for within one stretch, never from one paragraph into the next. So
// the scan of any run of whole stretches finds what the scan of the whole body finds there, and
// an edit is scanned again from the blank line (or heading line) before it to the one after it,
// however long its section: a Statement of facts of 100 KB without a sub-heading was scanned
// whole at every keystroke (13 ms at 250 KB, 50 ms at 1 MB).
import type { Span } from '../vocabulary';
import { findCitations } from './citations';
import { findExhibitCitations } from './exhibits';
import type { TextDiff } from './incremental';
import type { Citation, ExhibitCitation } from './model';
import { sourceOf, type Source } from './source';
import { findDirectives, type Directive } from './suppressions';
import { firstAtOrAfter, PLACEHOLDER } from './text';

export interface Scans {
  citations: Citation[];
  exhibitCitations: ExhibitCitation[];
  placeholders: Span[];
  /** Suppression directives in the body (the frontmatter's are read at each parse, with it). */
  directives: Directive[];
}

/** Everything in text[from, to); `from` and `to` are the body's start and end, or cuts (cutBefore, cutAfter). */
export function scanBody(input: string | Source, from: number, to = input.length): Scans {
  const text = sourceOf(input);
  const citations: Citation[] = [];
  const exhibitCitations: ExhibitCitation[] = [];
  let start = from;
  for (const cut of [...blankLineCuts(text, from, to), to]) {
    for (const c of findCitations(text, start, cut)) citations.push(c);
    for (const c of findExhibitCitations(text, start, cut)) exhibitCitations.push(c);
    start = cut;
  }
  // A placeholder never spans a line and a directive is one comment, which no cut falls in.
  return { citations, exhibitCitations, placeholders: findPlaceholders(text, from, to), directives: findDirectives(text, from, to) };
}

/**
 * The scans of a new version from those of the last one, scanning only between the cuts around
 * the edit (`scanned`); `inPlace` for a caller that keeps only the latest result (recycleTrees).
 */
export function rescan(previous: { text: string | Source; bodyStart: number; scans: Scans; diff: TextDiff }, input: string | Source, bodyStart: number, inPlace: boolean): { scans: Scans; scanned: Span } {
  const { prefix, suffix } = previous.diff;
  const text = sourceOf(input);
  const old = sourceOf(previous.text);
  const delta = text.length - old.length;
  // Searching back for "<!--" through a text that has none would read all of it.
  const comments = holdsComment(text, { old, prefix, suffix }) || holdsComment(old);
  const inComment = (t: Source, offset: number) => comments && withinComment(t, offset);
  // The nearest cut before the edit whose line break (and the blank line or '#' that makes it a
  // cut) the edit left alone, and that no comment runs across.
  let a = cutBefore(text, prefix, bodyStart);
  while (a > bodyStart && inComment(text, a)) a = cutBefore(text, a - 1, bodyStart);
  const keepBefore = previous.bodyStart === bodyStart && a > bodyStart;
  if (!keepBefore) a = bodyStart;
  // The nearest one after it, all of whose making lies after the edit, in both versions.
  let b = cutAfter(text, Math.max(text.length - suffix, bodyStart));
  while (b < text.length && (inComment(text, b) || inComment(old, b - delta))) b = cutAfter(text, b);
  const keepAfter = b < text.length && b > a && b - delta > previous.bodyStart;
  if (!keepAfter) b = text.length;
  const middle = scanBody(text, a, b);
  const bOld = b - delta;
  // What is kept of each list is a run at each end (each list is in order of start), the one after
  // the edit moved by `delta`: in place for a caller that keeps only the latest result (the
  // server), which then makes no new list of a long draft's thousands of citations at each
  // keystroke; else in copies, leaving the last version's lists as they were.
  const merge = <T>(found: T[], kept: T[], spanOf: (x: T) => Span, movedCopy: (x: T, span: Span) => T): T[] => {
    if (!keepBefore && !keepAfter) return found;
    const first = keepBefore ? firstAtOrAfter(kept, a, (x) => spanOf(x).start) : 0;
    const after = keepAfter ? firstAtOrAfter(kept, bOld, (x) => spanOf(x).start) : kept.length;
    if (!inPlace) {
      const moved = kept.slice(after).map((x) => movedCopy(x, { start: spanOf(x).start + delta, end: spanOf(x).end + delta }));
      return kept.slice(0, first).concat(found, moved);
    }
    for (let i = after; i < kept.length; i++) {
      const span = spanOf(kept[i]);
      span.start += delta;
      span.end += delta;
    }
    // A stretch with thousands of finds (a paste) would pass too many arguments to splice.
    if (found.length > 1_000) return kept.slice(0, first).concat(found, kept.slice(after));
    kept.splice(first, after - first, ...found);
    return kept;
  };
  const { citations, exhibitCitations, placeholders, directives } = previous.scans;
  const scans = {
    citations: merge(middle.citations, citations, (c) => c.span, (c, span) => ({ ...c, span })),
    exhibitCitations: merge(middle.exhibitCitations, exhibitCitations, (c) => c.span, (c, span) => ({ ...c, span })),
    placeholders: merge(middle.placeholders, placeholders, (p) => p, (_, span) => span),
    directives: merge(middle.directives, directives, (d) => d.span, (d, span) => ({ ...d, span })),
  };
  return { scans, scanned: { start: a, end: b } };
}

// ---- cuts ------------------------------------------------------------------------------------
// A cut is the start of a line that follows a blank line (spaces, tabs or a carriage return
// only), outside HTML comments: the scans read between cuts. Whether an offset is a cut depends
// only on the text before it (the blank line, and the comments opened before it), so every scan
// of the same text finds the same cuts. The rescan also stops at heading lines, which no citation
// or exhibit reference runs across ('#' is in neither pattern; test/unit/incremental.test.ts).

const BLANK_LINE = /\n[ \t\r]*\n/g;

/** The cuts in (from, to), in order. */
export function blankLineCuts(input: string | Source, from: number, to: number): number[] {
  const text = sourceOf(input);
  const cuts: number[] = [];
  const comments = new CommentTracker(text, from);
  // Read in the stretch only: a match that would end at or after `to` ends the loop either way.
  const at = Math.max(0, from - 1);
  const stretch = text.slice(at, to);
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(stretch); m; m = BLANK_LINE.exec(stretch)) {
    const cut = at + m.index + m[0].length;
    if (cut >= to) break;
    // The blank line's closing break may open the next one ("\n\n\n").
    BLANK_LINE.lastIndex = cut - at - 1;
    if (cut > from && !comments.within(cut)) cuts.push(cut);
  }
  return cuts;
}

/**
 * Whether offsets, asked in increasing order, fall in an HTML comment (`<!--` up to the next
 * `-->`, or to the end when unclosed), as `withinComment` says, without searching back each time.
 */
class CommentTracker {
  /** The last `<!--` at or before the offset last asked about, where it closes, and the next one. */
  private open = -1;
  private close = -1;
  private next = -1;
  /** The last search for `-->`: from where, and what it found (-1: none from there to the end). */
  private searchedFrom = -1;
  private found = -1;

  constructor(
    private readonly text: Source,
    from: number,
  ) {
    if (!holdsComment(text)) return;
    this.open = text.lastIndexOf('<!--', from);
    if (this.open >= 0) this.close = this.closeAfter(this.open + 4);
    this.next = text.indexOf('<!--', Math.max(this.open + 1, from));
  }

  within(offset: number): boolean {
    while (this.next >= 0 && this.next <= offset) {
      this.open = this.next;
      this.close = this.closeAfter(this.open + 4);
      this.next = this.text.indexOf('<!--', this.open + 1);
    }
    return this.open >= 0 && (this.close < 0 || this.close + 3 > offset);
  }

  /**
   * The first `-->` at or after `at` (asked with `at` increasing). The last answer serves while
   * `at` has not passed it: thousands of `<!--` before one far `-->`, or none at all (garbage
   * pasted in), must not each search to the end of the text.
   */
  private closeAfter(at: number): number {
    if (this.searchedFrom >= 0 && at >= this.searchedFrom && (this.found < 0 || at <= this.found)) return this.found;
    this.searchedFrom = at;
    this.found = this.text.indexOf('-->', at);
    return this.found;
  }
}

/**
 * Whether a text holds `<!--`: each scan of a keystroke asked, and each answer read the whole text
 * when it held none (three times a keystroke). Worked out once per version, and from the version
 * before when `edit` says how it came: a text with none that an edit changed holds one only if
 * one overlaps what the edit wrote (an opener the edit joined starts within three characters of it).
 */
function holdsComment(text: Source, edit?: { old: Source; prefix: number; suffix: number }): boolean {
  let holds = commentsHeld.get(text);
  if (holds === undefined) {
    holds =
      edit && commentsHeld.get(edit.old) === false
        ? text.slice(Math.max(0, edit.prefix - 3), Math.min(text.length, text.length - edit.suffix + 3)).includes('<!--')
        : text.includes('<!--');
    commentsHeld.set(text, holds);
  }
  return holds;
}

const commentsHeld = new WeakMap<Source, boolean>();

/**
 * Whether an HTML comment (`<!--` up to the next `-->`, or to the end when unclosed) runs across
 * `offset`. Errs towards yes, which only widens the stretch scanned again.
 */
function withinComment(text: Source, offset: number): boolean {
  const open = text.lastIndexOf('<!--', offset);
  if (open < 0) return false;
  const close = text.indexOf('-->', open + 4);
  return close < 0 || close + 3 > offset;
}

/**
 * The last cut or heading line at or before `at` whose making lies before `at` (from, when none):
 * a line start after a blank line, or a line that starts with '#' before `at`.
 */
function cutBefore(text: Source, at: number, from: number): number {
  // Line starts from the one at or before `at`, going back (each strictly before the last: a text
  // that opens with a line break must not hold the search at line 1).
  for (let line = text.lastIndexOf('\n', at - 1) + 1; line > from; ) {
    if (line < at && text.charCodeAt(line) === 35 /* # */) return line;
    if (blankBefore(text, line)) return line;
    const previous = line >= 2 ? text.lastIndexOf('\n', line - 2) + 1 : 0;
    if (previous >= line) break;
    line = previous;
  }
  return from;
}

/** Whether the line that ends just before `line` (a line start) is blank and has a line break before it. */
function blankBefore(text: Source, line: number): boolean {
  for (let i = line - 2; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return false;
}

/**
 * The first cut or heading line whose making (the blank line's first break, or the break before
 * the '#') is at or after `from`; text.length when none.
 */
function cutAfter(text: Source, from: number): number {
  for (let br = text.indexOf('\n', from); br >= 0; br = text.indexOf('\n', br + 1)) {
    let i = br + 1;
    if (text.charCodeAt(i) === 35 /* # */) return i;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
    if (text.charCodeAt(i) === 10) return i + 1;
  }
  // A heading after a lone carriage return, as the scans before this one cut.
  const r = text.indexOf('\r#', from);
  return r < 0 ? text.length : r + 1;
}

/** Placeholders in text[from, to); one never spans a line, so a stretch of whole lines can be scanned alone. */
function findPlaceholders(text: Source, from: number, to = text.length): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(from, to);
  if (!slice.includes('{{')) return spans;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(slice); m; m = PLACEHOLDER.exec(slice)) spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  return spans;
}
