// How the language server's process keeps its heap small while it holds long documents.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/**
 * Parsing a long submission from scratch allocates far more short-lived objects than it keeps, and
 * with V8's defaults much of that garbage reaches the old generation, which then stays large for
 * good. Forcing collections during the parse would cost time on every open. Instead the heap is
 * tuned once, through V8 flags that V8 reads as it goes (figures in docs/performance.md):
 * - the old generation grows by half of what is live after each collection instead of up to 4x,
 *   so V8's own concurrent collections keep it small while a long parse runs;
 * - the young generation stops growing at 2 × 8 MB; in the supervised process, the worker's is
 *   2 × 4 MB from its start and no thread's grows (fixYoungGenerations);
 * - after a pause in the analyses, a heap with much unused space is compacted once (two full
 *   collections while V8 optimises for size, run when nothing waits).
 */
const YOUNG_CAP_BYTES = 8 * 2 ** 20;
/** Each semi-space of the supervised worker's young generation, in MB (two of them: 8 MB). */
const WORKER_SEMI_SPACE_MB = 4;
const COMPACT_AFTER_IDLE_MS = 500;
const COMPACT_ABOVE_UNUSED_BYTES = 24 * 2 ** 20;
/** The same during idle re-cutting, after which the coarse blocks' nodes (a whole tree of them) are garbage. */
export const REFINE_COMPACT_ABOVE_UNUSED_BYTES = 12 * 2 ** 20;
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

/** Once, at start-up: grow the old generation by half of what is live instead of up to 4x. */
export function tuneHeap(): void {
  setFlag('--heap-growing-percent=50');
}

/** Once the young generation has reached 8 MB, it stops growing (it may finish one doubling). */
export function capYoungGeneration(): void {
  if (youngCapped) return;
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!young || young.space_size < YOUNG_CAP_BYTES) return;
  setFlag('--semi-space-growth-factor=1');
  youngCapped = true;
}

/**
 * In the supervised process, before each worker starts and again once it runs: the worker's young
 * generation is 2 × 4 MB from its start, and no thread's young generation grows. The supervisor's
 * thread only relays messages; left to grow, its young generation reached 2 × 4 MB, and the
 * worker's 2 × 8 MB (capYoungGeneration stops it there when it runs alone). A worker with 2 × 4 MB
 * held from the start opens and types as fast in the bench and peaks 10 MB lower at 1 MB
 * (docs/performance.md, "Young generations that stop growing").
 *
 * Twice, because V8 raises --semi-space-growth-factor back to 2 whenever it sets up an isolate
 * (Heap::ConfigureHeap), which the new worker's thread does after `new Worker()` has returned; the
 * flags are the process's, and the worker's semi-space size is read only at that set-up.
 */
export function fixYoungGenerations(): void {
  setFlag(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  setFlag('--semi-space-growth-factor=1');
}

/** Compacts the heap once the analyses have paused, if much of it is unused. */
export function compactWhenIdle(): void {
  clearTimeout(compactTimer);
  compactTimer = setTimeout(compactHeap, COMPACT_AFTER_IDLE_MS);
  compactTimer.unref?.();
}

/**
 * Compacts the heap now if much of it is unused: for long idle work (re-cutting a fresh
 * document's blocks) that would otherwise let the heap grow by half of what is live before V8
 * collects it, raising the process's peak.
 */
export function compactHeap(aboveUnusedBytes = COMPACT_ABOVE_UNUSED_BYTES): void {
  const { heapTotal, heapUsed } = process.memoryUsage();
  if (heapTotal - heapUsed < aboveUnusedBytes) return;
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
