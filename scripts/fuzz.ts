// The long fuzzing run: `npm run fuzz -- --runs 100000 [--seed N] [--only pipeline|incremental|fixes]`.
// Prints its seed first; on a failure prints the case fast-check shrank it to, and how to replay
// it (the same seed and path), then exits 1. The properties are in test/fuzz/properties.ts.
import fc from 'fast-check';
import { PROPERTIES, type PropertyName } from '../test/fuzz/properties';

/** How the runs are shared: an edit sequence is about ten parses, a fix check a parse per fix. */
const SHARE: Record<PropertyName, number> = { pipeline: 0.4, fixes: 0.4, incremental: 0.2 };

function option(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}

async function main(): Promise<number> {
  const runs = Number(option('runs') ?? 10_000);
  const seed = Number(option('seed') ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0);
  const only = option('only') as PropertyName | undefined;
  const path = option('path');
  const names = (only ? [only] : (Object.keys(SHARE) as PropertyName[])).filter((n) => n in PROPERTIES);
  if (!names.length || !Number.isFinite(runs) || runs < 1) {
    process.stderr.write('usage: npm run fuzz -- --runs N [--seed S] [--only pipeline|incremental|fixes] [--path P]\n');
    return 2;
  }
  const total = names.reduce((sum, n) => sum + SHARE[n], 0);
  process.stdout.write(`fuzz: seed ${seed}, ${runs.toLocaleString('en')} cases (${names.join(', ')}), node ${process.version}\n`);
  const started = performance.now();
  for (const name of names) {
    const numRuns = Math.max(1, Math.round((runs * SHARE[name]) / total));
    const t0 = performance.now();
    let done = 0;
    const step = Math.max(1, Math.round(numRuns / 10));
    // Progress without disturbing fast-check: count the runs as they start.
    const counted = (PROPERTIES[name] as fc.IPropertyWithHooks<unknown[]>).beforeEach((previous) => {
      previous();
      if (++done % step === 0) process.stdout.write(`  ${name}: ${done.toLocaleString('en')} / ${numRuns.toLocaleString('en')}\n`);
    });
    const details = await fc.check(counted, { numRuns, seed, path, endOnFailure: false, verbose: 1 });
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    if (details.failed) {
      process.stdout.write(`\nFAILED: ${name} after ${details.numRuns} cases (${seconds} s), shrunk ${details.numShrinks} times.\n`);
      process.stdout.write(`Counterexample: ${fc.stringify(details.counterexample)}\n`);
      process.stdout.write(`Error: ${details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance)}\n`);
      process.stdout.write(`Replay: npm run fuzz -- --only ${name} --runs ${numRuns} --seed ${seed} --path "${details.counterexamplePath}"\n`);
      return 1;
    }
    process.stdout.write(`  ${name}: ${details.numRuns.toLocaleString('en')} cases passed in ${seconds} s\n`);
  }
  process.stdout.write(`fuzz: ${runs.toLocaleString('en')} cases, seed ${seed}, ${((performance.now() - started) / 1000).toFixed(0)} s, no failure\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(2);
  },
);
