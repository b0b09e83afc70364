// One parse and one check per document version, shared by every feature (diagnostics, outline,
// hover, completion, code actions, status, export). Each document keeps a SubmissionParser, so a
// new version re-parses only the blocks an edit touched (core/incremental.ts).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { Submission } from '../core/model';
import { SubmissionParser } from '../core/parse';
import { checkSubmission, type CheckOptions, type Finding } from '../rules/index';

export interface Analysis {
  version: number;
  submission: Submission;
  findings: Finding[];
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

/** How long an asynchronous analysis works before it lets other messages through. */
const SLICE_MS = 8;

/**
 * Memory of a long-running server (docs/performance.md). Parsing a 1 MB submission from scratch
 * allocates over a gigabyte of short-lived objects, of which about 80 MB reach the old generation
 * although only some 20 MB stay live; with V8's defaults the server then sat at 165-190 MB for good.
 * Forcing collections during the parse kept it lower but cost 300-400 ms of the cold open.
 * Instead, the server's heap is tuned once, through V8 flags that V8 reads as it goes:
 * - the old generation grows by half of what is live after each collection instead of up to 4x,
 *   so V8's own concurrent collections keep it small while a long parse runs;
 * - the young generation may grow to 2 × 8 MB instead of 2 × 16 MB (a smaller one costs up to 20%
 *   of the cold open, this one costs nothing measurable);
 * - after a pause in the analyses, a heap with much unused space is compacted once (two full
 *   collections while V8 optimises for size, 50-70 ms at 1 MB, run when nothing waits).
 */
const YOUNG_CAP_BYTES = 8 * 2 ** 20;
const COMPACT_AFTER_IDLE_MS = 500;
const COMPACT_ABOVE_UNUSED_BYTES = 24 * 2 ** 20;
let heapTuned = false;
let youngCapped = false;
let compactTimer: ReturnType<typeof setTimeout> | undefined;
let collect: (() => void) | null | undefined;

function setFlag(flag: string): void {
  try {
    v8.setFlagsFromString(flag);
  } catch {
    // an unknown flag in another Node version only loses the tuning
  }
}

function tuneHeap(): void {
  if (heapTuned) return;
  heapTuned = true;
  setFlag('--heap-growing-percent=50');
}

/** Once the young generation has reached 8 MB, it stops growing (it may finish one doubling). */
function capYoungGeneration(): void {
  if (youngCapped) return;
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!young || young.space_size < YOUNG_CAP_BYTES) return;
  setFlag('--semi-space-growth-factor=1');
  youngCapped = true;
}

/** Compacts the heap once the analyses have paused, if much of it is unused. */
function compactWhenIdle(): void {
  clearTimeout(compactTimer);
  compactTimer = setTimeout(compactHeap, COMPACT_AFTER_IDLE_MS);
  compactTimer.unref?.();
}

function compactHeap(): void {
  const { heapTotal, heapUsed } = process.memoryUsage();
  if (heapTotal - heapUsed < COMPACT_ABOVE_UNUSED_BYTES) return;
  if (collect === undefined) {
    try {
      setFlag('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  if (!collect) return;
  // In size-optimising mode a full collection also evacuates sparse pages; the second one releases them.
  setFlag('--optimize-for-size');
  try {
    collect();
    collect();
  } finally {
    setFlag('--no-optimize-for-size');
  }
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();
  /** The parse of a version, kept when only the findings must be recomputed (settings changed). */
  private readonly parsed = new Map<string, { version: number; submission: Submission }>();
  private readonly parsers = new Map<string, SubmissionParser>();
  /** Milliseconds of work (parse and checks, not the pauses) of each document's last completed analysis. */
  private readonly runMs = new Map<string, number>();

  constructor(private readonly options: (uri: string) => CheckOptions) {
    // One cache per server process: its heap is tuned for holding long documents (see above).
    tuneHeap();
  }

  /** The analysis of the document's current version, computed now if need be. */
  get(doc: VersionedText): Analysis {
    const cached = this.current(doc);
    if (cached) return cached;
    const known = this.parsed.get(doc.uri);
    const submission = known?.version === doc.version ? known.submission : this.parserFor(doc.uri).parse(doc.getText());
    return this.store(doc.uri, doc.version, submission);
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
    const known = this.parsed.get(uri);
    if (known?.version === version) return this.store(uri, version, known.submission);
    // The document object is updated in place by later changes: keep this version's text.
    const steps = this.parserFor(uri).steps(doc.getText());
    let sliceStart = performance.now();
    let worked = 0;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        capYoungGeneration();
        compactWhenIdle();
        const analysis = this.store(uri, version, r.value);
        this.runMs.set(uri, worked + performance.now() - sliceStart);
        return analysis;
      }
      if (performance.now() - sliceStart < SLICE_MS) continue;
      capYoungGeneration();
      worked += performance.now() - sliceStart;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!isCurrent()) return undefined;
      // A request may have needed this version meanwhile and analysed it synchronously.
      const done = this.entries.get(uri);
      if (done?.version === version) return done;
      sliceStart = performance.now();
    }
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
  }

  private current(doc: VersionedText): Analysis | undefined {
    const cached = this.entries.get(doc.uri);
    return cached && cached.version === doc.version ? cached : undefined;
  }

  private store(uri: string, version: number, submission: Submission): Analysis {
    this.parsed.set(uri, { version, submission });
    const findings = checkSubmission(submission, this.options(uri));
    const analysis = { version, submission, findings };
    this.entries.set(uri, analysis);
    return analysis;
  }

  private parserFor(uri: string): SubmissionParser {
    let parser = this.parsers.get(uri);
    // Only the latest analysis of a document is kept, so reused trees may be shifted in place.
    if (!parser) this.parsers.set(uri, (parser = new SubmissionParser({ recycleTrees: true })));
    return parser;
  }
}
