// The in-editor test suite: runs inside a real VS Code extension host, either desktop VS Code
// started by @vscode/test-electron (scripts/e2e/test-electron.mjs) or code-server's
// (scripts/e2e/run.mjs, through the extensionDevelopmentPath/extensionTestsPath payload).
// esbuild bundles this file and the test files it imports into dist/test/suite/index.js; mocha
// itself stays external and is loaded from the repository's node_modules at run time.
import * as fs from 'node:fs';
import { format } from 'node:util';
import type MochaType from 'mocha';
import registerActivation from './activation.test';
import registerCodeActions from './codeActions.test';
import registerCommands from './commands.test';
import registerDiagnostics from './diagnostics.test';
import registerDrafting from './drafting.test';
import registerSymbols from './symbols.test';

const suites = [registerActivation, registerDiagnostics, registerSymbols, registerCodeActions, registerCommands, registerDrafting];

export function run(): Promise<void> {
  const Mocha = require('mocha') as typeof MochaType;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.SUBMISSION_TEST_GREP;
  if (grep) mocha.grep(grep);
  // Define describe/it on the global object, then let each test file declare its tests.
  mocha.suite.emit('pre-require', globalThis, 'submission-suite', mocha);
  for (const register of suites) register();

  // The reporter prints through Base.consoleLog. Format each line here: code-server forwards
  // console output unformatted ("%s"), and keep a copy, since its extension host has no terminal.
  const report: string[] = [];
  const Base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const consoleLog = Base.consoleLog;
  Base.consoleLog = (...args: unknown[]) => {
    const line = format(...args);
    report.push(line);
    consoleLog(line);
  };
  const restore = () => {
    Base.consoleLog = consoleLog;
    const file = process.env.SUBMISSION_TEST_REPORT;
    if (file) fs.writeFileSync(file, `${report.join('\n')}\n`);
  };

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        restore();
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (error) {
      restore();
      reject(error);
    }
  });
}
