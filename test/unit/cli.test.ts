// The command line, as the README uses it (needs `npm run build`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';

const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('cli', function () {
  this.timeout(60000);

  it('check: exits 0 on the examples and says they are complete', () => {
    const r = cli('check', ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).map((f) => `examples/${f}`));
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /complete, no problems found/);
  });

  it('check: prints file:line:col severity code message and exits 1 on errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    const file = path.join(dir, 'bad.md');
    fs.writeFileSync(file, '---\nsubmission: extradition-defence\nlanguage: en\n---\n\n# Skeleton\n\nSee Exhibit X1.\n');
    const r = cli('check', file, '--today', '2026-11-22');
    assert.equal(r.status, 1);
    assert.match(r.stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8:13 error SK-07 Exhibit X1 is cited`, 'm'));
  });

  it('check --severity changes or silences a code, as the editor setting does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    const file = path.join(dir, 'bad.md');
    fs.writeFileSync(file, '---\nsubmission: extradition-defence\nlanguage: en\n---\n\n# Skeleton\n\nSee Exhibit X1.\n');
    const r = cli('check', file, '--severity', 'SK-07=hint', '--severity=SK-01=off', '--severity', 'SK-09=off', '--severity', 'SK-03=off', '--severity', 'SK-08=off');
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /hint SK-07/);
    assert.doesNotMatch(r.stdout, /SK-01/);
    assert.equal(cli('check', file, '--severity', 'SK-07=loud').status, 2);
  });

  it('check --format json gives the diagnostics as data', () => {
    const r = cli('check', 'examples/ccf-deletion-en.md', '--format', 'json');
    const [result] = JSON.parse(r.stdout);
    assert.equal(result.kind, 'ccf-request');
    assert.deepEqual(result.diagnostics, []);
  });

  it('check applies the editor’s size limit; --max-size changes it', () => {
    const small = cli('check', 'examples/ccf-deletion-en.md', '--max-size', '1k', '--format', 'json');
    assert.deepEqual(JSON.parse(small.stdout)[0].diagnostics.map((d: { code: string }) => d.code), ['FMT-SIZE']);
    const raised = cli('check', 'examples/ccf-deletion-en.md', '--max-size', '10m');
    assert.equal(raised.status, 0, raised.stdout);
    const bad = cli('check', 'examples/ccf-deletion-en.md', '--max-size', 'huge');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--max-size takes a number of characters/);
  });

  it('check: a missing file is reported and exits 2', () => {
    const r = cli('check', 'no/such/file.md');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read/);
  });

  it('prints usage on a bad command', () => {
    const r = cli('frobnicate');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Usage/);
  });
});
