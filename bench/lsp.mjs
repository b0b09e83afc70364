// A minimal LSP client over stdio for the benchmark: starts dist/server.js, opens and edits a
// document, and times each publishDiagnostics against the message that caused it.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export class BenchServer {
  /** @param {string} serverPath */
  constructor(serverPath) {
    // BENCH_SERVER_FLAGS="--max-semi-space-size=4" tries Node/V8 options on the server.
    const flags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
    this.process = spawn(process.execPath, [...flags, serverPath, '--stdio'], { stdio: 'pipe' });
    this.stderr = '';
    this.process.stderr.on('data', (d) => (this.stderr += String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    /** @type {{ uri: string, version: number, resolve: (p: any) => void }[]} */
    this.waiters = [];
    /** @type {any[]} */
    this.published = [];
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => {
      this.published.push({ at: performance.now(), ...p });
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && (p.version ?? -1) >= w.version) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  async initialize() {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the first publication for `uri` at `version` or later. */
  diagnostics(uri, version, timeoutMs = 120_000) {
    const seen = this.published.find((p) => p.uri === uri && (p.version ?? -1) >= version);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** didOpen → first publishDiagnostics, in milliseconds. */
  async open(uri, text, version = 1) {
    const start = performance.now();
    const wait = this.diagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    const p = await wait;
    return { ms: performance.now() - start, diagnostics: p.diagnostics.length };
  }

  /** One incremental didChange → the publishDiagnostics of that version, in milliseconds. */
  async change(uri, version, range, text) {
    const start = performance.now();
    const wait = this.diagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    const p = await wait;
    return { ms: performance.now() - start, diagnostics: p.diagnostics.length };
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  /** Peak and current resident set size of the server process (Linux), in MB. */
  memory() {
    try {
      const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
      return { peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
    } catch {
      return { peakRssMb: NaN, rssMb: NaN };
    }
  }

  async stop() {
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
