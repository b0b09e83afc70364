// What the language server's worker is working on, written where the supervisor can read it even
// while the worker is blocked: a few integers in shared memory. The worker writes which document
// each stretch of work is for, how many exports are under way, and a heartbeat from its event
// loop; the supervisor (supervisor.ts) reads them to tell a worker that is busy from one that is
// stuck, and which document it is stuck on.
import type { MessagePort } from 'node:worker_threads';

const BEAT = 0;
const DOC = 1;
const EXPORTS = 2;
/** How often the worker's event loop marks that it is free. */
export const BEAT_MS = 100;

/** What the worker tells the supervisor on the control channel, beside the LSP messages. */
export type ControlMessage = { type: 'ready' } | { type: 'doc'; id: number; uri: string };

export function createSlot(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
}

/** The supervisor's view of the slot. */
export function readSlot(slot: Int32Array): { beat: number; doc: number; exports: number } {
  return { beat: Atomics.load(slot, BEAT), doc: Atomics.load(slot, DOC), exports: Atomics.load(slot, EXPORTS) };
}

/** The worker's side: marks its work in the slot, and names each document once on the control port. */
export class WorkMarker {
  private readonly ids = new Map<string, number>();
  private beat: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly slot: Int32Array,
    private readonly control: MessagePort,
  ) {}

  /** Starts the heartbeat and tells the supervisor the server listens. */
  start(): void {
    this.beat = setInterval(() => Atomics.add(this.slot, BEAT, 1), BEAT_MS);
    this.beat.unref();
    this.post({ type: 'ready' });
  }

  /** From now until `idle()`, the worker works on this document. */
  working(uri: string): void {
    let id = this.ids.get(uri);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(uri, id);
      this.post({ type: 'doc', id, uri });
    }
    Atomics.store(this.slot, DOC, id);
  }

  idle(): void {
    Atomics.store(this.slot, DOC, 0);
  }

  /**
   * Runs an export or a bundle: long stretches of PDF work without a pause are expected meanwhile,
   * so the supervisor allows them the export budget instead of the check budget.
   */
  async exporting<T>(fn: () => Promise<T>): Promise<T> {
    Atomics.add(this.slot, EXPORTS, 1);
    try {
      return await fn();
    } finally {
      Atomics.sub(this.slot, EXPORTS, 1);
    }
  }

  /** Runs `fn` marked as work on the document. */
  around<T>(uri: string, fn: () => T): T {
    this.working(uri);
    try {
      return fn();
    } finally {
      this.idle();
    }
  }

  private post(message: ControlMessage): void {
    this.control.postMessage(message);
  }
}

/** A marker that marks nothing: the server running in-process, without a supervisor. */
export const NO_MARKER = {
  start() {},
  working() {},
  idle() {},
  around<T>(_uri: string, fn: () => T): T {
    return fn();
  },
  exporting<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  },
} satisfies Pick<WorkMarker, 'start' | 'working' | 'idle' | 'around' | 'exporting'>;
