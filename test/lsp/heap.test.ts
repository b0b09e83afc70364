// The supervised server's young generations (server/src/heap.ts, fixYoungGenerations): the worker's
// is 2 × 4 MB from its start and stays there while a 1 MB submission is opened and edited, and the
// supervisor's thread, which only relays messages, does not grow its own. V8 sets the growth factor
// back to 2 whenever a thread's heap is set up, so without the second call, once the worker runs,
// both grow again (the worker's to 2 × 8 MB; docs/performance.md, "Young generations that stop growing").
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSubmission } from '../support/generate';
import { LspClient } from './client';

const ROOT = path.resolve(__dirname, '../..');
const PROBE = path.join(ROOT, 'test', 'support', 'young-generation.cjs');
const MB = 2 ** 20;

/** The largest young generation each thread reported, by thread id (0: the supervisor's). */
function largestYoung(stderr: string[]): Map<number, number> {
  const largest = new Map<number, number>();
  for (const m of stderr.join('').matchAll(/^YOUNG (\d+) (\d+)$/gm)) {
    const thread = Number(m[1]);
    largest.set(thread, Math.max(largest.get(thread) ?? 0, Number(m[2])));
  }
  return largest;
}

describe('LSP server: young generations that stop growing', function () {
  this.timeout(120_000);

  it('keeps the worker\'s at 2 × 4 MB and the supervisor\'s from growing while a 1 MB submission is opened and typed in', async () => {
    const client = new LspClient({ nodeOptions: ['--require', PROBE] });
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(ROOT, 'test', 'lsp', 'virtual', 'young.md')).href;
      const text = generateSubmission({ bytes: 1_000_000, language: 'en', seed: 3, brokenNumbering: true });
      await client.timedOpen(uri, text);
      const atStart = largestYoung(client.stderr).get(0);
      assert.ok(atStart !== undefined, `no report from the supervisor's thread: ${client.stderr.join('').slice(0, 500)}`);
      const lines = text.split('\n');
      const line = lines.findIndex((l, i) => i > lines.length / 2 && /^\d+\. /.test(l));
      for (let i = 0; i < 40; i++) {
        const at = { line, character: 3 + i };
        await client.timedChange(uri, 2 + i, [{ range: { start: at, end: at }, text: 'x' }]);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const largest = largestYoung(client.stderr);
      const workers = [...largest].filter(([thread]) => thread !== 0);
      assert.equal(workers.length, 1, `one worker reported: ${JSON.stringify([...largest])}`);
      const [, worker] = workers[0];
      assert.ok(worker <= 8 * MB, `the worker's young generation reached ${(worker / MB).toFixed(1)} MB`);
      const supervisor = largest.get(0)!;
      assert.ok(supervisor <= Math.max(atStart, 4 * MB), `the supervisor's young generation grew from ${(atStart / MB).toFixed(1)} to ${(supervisor / MB).toFixed(1)} MB while relaying`);
    } finally {
      await client.stop();
    }
  });
});
