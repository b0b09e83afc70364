// The first keystrokes after opening, in-process: what the server's idle work (priming, re-cutting,
// priming again) leaves for them to compile. Opens a generated submission the way the server does
// (AnalysisCache, RopeDocument), does that idle work, then types the benchmark's phrase at its place
// and prints the p50/p95 of keystrokes 3-42 (the benchmark's first series) and of those after the
// 100th, as the benchmark computes them. No stdio and no worker: the machine's noise over pipes
// hides differences of a few ms here.
//
//   npx tsx bench/first-keystrokes.ts --size=250k --reprime=150   # as the server does it
//   npx tsx bench/first-keystrokes.ts --size=250k --reprime=0     # without priming again
//   npx tsx bench/first-keystrokes.ts --size=250k --no-refine     # typing before the re-cutting, as the benchmark's 1.5 s allow
//
// Run with the server's young generation (see server/src/heap.ts) to match it:
//   node --import tsx --min-semi-space-size=4 --max-semi-space-size=4 --semi-space-growth-factor=1 bench/first-keystrokes.ts
import { parseArgs } from 'node:util';
import { RopeDocument } from '../server/src/documents';
import { toDiagnostic } from '../server/src/features/diagnostics';
import { primeEditPath, primingSample, PRIMING_KEYSTROKES, REPRIMING_KEYSTROKES } from '../server/src/priming';
import { AnalysisCache } from '../server/src/service/analysis';
import { generateSubmission } from '../test/support/generate';
import { lineCharacter, median, p95, SIZES, TYPED, typingPlace } from './shared.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '250k' },
    language: { type: 'string', default: 'en' },
    prime: { type: 'string', default: String(PRIMING_KEYSTROKES) },
    reprime: { type: 'string', default: String(REPRIMING_KEYSTROKES) },
    'no-refine': { type: 'boolean', default: false },
    keystrokes: { type: 'string', default: '300' },
  },
});

const bytes = SIZES[values.size]?.[1] ?? Number(values.size);
if (!Number.isFinite(bytes) || bytes <= 0) throw new Error(`--size: ${Object.keys(SIZES).join(', ')} or a number of bytes, not ${values.size}`);
const language = values.language === 'fr' ? 'fr' : 'en';
const keystrokes = Math.max(142, Number(values.keystrokes));
const options = { today: '2026-12-07', onCheckFailed: () => {} };
const docsBase = 'https://example.invalid/rules';

function prime(text: string, count: number): void {
  if (count <= 0) return;
  const steps = primeEditPath(primingSample(text), options, docsBase, count);
  while (!steps.next().done);
}

async function main(): Promise<void> {
  const text = generateSubmission({ bytes, language, seed: 1 });
  let doc = RopeDocument.create('file:///bench/first-keystrokes.md', 'markdown', 1, text);
  const cache = new AnalysisCache(() => options);
  // The order of server.ts: the cold open, priming, re-cutting, priming again once re-cut.
  cache.get(doc);
  prime(text, Number(values.prime));
  if (!values['no-refine']) {
    await cache.refine(doc, () => true);
    prime(text, Number(values.reprime));
  }
  const { line, character } = lineCharacter(text, typingPlace(text));
  const times: number[] = [];
  for (let k = 0; k < keystrokes; k++) {
    const p = { line, character: character + k };
    const start = performance.now();
    doc = RopeDocument.update(doc, [{ range: { start: p, end: p }, text: TYPED[k % TYPED.length] }], doc.version + 1);
    const diagnostics = cache.get(doc).findings.map((f) => toDiagnostic(doc, f, docsBase));
    JSON.stringify(diagnostics);
    times.push(performance.now() - start);
  }
  const first = times.slice(2, 42);
  const warm = times.slice(100);
  const f = (ms: number) => ms.toFixed(2);
  console.log(
    `${values.size} ${language} prime ${values.prime} ${values['no-refine'] ? 'no re-cut' : `re-cut, reprime ${values.reprime}`}: ` +
      `first 40 p50 ${f(median(first))} p95 ${f(p95(first))} ms; after 100 p50 ${f(median(warm))} p95 ${f(p95(warm))} ms`,
  );
}

void main();
