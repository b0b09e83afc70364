// Diagnostics on their way from the worker to an editor on a stream (--stdio): encoded once, in
// the worker, as the bytes the editor reads. Posted as objects, each publication was copied
// three times over (structured clone out of the worker, into the supervisor, then JSON), and the
// supervisor's own heap collected a document's worth of diagnostics per keystroke (308 at 1 MB,
// 209 KB of JSON): docs/performance.md, "The way out and the way in". The bytes cross the thread
// boundary without a copy (transferred) and are written to the stream as they are.
//
// Over IPC (VS Code's transport) Node's channel serialises objects itself, so there the worker
// posts objects as before: the supervisor says which it wants (`encodeDiagnostics`, workerData).
import type { MessagePort } from 'node:worker_threads';
import { PortMessageWriter, PublishDiagnosticsNotification, type ContentTypeEncoder, type Message, type PublishDiagnosticsParams } from 'vscode-languageserver/node';

/** A publication already encoded: not an LSP message, so the supervisor cannot mistake it for one. */
export interface EncodedPublication {
  wire: 'encoded';
  uri: string;
  /** The whole JSON-RPC message, UTF-8. */
  bytes: Uint8Array;
}

export function isEncoded(message: unknown): message is EncodedPublication {
  return typeof message === 'object' && message !== null && (message as { wire?: unknown }).wire === 'encoded';
}

const utf8 = new TextEncoder();

export function encodePublication(message: Message & { params: PublishDiagnosticsParams }): EncodedPublication {
  return { wire: 'encoded', uri: message.params.uri, bytes: utf8.encode(JSON.stringify(message)) };
}

/** The message again, for the supervisor's rare need to read one (a document it suspends). */
export function decodePublication(encoded: EncodedPublication): Message & { params: PublishDiagnosticsParams } {
  return JSON.parse(new TextDecoder().decode(encoded.bytes));
}

/** The worker's writer: publications encoded and transferred, every other message posted as it is. */
export class EncodingPortWriter extends PortMessageWriter {
  constructor(private readonly target: MessagePort) {
    super(target);
  }

  override write(msg: Message): Promise<void> {
    if ((msg as { method?: string }).method !== PublishDiagnosticsNotification.method) return super.write(msg);
    try {
      const encoded = encodePublication(msg as Message & { params: PublishDiagnosticsParams });
      this.target.postMessage(encoded, [encoded.bytes.buffer as ArrayBuffer]);
      return Promise.resolve();
    } catch (error) {
      this.fireError(error, msg);
      return Promise.reject(error);
    }
  }
}

/**
 * The editor's stream writer's encoder (StreamMessageWriter's contentTypeEncoder): an encoded
 * publication's bytes as they are; any other message as vscode-jsonrpc encodes it.
 */
export const passEncoded: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message, options: { charset: string }): Promise<Uint8Array> {
    try {
      return Promise.resolve(isEncoded(msg) ? msg.bytes : Buffer.from(JSON.stringify(msg, undefined, 0), options.charset as BufferEncoding));
    } catch (err) {
      return Promise.reject(err);
    }
  },
};
