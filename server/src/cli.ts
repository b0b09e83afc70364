#!/usr/bin/env node
// The command line (`submission-checker check|export|bundle …`): the same core as the language server,
// for terminals and CI pipelines. The commands are declared in cli/commands.ts.
import { runCli } from './cli/program';
import { tuneHeap } from './heap';

// The same heap tuning as the language server: a long parse's garbage stays out of the old generation.
tuneHeap();

// A reader that stops early (`… | head`) closes the pipe: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`submission-checker: ${err.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
