#!/usr/bin/env node
// The command line (`submission-checker check|export …`): the same core as the language server,
// for terminals and CI pipelines. The commands are declared in cli/commands.ts.
import { runCli } from './cli/program';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`submission-checker: ${err.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
