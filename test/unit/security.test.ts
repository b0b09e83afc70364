// What docs/security.md promises a firm's IT review, tested: the command line (check, export to
// PDF and DOCX) and the language server (open, hover, export) open no socket, make no DNS query
// and listen on nothing. Each runs with test/support/no-network.cjs preloaded, which refuses any
// network use and writes it to stderr; a control case shows that the preload does catch one.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExportRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../helpers';

const PRELOAD = path.join(ROOT, 'test/support/no-network.cjs');
const CLI = path.join(ROOT, 'dist/cli.js');

function guarded(args: string[], cwd: string) {
  return spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

describe('no network: nothing leaves the machine', function () {
  this.timeout(180_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-network-'));
    for (const name of ['ccf-deletion-en.md', 'ccf-access-ar.md']) fs.copyFileSync(path.join(ROOT, 'examples', name), path.join(dir, name));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the guard itself catches a program that connects (control)', () => {
    const r = guarded(['-e', "require('node:http').get('http://127.0.0.1:9/').on('error', () => {})"], dir);
    assert.match(r.stderr, /NETWORK-USE: connect/);
  });

  it('check, and export to PDF and DOCX from the command line, open no socket', () => {
    for (const args of [
      ['check', 'ccf-deletion-en.md', 'ccf-access-ar.md'],
      ['export', 'ccf-deletion-en.md', '-o', 'out.pdf'],
      ['export', 'ccf-access-ar.md', '--format', 'docx', '-o', 'out.docx'],
    ]) {
      const r = guarded([CLI, ...args], dir);
      assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /NETWORK-USE/, args.join(' '));
    }
    assert.ok(fs.statSync(path.join(dir, 'out.pdf')).size > 0 && fs.statSync(path.join(dir, 'out.docx')).size > 0);
  });

  it('the language server checks, answers a hover and exports without opening a socket', async () => {
    const client = new LspClient({ nodeOptions: ['--require', PRELOAD] });
    try {
      await client.initialize();
      const file = path.join(dir, 'ccf-deletion-en.md');
      const uri = pathToFileURL(file).href;
      const text = fs.readFileSync(file, 'utf8');
      client.open(uri, text);
      await client.diagnostics(uri);
      const line = text.split('\n').findIndex((l) => /Article \d+/.test(l));
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: text.split('\n')[line].search(/Article \d+/) + 2 } });
      const outcome = await client.send(ExportRequest, { uri, format: 'pdf' });
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.equal(client.process.exitCode, null, 'the server is still running');
    } finally {
      await client.stop();
    }
    assert.doesNotMatch(client.stderr.join(''), /NETWORK-USE/);
  });
});
