// What ships: the npm package (the command line) installed from its tarball and run, `npx` from
// the clone, and the .vsix built by `vsce package` as `npm run package` does (needs `npm run build`;
// lists the .vsix with Debian's unzip, which scripts/install-test-deps.sh installs).
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundledFontName, FONT_STYLES } from '../../server/src/export/fonts';
import { ROOT } from '../helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const FONTS = [...FONT_STYLES.map(bundledFontName), 'OFL-Amiri.txt'].map((f) => `dist/fonts/${f}`);
/**
 * The .vsix is meant to stay small: a lawyer installs it over a firm's network. Issue 16 asks for
 * 1.5 MB, as vsce reports it (MiB). Measured (deflated, 2026-12-06): the export engine 0.36 MB,
 * the server 0.31 MB (zod/mini), pdf.js for the preview 0.37 MB (its JPEG 2000 decoder left out:
 * the preview shows no image, scripts/build.mjs), the four Amiri faces 0.28 MB (Brotli; the
 * upright faces with the Arabic block, the italic ones with Latin only), the client 0.10 MB:
 * 1.49 MB in all. A dependency that grows a bundle fails here, and has to pay for its bytes.
 */
const VSIX_MAX_BYTES = 1.5 * 2 ** 20;

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 2 ** 20, ...options });
  const out = { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
  assert.equal(out.status, 0, `${command} ${args.join(' ')}\n${out.stdout}${out.stderr}`);
  return out;
}

/** npm with a scratch cache and no registry: the package has no dependencies to fetch. */
function npm(args: string[], cwd: string, scratch: string) {
  return run('npm', ['--offline', '--no-audit', '--no-fund', '--loglevel=error', ...args], {
    cwd,
    env: { ...process.env, npm_config_cache: path.join(scratch, 'npm-cache'), npm_config_update_notifier: 'false' },
  });
}

describe('packaging', function () {
  this.timeout(300_000);
  let scratch: string;
  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'packaging-'));
  });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  describe('the npm package', () => {
    let tarball: string;
    before(() => {
      // The tests run after `npm run build`; --ignore-scripts packs that build instead of making another.
      const packed = npm(['pack', '--ignore-scripts', '--pack-destination', scratch, '--json'], ROOT, scratch);
      tarball = path.join(scratch, JSON.parse(packed.stdout)[0].filename);
    });

    it('holds the command line, its export engine and fonts, and no source maps, sources or tests', () => {
      const files = run('tar', ['-tzf', tarball]).stdout.trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
      for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'dist/export.js', ...FONTS]) assert.ok(files.includes(f), f);
      assert.deepEqual(files.filter((f) => /\.map$|^(server|client|test|scripts|examples|docs)\/|^dist\/(server|extension)\.js/.test(f)), []);
      assert.equal(manifest.bin['submission-checker'], 'dist/cli.js');
      assert.equal(manifest.dependencies, undefined, 'everything is bundled: installing the package fetches nothing');
    });

    it('installs from the tarball and runs: check, and export with the fonts it ships', () => {
      const prefix = path.join(scratch, 'installed');
      fs.mkdirSync(prefix);
      npm(['install', '--prefix', prefix, tarball], scratch, scratch);
      const bin = path.join(prefix, 'node_modules/.bin/submission-checker');
      assert.equal(run(bin, ['--version']).stdout, `submission-checker ${manifest.version}\n`);
      const work = path.join(scratch, 'work');
      fs.mkdirSync(work);
      fs.copyFileSync(path.join(ROOT, 'examples/ccf-access-ar.md'), path.join(work, 'talab.md'));
      assert.match(run(bin, ['check', 'talab.md'], { cwd: work }).stdout, /مكتمل/);
      run(bin, ['export', 'talab.md', '-o', 'talab.pdf'], { cwd: work });
      assert.equal(fs.readFileSync(path.join(work, 'talab.pdf')).subarray(0, 5).toString(), '%PDF-');
    });

    it('runs with npx from the tarball', () => {
      const r = npm(['exec', '--yes', '--package', tarball, '--', 'submission-checker', 'check', path.join(ROOT, 'examples/ccf-deletion-en.md')], scratch, scratch);
      assert.match(r.stdout, /complete, no problems found/);
    });
  });

  it('runs with npx from the clone', () => {
    const r = npm(['exec', '--', 'submission-checker', 'check', 'examples/ccf-effacement-fr.md'], ROOT, scratch);
    assert.match(r.stdout, /complet, aucun problème trouvé/);
  });

  describe('the .vsix', () => {
    let vsix: string;
    let output: string;
    before(() => {
      vsix = path.join(scratch, 'submission-checker.vsix');
      const args = manifest.scripts.package.replace(/^vsce package /, '').replace(/-o \S+/, '').trim().split(/\s+/);
      const r = run(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', ...args, '-o', vsix], { cwd: ROOT });
      output = r.stdout + r.stderr;
    });

    it('is packaged without warnings and is small', () => {
      assert.doesNotMatch(output, /WARNING|ERROR/, output);
      const size = fs.statSync(vsix).size;
      assert.ok(size <= VSIX_MAX_BYTES, `${size} bytes > ${VSIX_MAX_BYTES}`);
    });

    it('holds the bundles, the fonts, the localised manifest and the Marketplace README, and no tests, fixtures, source maps or sources', () => {
      const files = run('unzip', ['-Z1', vsix]).stdout.trim().split('\n').filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length)).sort();
      const expected = ['package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'images/icon.png', 'dist/extension.js', 'dist/server.js', 'dist/export.js', 'docs/rules.md',
        ...['', '.fr', '.es', '.ar'].map((l) => `package.nls${l}.json`), ...FONTS];
      for (const f of expected) assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
      const unwanted = files.filter((f) => /\.map$|\.ts$|^(test|examples|server|client|scripts|bench|node_modules)\/|fixtures|^dist\/(cli\.js|test\/)/.test(f));
      assert.deepEqual(unwanted, []);
      const readme = run('unzip', ['-p', vsix, 'extension/readme.md']).stdout;
      assert.equal(readme.split('\n')[0], fs.readFileSync(path.join(ROOT, 'README.marketplace.md'), 'utf8').split('\n')[0]);
      assert.doesNotMatch(readme, /npm (ci|run|test)|scripts\//, 'no developer steps');
      assert.match(readme, /!\[[^\]]+\]\(https:\/\/\S+\.png\)/, 'screenshots, as absolute URLs');
    });

    it('loads the export engine from its own bundle, in neither the extension nor the server', () => {
      const entry = (name: string) => run('unzip', ['-p', vsix, `extension/dist/${name}`]).stdout;
      const server = entry('server.js');
      assert.match(server, /import\("\.\/export\.js"\)/, 'the server imports ./export.js on demand');
      for (const [name, code] of [['server.js', server], ['extension.js', entry('extension.js')]]) {
        // pdfkit's and docx's own words: present only where the engine is.
        assert.doesNotMatch(code, /FontFile2|w:document/, name);
      }
      assert.match(entry('export.js'), /FontFile2/);
    });

    it('ships pdf.js for the preview without its JPEG 2000 decoder', () => {
      const worker = run('unzip', ['-p', vsix, 'extension/dist/preview/pdf.worker.min.mjs'], { maxBuffer: 64 * 2 ** 20 }).stdout;
      assert.match(worker, /class JpxError/, 'the pdf.js worker');
      assert.doesNotMatch(worker, /base64,AGFzbQ/, 'no embedded WebAssembly module');
    });
  });
});
