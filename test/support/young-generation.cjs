// Loaded with `node --require` by test/lsp/heap.test.ts, in the server's main thread and (through
// the inherited execArgv) in each worker: writes to stderr the size of the thread's young
// generation each time it changes, as `YOUNG <threadId> <bytes>`.
'use strict';
const v8 = require('node:v8');
const { threadId } = require('node:worker_threads');

let last = -1;
function report() {
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (young && young.space_size !== last) {
    last = young.space_size;
    process.stderr.write(`YOUNG ${threadId} ${last}\n`);
  }
}
report();
setInterval(report, 10).unref();
