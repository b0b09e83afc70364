// SUBMISSION_TRACE=1: after each publication, the server logs `trace {…}`, saying when its version
// arrived, its check started and ended (diagnostics made), and they were handed to the transport, in
// milliseconds since the epoch (comparable with the client's clock on the same machine), and how
// much of the check the thread spent collecting garbage (`gc`). `node bench/run.mjs --trace` reads
// it to tell the server's time from the transport's (docs/performance.md).
import { PerformanceObserver } from 'node:perf_hooks';

export interface VersionTrace {
  /** A version of a document arrived (applied to the document store). */
  arrived(uri: string, version: number): void;
  /** Now, on the trace's clock; 0 when tracing is off. */
  now(): number;
  /**
   * Its diagnostics are about to be handed to the transport (`sent`: the write may complete after
   * the client has read them): logs the trace a moment later, once collections are known.
   */
  published(uri: string, version: number, startedAt: number, checkedAt: number): void;
  forget(uri: string): void;
}

const epochMs = () => performance.timeOrigin + performance.now();
/** How many of the thread's latest collections are kept to be matched with checks. */
const COLLECTIONS_KEPT = 256;
/** The observer hears of a collection after it: the trace is logged this much later. */
const LOG_AFTER_MS = 20;

const OFF: VersionTrace = { arrived() {}, now: () => 0, published() {}, forget() {} };

export function versionTrace(enabled: boolean, log: (message: string) => void): VersionTrace {
  if (!enabled) return OFF;
  const arrivedAt = new Map<string, { version: number; at: number }>();
  const collections: { start: number; end: number }[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const start = performance.timeOrigin + e.startTime;
      collections.push({ start, end: start + e.duration });
    }
    collections.splice(0, Math.max(0, collections.length - COLLECTIONS_KEPT));
  }).observe({ entryTypes: ['gc'] });
  return {
    arrived: (uri, version) => arrivedAt.set(uri, { version, at: epochMs() }),
    now: epochMs,
    published(uri, version, startedAt, checkedAt) {
      const arrived = arrivedAt.get(uri);
      const times = { arrived: arrived?.version === version ? arrived.at : undefined, started: startedAt, checked: checkedAt, sent: epochMs() };
      setTimeout(() => {
        const gc = collections.reduce((sum, c) => sum + Math.max(0, Math.min(c.end, checkedAt) - Math.max(c.start, startedAt)), 0);
        log(`trace ${JSON.stringify({ uri, version, ...times, gc })}`);
      }, LOG_AFTER_MS);
    },
    forget: (uri) => arrivedAt.delete(uri),
  };
}
