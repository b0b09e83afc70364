// SUBMISSION_TRACE=1 (server/src/trace.ts): a log message per publication saying when its version arrived,
// was checked and was handed over, which `node bench/run.mjs --trace` sets against the client's clock.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './client';

const ROOT = path.resolve(__dirname, '../..');
const uri = pathToFileURL(path.join(ROOT, 'test', 'lsp', 'virtual', 'trace.md')).href;
const TEXT = `---\nsubmission: ccf-request\nlanguage: en\n---\n\n# Request\n\n## Statement of facts\n\n1. The applicant is a journalist.\n`;

async function typeThree(client: LspClient) {
  await client.initialize();
  await client.timedOpen(uri, TEXT);
  const at = { line: 9, character: 4 };
  const changes = [];
  for (let v = 2; v <= 4; v++) changes.push(await client.timedChange(uri, v, [{ range: { start: at, end: at }, text: 'x' }]));
  return changes;
}

describe('LSP server: SUBMISSION_TRACE', function () {
  this.timeout(60_000);

  it('logs, for each version checked after a change, when it arrived, was checked and was sent, in order and between the client\'s send and receipt', async () => {
    const client = new LspClient({ env: { SUBMISSION_TRACE: '1' } });
    try {
      const changes = await typeThree(client);
      const traced = () => client.logs.flatMap((l) => /^trace (\{.*\})$/.exec(l.message)?.slice(1) ?? []).map((json) => JSON.parse(json));
      // Each trace is logged once its diagnostics are handed over, so it may follow them.
      for (let waited = 0; !traced().some((t) => t.version === 4) && waited < 5_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      const traces = traced();
      for (const [i, change] of changes.entries()) {
        const t = traces.find((x) => x.uri === uri && x.version === i + 2);
        assert.ok(t, `a trace of version ${i + 2}: ${JSON.stringify(traces)}`);
        // One clock (milliseconds since the epoch) in both processes; rounding allows a few microseconds.
        const order = [change.sentAt, t.arrived, t.started, t.checked, t.sent, change.receivedAt];
        for (let k = 1; k < order.length; k++) assert.ok(order[k] >= order[k - 1] - 0.01, `version ${i + 2}: ${JSON.stringify(order)}`);
        assert.ok(t.gc >= 0 && t.gc <= t.checked - t.started + 0.01, `time collecting within the check: ${JSON.stringify(t)}`);
      }
    } finally {
      await client.stop();
    }
  });

  it('logs nothing of the kind without it', async () => {
    const client = new LspClient();
    try {
      await typeThree(client);
      assert.deepEqual(client.logs.filter((l) => l.message.startsWith('trace ')), []);
    } finally {
      await client.stop();
    }
  });
});
