// text → Submission: the single parse every feature (checks, outline, hover, completion, export) reads.
import { KINDS, LANGUAGES, type Kind, type Language, type Span } from '../vocabulary';
import { findCitations } from './citations';
import { findExhibitCitations, normalizeExhibitId } from './exhibits';
import { findFrontmatter, parseFrontmatter } from './frontmatter';
import { diffTexts, IncrementalMarkdown, rootOf, type IncrementalStats, type TextDiff } from './incremental';
import { parseMarkdown } from './markdown';
import type { Root } from 'mdast';
import { type Citation, type Exhibit, type ExhibitCitation, type Frontmatter, type Submission, type Warrant } from './model';
import { collectHeadings, collectSections } from './sections';
import { findDirectives, suppressionsOf, type Directive } from './suppressions';
import { computeLineStarts, detach, PLACEHOLDER } from './text';

/** Beyond this the body is not parsed: micromark would take tens of seconds (docs/performance.md). */
export const MAX_BODY_CHARS = 3_000_000;

/** The lengths of the text two versions have in common at each end. */
export interface TextChange {
  prefix: number;
  suffix: number;
}

export interface ParseOptions {
  maxBodyChars?: number;
}

/**
 * A cheap test before any parsing: false when the text cannot be a submission (no frontmatter, or
 * a frontmatter that does not mention `submission`), so that plain Markdown files cost nothing.
 */
export function mayBeSubmission(text: string): boolean {
  return headOfText(text).mayBeSubmission;
}

/**
 * The same, with the offset up to which the answer depends on the text: an edit that starts
 * after `end` leaves it as it was (the first line, or the frontmatter with its closing line).
 */
export function headOfText(text: string): { mayBeSubmission: boolean; end: number } {
  const found = findFrontmatter(text);
  if (!found) {
    const firstBreak = text.search(/[\r\n]/);
    return { mayBeSubmission: false, end: firstBreak < 0 ? text.length : firstBreak + 1 };
  }
  return { mayBeSubmission: text.slice(found.content.start, found.content.end).includes('submission'), end: found.closed ? found.span.end + 1 : text.length };
}

/** Parses the whole text from scratch: the reference that the incremental parser must match. */
export function parseSubmission(text: string, options: ParseOptions = {}): Submission {
  const head = readHead(text, options, computeLineStarts(text), parseFrontmatter);
  // Plain Markdown files get nothing, so they cost nothing beyond finding the frontmatter.
  const tree = head.readBody ? parseMarkdown(text) : emptyRoot();
  return assemble(head, tree);
}

/**
 * Parses successive versions of one document, reusing what did not change: the frontmatter when
 * its text is the same, the Markdown blocks an edit did not touch (core/incremental.ts), and the
 * line starts, citations and exhibit references outside the edited stretch.
 * Gives exactly what parseSubmission gives for the same text (test/unit/incremental.test.ts).
 */
export class SubmissionParser {
  private readonly markdown: IncrementalMarkdown;
  private readonly recycle: boolean;
  private frontmatter: { source: string; value: Frontmatter | undefined } | undefined;
  private previous: { text: string; lineStarts: number[]; bodyStart: number; scans: Scans | undefined } | undefined;
  /** Milliseconds spent in each phase of the last parse (for the benchmark and profiling). */
  timings: Record<'head' | 'markdown' | 'scans' | 'assemble', number> = { head: 0, markdown: 0, scans: 0, assemble: 0 };

  /**
   * @param options.recycleTrees A new parse may change the positions in the trees of Submissions
   *   returned earlier (it moves reused nodes instead of copying everything after an edit). For
   *   callers that keep only the latest result.
   */
  constructor(options: { recycleTrees?: boolean } = {}) {
    this.recycle = !!options.recycleTrees;
    this.markdown = new IncrementalMarkdown(this.recycle);
  }

  /** How much the last parse had to redo (for tests and the benchmark). */
  get stats(): IncrementalStats {
    return this.markdown.stats;
  }

  /**
   * @param change what changed since the text of the last parse, when the caller knows it (the
   *   server's document store does): spares comparing the two texts.
   */
  parse(text: string, options: ParseOptions = {}, change?: TextChange): Submission {
    const steps = this.steps(text, options, change);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /** The same, pausing after each block it parses (see IncrementalMarkdown.steps). */
  *steps(text: string, options: ParseOptions = {}, change?: TextChange, refine = false): Generator<void, Submission, void> {
    const t0 = performance.now();
    const previous = this.previous;
    const diff = previous ? (change ? { previous: previous.text, ...change } : diffTexts(previous.text, text)) : undefined;
    const lineStarts = previous && diff ? updateLineStarts(previous.lineStarts, previous.text, text, diff, this.recycle) : computeLineStarts(text);
    const head = readHead(text, options, lineStarts, (t) => this.readFrontmatter(t, lineStarts));
    const t1 = performance.now();
    // Nodes are kept from the end of the frontmatter on: nothing to parse when it runs to the end.
    let tree = emptyRoot();
    if (head.readBody) {
      tree = head.bodyStart < text.length ? yield* this.markdown.steps(text, lineStarts, head.bodyStart, diff, refine) : rootOf(text, lineStarts, []);
    }
    const t2 = performance.now();
    let scans: Scans | undefined;
    if (head.readBody) {
      const reusable = previous?.scans && diff ? { ...previous, scans: previous.scans, diff } : undefined;
      scans = reusable ? rescan(reusable, text, head.bodyStart, this.recycle) : scanBody(text, head.bodyStart);
    }
    const t3 = performance.now();
    const submission = assemble(head, tree, scans);
    this.previous = { text, lineStarts, bodyStart: head.bodyStart, scans };
    this.timings = { head: t1 - t0, markdown: t2 - t1, scans: t3 - t2, assemble: performance.now() - t3 };
    return submission;
  }

  /**
   * The last text parsed again with its blocks in [from, to) cut at every paragraph and list item,
   * as the stretch around an edit is: a cold open cuts coarsely (fewer parser start-ups), which
   * makes the first keystroke in each coarse block re-parse all of it. Run while the editor is
   * idle, a stretch at a time; gives a Submission equal to the last one (undefined before any).
   */
  *refineSteps(from: number, to: number, options: ParseOptions = {}): Generator<void, Submission | undefined, void> {
    const previous = this.previous;
    if (!previous) return undefined;
    const text = previous.text;
    return yield* this.steps(text, options, { prefix: Math.min(from, text.length), suffix: Math.max(0, text.length - Math.max(to, from)) }, true);
  }

  /** Length of the last text parsed (0 before any). */
  get lastLength(): number {
    return this.previous?.text.length ?? 0;
  }

  /** The frontmatter is small but YAML is slow to read: reuse it while its text is unchanged. */
  private readFrontmatter(text: string, lineStarts: number[]): Frontmatter | undefined {
    const cached = this.frontmatter;
    // The same block, closing fence included, up to the closing line's break: the same frontmatter,
    // found without reading its lines again (hundreds in a long submission) at every keystroke.
    if (cached && text.startsWith(cached.source) && endsLine(text, cached.source.length)) return cached.value;
    const found = findFrontmatter(text);
    if (!found?.closed) return parseFrontmatter(text, lineStarts);
    const value = parseFrontmatter(text, lineStarts);
    this.frontmatter = { source: detach(text.slice(0, found.span.end)), value };
    return value;
  }
}

/** Whether the line that runs up to `at` ends there (a line break, or the end of the text). */
function endsLine(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return at >= text.length || c === 10 || c === 13;
}

/** Line starts of a new version from those of the previous one: only the edited stretch is read. */
function updateLineStarts(old: number[], oldText: string, text: string, { prefix, suffix }: TextDiff, inPlace: boolean): number[] {
  // A line start s depends on the characters at s - 1 and s ("\r\n" is one break). The first line
  // start, 0, is always kept.
  const head = Math.max(1, lowerBound(old, prefix));
  const middle: number[] = [];
  const middleEnd = text.length - suffix;
  for (let t = Math.max(prefix, 1); t <= middleEnd; t++) {
    const c = text.charCodeAt(t - 1);
    if (c === 10 || (c === 13 && text.charCodeAt(t) !== 10)) middle.push(t);
  }
  const delta = text.length - oldText.length;
  const first = lowerBound(old, oldText.length - suffix + 1);
  // In place for a caller that keeps only the latest result: no new array of every line per keystroke.
  if (inPlace && middle.length < 10_000) {
    old.splice(head, first - head, ...middle);
    if (delta !== 0) for (let i = head + middle.length; i < old.length; i++) old[i] += delta;
    return old;
  }
  const starts = old.slice(0, head);
  for (const t of middle) starts.push(t);
  const kept = starts.length;
  // Sized once: pushing one by one grows the array several times over on a long document.
  starts.length = kept + old.length - first;
  for (let i = first; i < old.length; i++) starts[kept + i - first] = old[i] + delta;
  return starts;
}

function lowerBound(xs: readonly number[], value: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Scans {
  citations: Citation[];
  exhibitCitations: ExhibitCitation[];
  placeholders: Span[];
  /** Suppression directives in the body (the frontmatter's are read at each parse, with it). */
  directives: Directive[];
}

function scanBody(text: string, bodyStart: number, to = text.length): Scans {
  return {
    citations: findCitations(text, bodyStart, to),
    exhibitCitations: findExhibitCitations(text, bodyStart, to),
    placeholders: findPlaceholders(text, bodyStart, to),
    directives: findDirectives(text, bodyStart, to),
  };
}

/**
 * Citations, exhibit references, placeholders and suppression directives of a new version,
 * scanning only the stretch between the heading lines around the edit. Sound because no citation
 * or exhibit reference runs across a line that starts with '#' (neither pattern matches '#'; tested
 * in test/unit/incremental.test.ts), a placeholder never spans a line, and a cut is never taken
 * inside an HTML comment (the scanners blank comments out, an unclosed one runs to the end, and a
 * directive is one comment): a scan between two such lines finds what a scan of the whole body
 * finds there.
 */
function rescan(previous: { text: string; bodyStart: number; scans: Scans; diff: TextDiff }, text: string, bodyStart: number, inPlace: boolean): Scans {
  const { prefix, suffix } = previous.diff;
  const old = previous.text;
  const delta = text.length - old.length;
  // The nearest heading line before the edit (its '#' untouched) that no comment runs across.
  // Searching back for "\r#" or "<!--" through a text that has none would read all of it.
  const cr = text.includes('\r');
  const comments = text.includes('<!--') || old.includes('<!--');
  const inComment = (t: string, offset: number) => comments && withinComment(t, offset);
  let a = headingLineBefore(text, prefix - 1, cr);
  while (a > bodyStart && inComment(text, a)) a = headingLineBefore(text, a - 1, cr);
  const keepBefore = previous.bodyStart === bodyStart && a > bodyStart;
  if (!keepBefore) a = bodyStart;
  // The nearest one after it (its line break and '#' untouched), in both versions.
  let b = headingLineAfter(text, Math.max(text.length - suffix, bodyStart));
  while (b < text.length && (inComment(text, b) || inComment(old, b - delta))) b = headingLineAfter(text, b);
  const keepAfter = b < text.length && b > a && b - delta > previous.bodyStart;
  if (!keepAfter) b = text.length;
  const middle = scanBody(text, a, b);
  const bOld = b - delta;
  const join = <T>(found: T[], before: T[], spanOf: (x: T) => Span, shifted: (x: T) => T): T[] => {
    const out: T[] = [];
    if (keepBefore) for (const x of before) if (spanOf(x).start < a) out.push(x);
    for (const x of found) out.push(x);
    if (keepAfter) for (const x of before) if (spanOf(x).start >= bOld) out.push(shifted(x));
    return out;
  };
  const { citations, exhibitCitations, placeholders, directives } = previous.scans;
  // Shifted in place for a caller that keeps only the latest result (recycleTrees): a keystroke
  // then allocates nothing for the thousands of citations after it.
  if (inPlace) {
    const moved = (span: Span) => {
      span.start += delta;
      span.end += delta;
    };
    return {
      citations: join(middle.citations, citations, (c) => c.span, (c) => (moved(c.span), c)),
      exhibitCitations: join(middle.exhibitCitations, exhibitCitations, (c) => c.span, (c) => (moved(c.span), c)),
      placeholders: join(middle.placeholders, placeholders, (p) => p, (p) => (moved(p), p)),
      directives: join(middle.directives, directives, (d) => d.span, (d) => (moved(d.span), d)),
    };
  }
  const shift = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
  return {
    citations: join(middle.citations, citations, (c) => c.span, (c) => ({ ...c, span: shift(c.span) })),
    exhibitCitations: join(middle.exhibitCitations, exhibitCitations, (c) => c.span, (c) => ({ ...c, span: shift(c.span) })),
    placeholders: join(middle.placeholders, placeholders, (p) => p, shift),
    directives: join(middle.directives, directives, (d) => d.span, (d) => ({ ...d, span: shift(d.span) })),
  };
}

/**
 * Whether an HTML comment (`<!--` up to the next `-->`, or to the end when unclosed) runs across
 * `offset`. Errs towards yes, which only widens the stretch scanned again.
 */
function withinComment(text: string, offset: number): boolean {
  const open = text.lastIndexOf('<!--', offset);
  if (open < 0) return false;
  const close = text.indexOf('-->', open + 4);
  return close < 0 || close + 3 > offset;
}

/** Start of the last line that starts with '#' and begins before `before` (0 when none). */
function headingLineBefore(text: string, before: number, cr: boolean): number {
  if (before <= 0) return 0;
  return Math.max(text.lastIndexOf('\n#', before - 2), cr ? text.lastIndexOf('\r#', before - 2) : -1) + 1;
}

/** Start of the first line that starts with '#' whose line break is at or after `from` (text.length when none). */
function headingLineAfter(text: string, from: number): number {
  const n = text.indexOf('\n#', from);
  const r = text.indexOf('\r#', from);
  const i = n < 0 ? r : r < 0 ? n : Math.min(n, r);
  return i < 0 ? text.length : i + 1;
}

interface Head {
  text: string;
  lineStarts: number[];
  frontmatter: Frontmatter | undefined;
  isSubmission: boolean;
  kind: Kind | undefined;
  declaredLanguage: Language | undefined;
  bodyStart: number;
  oversized: boolean;
  readBody: boolean;
}

function readHead(text: string, options: ParseOptions, lineStarts: number[], readFrontmatter: (text: string, lineStarts: number[]) => Frontmatter | undefined): Head {
  const frontmatter = readFrontmatter(text, lineStarts);
  const raw = frontmatter?.raw;
  // Broken YAML may hide the key from the parser; the file is still meant to be a submission.
  const isSubmission =
    (raw !== undefined && 'submission' in raw) ||
    (!!frontmatter?.syntaxErrors.length && /^submission\s*:/m.test(text.slice(frontmatter.content.start, frontmatter.content.end)));
  const kind = KINDS.includes(raw?.submission as Kind) ? (raw!.submission as Kind) : undefined;
  const declaredLanguage = LANGUAGES.includes(raw?.language as Language) ? (raw!.language as Language) : undefined;
  const bodyStart = frontmatter ? frontmatter.span.end : 0;
  const oversized = isSubmission && text.length > (options.maxBodyChars ?? MAX_BODY_CHARS);
  const readBody = isSubmission && !oversized;
  return { text, lineStarts, frontmatter, isSubmission, kind, declaredLanguage, bodyStart, oversized, readBody };
}

function emptyRoot(): Root {
  return { type: 'root', children: [] };
}

function assemble(head: Head, tree: Root, scans?: Scans): Submission {
  const { text, frontmatter, bodyStart, readBody, lineStarts } = head;
  tree.children = tree.children.filter((n) => (n.position?.start.offset ?? 0) >= bodyStart && n.type !== 'yaml');
  const headings = collectHeadings(tree, bodyStart);
  const sections = collectSections(tree, headings, text.length);

  return {
    text,
    frontmatter,
    isSubmission: head.isSubmission,
    kind: head.kind,
    declaredLanguage: head.declaredLanguage,
    language: head.declaredLanguage ?? 'en',
    tree,
    headings,
    sections,
    citations: readBody ? (scans?.citations ?? findCitations(text, bodyStart)) : [],
    exhibitCitations: readBody ? (scans?.exhibitCitations ?? findExhibitCitations(text, bodyStart)) : [],
    ...declaredIn(frontmatter),
    placeholders: readBody ? (scans?.placeholders ?? findPlaceholders(text, bodyStart)) : [],
    // A directive may sit in the frontmatter's lines too; those few are read at every parse.
    suppressions: readBody ? suppressionsOf([...findDirectives(text, 0, bodyStart), ...(scans?.directives ?? findDirectives(text, bodyStart))], lineStarts) : { file: new Set(), lines: new Map() },
    oversized: head.oversized,
    lineStarts,
  };
}

/**
 * The warrants and exhibits the frontmatter declares, kept with it: the parser reuses the
 * frontmatter while its text is unchanged, and a long submission declares hundreds of exhibits.
 */
const declared = new WeakMap<Frontmatter, Pick<Submission, 'warrants' | 'exhibits'>>();

function declaredIn(frontmatter: Frontmatter | undefined): Pick<Submission, 'warrants' | 'exhibits'> {
  if (!frontmatter) return { warrants: [], exhibits: [] };
  let lists = declared.get(frontmatter);
  if (!lists) {
    lists = { warrants: listOf(frontmatter.raw?.warrants).map(toWarrant), exhibits: listOf(frontmatter.raw?.exhibits).map(toExhibit) };
    declared.set(frontmatter, lists);
  }
  return lists;
}

function listOf(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}));
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function toWarrant(w: Record<string, unknown>, index: number): Warrant {
  return {
    id: str(w.id),
    type: str(w.type),
    authority: str(w.authority),
    date: str(w.date),
    reference: str(w.reference),
    status: str(w.status),
    index,
  };
}

function toExhibit(e: Record<string, unknown>, index: number): Exhibit {
  return { id: normalizeExhibitId(e.id), title: str(e.title), date: str(e.date), file: str(e.file), index };
}

/** Placeholders in text[from, to); one never spans a line, so a stretch of whole lines can be scanned alone. */
function findPlaceholders(text: string, from: number, to = text.length): Span[] {
  const spans: Span[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!slice.includes('{{')) return spans;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(slice); m; m = PLACEHOLDER.exec(slice)) spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  return spans;
}
