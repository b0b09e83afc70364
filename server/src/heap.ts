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
 * - the young generation stops growing at 2 × 8 MB;
 * - after a pause in the analyses, a heap with much unused space is compacted once (two full
 *   collections while V8 optimises for size, run when nothing waits).
 */
const YOUNG_CAP_BYTES = 8 * 2 ** 20;
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
