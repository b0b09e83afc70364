// The supervisor (server/src/supervision/supervisor.ts), black-box over stdio: a document whose
// check stops without a pause, or needs more memory than the budget, takes the worker down; the
// server goes on, other documents keep their checks and requests, the culprit is told why.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isStuck } from '../../server/src/supervision/supervisor';
import { LspClient } from './client';

const ROOT = path.resolve(__dirname, '../..');
const uriOf = (name: string) => pathToFileURL(path.join(ROOT, 'test', 'lsp', 'virtual', name)).href;

const NORMAL = `---
submission: ccf-request
language: fr
---

# Requête

## Exposé des faits

Le requérant est journaliste.
`;

/** 50,000 frontmatter keys: the YAML parser reads them in one stretch of several seconds. */
function manyKeys(language: string): string {
  const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join('\n');
  return `---\nsubmission: ccf-request\nlanguage: ${language}\n${keys}\n---\n\n## Statement of facts\n\nText.\n`;
}

const isOverrun = (d: { code?: unknown; message: string }) => d.code === 'FMT-LIMIT' && /stopped|arrêtée/.test(d.message);

describe('the supervisor\'s time budget', () => {
  it('counts time spent computing: a worker waiting for a loaded processor is not stopped', () => {
    // The worker computed for its whole budget: stuck.
    assert.equal(isStuck({ stalledMs: 1_200, cpuMs: 1_050, budgetMs: 1_000 }), true);
    // 1.5 s by the clock, 0.4 s of it computing (a new template's first check on a busy machine): not stuck.
    assert.equal(isStuck({ stalledMs: 1_500, cpuMs: 400, budgetMs: 1_000 }), false);
    assert.equal(isStuck({ stalledMs: 9_000, cpuMs: 900, budgetMs: 1_000 }), false);
    // Not moved for ten budgets, computing or not (blocked): stuck.
    assert.equal(isStuck({ stalledMs: 10_001, cpuMs: 0, budgetMs: 1_000 }), true);
    // Within its budget by the clock: never stuck.
    assert.equal(isStuck({ stalledMs: 900, cpuMs: 900, budgetMs: 1_000 }), false);
  });
});

describe('LSP server: the supervisor keeps one document from stopping the others', function () {
  this.timeout(60_000);

  it('a document stuck past the time budget gets one diagnostic in its language; the others are checked and answered', async () => {
    const client = new LspClient({ env: { SUBMISSION_CHECK_BUDGET_MS: '300', SUBMISSION_COOL_DOWN_MS: '60000' } });
    try {
      await client.initialize();
      const stuck = uriOf('many-keys.md');
      const normal = uriOf('normal.md');
      client.open(stuck, manyKeys('fr'));
      client.open(normal, NORMAL);
      const notice = await client.diagnostics(stuck, (p) => p.diagnostics.some(isOverrun), 30_000);
      const overrun = notice.diagnostics.find(isOverrun)!;
      assert.match(overrun.message, /^La vérification de ce document s’est arrêtée : une étape a duré plus de 0\.3 s sans pause/);
      assert.match(overrun.message, /au plus tôt dans 60 secondes/);
      assert.equal(overrun.severity, 2);
      // The other document is checked by the new worker, and its requests are answered.
      const other = await client.diagnostics(normal, (p) => p.diagnostics.length > 0, 30_000);
      assert.ok(other.diagnostics.some((d) => d.code === 'CCF-REQ-01'), JSON.stringify(other.diagnostics.map((d) => d.code)));
      const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: normal } });
      assert.ok(symbols.length > 0, 'the outline of the other document');
      // Within the cool-down, a change does not start the stuck check again: the notice stays.
      const before = client.publications(stuck).length;
      client.change(stuck, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: stuck }, position: { line: 1, character: 2 } });
      assert.equal(hover, null, 'no hover on a suspended document');
      assert.equal(client.publications(stuck).length, before, 'nothing more published for the suspended document');
      assert.equal(client.process.exitCode, null, 'the server still runs');
    } finally {
      await client.stop();
    }
  });

  it('a document that stops the checker after its first check keeps the diagnostics it had, beside the notice', async () => {
    // Over --stdio the worker hands its diagnostics over already encoded (supervision/wire.ts):
    // the supervisor must read them back to keep them when it suspends the document.
    const client = new LspClient({ env: { SUBMISSION_CHECK_BUDGET_MS: '300', SUBMISSION_COOL_DOWN_MS: '60000' } });
    try {
      await client.initialize();
      const uri = uriOf('stuck-later.md');
      client.open(uri, NORMAL);
      const first = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, 30_000);
      const codes = first.diagnostics.map((d) => d.code).sort();
      assert.ok(codes.includes('CCF-REQ-01'), JSON.stringify(codes));
      client.change(uri, 2, [{ text: manyKeys('fr') }]);
      const notice = await client.diagnostics(uri, (p) => p.diagnostics.some(isOverrun), 30_000);
      assert.equal(notice.version, 2);
      assert.deepEqual(
        notice.diagnostics.filter((d) => !isOverrun(d)),
        first.diagnostics,
        'the diagnostics published before the checker stopped, unchanged',
      );
    } finally {
      await client.stop();
    }
  });

  it('a document that needs more memory than the budget gets the memory notice; the server goes on', async () => {
    const client = new LspClient({ env: { SUBMISSION_MEMORY_BUDGET_MB: '40', SUBMISSION_COOL_DOWN_MS: '60000', SUBMISSION_CHECK_BUDGET_MS: '60000' } });
    // 2.8 MB of text (under the 3,000,000 characters checked while typing) needs about 60 MB of
    // heap; an idle checker with a small document needs well under 40 MB. The time budget is set
    // out of reach: near its heap limit V8 collects without a pause for seconds on a loaded machine.
    try {
      await client.initialize();
      const big = uriOf('big.md');
      const paragraph = 'The applicant, a journalist, was arrested on the basis of the Red Notice (Exhibit A1). '.repeat(8);
      client.open(big, `---\nsubmission: ccf-request\nlanguage: en\n---\n\n## Statement of facts\n\n${`${paragraph}\n\n`.repeat(4_000)}`);
      const notice = await client.diagnostics(big, (p) => p.diagnostics.some(isOverrun), 45_000);
      assert.match(notice.diagnostics.find(isOverrun)!.message, /^Checking this document stopped: it needed more than 40 MB of memory/);
      const normal = uriOf('after.md');
      client.open(normal, NORMAL);
      const other = await client.diagnostics(normal, (p) => p.diagnostics.length > 0, 30_000);
      assert.ok(other.diagnostics.some((d) => d.code === 'CCF-REQ-01'));
    } finally {
      await client.stop();
    }
  });
});
