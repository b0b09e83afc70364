// Property-based fuzzing in every test run: random and mutated submissions through the whole
// pipeline, edit sequences through the incremental parser, every quick fix applied
// (test/fuzz/properties.ts). A failure prints its seed, its path and the case fast-check shrank it to. The long run is `npm run fuzz -- --runs 100000`.
import fc from 'fast-check';
import { PROPERTIES } from '../fuzz/properties';

// A fixed seed by default, so that a test run passes or fails the same way on every machine and a
// CI failure is a change, not luck; `FUZZ_SEED=random` (or a number) explores, as `npm run fuzz` does.
const seed = process.env.FUZZ_SEED === 'random' ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(process.env.FUZZ_SEED ?? 20261205);
/** Cases per property in `npm test`: enough to catch a regression, few enough for CI's budget. */
const RUNS = { pipeline: 150, incremental: 100, fixes: 200 } as const;

describe(`fuzzing (fast-check, seed ${seed})`, function () {
  this.timeout(240_000);

  it(`parse, check, outline, diagnostics, code actions, hover, completion and export never throw and stay in the text (${RUNS.pipeline} submissions)`, async () => {
    await fc.assert(PROPERTIES.pipeline, { numRuns: RUNS.pipeline, seed });
  });

  it(`the incremental parser gives what a fresh parse gives after every edit (${RUNS.incremental} edit sequences)`, () => {
    fc.assert(PROPERTIES.incremental, { numRuns: RUNS.incremental, seed });
  });

  it(`every quick fix applies cleanly, keeps valid YAML valid and removes its finding (${RUNS.fixes} submissions)`, () => {
    fc.assert(PROPERTIES.fixes, { numRuns: RUNS.fixes, seed });
  });
});
