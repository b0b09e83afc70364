#!/usr/bin/env node
// End-to-end tests of the installed extension in a real VS Code (code-server 4.100.3 driven by
// Chromium through playwright-core). See test/e2e/README.md.
//
//   node scripts/e2e/run.mjs [--vsix FILE] [--no-package] [--only NAME[,NAME]] [--no-ui] [--no-mocha]
//                            [--readme-screenshot] [--dev-path DIR] [--examples DIR]
//
// It installs what it needs on first use (scripts/e2e/setup.sh), builds the .vsix with
// `npm run package`, starts a fresh code-server on 127.0.0.1 in its own process group with a
// scratch HOME, installs the .vsix, runs the UI scenarios (test/e2e/scenarios.mjs), each in a
// fresh browser context on a fresh copy of the workspace, then runs the in-host mocha suite
// (dist/test/suite/index.js) through the extensionDevelopmentPath/extensionTestsPath payload.
// Screenshots of every step, the server's and the browser's logs land in test-results/e2e/.
// Everything it started is stopped, whatever happens.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const args = parseArgs(process.argv.slice(2));
const results = path.join(root, 'test-results/e2e');
const shots = path.join(results, 'screenshots');
const logs = path.join(results, 'logs');
const scratch = path.join(results, 'scratch');
const codeServerBin = path.join(root, '.cache/e2e/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const EXTENSION_ID = 'submission-tools.submission-checker';
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (line) => console.log(`[e2e ${elapsed()}] ${line}`);

// --- cleanup, whatever happens ------------------------------------------------------------------
// Each cleanup runs at most once, all at the same time, each given at most 10 s.
const cleanups = [];
let cleaning;
let aborted = false;
function cleanup() {
  cleaning ??= Promise.all(
    cleanups.map((fn) =>
      Promise.race([
        Promise.resolve().then(fn),
        new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
      ]).catch((error) => console.error(`[e2e] cleanup: ${error.message}`)),
    ),
  );
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    aborted = true;
    console.error(`[e2e] ${signal}: stopping everything`);
    cleanup().finally(() => process.exit(130));
  });
}
process.on('uncaughtException', (error) => {
  console.error('[e2e] uncaught exception:', error);
  cleanup().finally(() => process.exit(1));
});
process.on('unhandledRejection', (error) => {
  console.error('[e2e] unhandled rejection:', error);
  cleanup().finally(() => process.exit(1));
});

const failures = [];
let passed = 0;
try {
  await main();
} catch (error) {
  failures.push({ name: 'harness', message: error.stack || error.message });
} finally {
  await cleanup();
}
summarize();

// --------------------------------------------------------------------------------------------------

async function main() {
  run('bash', [path.join(root, 'scripts/e2e/setup.sh')]);
  let vsix = args.vsix && path.resolve(args.vsix);
  if (!vsix) {
    vsix = path.join(root, 'dist/submission-checker.vsix');
    if (!args['no-package']) {
      say('npm run package');
      run('npm', ['run', '--silent', 'package'], { quiet: true });
    }
  }
  if (!fs.existsSync(vsix)) throw new Error(`no .vsix at ${vsix}`);

  fs.rmSync(results, { recursive: true, force: true });
  for (const dir of [shots, logs, scratch]) fs.mkdirSync(dir, { recursive: true });

  const env = scratchEnv();
  const userData = path.join(scratch, 'user-data');
  const extensions = path.join(scratch, 'extensions');
  seedSettings(userData);

  say(`installing ${path.relative(root, vsix)}`);
  run(codeServerBin, ['--install-extension', vsix, '--force', '--extensions-dir', extensions, '--user-data-dir', userData], {
    env,
    quiet: true,
  });
  const installed = fs.readdirSync(extensions).filter((name) => name.startsWith(`${EXTENSION_ID}-`));
  if (!installed.length) throw new Error(`${EXTENSION_ID} is not in ${extensions} after --install-extension`);

  const port = await freePort();
  const server = await startCodeServer({ env, userData, extensions, port });
  cleanups.push(() => server.stop());

  const { chromium } = await loadPlaywright();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  cleanups.push(() => browser.close());
  const consoleLog = fs.createWriteStream(path.join(logs, 'browser-console.log'));
  cleanups.push(() => new Promise((resolve) => consoleLog.end(resolve)));

  const context = { root, port, browser, consoleLog, say, shots, scratch, newWorkspace, aborted: () => aborted };

  if (!args['no-ui']) {
    const { runScenarios } = await import(pathToFileURL(path.join(root, 'test/e2e/scenarios.mjs')).href);
    const outcome = await runScenarios(context, { only: args.only?.split(','), readmeScreenshot: args['readme-screenshot'] });
    passed += outcome.passed;
    failures.push(...outcome.failures);
  }
  if (!args['no-mocha'] && !aborted) {
    const outcome = await runMochaInHost(context);
    passed += outcome.passed;
    failures.push(...outcome.failures);
  }
  say('collecting logs');
  fs.cpSync(path.join(userData, 'logs'), path.join(logs, 'code-server'), { recursive: true });
}

/** A fresh workspace folder holding copies of examples/ and test/e2e/workspace/. */
function newWorkspace(name) {
  const dir = path.join(scratch, 'workspaces', `ws-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const examples = args.examples ? path.resolve(args.examples) : path.join(root, 'examples');
  if (fs.existsSync(examples)) fs.cpSync(examples, dir, { recursive: true });
  fs.cpSync(path.join(root, 'test/e2e/workspace'), dir, { recursive: true });
  return dir;
}

function scratchEnv() {
  const home = path.join(scratch, 'home');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    TMPDIR: path.join(scratch, 'tmp'),
    // Read by test/suite/index.ts: where to copy the mocha report.
    SUBMISSION_TEST_REPORT: path.join(logs, 'mocha-in-host.txt'),
  };
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key.startsWith('npm_')) delete env[key];
  for (const dir of [env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME, env.TMPDIR]) fs.mkdirSync(dir, { recursive: true });
  return env;
}

function seedSettings(userData) {
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'files.hotExit': 'off',
    'files.autoSave': 'off', // VS Code for the web saves after a delay by default; desktop does not
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'window.commandCenter': false,
  };
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
}

async function startCodeServer({ env, userData, extensions, port }) {
  const out = fs.openSync(path.join(logs, 'code-server.log'), 'a');
  const child = spawn(
    codeServerBin,
    ['--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', extensions,
      '--bind-addr', `127.0.0.1:${port}`],
    { env, detached: true, stdio: ['ignore', out, out] }, // detached: setsid, its own process group
  );
  fs.closeSync(out);
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    for (const [signal, wait] of [['SIGTERM', 5000], ['SIGKILL', 2000]]) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        return; // the group is gone
      }
      const deadline = Date.now() + wait;
      while (Date.now() < deadline) {
        try {
          process.kill(-child.pid, 0);
        } catch {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  say(`code-server starting on 127.0.0.1:${port} (process group ${child.pid})`);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; see ${path.relative(root, logs)}/code-server.log`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('code-server did not answer /healthz within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  say('code-server is up');
  return { pid: child.pid, stop };
}

/** Runs dist/test/suite/index.js inside code-server's extension host, as @vscode/test-electron does. */
async function runMochaInHost({ browser, port, consoleLog }) {
  const suite = path.join(root, 'dist/test/suite/index.js');
  if (!fs.existsSync(suite)) {
    return { passed: 0, failures: [{ name: 'in-host mocha suite', message: `${path.relative(root, suite)} is missing: run npm run build` }] };
  }
  const devPath = args['dev-path'] ? path.resolve(args['dev-path']) : root;
  const workspace = newWorkspace('mocha');
  say('in-host mocha suite: starting');
  const page = await (await browser.newContext()).newPage();
  const output = [];
  let resolveExit;
  const exit = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (level, parts) => {
    const line = Array.isArray(parts) ? parts.join(' ') : String(parts);
    output.push(line);
    consoleLog.write(`[mocha ${level}] ${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  page.on('console', (message) => consoleLog.write(`[mocha page ${message.type()}] ${message.text()}\n`));
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(devPath)],
    ['extensionTestsPath', remote(suite)],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  let timer;
  const code = await Promise.race([exit, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout (180 s)'), 180_000)))]);
  clearTimeout(timer);
  await page.screenshot({ path: path.join(shots, 'mocha-in-host.png') }).catch(() => {});
  await page.context().close();

  const reportFile = path.join(logs, 'mocha-in-host.txt');
  const report = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : output.join('\n');
  console.log(report.replace(/^/gm, '    '));
  const counts = /(\d+) passing/.exec(report);
  const failing = /(\d+) failing/.exec(report);
  const ok = code === 0;
  say(`in-host mocha suite: exit code ${code}`);
  return {
    passed: Number(counts?.[1] ?? (ok ? 1 : 0)),
    failures: ok ? [] : [{
      count: Number(failing?.[1] ?? 1),
      name: 'in-host mocha suite',
      message: `exit code ${code}${failing ? `, ${failing[1]} failing` : ''}; report: ${path.relative(root, reportFile)}; screenshot: ${path.relative(root, path.join(shots, 'mocha-in-host.png'))}`,
    }],
  };
}

async function loadPlaywright() {
  try {
    return require('playwright-core');
  } catch {
    // Not installed as a dependency of the project: install it into the cache, once.
    const dir = path.join(root, '.cache/e2e/playwright');
    if (!fs.existsSync(path.join(dir, 'node_modules/playwright-core'))) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
      run('npm', ['install', '--no-audit', '--no-fund', 'playwright-core@1'], { cwd: dir, quiet: true });
    }
    return createRequire(path.join(dir, 'package.json'))('playwright-core');
  }
}

function run(command, argv, { env = process.env, cwd = root, quiet = false } = {}) {
  const result = spawnSync(command, argv, { cwd, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${path.basename(command)} ${argv.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const [key, value] = arg.slice(2).split('=', 2);
    if (value !== undefined) out[key] = value;
    else if (['vsix', 'only', 'dev-path', 'examples'].includes(key)) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

function summarize() {
  console.log('');
  for (const failure of failures) console.log(`FAILED ${failure.name}\n  ${failure.message.replace(/\n/g, '\n  ')}`);
  console.log(`Screenshots and logs: ${path.relative(process.cwd(), results) || '.'}/ (${elapsed()})`);
  const failed = failures.reduce((sum, failure) => sum + (failure.count ?? 1), 0);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failures.length ? 1 : 0;
}
