// Diagnostics encoded once in the worker (server/src/supervision/wire.ts): what reaches the
// editor's stream is byte for byte what vscode-jsonrpc would have written for the object.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import { PortMessageReader, StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { decodePublication, EncodingPortWriter, isEncoded, passEncoded, type EncodedPublication } from '../../server/src/supervision/wire';

const publication = {
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics',
  params: {
    uri: 'file:///tmp/requête.md',
    version: 7,
    diagnostics: [
      {
        range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } },
        severity: 2,
        code: 'PARA-SEQ',
        source: 'submission',
        // Beyond ASCII and beyond Latin-1: the byte count in the header must be UTF-8's.
        message: 'Le paragraphe 12 suit le paragraphe 14 — « numérotez » ; الفقرة ١٢',
        data: { id: 'PARA-SEQ:12:x' },
      },
    ],
  },
} as const;

async function written(messages: unknown[], encoder?: typeof passEncoded): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new StreamMessageWriter(out, encoder ? { contentTypeEncoder: encoder } : undefined);
  for (const m of messages) await writer.write(m as Message);
  return Buffer.concat(chunks);
}

describe('diagnostics encoded once for a stream (supervision/wire.ts)', () => {
  it('posts a publication from the worker as transferred bytes, and any other message as it is', async () => {
    const { port1, port2 } = new MessageChannel();
    const received: unknown[] = [];
    const reader = new PortMessageReader(port2);
    const done = new Promise<void>((resolve) =>
      reader.listen((m) => {
        received.push(m);
        if (received.length === 3) resolve();
      }),
    );
    const writer = new EncodingPortWriter(port1);
    const log = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'x' } };
    await writer.write(log as Message);
    await writer.write(publication as unknown as Message);
    await writer.write({ jsonrpc: '2.0', id: 4, result: null } as Message);
    await done;
    port1.close();
    assert.deepEqual(received[0], log);
    assert.ok(isEncoded(received[1]), 'the publication arrives encoded');
    const encoded = received[1] as EncodedPublication;
    assert.equal(encoded.uri, publication.params.uri);
    assert.deepEqual(decodePublication(encoded), publication);
    assert.deepEqual(received[2], { jsonrpc: '2.0', id: 4, result: null }, 'order kept');
  });

  it('writes the same bytes to the stream as vscode-jsonrpc writes for the object, in order with other messages', async () => {
    const { port1, port2 } = new MessageChannel();
    const arrived = new Promise<EncodedPublication>((resolve) => port2.once('message', resolve));
    await new EncodingPortWriter(port1).write(publication as unknown as Message);
    const encoded = await arrived;
    port1.close();
    const response = { jsonrpc: '2.0', id: 1, result: { contents: 'é' } };
    const ours = await written([response, encoded, response], passEncoded);
    const theirs = await written([response, publication, response]);
    assert.equal(ours.toString('utf8'), theirs.toString('utf8'));
    assert.ok(ours.equals(theirs));

    // And an LSP reader reads the three messages back.
    const input = new PassThrough();
    const messages: unknown[] = [];
    new StreamMessageReader(input).listen((m) => messages.push(m));
    input.end(ours);
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(messages, [response, publication, response]);
  });

  it('tells an encoded publication from an LSP message', () => {
    assert.equal(isEncoded(publication), false);
    assert.equal(isEncoded(null), false);
    assert.equal(isEncoded('encoded'), false);
    assert.equal(isEncoded({ wire: 'encoded', uri: 'x', bytes: new Uint8Array() }), true);
  });
});
