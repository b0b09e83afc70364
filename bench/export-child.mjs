// One export format in a fresh process, so that its time includes loading the engine and fonts
// and its peak memory is its own: node bench/export-child.mjs CORE.cjs pdf|docx INPUT.md OUTPUT
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const [corePath, format, input, output] = process.argv.slice(2);
const core = createRequire(import.meta.url)(corePath);
const text = fs.readFileSync(input, 'utf8');
const submission = core.parseSubmission(text);
const options = { submission, draft: false, settings: { paper: 'a4' }, baseDir: process.cwd() };

const runs = [];
let bytes;
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  bytes = await core.renderSubmission(format, options);
  runs.push(performance.now() - t);
}
fs.writeFileSync(output, bytes);
const warm = runs.slice(1).sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({ firstMs: runs[0], warmMs: warm[warm.length >> 1], bytes: bytes.length, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
