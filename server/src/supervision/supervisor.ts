// The language server's main thread: it owns the connection to the editor and runs the language
// server itself (server.ts) in a worker thread, forwarding LSP messages both ways. Checking a
// document is sliced so that one document never holds up another (service/analysis.ts); the
// supervisor is there for what slicing cannot bound — a stretch of work that does not pause (a
// frontmatter of 50,000 keys, a defect not yet found) and memory. It watches the worker's heartbeat
// and its memory limit; a worker stuck past the budget, out of memory or crashed is replaced at
// once, the documents open in the editor are handed to the new one, and the document that stopped
// it keeps its last diagnostics plus one saying why, unchecked until it changes (docs/robustness.md).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import {
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LSPErrorCodes,
  LogMessageNotification,
  Message,
  MessageType,
  PortMessageReader,
  PortMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type DidChangeTextDocumentParams,
  type DidOpenTextDocumentParams,
  type InitializeParams,
  type MessageReader,
  type MessageWriter,
  type NotificationMessage,
  type PublishDiagnosticsParams,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { RopeDocument } from '../documents';
import { SuspendNotification, type SuspendParams } from '../protocol';
import { BEAT_MS, createSlot, readSlot, type ControlMessage } from './workSlot';
import { budgetDiagnostic, type Overrun } from './overrun';
import { LANGUAGES, type Language } from '../vocabulary';
import { decodePublication, isEncoded, type EncodedPublication } from './wire';

export interface Budgets {
  /** How long the worker may work without a pause while checking or answering a request. */
  checkMs: number;
  /** The same while an export, bundle or preview is under way (PDF work pauses rarely). */
  exportMs: number;
  /** The worker's heap limit (V8's old generation), in MB. */
  memoryMb: number;
  /** How long a document that stopped the worker stays unchecked at least; doubled each time. */
  coolDownMs: number;
}

/** A step that has not moved for this many budgets is stopped, computing or not. */
const STALL_LIMIT_FACTOR = 10;

/**
 * Whether a step whose heartbeat has not moved for `stalledMs` is stuck. The budget is time spent
 * computing: on a loaded machine (a build, a scan, other editors) a worker can wait for the
 * processor longer than its budget, and a new template's first check was stopped so. The
 * process's CPU time since the beat is the worker's (the supervisor only watches meanwhile). A
 * step that has not moved for ten budgets is stopped whatever the load: a worker blocked without
 * computing would never pass the first test.
 */
export function isStuck({ stalledMs, cpuMs, budgetMs }: { stalledMs: number; cpuMs: number; budgetMs: number }): boolean {
  return (stalledMs > budgetMs && cpuMs >= budgetMs) || stalledMs > STALL_LIMIT_FACTOR * budgetMs;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export const DEFAULT_BUDGETS: Budgets = { checkMs: 1_000, exportMs: 120_000, memoryMb: 1_024, coolDownMs: 10_000 };
const MAX_COOL_DOWN_MS = 5 * 60_000;
/** Restarts with no document to blame, within RESTART_WINDOW_MS, before the supervisor gives up. */
const MAX_BLAMELESS_RESTARTS = 3;
const RESTART_WINDOW_MS = 3 * 60_000;
/** How long after its text arrived a document may be blamed for memory that ran out outside its check. */
const RECENT_TEXT_MS = 30_000;
const REPLAY_INITIALIZE_ID = '$supervisor/initialize';

/** Budgets from the environment (SUBMISSION_CHECK_BUDGET_MS, …), for tests and unusual machines. */
export function budgetsFromEnv(env: NodeJS.ProcessEnv = process.env): Budgets {
  const read = (name: string, fallback: number) => {
    const n = Number(env[name]);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    checkMs: read('SUBMISSION_CHECK_BUDGET_MS', DEFAULT_BUDGETS.checkMs),
    exportMs: read('SUBMISSION_EXPORT_BUDGET_MS', DEFAULT_BUDGETS.exportMs),
    memoryMb: read('SUBMISSION_MEMORY_BUDGET_MB', DEFAULT_BUDGETS.memoryMb),
    coolDownMs: read('SUBMISSION_COOL_DOWN_MS', DEFAULT_BUDGETS.coolDownMs),
  };
}

interface Running {
  worker: Worker;
  writer: MessageWriter;
  control: MessagePort;
  slot: Int32Array;
  /** Document ids the worker named on the control port. */
  names: Map<number, string>;
  ready: boolean;
  /** The heartbeat last seen, when it last moved, and the process's CPU time then. */
  beat: number;
  beatAt: number;
  beatCpu: NodeJS.CpuUsage;
  /** Set once the supervisor has let this worker go: its messages are ignored from then on. */
  retired: boolean;
}

export class Supervisor {
  private running!: Running;
  private readonly docs = new Map<string, RopeDocument>();
  /** The editor's requests the worker has not answered yet. */
  private readonly pending = new Map<number | string, { method: string; uri?: string }>();
  /** The worker's requests to the editor, by the id the editor sees. */
  private readonly outgoing = new Map<number, { worker: Running; id: number | string }>();
  private outgoingId = 0;
  /** Each open document's last publication, as the worker sent it (encoded or not). */
  private readonly lastDiagnostics = new Map<string, PublishDiagnosticsParams | EncodedPublication>();
  private readonly suspensions = new Map<string, { version: number; resumeAt: number }>();
  private readonly strikes = new Map<string, number>();
  private blameless: number[] = [];
  /** The document whose text arrived last: what a worker out of memory between marked steps was most likely holding. */
  private lastTouched?: { uri: string; at: number };
  private initializeParams: InitializeParams | undefined;
  private initialized = false;
  private configuration: unknown;
  private shutdown = false;
  private lastTick = Date.now();

  constructor(
    private readonly entry: string,
    /** takesEncoded: the writer writes an EncodedPublication's bytes as they are (wire.ts). */
    private readonly client: { reader: MessageReader; writer: MessageWriter; takesEncoded?: boolean },
    private readonly budgets: Budgets = budgetsFromEnv(),
    private readonly argv: string[] = process.argv.slice(2),
    /** Called each time a worker's thread is running (its heap set up): main.ts re-applies V8 flags there. */
    private readonly onWorkerOnline: () => void = () => {},
  ) {}

  start(): void {
    this.running = this.spawn();
    this.client.reader.listen((message) => this.fromClient(message));
    this.client.reader.onClose(() => process.exit(this.shutdown ? 0 : 1));
    setInterval(() => this.watch(), BEAT_MS);
  }

  private spawn(): Running {
    const slot = createSlot();
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(this.entry, {
      argv: this.argv,
      workerData: { slot, control: port2, encodeDiagnostics: !!this.client.takesEncoded },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: this.budgets.memoryMb },
      // The worker's stray output must not reach stdout, which may carry the LSP stream.
      stdout: true,
      stderr: true,
    });
    worker.once('online', this.onWorkerOnline);
    worker.stdout.pipe(process.stderr);
    worker.stderr.pipe(process.stderr);
    const running: Running = { worker, writer: new PortMessageWriter(worker), control: port1, slot, names: new Map(), ready: false, beat: 0, beatAt: Date.now(), beatCpu: process.cpuUsage(), retired: false };
    new PortMessageReader(worker).listen((message) => this.fromWorker(running, message));
    port1.on('message', (m: ControlMessage) => {
      if (m.type === 'doc') running.names.set(m.id, m.uri);
      else if (m.type === 'ready') {
        running.ready = true;
        running.beatAt = Date.now();
        running.beatCpu = process.cpuUsage();
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (running.retired) return;
      this.replace(running, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', err);
    });
    worker.on('exit', (code) => {
      if (running.retired) return;
      // The worker ends by itself after `exit`, or when the editor's process is gone.
      if (this.shutdown || !this.clientAlive()) process.exit(this.shutdown ? 0 : code || 1);
      this.replace(running, 'crash', new Error(`the worker exited with code ${code}`));
    });
    return running;
  }

  /** Every BEAT_MS: a worker whose heartbeat has not moved for longer than its budget is stuck. */
  private watch(): void {
    const now = Date.now();
    // If the supervisor itself was held up (a huge message to read, a loaded machine), what it
    // missed is not the worker's fault.
    const late = now - this.lastTick > 4 * BEAT_MS;
    this.lastTick = now;
    const running = this.running;
    if (!running.ready || running.retired) return;
    const { beat, exports } = readSlot(running.slot);
    if (beat !== running.beat || late) {
      running.beat = beat;
      running.beatAt = now;
      running.beatCpu = process.cpuUsage();
      return;
    }
    const budgetMs = exports > 0 ? this.budgets.exportMs : this.budgets.checkMs;
    const stalledMs = now - running.beatAt;
    if (stalledMs > budgetMs + BEAT_MS && isStuck({ stalledMs, cpuMs: cpuMsSince(running.beatCpu), budgetMs })) this.replace(running, 'time');
  }

  private fromClient(message: Message): void {
    if (Message.isRequest(message)) {
      if (message.method === InitializeRequest.method) {
        this.initializeParams = message.params as InitializeParams;
        this.watchClient();
      }
      if (message.method === ShutdownRequest.method) this.shutdown = true;
      const params = message.params as { textDocument?: { uri?: string }; uri?: string } | undefined;
      this.pending.set(message.id!, { method: message.method, uri: params?.textDocument?.uri ?? params?.uri });
    } else if (Message.isNotification(message)) {
      if (message.method === ExitNotification.method) process.exit(this.shutdown ? 0 : 1);
      // Handed over first: the supervisor's own copy of a document is needed only to replace a
      // worker, and updating it (a rope edit, up to 2 ms a change at 250 KB until this thread has
      // compiled it) held up every change on its way to the worker.
      void this.running.writer.write(message);
      this.track(message);
      return;
    } else if (Message.isResponse(message)) {
      // An answer to the worker's request: back to the worker that asked, if it still runs.
      const to = typeof message.id === 'number' ? this.outgoing.get(message.id) : undefined;
      if (!to) return;
      this.outgoing.delete(message.id as number);
      if (!to.worker.retired) void to.worker.writer.write({ ...message, id: to.id } as ResponseMessage);
      return;
    }
    void this.running.writer.write(message);
  }

  /** Keeps the supervisor's copy of the open documents, to hand them to a new worker. */
  private track(message: NotificationMessage): void {
    const params = message.params as never;
    switch (message.method) {
      case DidOpenTextDocumentNotification.method: {
        const { textDocument: d } = params as DidOpenTextDocumentParams;
        this.docs.set(d.uri, RopeDocument.create(d.uri, d.languageId, d.version, d.text));
        this.lastTouched = { uri: d.uri, at: Date.now() };
        break;
      }
      case DidChangeTextDocumentNotification.method: {
        const { textDocument, contentChanges } = params as DidChangeTextDocumentParams;
        const doc = this.docs.get(textDocument.uri);
        if (doc) this.docs.set(textDocument.uri, RopeDocument.update(doc, contentChanges, textDocument.version));
        this.lastTouched = { uri: textDocument.uri, at: Date.now() };
        break;
      }
      case DidCloseTextDocumentNotification.method: {
        const uri = (params as { textDocument: { uri: string } }).textDocument.uri;
        this.docs.delete(uri);
        this.lastDiagnostics.delete(uri);
        this.suspensions.delete(uri);
        this.strikes.delete(uri);
        if (this.lastTouched?.uri === uri) this.lastTouched = undefined;
        break;
      }
      case DidChangeConfigurationNotification.method:
        this.configuration = params;
        break;
      case InitializedNotification.method:
        this.initialized = true;
        break;
    }
  }

  private fromWorker(running: Running, message: Message | EncodedPublication): void {
    if (running.retired) return;
    if (isEncoded(message)) {
      if (this.docs.has(message.uri)) this.lastDiagnostics.set(message.uri, message);
      else this.lastDiagnostics.delete(message.uri);
      void this.client.writer.write(message as unknown as Message);
      return;
    }
    if (Message.isResponse(message)) {
      if (message.id === REPLAY_INITIALIZE_ID) return;
      this.pending.delete(message.id!);
    } else if (Message.isRequest(message)) {
      const id = ++this.outgoingId;
      this.outgoing.set(id, { worker: running, id: message.id! });
      void this.client.writer.write({ ...message, id } as RequestMessage);
      return;
    } else if (Message.isNotification(message) && message.method === PublishDiagnosticsNotification.method) {
      const params = message.params as PublishDiagnosticsParams;
      if (this.docs.has(params.uri)) this.lastDiagnostics.set(params.uri, params);
      else this.lastDiagnostics.delete(params.uri);
    }
    void this.client.writer.write(message);
  }

  /** Lets a stuck, exhausted or crashed worker go and starts another with the same documents. */
  private replace(running: Running, why: Overrun | 'crash', error?: Error): void {
    if (running.retired) return;
    running.retired = true;
    const { doc } = readSlot(running.slot);
    // Memory can run out between marked steps (building or sending a large result): the document
    // whose text came last is then the likely cause, and blaming it beats stopping the server.
    const recent = this.lastTouched && Date.now() - this.lastTouched.at < RECENT_TEXT_MS ? this.lastTouched.uri : undefined;
    const culprit = why === 'crash' && !doc ? undefined : (running.names.get(doc) ?? (why === 'memory' ? recent : undefined));
    void running.worker.terminate();
    running.control.close();
    this.log(
      MessageType.Error,
      `The checker ${why === 'time' ? `worked more than ${this.budgets.checkMs} ms without a pause` : why === 'memory' ? `needed more than ${this.budgets.memoryMb} MB` : 'failed'}` +
        `${culprit ? ` on ${culprit}` : ''} and was restarted${error ? `: ${error.stack ?? error.message}` : ''}`,
    );
    this.answerPending(culprit);
    if (!culprit) {
      const now = Date.now();
      this.blameless = [...this.blameless.filter((t) => now - t < RESTART_WINDOW_MS), now];
      if (this.blameless.length > MAX_BLAMELESS_RESTARTS) {
        // Something outside any one document is wrong: let the editor restart the server and tell the user.
        this.log(MessageType.Error, 'The checker failed repeatedly without a document to blame; the server stops.');
        process.exit(1);
      }
    } else this.suspend(culprit, why === 'crash' ? 'time' : why);
    this.running = this.spawn();
    this.replay();
  }

  /** The editor's requests that the retired worker will never answer. */
  private answerPending(culprit: string | undefined): void {
    for (const [id, { method, uri }] of this.pending) {
      if (method === ShutdownRequest.method) {
        void this.client.writer.write({ jsonrpc: '2.0', id, result: null } as ResponseMessage);
        continue;
      }
      // ContentModified: editors drop the answer quietly and ask again when they need it.
      const ours = method.startsWith('submission/');
      const message = ours
        ? `The checker stopped while working${uri === culprit && uri ? ' on this document' : ''} and was restarted; please try again.`
        : 'The checker was restarted.';
      void this.client.writer.write({ jsonrpc: '2.0', id, error: { code: ours ? ErrorCodes.InternalError : LSPErrorCodes.ContentModified, message } } as ResponseMessage);
    }
    this.pending.clear();
  }

  /** The document keeps its last diagnostics, plus one that says why it is no longer checked. */
  private suspend(uri: string, why: Overrun): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    const strikes = (this.strikes.get(uri) ?? 0) + 1;
    this.strikes.set(uri, strikes);
    const coolDownMs = Math.min(this.budgets.coolDownMs * 2 ** (strikes - 1), MAX_COOL_DOWN_MS);
    this.suspensions.set(uri, { version: doc.version, resumeAt: Date.now() + coolDownMs });
    const published = this.lastDiagnostics.get(uri);
    const last = (published && isEncoded(published) ? decodePublication(published).params : published)?.diagnostics ?? [];
    const kept = last.filter((d) => !(d.data as { overrun?: boolean } | undefined)?.overrun);
    const notice = budgetDiagnostic(why, languageOf(doc.getText()), { seconds: this.budgets.checkMs / 1000, mb: this.budgets.memoryMb, cooldown: Math.round(coolDownMs / 1000) }, this.rulesDocsBase());
    const params: PublishDiagnosticsParams = { uri, version: doc.version, diagnostics: [notice, ...kept] };
    this.lastDiagnostics.set(uri, params);
    void this.client.writer.write({ jsonrpc: '2.0', method: PublishDiagnosticsNotification.method, params } as NotificationMessage);
  }

  /** Hands the new worker what the old one knew: the session, the settings, the open documents. */
  private replay(): void {
    const w = this.running.writer;
    if (!this.initializeParams) return;
    void w.write({ jsonrpc: '2.0', id: REPLAY_INITIALIZE_ID, method: InitializeRequest.method, params: this.initializeParams } as RequestMessage);
    if (this.initialized) void w.write({ jsonrpc: '2.0', method: InitializedNotification.method, params: {} } as NotificationMessage);
    if (this.configuration !== undefined) void w.write({ jsonrpc: '2.0', method: DidChangeConfigurationNotification.method, params: this.configuration } as NotificationMessage);
    const now = Date.now();
    for (const [uri, s] of this.suspensions) {
      if (!this.docs.has(uri)) continue;
      const params: SuspendParams = { uri, version: s.version, resumeAfterMs: Math.max(0, s.resumeAt - now) };
      void w.write({ jsonrpc: '2.0', method: SuspendNotification.method, params } as NotificationMessage);
    }
    for (const doc of this.docs.values()) {
      const params: DidOpenTextDocumentParams = { textDocument: { uri: doc.uri, languageId: doc.languageId, version: doc.version, text: doc.getText() } };
      void w.write({ jsonrpc: '2.0', method: DidOpenTextDocumentNotification.method, params } as NotificationMessage);
    }
  }

  private rulesDocsBase(): string {
    const init = this.initializeParams?.initializationOptions as { rulesDocsUrl?: string } | undefined;
    return init?.rulesDocsUrl ?? pathToFileURL(path.join(path.dirname(this.entry), '..', 'docs', 'rules.md')).href;
  }

  /** The editor's process, as initialize names it: when it is gone, so is the server. */
  private watchClient(): void {
    const pid = this.initializeParams?.processId;
    if (typeof pid !== 'number') return;
    setInterval(() => {
      if (!this.clientAlive()) process.exit(this.shutdown ? 0 : 1);
    }, 3_000).unref();
  }

  private clientAlive(): boolean {
    const pid = this.initializeParams?.processId;
    if (typeof pid !== 'number') return true;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  private log(type: MessageType, message: string): void {
    process.stderr.write(`${message}\n`);
    void this.client.writer.write({ jsonrpc: '2.0', method: LogMessageNotification.method, params: { type, message } } as NotificationMessage);
  }
}

/** The frontmatter's `language:`, read without parsing (the supervisor carries no parser). */
export function languageOf(text: string): Language {
  // Only the opening fence is required: the document that overran may be the one whose
  // frontmatter is too long to have been closed within the first 64 KB.
  const head = text.slice(0, 65_536);
  if (!/^\uFEFF?---\r?\n/.test(head)) return 'en';
  for (const line of head.split(/\r?\n/).slice(1)) {
    if (/^(?:---|\.\.\.)\s*$/.test(line)) break;
    const value = /^language:\s*["']?([a-z]{2})\b/.exec(line)?.[1];
    if (value) return (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'en';
  }
  return 'en';
}
