// text → Submission: the single parse every feature (checks, outline, hover, completion, export) reads.
import { KINDS, LANGUAGES, type Kind, type Language } from '../vocabulary';
import { normalizeExhibitId } from './exhibits';
import { findFrontmatter, parseFrontmatter } from './frontmatter';
import { diffTexts, IncrementalMarkdown, rootOf, type IncrementalStats, type TextDiff } from './incremental';
import { parseMarkdown } from './markdown';
import type { Root } from 'mdast';
import { type Exhibit, type Frontmatter, type Submission, type Warrant } from './model';
import { collectHeadings, collectSections } from './sections';
import { rescan, scanBody, type Scans } from './scans';
import { Source } from './source';
import { findDirectives, suppressionsOf } from './suppressions';
import { computeLineStarts, detach } from './text';

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
  const head = readHead(Source.of(text), options, computeLineStarts(text), (t, lineStarts) => parseFrontmatter(t.toString(), lineStarts));
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
  /**
   * The last complete parse. `linesOf` is the text its `lineStarts` now describe: a parse given up
   * (a newer version arrived) may have updated them in place for its own text.
   */
  private previous: { text: Source; lineStarts: number[]; linesOf: Source; bodyStart: number; scans: Scans | undefined } | undefined;
  /** Submission.lineage of every version this parser makes. */
  private readonly lineage = {};
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

  /** Characters of the body the last parse scanned for citations and the like (for tests). */
  scannedChars = 0;

  /** How much the last parse had to redo (for tests and the benchmark). */
  get stats(): IncrementalStats {
    return this.markdown.stats;
  }

  /**
   * @param text the text, as a string or as the server's document store gives it (core/source.ts:
   *   an earlier version's string with the replacements since, never made one string here).
   * @param change what changed since the text of the last parse, when the caller knows it (the
   *   server's document store does): spares comparing the two texts.
   */
  parse(text: string | Source, options: ParseOptions = {}, change?: TextChange): Submission {
    const steps = this.steps(text, options, change);
    for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
  }

  /** The same, pausing after each block it parses (see IncrementalMarkdown.steps). */
  *steps(input: string | Source, options: ParseOptions = {}, change?: TextChange, refine = false): Generator<void, Submission, void> {
    const t0 = performance.now();
    const text = typeof input === 'string' ? Source.of(input) : input;
    const previous = this.previous;
    const diff = previous ? (change ? { previous: previous.text, ...change } : diffTexts(previous.text, text)) : undefined;
    const lineStarts = previous && diff && previous.linesOf === previous.text ? updateLineStarts(previous.lineStarts, previous.text, text, diff, this.recycle) : computeLineStarts(text);
    if (previous && lineStarts === previous.lineStarts) previous.linesOf = text;
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
      if (reusable) {
        const found = rescan(reusable, text, head.bodyStart, this.recycle);
        scans = found.scans;
        this.scannedChars = found.scanned.end - found.scanned.start;
      } else {
        scans = scanBody(text, head.bodyStart);
        this.scannedChars = text.length - head.bodyStart;
      }
    }
    const t3 = performance.now();
    const submission = assemble(head, tree, scans, this.lineage);
    // Not enumerable: comparing or printing a submission sees what it says, not who made it.
    Object.defineProperty(submission, 'lineage', { value: this.lineage });
    this.previous = { text, lineStarts, linesOf: text, bodyStart: head.bodyStart, scans };
    this.timings = { head: t1 - t0, markdown: t2 - t1, scans: t3 - t2, assemble: performance.now() - t3 };
    return submission;
  }

  /**
   * The last text parsed again with its blocks in [from, to) cut at every paragraph and list item,
   * as the stretch around an edit is: a cold open cuts coarsely (fewer parser start-ups), and the
   * first keystroke in a coarse block re-cuts it (its parts taken from its nodes, the edited one
   * parsed). Run while the editor is idle, a stretch at a time, so that no keystroke has that to
   * do; gives a Submission equal to the last one (undefined before any).
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
  private readFrontmatter(text: Source, lineStarts: number[]): Frontmatter | undefined {
    const cached = this.frontmatter;
    // The same block, closing fence included, up to the closing line's break: the same frontmatter,
    // found without reading its lines again (hundreds in a long submission) at every keystroke.
    if (cached && text.startsWith(cached.source) && endsLine(text, cached.source.length)) return cached.value;
    // Read as one string: once per change to the frontmatter, not per keystroke in the body.
    const whole = text.toString();
    const found = findFrontmatter(whole);
    if (!found?.closed) return parseFrontmatter(whole, lineStarts);
    const value = parseFrontmatter(whole, lineStarts);
    this.frontmatter = { source: detach(whole.slice(0, found.span.end)), value };
    return value;
  }
}

/** Whether the line that runs up to `at` ends there (a line break, or the end of the text). */
function endsLine(text: Source, at: number): boolean {
  const c = text.charCodeAt(at);
  return at >= text.length || c === 10 || c === 13;
}

/** Line starts of a new version from those of the previous one: only the edited stretch is read. */
function updateLineStarts(old: number[], oldText: Source, text: Source, { prefix, suffix }: TextDiff, inPlace: boolean): number[] {
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

interface Head {
  text: Source;
  lineStarts: number[];
  frontmatter: Frontmatter | undefined;
  isSubmission: boolean;
  kind: Kind | undefined;
  declaredLanguage: Language | undefined;
  bodyStart: number;
  oversized: boolean;
  readBody: boolean;
}

function readHead(text: Source, options: ParseOptions, lineStarts: number[], readFrontmatter: (text: Source, lineStarts: number[]) => Frontmatter | undefined): Head {
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

function assemble(head: Head, tree: Root, scans?: Scans, lineage?: object): Submission {
  const { text, frontmatter, bodyStart, readBody, lineStarts } = head;
  const found = readBody ? (scans ?? scanBody(text, bodyStart)) : undefined;
  // The frontmatter's nodes come first, in document order: dropped without reading the position of
  // every node (a getter each, 0.9 ms a keystroke at 1 MB), and the list kept when there are none.
  const children = tree.children;
  let skip = 0;
  while (skip < children.length && (children[skip].type === 'yaml' || (children[skip].position?.start.offset ?? 0) < bodyStart)) skip++;
  if (skip) tree.children = children.slice(skip);
  const headings = collectHeadings(tree, bodyStart, lineage);
  const sections = collectSections(tree, headings, text.length);

  const submission = {
    // Made one string only when asked: the checks a keystroke runs read `source` (core/source.ts).
    get text() {
      return text.toString();
    },
    frontmatter,
    isSubmission: head.isSubmission,
    kind: head.kind,
    declaredLanguage: head.declaredLanguage,
    language: head.declaredLanguage ?? 'en',
    tree,
    headings,
    sections,
    citations: found?.citations ?? [],
    exhibitCitations: found?.exhibitCitations ?? [],
    ...declaredIn(frontmatter),
    placeholders: found?.placeholders ?? [],
    // A directive may sit in the frontmatter's lines too; those few are read at every parse.
    suppressions: found ? suppressionsOf([...findDirectives(text, 0, bodyStart), ...found.directives], lineStarts) : { file: new Set(), lines: new Map() },
    oversized: head.oversized,
    lineStarts,
  };
  // Not enumerable: comparing or printing a submission compares its text, not how it is held.
  Object.defineProperty(submission, 'source', { value: text });
  return submission as Submission;
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
