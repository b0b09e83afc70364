// The CLI's `bundle` command in this process, so that its time (engine and fonts loaded included)
// and peak memory are measured from inside: node bench/bundle-child.mjs CLI.js ARGS...
// Prints {"ms", "peakRssMb", "exitCode"} on stdout after the CLI's own output (on stderr here).
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';

const [cli, ...args] = process.argv.slice(2);
const started = performance.now();
process.argv = [process.argv[0], cli, ...args];
// The CLI writes its report to stdout: keep stdout for the figures.
process.stdout.write = ((write) => (chunk, ...rest) => process.stderr.write(chunk, ...rest))(process.stdout.write.bind(process.stdout));
process.on('exit', (code) => {
  const usage = process.resourceUsage();
  writeSync(1, JSON.stringify({ ms: performance.now() - started, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssMb: usage.maxRSS / 1024, exitCode: process.exitCode ?? code }));
});
createRequire(import.meta.url)(cli);
