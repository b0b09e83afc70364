// The language server's entry (dist/server.js). On the main thread it starts the supervisor, which
// runs the language server (server.ts) in a worker thread from this same file and replaces it when
// it is stuck or out of memory (supervision/supervisor.ts); in that worker it is the language
// server. Transports the supervisor does not relay (--socket, --pipe), or SUBMISSION_IN_PROCESS=1,
// run the language server on the main thread, as before.
import { isMainThread } from 'node:worker_threads';
import { IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

function clientTransport(argv: readonly string[]): { reader: MessageReader; writer: MessageWriter; takesEncoded: boolean } | undefined {
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), takesEncoded: false };
  if (argv.includes('--stdio')) {
    // Diagnostics arrive from the worker already encoded (supervision/wire.ts), and are written as they are.
    const { passEncoded } = require('./supervision/wire') as typeof import('./supervision/wire');
    return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout, { contentTypeEncoder: passEncoded }), takesEncoded: true };
  }
  return undefined;
}

const transport = isMainThread && process.env.SUBMISSION_IN_PROCESS !== '1' ? clientTransport(process.argv.slice(2)) : undefined;
if (transport) {
  // Required here, not imported: each thread loads only its own half of the bundle.
  const { Supervisor } = require('./supervision/supervisor') as typeof import('./supervision/supervisor');
  const { fixYoungGenerations } = require('./heap') as typeof import('./heap');
  fixYoungGenerations();
  new Supervisor(__filename, transport, undefined, undefined, fixYoungGenerations).start();
} else {
  require('./server');
}
