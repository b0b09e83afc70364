// Compares what the CLI reports on the legal corpus with the expectations written in each document,
// using the convention of test/fixtures/README.md (exact: every diagnostic must be expected).
// Not part of `npm test`: it records how far the current build is from the legal answers.
//   npm run build && node test/legal/run-baseline.mjs [--verbose]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const verbose = process.argv.includes('--verbose');

function list(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return list(full);
    return e.name.endsWith('.md') && e.name !== 'README.md' ? [full] : [];
  });
}

const ITEM = /^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?:\s*\((error|warning|information|hint)\))?$/;
function codes(listText, where) {
  return listText.split(',').map((s) => s.trim()).filter(Boolean).map((item) => {
    const m = ITEM.exec(item);
    if (!m) throw new Error(`${where}: cannot read expectation “${item}”`);
    return { code: m[1], severity: m[2] };
  });
}

function expectations(text, file) {
  const out = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const n = i + 1;
    const where = `${file}:${n}`;
    for (const m of line.matchAll(/<!--\s*expect:\s*(.*?)\s*-->/g)) out.push(...codes(m[1], where).map((c) => ({ ...c, line: n })));
    for (const m of line.matchAll(/<!--\s*expect-next-line:\s*(.*?)\s*-->/g)) out.push(...codes(m[1], where).map((c) => ({ ...c, line: n + 1 })));
    for (const m of line.matchAll(/<!--\s*expect-line\s+(\d+):\s*(.*?)\s*-->/g)) out.push(...codes(m[2], where).map((c) => ({ ...c, line: Number(m[1]) })));
    const yaml = /\s#\s*expect:\s*(.*)$/.exec(line);
    if (yaml && !line.includes('<!--')) out.push(...codes(yaml[1], where).map((c) => ({ ...c, line: n })));
  });
  return out;
}

const files = list(here).sort();
// The CLI exits with 1 when any error is found, which is expected here: read its output either way.
const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', '--today', '2026-11-22', '--format', 'json', ...files], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI failed (${run.status}): ${run.stderr}`);
const json = JSON.parse(run.stdout);
const byFile = new Map(json.map((r) => [path.resolve(root, r.file), r.diagnostics ?? []]));

let right = 0;
const rows = [];
for (const file of files) {
  const rel = path.relative(here, file);
  const expected = expectations(fs.readFileSync(file, 'utf8'), rel);
  const produced = (byFile.get(file) ?? []).map((d) => ({ line: d.start.line, code: d.code, severity: d.severity, message: d.message }));
  const unmatched = [...produced];
  const missing = [];
  for (const e of expected) {
    const i = unmatched.findIndex((p) => p.line === e.line && p.code === e.code && (!e.severity || e.severity === p.severity));
    if (i >= 0) unmatched.splice(i, 1);
    else missing.push(e);
  }
  const ok = missing.length === 0 && unmatched.length === 0;
  if (ok) right++;
  rows.push({ rel, ok, missing, unmatched });
}

for (const r of rows) {
  console.log(`${r.ok ? 'right' : 'WRONG'}  ${r.rel}`);
  if (!r.ok) {
    for (const m of r.missing) console.log(`         expected, not produced: ${m.line} ${m.code}${m.severity ? ` (${m.severity})` : ''}`);
    for (const u of r.unmatched) console.log(`         produced, not expected: ${u.line} ${u.severity} ${u.code}${verbose ? `  ${u.message}` : ''}`);
  }
}
console.log(`\n${right} right, ${files.length - right} wrong, of ${files.length}`);
