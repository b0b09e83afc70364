// One parse and one check per document version, shared by every feature (diagnostics, outline,
// hover, completion, code actions, status, export). Each document keeps a SubmissionParser, so a
// new version re-parses only the blocks an edit touched (core/incremental.ts). Used by the
// language server and, for one version of one file, by the command line.
import type { Submission } from '../core/model';
import { SubmissionParser, type TextChange } from '../core/parse';
import type { Source } from '../core/source';
import { evaluateSubmission, type CheckOptions, type Finding, type SectionState } from '../rules/index';

export interface Analysis {
  version: number;
  submission: Submission;
  findings: Finding[];
  /** The section requirements that apply and how each stands: what the outline and hover show beside the findings. */
  sectionStates: SectionState[];
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
  /** The text without making it one string, when the store keeps it otherwise (server/src/documents.ts). */
  source?(): Source;
  /** What changed since an earlier version, when the store knows (server/src/documents.ts). */
  changeSince?(version: number): TextChange | undefined;
}

/** How long an asynchronous analysis works before it lets other messages through. */
const SLICE_MS = 8;
/** How much of a document one step of refine re-cuts: the nodes of that much are held twice meanwhile. */
const REFINE_STRETCH = 16_384;

export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();
  /** The parse of a version, kept when only the findings must be recomputed (settings changed). */
  private readonly parsed = new Map<string, { version: number; submission: Submission }>();
  private readonly parsers = new Map<string, SubmissionParser>();
  /** Milliseconds of work (parse and checks, not the pauses) of each document's last completed analysis. */
  private readonly runMs = new Map<string, number>();
  /** How far refine has re-cut each document. */
  private readonly refined = new Map<string, number>();
  /** The latest run started on each document's parser: a run that is no longer the latest stops. */
  private readonly runs = new Map<string, number>();
  private runCount = 0;
  /** Refines under way. */
  private refining = 0;

  /** The run under way for each document, which a second caller for the same version joins. */
  private readonly inflight = new Map<string, { version: number; promise: Promise<Analysis | undefined> }>();

  /**
   * @param hooks.afterSlice called after each slice of work and at the end of a run (the server
   *   tunes its heap there); hooks.afterRun when a run completes; hooks.afterRefineStretch after
   *   each stretch that refine re-cut; hooks.working and hooks.idle around each stretch of work
   *   without a pause, naming the document (the supervisor's watchdog reads them).
   */
  constructor(
    private readonly options: (uri: string) => CheckOptions,
    private readonly hooks: {
      afterSlice?: () => void;
      afterRun?: () => void;
      afterRefineStretch?: () => void;
      working?: (uri: string) => void;
      idle?: () => void;
    } = {},
  ) {}

  /** The analysis of the document's current version, computed now if need be. */
  get(doc: VersionedText): Analysis {
    const cached = this.current(doc);
    if (cached) return cached;
    const known = this.parsed.get(doc.uri);
    if (known?.version === doc.version) return this.store(doc.uri, doc.version, known.submission);
    this.runs.set(doc.uri, ++this.runCount);
    return this.marked(doc.uri, () => this.store(doc.uri, doc.version, this.parserFor(doc.uri).parse(textOf(doc), {}, this.changeOf(doc))));
  }

  /**
   * The same, computed in slices so that the server keeps reading messages. Gives undefined as soon
   * as `isCurrent` says the version was superseded (a newer one wins); the blocks parsed so far stay
   * cached for the next run.
   */
  async getAsync(doc: VersionedText, isCurrent: () => boolean): Promise<Analysis | undefined> {
    const cached = this.current(doc);
    if (cached) return cached;
    const { uri, version } = doc;
    // A request that arrives while the document's check runs waits for that run: a second run
    // would share its parser, and a synchronous one would block every other document meanwhile.
    const running = this.inflight.get(uri);
    if (running?.version === version) return running.promise;
    const promise = this.run(doc, isCurrent).finally(() => {
      if (this.inflight.get(uri)?.promise === promise) this.inflight.delete(uri);
    });
    this.inflight.set(uri, { version, promise });
    return promise;
  }

  private async run(doc: VersionedText, isCurrent: () => boolean): Promise<Analysis | undefined> {
    const { uri, version } = doc;
    const known = this.parsed.get(uri);
    if (known?.version === version) return this.marked(uri, () => this.store(uri, version, known.submission));
    this.runs.set(uri, ++this.runCount);
    const steps = this.marked(uri, () => this.parserFor(uri).steps(textOf(doc), {}, this.changeOf(doc)));
    const result = await this.sliced(uri, steps, () => {
      if (!isCurrent()) return true;
      // A request may have needed this version meanwhile and analysed it synchronously.
      return this.entries.get(uri)?.version === version;
    });
    if (!result) return isCurrent() ? this.current(doc) : undefined;
    this.hooks.afterRun?.();
    const analysis = this.marked(uri, () => this.store(uri, version, result.value));
    this.runMs.set(uri, result.ms);
    return analysis;
  }

  /** Runs `fn` as work on the document (see hooks.working). */
  private marked<T>(uri: string, fn: () => T): T {
    this.hooks.working?.(uri);
    try {
      return fn();
    } finally {
      this.hooks.idle?.();
    }
  }

  /**
   * Re-cuts the coarse blocks of a document's last parse, a stretch at a time, while nothing else
   * runs (see SubmissionParser.refineSteps): afterwards a keystroke anywhere re-parses one paragraph
   * or item, as it does where the user has already typed. Stops as soon as another analysis of the
   * document starts, and takes up where it stopped next time.
   */
  async refine(doc: VersionedText, isCurrent: () => boolean): Promise<void> {
    this.refining++;
    try {
      await this.refineFrom(doc, isCurrent);
    } finally {
      this.refining--;
    }
  }

  private async refineFrom(doc: VersionedText, isCurrent: () => boolean): Promise<void> {
    const { uri, version } = doc;
    const parser = this.parsers.get(uri);
    let cursor = this.refined.get(uri) ?? 0;
    let recut: Submission | undefined;
    while (parser && cursor < parser.lastLength) {
      const known = this.parsed.get(uri);
      if (known?.version !== version) return;
      const run = ++this.runCount;
      this.runs.set(uri, run);
      const to = cursor + REFINE_STRETCH;
      // A pause after every block parsed: a keystroke waits for one paragraph's parse at most.
      const stop = () => this.runs.get(uri) !== run || !isCurrent();
      const result = await this.sliced(uri, parser.refineSteps(cursor, to), stop, 0);
      if (!result?.value) return;
      cursor = to;
      this.refined.set(uri, cursor);
      // The same tree, in finer blocks: the coarse nodes are let go with the analysis holding them.
      this.parsed.set(uri, { version, submission: result.value });
      const analysis = this.entries.get(uri);
      if (analysis?.version === version) this.entries.set(uri, { ...analysis, submission: result.value });
      recut = result.value;
      this.hooks.afterRefineStretch?.();
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stop()) return;
    }
    // The checks keep what they work out with each node (a paragraph's facts and number, a list's
    // characters, a node's references), and re-cut nodes are new objects: the first keystroke
    // after refining worked it all out again, 39 ms at 1 MB against 12 ms for the twentieth.
    // Checked once more now, while the editor is still idle, the tree's findings are the same
    // (the text is) and the next keystroke finds what it needs.
    if (recut && this.parsed.get(uri)?.version === version && isCurrent()) this.marked(uri, () => this.store(uri, version, recut));
    this.hooks.afterRun?.();
  }

  /** Whether a document's blocks have all been re-cut finely (see refine). */
  isRefined(uri: string): boolean {
    const parser = this.parsers.get(uri);
    return !parser || (this.refined.get(uri) ?? 0) >= parser.lastLength;
  }

  /**
   * Runs a parse in slices of SLICE_MS, yielding to the event loop between them; undefined when
   * `stop` says to give up after a pause. The milliseconds of work exclude the pauses.
   */
  private async sliced<T>(uri: string, steps: Generator<void, T, void>, stop: () => boolean, sliceMs = SLICE_MS): Promise<{ value: T; ms: number } | undefined> {
    let worked = 0;
    for (;;) {
      const sliceStart = performance.now();
      // Marked as work on the document for the supervisor, and unmarked even if the parse throws.
      const r = this.marked(uri, () => {
        for (;;) {
          const step = steps.next();
          if (step.done || performance.now() - sliceStart >= sliceMs) return step;
        }
      });
      this.hooks.afterSlice?.();
      worked += performance.now() - sliceStart;
      if (r.done) return { value: r.value, ms: worked };
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stop()) return undefined;
    }
  }

  /** Whether an analysis or a refine of some document is under way (between its slices). */
  get running(): boolean {
    return this.inflight.size > 0 || this.refining > 0;
  }

  /** How long the last completed analysis of a document worked, in milliseconds (undefined before the first). */
  lastRunMs(uri: string): number | undefined {
    return this.runMs.get(uri);
  }

  /** Timing of the last parse of a document (for logs and the benchmark). */
  parserStats(uri: string) {
    return this.parsers.get(uri)?.stats;
  }

  /** Results must be recomputed (settings changed, or a file an exhibit names appeared); parses stay valid. */
  invalidate(uri?: string): void {
    if (uri) this.entries.delete(uri);
    else this.entries.clear();
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.parsed.delete(uri);
    this.parsers.delete(uri);
    this.runMs.delete(uri);
    this.refined.delete(uri);
    this.runs.delete(uri);
    this.inflight.delete(uri);
  }

  private current(doc: VersionedText): Analysis | undefined {
    const cached = this.entries.get(doc.uri);
    return cached && cached.version === doc.version ? cached : undefined;
  }

  private store(uri: string, version: number, submission: Submission): Analysis {
    this.parsed.set(uri, { version, submission });
    const analysis = { version, submission, ...evaluateSubmission(submission, this.options(uri)) };
    this.entries.set(uri, analysis);
    return analysis;
  }

  /** What changed since the version the document's parser last parsed in full. */
  private changeOf(doc: VersionedText): TextChange | undefined {
    const known = this.parsed.get(doc.uri);
    return known && doc.changeSince ? doc.changeSince(known.version) : undefined;
  }

  private parserFor(uri: string): SubmissionParser {
    let parser = this.parsers.get(uri);
    // Only the latest analysis of a document is kept, so reused trees may be shifted in place.
    if (!parser) this.parsers.set(uri, (parser = new SubmissionParser({ recycleTrees: true })));
    return parser;
  }
}

function textOf(doc: VersionedText): string | Source {
  return doc.source ? doc.source() : doc.getText();
}
