#!/usr/bin/env node
// Runs the in-editor mocha suite (test/suite, bundled to dist/test/suite/index.js) in desktop
// VS Code through @vscode/test-electron: the same suite that scripts/e2e/run.mjs runs in
// code-server's extension host. It needs a machine that can download VS Code (this project's
// build machines cannot: use `npm run test:e2e` there).
//
//   npm run build && node scripts/e2e/test-electron.mjs [--version 1.100.3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const versionAt = process.argv.indexOf('--version');
const version = versionAt > 0 ? process.argv[versionAt + 1] : '1.100.3';

// A fresh workspace: copies of the examples and of the e2e fixtures, as in code-server.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'submission-suite-'));
const workspace = path.join(scratch, 'workspace');
fs.mkdirSync(workspace);
if (fs.existsSync(path.join(root, 'examples'))) fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
fs.cpSync(path.join(root, 'test/e2e/workspace'), workspace, { recursive: true });

try {
  await runTests({
    version,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist/test/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user-data')],
  });
} catch (error) {
  console.error(`in-editor suite failed: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
