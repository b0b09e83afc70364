// One LSP client over stdio (or Node's IPC channel, as VS Code speaks), for the black-box tests of
// dist/server.js and for the benchmark (which also times the floor server, bench/floor-server.ts,
// through it): starts a server process, records every publishDiagnostics, and times a change
// against the publication of its version.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { RequestType } from 'vscode-languageserver-protocol';
import { StatusChangedNotification, type StatusChangedParams } from '../../server/src/protocol';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    code: string;
    source: string;
    message: string;
    codeDescription?: { href: string };
  }[];
}

const epochMs = () => performance.timeOrigin + performance.now();

export interface LspClientOptions {
  /** The server's script; dist/server.js by default. */
  server?: string;
  /** Environment variables for the server process, beside this one's (the supervisor's budgets). */
  env?: Record<string, string>;
  /** Node options for the server process. */
  nodeOptions?: string[];
  /**
   * Keep only each document's latest diagnostics, as an editor does: earlier publications keep
   * their version, not their diagnostics. For the benchmark, whose client would otherwise hold
   * every version's (hundreds of lists of 200 KB at 1 MB) and time its own collections of them.
   */
  latestOnly?: boolean;
  /** How to speak to the server: over its stdin and stdout (other editors), or Node's IPC channel (VS Code's LanguageClient with TransportKind.ipc). */
  transport?: 'stdio' | 'ipc';
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  private readonly published = new Map<string, PublishedDiagnostics[]>();
  /** When each publication arrived, in milliseconds since the epoch (the server's trace uses the same clock). */
  private readonly arrivals = new WeakMap<PublishedDiagnostics, number>();
  private readonly latestOnly: boolean;
  private readonly waiters: { uri: string; predicate: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  readonly stderr: string[] = [];
  settings: unknown = null;
  /** window/showMessage notifications, and window/showMessageRequest requests (answered with none). */
  readonly messages: { type: number; message: string; request: boolean }[] = [];
  /** window/logMessage notifications. */
  readonly logs: { type: number; message: string }[] = [];
  /** submission/statusChanged notifications, in order. */
  readonly statuses: StatusChangedParams[] = [];

  constructor(options: LspClientOptions = {}) {
    this.latestOnly = !!options.latestOnly;
    const server = options.server ?? path.resolve(__dirname, '../../dist/server.js');
    const env = { ...process.env, ...options.env };
    if (options.transport === 'ipc') {
      this.process = spawn(process.execPath, [...(options.nodeOptions ?? []), server, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], env }) as ChildProcessWithoutNullStreams;
      this.connection = createMessageConnection(new IPCMessageReader(this.process), new IPCMessageWriter(this.process));
    } else {
      this.process = spawn(process.execPath, [...(options.nodeOptions ?? []), server, '--stdio'], { stdio: 'pipe', env });
      this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    }
    this.process.stderr.on('data', (d) => this.stderr.push(String(d)));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.arrivals.set(p, epochMs());
      const list = this.published.get(p.uri) ?? [];
      const last = list.length - 1;
      if (this.latestOnly && last >= 0) list[last] = { uri: list[last].uri, version: list[last].version, diagnostics: [] };
      list.push(p);
      this.published.set(p.uri, list);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.predicate(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push({ ...p, request: false });
    });
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p);
    });
    this.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push({ type: p.type, message: p.message, request: true });
      return null;
    });
    this.connection.onNotification(StatusChangedNotification, (p) => {
      this.statuses.push(p);
    });
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  async initialize(withConfiguration = false): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: withConfiguration }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** didOpen → the first publication of that version: milliseconds, and how many diagnostics. */
  async timedOpen(uri: string, text: string, version = 1): Promise<{ ms: number; diagnostics: number }> {
    const start = performance.now();
    const wait = this.diagnostics(uri, (p) => (p.version ?? -1) >= version, 300_000);
    this.open(uri, text, version);
    const p = await wait;
    return { ms: performance.now() - start, diagnostics: p.diagnostics.length };
  }

  /**
   * One didChange → the publication of its version, in milliseconds; with when the change was
   * sent and the publication arrived (milliseconds since the epoch, for the server's trace).
   */
  async timedChange(uri: string, version: number, changes: unknown[]): Promise<{ ms: number; diagnostics: number; sentAt: number; receivedAt: number }> {
    const start = performance.now();
    const sentAt = epochMs();
    const wait = this.diagnostics(uri, (p) => (p.version ?? -1) >= version, 120_000);
    this.change(uri, version, changes);
    const p = await wait;
    return { ms: performance.now() - start, diagnostics: p.diagnostics.length, sentAt, receivedAt: this.arrivals.get(p) ?? epochMs() };
  }

  /** Resolves with the first publication (already received or future) that satisfies the predicate. */
  diagnostics(uri: string, predicate: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    const seen = (this.published.get(uri) ?? []).find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.published.get(uri)?.map((p) => [p.version, p.diagnostics.map((d) => d.code)]))}\n${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({ uri, predicate, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Every publication received for a document, in order. */
  publications(uri: string): readonly PublishedDiagnostics[] {
    return this.published.get(uri) ?? [];
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** A request of the product's own protocol (server/src/protocol.ts), typed end to end. */
  send<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    return this.connection.sendRequest(type as RequestType<unknown, R, void>, params);
  }

  /** Peak and current resident set size of the server process (Linux), in MB. */
  memory(): { peakRssMb: number; rssMb: number } {
    try {
      const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
      return { peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
    } catch {
      return { peakRssMb: NaN, rssMb: NaN };
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}
