// The submission/bundle request spoken to the built server over stdio, as the VS Code client
// speaks it: progress through a work-done token naming each exhibit, cancellation between
// exhibits, and the refusals the client turns into questions.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { BundleRequest, type BundleOutcome } from '../../server/src/protocol';
import { LspClient } from '../lsp/client';
import { A4, makePdf, requestWith } from '../export/bundle-fixtures';
import { tempDir } from '../export/helpers';

describe('submission/bundle over LSP', function () {
  this.timeout(60_000);
  let client: LspClient;
  let dir: string;
  const exhibits = ['A1', 'A2', 'A3', 'A4'].map((id) => ({ id, title: `Document ${id}`, file: `exhibits/${id}.pdf` }));

  before(async () => {
    dir = tempDir('bundle-lsp-');
    fs.mkdirSync(path.join(dir, 'exhibits'));
    for (const e of exhibits) await makePdf(path.join(dir, e.file), e.id, [A4, A4]);
    client = new LspClient();
    await client.initialize();
  });
  after(() => client.stop());

  async function open(name: string, text: string): Promise<string> {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    client.open(uri, text);
    await client.diagnostics(uri);
    return uri;
  }

  it('reports each exhibit through $/progress, then writes the bundle', async () => {
    const uri = await open('progress.md', requestWith(exhibits));
    const reports: { kind: string; message?: string; percentage?: number }[] = [];
    const token = 'bundle-test-1';
    client.connection.onNotification('$/progress', (p: { token: string; value: { kind: string; message?: string } }) => {
      if (p.token === token) reports.push(p.value);
    });
    const outcome = await client.send(BundleRequest, { uri, workDoneToken: token });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.path, path.join(dir, 'progress-bundle.pdf'));
    assert.ok(fs.readFileSync(outcome.path).subarray(0, 5).toString() === '%PDF-');
    assert.equal(reports[0].kind, 'begin');
    assert.equal(reports.at(-1)!.kind, 'end');
    for (const e of exhibits) assert.ok(reports.some((r) => r.message?.startsWith(`${e.id} — ${e.title}`)), `a report names ${e.id}: ${JSON.stringify(reports)}`);
  });

  it('refuses to replace the earlier bundle until asked', async () => {
    const uri = pathToFileURL(path.join(dir, 'progress.md')).href;
    const again = await client.send(BundleRequest, { uri });
    assert.ok(!again.ok && again.reason === 'exists');
    const replaced = await client.send(BundleRequest, { uri, overwrite: true });
    assert.ok(replaced.ok);
  });

  it('stops when the client cancels, and writes nothing', async () => {
    const uri = await open('cancel.md', requestWith(exhibits));
    const source = new CancellationTokenSource();
    const token = 'bundle-test-2';
    client.connection.onNotification('$/progress', (p: { token: string; value: { kind: string; message?: string } }) => {
      if (p.token === token && p.value.message?.startsWith('A2')) source.cancel();
    });
    let outcome: BundleOutcome | undefined;
    try {
      outcome = await client.connection.sendRequest(BundleRequest, { uri, workDoneToken: token }, source.token);
    } catch {
      // vscode-jsonrpc may answer a cancelled request with an error instead of the result.
    }
    if (outcome) assert.ok(!outcome.ok && outcome.reason === 'cancelled', JSON.stringify(outcome));
    // Wait for the server to be done with it before looking for the file.
    await client.send(BundleRequest, { uri: 'file:///nowhere.md' });
    assert.ok(!fs.existsSync(path.join(dir, 'cancel-bundle.pdf')), 'no bundle was written');
  });

  it('asks for a saved file', async () => {
    client.open('untitled:Untitled-1', requestWith(exhibits));
    const outcome = await client.send(BundleRequest, { uri: 'untitled:Untitled-1' });
    assert.ok(!outcome.ok && /Save the submission/.test(outcome.message));
  });
});
