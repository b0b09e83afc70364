#!/usr/bin/env node
// `npm run bench`: how fast the checker keeps up with a long submission, measured the way an editor
// sees it (the real server over LSP stdio, or IPC with --transport=ipc) and in-process, next to
// markdownlint and pandoc run on the same text in the same run. Prints a table and writes
// bench/results.json.
//
//   node bench/run.mjs [--quick] [--sizes=25k,250k,1m] [--languages=en,fr] [--edits=N] [--opens=N]
//                      [--warm-edits=N] [--read=MS] [--no-export] [--no-bundle] [--trace]
//                      [--transport=stdio|ipc] [--draft=clean|broken]
//
// Figures are medians (and p95 for edits) over repeated runs; the machine may be shared and noisy,
// so compare the ratios measured within one run rather than figures from different runs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { lint } from 'markdownlint/sync';
import { common } from '../scripts/esbuild-options.mjs';
import { bundleTable, bundleVerdicts, measureBundle } from './bundle.mjs';
import { SIZES, TYPED, typingPlace, lineCharacter, median, p95 } from './shared.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
// BENCH_SERVER=path/to/server.js times another build (an earlier commit's) against the same floor.
const SERVER = process.env.BENCH_SERVER ? path.resolve(process.env.BENCH_SERVER) : path.join(ROOT, 'dist', 'server.js');
const FLOOR = path.join(HERE, '.cache', 'floor-server.cjs');

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const quick = !!args.quick;
const sizes = String(args.sizes ?? '25k,250k,1m').split(',').map((s) => SIZES[s]).filter(Boolean);
const languages = String(args.languages ?? 'en,fr').split(',');
const EDITS = Number(args.edits ?? (quick ? 15 : 40));
// Keystrokes typed, unmeasured, between the first edits and the warm ones (see measureLsp).
const WARM_EDITS = Number(args['warm-edits'] ?? (quick ? 60 : 200));
const PLACES = Number(args.places ?? 40);
const OPENS = Number(args.opens ?? (quick ? 2 : 5));
// A pause between the cold open and the first keystroke: nobody types the moment the diagnostics
// appear, and the server refines a fresh document's blocks while it is idle.
const READ_MS = Number(args.read ?? 1500);
// Between a keystroke's diagnostics and the next keystroke in the "typing" phase: a person typing
// fast (about 120 words a minute), so that what the server does between keystrokes meets them.
const PAUSE_MS = Number(args.pause ?? 100);
// --trace: the server logs when each version arrived, was checked and was sent (SUBMISSION_TRACE=1
// in trace.ts), and a table splits each keystroke of the first and warm series into those parts.
const TRACE = !!args.trace;
// --transport=ipc: both servers spoken to over Node's IPC channel, as VS Code's client does
// (client/src/extension.ts); stdio, as other editors do, by default.
const TRANSPORT = args.transport === 'ipc' ? 'ipc' : 'stdio';
// --draft=broken: every numbered list of the generated submission breaks the paragraph sequence
// (300 PARA-SEQ warnings at 1 MB, 209 KB of diagnostics at each keystroke), as the generator wrote
// it before 2026-12-07; a finished draft, with no findings, by default.
const DRAFT = args.draft === 'broken' ? 'broken' : 'clean';

const TARGETS = {
  editP95Ms: { '250 KB': 30, '1 MB': 100 },
  markdownlintRatio: 20,
  floorRatio: 2,
  coldOpen1MbMs: 2500,
  rss1MbMb: 150,
  export100: { docxMs: 500, pdfMs: 1500, pandocRatio: 2 },
};

// ---------------------------------------------------------------------------------------------

async function timeIt(reps, fn, warmup = 1) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}
const fmt = (ms) => (Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`) : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

/** The checker's own code and the floor server, bundled like dist/server.js. */
async function loadCore() {
  const out = path.join(HERE, '.cache', 'core.cjs');
  await build({ ...common, sourcemap: false, entryPoints: [path.join(HERE, 'core.ts')], outfile: out });
  await build({ ...common, sourcemap: false, entryPoints: [path.join(HERE, 'floor-server.ts')], outfile: FLOOR });
  return createRequire(import.meta.url)(out);
}

function pandocVersion() {
  const r = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * Editor latency over LSP stdio. `floor` runs the same keystrokes against the do-nothing server
 * (one open, no burst, no places), for the "÷ floor" columns.
 */
async function measureLsp(core, text, uri, { floor = false } = {}) {
  const serverPath = floor ? FLOOR : SERVER;
  // BENCH_SERVER_FLAGS="--max-semi-space-size=4" tries Node/V8 options on the server.
  const nodeOptions = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  // Cold open: a fresh server each time, so nothing is warm but Node itself.
  const opens = [];
  let server;
  let diagnostics = 0;
  const openCount = floor ? 1 : OPENS;
  for (let i = 0; i < openCount; i++) {
    server = new core.LspClient({ server: serverPath, nodeOptions, env: TRACE && !floor ? { SUBMISSION_TRACE: '1' } : {}, latestOnly: true, transport: TRANSPORT });
    await server.initialize();
    const r = await server.timedOpen(uri, text);
    opens.push(r.ms);
    diagnostics = r.diagnostics;
    if (i < openCount - 1) await server.stop();
  }
  await new Promise((r) => setTimeout(r, READ_MS));
  // Typing in the middle of the text, one character per version, so that every version is new
  // (a text seen before would find all its blocks in the cache).
  const at = typingPlace(text);
  const pos = lineCharacter(text, at);
  let typed = 0;
  const nextKey = () => {
    const p = { line: pos.line, character: pos.character + typed };
    return { range: { start: p, end: p }, text: TYPED[typed++ % TYPED.length] };
  };
  const edits = [];
  /** Each timed keystroke of the first and warm series, by version: when it was sent and its diagnostics received. */
  const timed = { first: new Map(), warm: new Map() };
  let version = 1;
  for (let i = 0; i < EDITS + 2; i++) {
    const r = await server.timedChange(uri, ++version, [nextKey()]);
    // The first two warm the edit path.
    if (i >= 2) {
      edits.push(r.ms);
      timed.first.set(version, r);
    }
  }
  // The same after a few sentences more, once V8 has compiled the edit path: the first keystrokes
  // after opening also pay for that, markdownlint's timed runs (after a warm-up run) do not.
  for (let i = 0; i < WARM_EDITS; i++) await server.timedChange(uri, ++version, [nextKey()]);
  const warmEdits = [];
  for (let i = 0; i < EDITS; i++) {
    const r = await server.timedChange(uri, ++version, [nextKey()]);
    warmEdits.push(r.ms);
    timed.warm.set(version, r);
  }
  const typeWithPauses = async () => {
    const times = [];
    for (let i = 0; i < EDITS; i++) {
      await new Promise((r) => setTimeout(r, PAUSE_MS));
      times.push((await server.timedChange(uri, ++version, [nextKey()])).ms);
    }
    return times;
  };
  if (floor) {
    const typistEdits = await typeWithPauses();
    await server.stop();
    return { opens, edits, warmEdits, typistEdits };
  }
  // A burst: ten keystrokes 5 ms apart; only the last version's diagnostics matter.
  const burstStart = performance.now();
  let burstVersion = version;
  for (let i = 0; i < 10; i++) {
    server.change(uri, ++burstVersion, [nextKey()]);
    await new Promise((r) => setTimeout(r, 5));
  }
  await server.diagnostics(uri, (p) => (p.version ?? -1) >= burstVersion, 120_000);
  const burstMs = performance.now() - burstStart - 50;
  // Versions published while the burst was still coming in, and any published after a newer one.
  const mine = server.publications(uri);
  const intermediate = mine.filter((p) => p.version > version && p.version < burstVersion).length;
  const outOfOrder = mine.filter((p, i) => i > 0 && p.version < mine[i - 1].version).length;
  version = burstVersion;
  // Resident memory once the document is open and idle, and the peak over the whole session.
  await new Promise((r) => setTimeout(r, 1000));
  const memory = server.memory();
  // A keystroke in each of 40 numbered paragraphs spread over the document, as when going through
  // a draft: each re-parses a stretch no keystroke touched before, and whatever the server keeps
  // of each version shows in its memory after.
  const lines = text.split('\n');
  const numbered = [];
  lines.forEach((l, i) => {
    const m = /^\d+\. /.exec(l);
    if (m && i !== pos.line) numbered.push({ line: i, character: m[0].length });
  });
  const placeEdits = [];
  for (let i = 0; i < PLACES && numbered.length; i++) {
    const p = numbered[Math.floor(((i + 0.5) / PLACES) * numbered.length)];
    placeEdits.push((await server.timedChange(uri, ++version, [{ range: { start: p, end: p }, text: 'x' }])).ms);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const memoryAfterPlaces = server.memory();
  // Typing as a person types, back at the first place: each keystroke PAUSE_MS after the last
  // one's diagnostics. The keystrokes above follow each other at once, which leaves the server no
  // idle moment; a typist leaves it one between every two, and whatever it does then (re-cutting
  // blocks, collecting garbage) can hold the next keystroke up.
  const typistEdits = await typeWithPauses();
  const memoryAtEnd = server.memory();
  await server.stop();
  const trace = TRACE ? { first: traceParts(server.logs, uri, timed.first), warm: traceParts(server.logs, uri, timed.warm) } : undefined;
  return { opens, edits, warmEdits, burstMs, intermediate, outOfOrder, memory, placeEdits, memoryAfterPlaces, typistEdits, memoryAtEnd, diagnostics, trace };
}

/** The parts of each traced keystroke, in ms: to the server, waiting for its check, the check (and the worker's collections during it), from handing the diagnostics over to the client's reading them. */
const TRACE_PARTS = ['inbound', 'queued', 'checked', 'of which gc', 'outbound'];

function traceParts(logs, uri, timed) {
  const traces = new Map();
  for (const { message } of logs) {
    const m = /^trace (\{.*\})$/.exec(message);
    const t = m && JSON.parse(m[1]);
    if (t && t.uri === uri) traces.set(t.version, t);
  }
  const parts = Object.fromEntries(TRACE_PARTS.map((k) => [k, []]));
  for (const [version, r] of timed) {
    const t = traces.get(version);
    if (!t || t.arrived === undefined) continue;
    parts.inbound.push(t.arrived - r.sentAt);
    parts.queued.push(t.started - t.arrived);
    parts.checked.push(t.checked - t.started);
    parts['of which gc'].push(t.gc ?? NaN);
    parts.outbound.push(r.receivedAt - t.sent);
  }
  return parts;
}

/** VS Code's Markdown diagnostics in-process, on the same keystrokes (first ones and warm ones). */
async function measureMarkdownLanguageService(core, text) {
  const at = typingPlace(text);
  const keystrokes = Array.from({ length: EDITS + 2 + WARM_EDITS + EDITS }, (_, i) => ({ at: at + i, text: TYPED[i % TYPED.length] }));
  const times = await core.timeMarkdownLanguageService(text, keystrokes, 2);
  return { edits: times.slice(0, EDITS), warmEdits: times.slice(times.length - EDITS) };
}

async function measureInProcess(core, text) {
  const check = (sub) => core.checkSubmission(sub, { today: '2026-06-01' });
  const fullReps = text.length > 500_000 ? 3 : 5;
  // The bare Markdown parse (remark-parse + GFM), the floor under any from-scratch check.
  const remark = await timeIt(fullReps, () => core.parseMarkdown(text));
  const full = await timeIt(fullReps, () => check(core.parseSubmission(text)));
  const sub = core.parseSubmission(text);
  const findings = check(sub).length;

  // The same typing as over LSP: each version one character longer, never seen before.
  const parser = new core.SubmissionParser();
  parser.parse(text);
  const at = typingPlace(text);
  let current = text;
  let typed = 0;
  const incremental = await timeIt(EDITS, () => {
    current = `${current.slice(0, at + typed)}${TYPED[typed % TYPED.length]}${current.slice(at + typed)}`;
    typed++;
    check(parser.parse(current));
  });

  const exportReps = text.length > 500_000 ? 2 : 3;
  const exports = {};
  for (const format of ['pdf', 'docx']) {
    try {
      const input = { submission: sub, draft: false, settings: { paper: 'a4' }, baseDir: ROOT };
      let bytes = 0;
      const times = await timeIt(exportReps, async () => {
        bytes = (await core.renderSubmission(format, input)).length;
      });
      exports[format] = { ms: median(times), bytes };
    } catch (err) {
      exports[format] = { error: String(err?.message ?? err).split('\n')[0] };
    }
  }
  return { remark, full, incremental, exports, findings };
}

function measureMarkdownlint(text) {
  const reps = text.length > 500_000 ? 3 : 5;
  const times = [];
  let issues = 0;
  for (let i = 0; i <= reps; i++) {
    const t = performance.now();
    const result = lint({ strings: { doc: text } });
    if (i > 0) times.push(performance.now() - t); // the first run warms it up
    issues = result.doc.length;
  }
  return { times, issues };
}

function measurePandoc(text) {
  if (!pandocVersion()) return undefined;
  const out = path.join(os.tmpdir(), `bench-pandoc-${process.pid}.docx`);
  const times = [];
  const reps = text.length > 500_000 ? 2 : 3;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out], { input: text, maxBuffer: 1 << 28 });
    if (r.status !== 0) return { error: String(r.stderr).split('\n')[0] };
    times.push(performance.now() - t);
  }
  fs.rmSync(out, { force: true });
  return { ms: median(times) };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first');
  log('bundling the checker for in-process runs…');
  const core = await loadCore();
  const rows = [];
  for (const [label, bytes] of sizes) {
    for (const language of languages) {
      const text = core.generateSubmission({ bytes, language, seed: 1, brokenNumbering: DRAFT === 'broken' });
      const uri = pathToFileURL(path.join(ROOT, 'bench', `.cache/synthetic-${language}-${bytes}.md`)).href;
      log(`${label} ${language} (${text.length.toLocaleString('en')} characters): LSP…`);
      const lsp = await measureLsp(core, text, uri);
      log(`  ${lsp.diagnostics} diagnostics on opening (${DRAFT} draft)`);
      log('  floor server…');
      const floor = await measureLsp(core, text, uri, { floor: true });
      log('  vscode-markdown-languageservice…');
      const mdls = await measureMarkdownLanguageService(core, text);
      log('  in-process…');
      const inProcess = await measureInProcess(core, text);
      log('  markdownlint…');
      const markdownlint = measureMarkdownlint(text);
      log('  pandoc…');
      const pandoc = measurePandoc(text);
      const editP50 = median(lsp.edits);
      const row = {
        size: label,
        language,
        characters: text.length,
        lines: text.split('\n').length,
        findings: inProcess.findings,
        lspDiagnostics: lsp.diagnostics,
        coldOpenMs: median(lsp.opens),
        coldOpenRunsMs: lsp.opens.map((x) => Math.round(x)),
        editP50Ms: editP50,
        editP95Ms: p95(lsp.edits),
        editMaxMs: Math.max(...lsp.edits),
        editWarmP50Ms: median(lsp.warmEdits),
        editWarmP95Ms: p95(lsp.warmEdits),
        floorP50Ms: median(floor.edits),
        floorP95Ms: p95(floor.edits),
        floorWarmP95Ms: p95(floor.warmEdits),
        editP95OverFloor: ratio(p95(lsp.edits), p95(floor.edits)),
        editWarmP95OverFloor: ratio(p95(lsp.warmEdits), p95(floor.warmEdits)),
        markdownlintOverEditP95: ratio(median(markdownlint.times), p95(lsp.edits)),
        markdownlintOverWarmP95: ratio(median(markdownlint.times), p95(lsp.warmEdits)),
        markdownlintOverFloorP95: ratio(median(markdownlint.times), p95(floor.edits)),
        mdlsP95Ms: p95(mdls.edits),
        mdlsWarmP95Ms: p95(mdls.warmEdits),
        mdlsOverEditP95: ratio(p95(mdls.edits), p95(lsp.edits)),
        trace: lsp.trace,
        burstLastDiagnosticsMs: lsp.burstMs,
        burstIntermediatePublications: lsp.intermediate,
        publishedOutOfOrder: lsp.outOfOrder,
        placeEditP50Ms: median(lsp.placeEdits),
        placeEditP95Ms: p95(lsp.placeEdits),
        serverRssMb: lsp.memory.rssMb,
        serverRssAfterPlacesMb: lsp.memoryAfterPlaces.rssMb,
        typistP50Ms: median(lsp.typistEdits),
        typistP95Ms: p95(lsp.typistEdits),
        floorTypistP95Ms: p95(floor.typistEdits),
        serverPeakRssMb: lsp.memoryAtEnd.peakRssMb,
        remarkParseMs: median(inProcess.remark),
        coldOpenOverRemark: ratio(median(lsp.opens), median(inProcess.remark)),
        fullCheckMs: median(inProcess.full),
        incrementalCheckMs: median(inProcess.incremental),
        incrementalCheckP95Ms: p95(inProcess.incremental),
        exportPdfMs: inProcess.exports.pdf.ms ?? null,
        exportDocxMs: inProcess.exports.docx.ms ?? null,
        exportNotes: Object.entries(inProcess.exports)
          .filter(([, v]) => v.error)
          .map(([k, v]) => `${k}: ${v.error}`),
        markdownlintMs: median(markdownlint.times),
        markdownlintIssues: markdownlint.issues,
        markdownlintOverEdit: ratio(median(markdownlint.times), editP50),
        markdownlintOverWarmEdit: ratio(median(markdownlint.times), median(lsp.warmEdits)),
        markdownlintOverIncremental: ratio(median(markdownlint.times), median(inProcess.incremental)),
        pandocDocxMs: pandoc?.ms ?? null,
        pandocNote: pandoc ? pandoc.error ?? null : 'pandoc not installed',
        pandocOverDocx: pandoc?.ms && inProcess.exports.docx.ms ? ratio(pandoc.ms, inProcess.exports.docx.ms) : null,
      };
      rows.push(row);
      log(`  floor p95 ${fmt(row.floorP95Ms)} (÷ ${row.editP95OverFloor.toFixed(1)}), vscode-markdown-languageservice p95 ${fmt(row.mdlsP95Ms)}`);
      log(`  open ${fmt(row.coldOpenMs)}, edit p50 ${fmt(row.editP50Ms)} p95 ${fmt(row.editP95Ms)} (warm ${fmt(row.editWarmP50Ms)} / ${fmt(row.editWarmP95Ms)}), full ${fmt(row.fullCheckMs)}, markdownlint ${fmt(row.markdownlintMs)}`);
    }
  }

  const export100 = args['no-export'] ? null : measureExport100(core);
  log('filing bundle…');
  const bundle = args['no-bundle'] ? null : await measureBundle(ROOT, path.join(HERE, '.cache'), { quick });
  const verdicts = [...targetVerdicts(rows), ...exportVerdicts(export100), ...bundleVerdicts(bundle, fmt)];
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
      pandoc: pandocVersion() ?? null,
    },
    settings: { edits: EDITS, warmEdits: WARM_EDITS, opens: OPENS, readMs: READ_MS, pauseMs: PAUSE_MS, quick, transport: TRANSPORT, draft: DRAFT },
    targets: TARGETS,
    verdicts,
    results: rows,
    export100,
    bundle,
  };
  fs.writeFileSync(path.join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTables(results);
}

/**
 * The export issue's figure: a 100-page submission (test/support/generate.ts: numbered paragraphs,
 * lists, tables, footnotes, French and Arabic passages) exported in each format, each in a fresh
 * process, beside pandoc's DOCX of the same Markdown.
 */
function measureExport100(core) {
  log('100-page submission: export…');
  const dir = path.join(HERE, '.cache');
  fs.mkdirSync(dir, { recursive: true });
  const text = core.benchmarkSubmissionText(100);
  const input = path.join(dir, 'export-100.md');
  fs.writeFileSync(input, text);
  const out = { characters: text.length, formats: {} };
  for (const format of ['pdf', 'docx']) {
    const output = path.join(dir, `export-100.${format}`);
    const r = spawnSync(process.execPath, [path.join(HERE, 'export-child.mjs'), path.join(dir, 'core.cjs'), format, input, output], { encoding: 'utf8' });
    if (r.status !== 0) {
      out.formats[format] = { error: String(r.stderr).trim().split('\n').pop() };
      continue;
    }
    out.formats[format] = JSON.parse(r.stdout);
    if (format === 'pdf') out.pages = pdfPages(output);
  }
  const pandoc = measurePandoc(text);
  out.pandocDocxMs = pandoc?.ms ?? null;
  out.pandocNote = pandoc ? pandoc.error ?? null : 'pandoc not installed';
  return out;
}

function pdfPages(file) {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = r.status === 0 ? /^Pages:\s+(\d+)/m.exec(r.stdout) : null;
  return m ? Number(m[1]) : (fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

function exportVerdicts(e) {
  if (!e) return [];
  const ok = (pass) => (pass ? 'met' : 'MISSED');
  const out = [];
  const { pdf, docx } = e.formats;
  if (docx?.warmMs !== undefined) {
    out.push(`DOCX of ${e.pages ?? 100} pages ≤ ${fmt(TARGETS.export100.docxMs)}: ${fmt(docx.firstMs)} in a fresh process (${ok(docx.firstMs <= TARGETS.export100.docxMs)}), ${fmt(docx.warmMs)} warm (${ok(docx.warmMs <= TARGETS.export100.docxMs)})`);
    if (e.pandocDocxMs) {
      const r = e.pandocDocxMs / docx.firstMs;
      out.push(`≥ ${TARGETS.export100.pandocRatio}× faster than pandoc's DOCX: ${r.toFixed(1)}× counting a fresh process, ${(e.pandocDocxMs / docx.warmMs).toFixed(1)}× warm — ${ok(r >= TARGETS.export100.pandocRatio)}`);
    }
  }
  if (pdf?.warmMs !== undefined) {
    out.push(`PDF of ${e.pages ?? 100} pages ≤ ${fmt(TARGETS.export100.pdfMs)}: ${fmt(pdf.firstMs)} in a fresh process (${ok(pdf.firstMs <= TARGETS.export100.pdfMs)}), ${fmt(pdf.warmMs)} warm (${ok(pdf.warmMs <= TARGETS.export100.pdfMs)})`);
  }
  return out;
}

function targetVerdicts(rows) {
  const out = [];
  const ok = (pass) => (pass ? 'met' : 'MISSED');
  for (const r of rows) {
    const limit = TARGETS.editP95Ms[r.size];
    // Judged on the first keystrokes after opening, and on warm ones (like markdownlint's runs).
    if (limit) out.push(`edit → diagnostics p95 ≤ ${limit} ms at ${r.size} (${r.language}): ${fmt(r.editP95Ms)} first (${ok(r.editP95Ms <= limit)}), ${fmt(r.editWarmP95Ms)} warm (${ok(r.editWarmP95Ms <= limit)})`);
    out.push(`p95 ≤ ${TARGETS.floorRatio}× the floor's p95 at ${r.size} (${r.language}): ${r.editP95OverFloor.toFixed(2)}× first (${ok(r.editP95OverFloor <= TARGETS.floorRatio)}), ${r.editWarmP95OverFloor.toFixed(2)}× warm (${ok(r.editWarmP95OverFloor <= TARGETS.floorRatio)})`);
    const typist = ratio(r.typistP95Ms, r.floorTypistP95Ms);
    out.push(`typing with ${PAUSE_MS} ms pauses at ${r.size} (${r.language}): p95 ${fmt(r.typistP95Ms)}, ${typist.toFixed(2)}× the floor's ${fmt(r.floorTypistP95Ms)} typed alike (${ok(typist <= TARGETS.floorRatio)}), markdownlint ÷ p95 ${ratio(r.markdownlintMs, r.typistP95Ms).toFixed(1)}×`);
    out.push(`faster than vscode-markdown-languageservice's diagnostics at ${r.size} (${r.language}): its p95 ${fmt(r.mdlsP95Ms)} in-process, ours ${fmt(r.editP95Ms)} over stdio — ${ok(r.mdlsP95Ms > r.editP95Ms)}`);
    if (r.size !== '25 KB') out.push(`markdownlint ÷ p95 ≥ ${TARGETS.markdownlintRatio}× at ${r.size} (${r.language}): ${r.markdownlintOverEditP95.toFixed(1)}× first (${ok(r.markdownlintOverEditP95 >= TARGETS.markdownlintRatio)}), ${r.markdownlintOverWarmP95.toFixed(1)}× warm (${ok(r.markdownlintOverWarmP95 >= TARGETS.markdownlintRatio)})`);
    const x = TARGETS.markdownlintRatio;
    out.push(`≥ ${x}× faster than markdownlint by the p50 at ${r.size} (${r.language}): ${r.markdownlintOverEdit.toFixed(1)}× first (${ok(r.markdownlintOverEdit >= x)}), ${r.markdownlintOverWarmEdit.toFixed(1)}× warm (${ok(r.markdownlintOverWarmEdit >= x)})`);
    if (r.size === '1 MB') {
      out.push(`cold open of 1 MB → first diagnostics ≤ 2.5 s (${r.language}): ${fmt(r.coldOpenMs)} — ${ok(r.coldOpenMs <= TARGETS.coldOpen1MbMs)}`);
      const after = r.serverRssAfterPlacesMb;
      out.push(`server RSS ≤ 150 MB with 1 MB open (${r.language}): ${r.serverRssMb.toFixed(0)} MB open and idle (${ok(r.serverRssMb <= TARGETS.rss1MbMb)}), ${after.toFixed(0)} MB after edits in ${PLACES} places (${ok(after <= TARGETS.rss1MbMb)}), ${r.serverPeakRssMb.toFixed(0)} MB peak (${ok(r.serverPeakRssMb <= TARGETS.rss1MbMb)})`);
    }
  }
  return out;
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function printTables(results) {
  const { machine, results: rows } = results;
  const out = [];
  out.push(`Benchmark ${results.date} — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`);
  out.push('');
  out.push(`Editor latency (real server over LSP ${results.settings.transport === 'ipc' ? 'IPC' : 'stdio'}; ${results.settings.draft === 'broken' ? 'a draft whose every list breaks the numbering' : 'a finished draft'}; medians, edits also p95)`);
  out.push(
    table(
      ['size', 'lang', 'chars', 'cold open → diagnostics', '÷ bare parse', 'edit → diagnostics p50', 'p95', 'warm p50', 'warm p95', 'burst of 10 → last', `${PLACES} places p50 / p95`, `typing (${PAUSE_MS} ms pauses) p50 / p95`, 'server RSS', `after ${PLACES} places`, 'peak RSS'],
      rows.map((r) => [
        r.size,
        r.language,
        r.characters.toLocaleString('en'),
        fmt(r.coldOpenMs),
        `${r.coldOpenOverRemark.toFixed(2)}×`,
        fmt(r.editP50Ms),
        fmt(r.editP95Ms),
        fmt(r.editWarmP50Ms),
        fmt(r.editWarmP95Ms),
        fmt(r.burstLastDiagnosticsMs),
        `${fmt(r.placeEditP50Ms)} / ${fmt(r.placeEditP95Ms)}`,
        `${fmt(r.typistP50Ms)} / ${fmt(r.typistP95Ms)}`,
        `${r.serverRssMb.toFixed(0)} MB`,
        `${r.serverRssAfterPlacesMb.toFixed(0)} MB`,
        `${r.serverPeakRssMb.toFixed(0)} MB`,
      ]),
    ),
  );
  out.push('');
  out.push('A keystroke against the floor (a do-nothing server on the same document store), markdownlint and VS Code\'s Markdown diagnostics, in the same run');
  out.push(
    table(
      ['size', 'lang', 'edit p95', 'floor p95', 'p95 ÷ floor p95', 'warm p95', 'floor warm p95', 'warm ÷ floor', 'markdownlint', 'markdownlint ÷ p95', 'markdownlint ÷ warm p95', 'vscode-markdown-languageservice p95 (in-process)', 'its p95 ÷ ours'],
      rows.map((r) => [
        r.size,
        r.language,
        fmt(r.editP95Ms),
        fmt(r.floorP95Ms),
        `${r.editP95OverFloor.toFixed(2)}×`,
        fmt(r.editWarmP95Ms),
        fmt(r.floorWarmP95Ms),
        `${r.editWarmP95OverFloor.toFixed(2)}×`,
        fmt(r.markdownlintMs),
        `${r.markdownlintOverEditP95.toFixed(1)}×`,
        `${r.markdownlintOverWarmP95.toFixed(1)}×`,
        fmt(r.mdlsP95Ms),
        `${r.mdlsOverEditP95.toFixed(1)}×`,
      ]),
    ),
  );
  out.push('');
  out.push('In-process, and the same text through markdownlint and pandoc in the same run');
  out.push(
    table(
      ['size', 'lang', 'bare parse', 'full check', 'incremental check', 'export PDF', 'export DOCX', 'markdownlint', '× vs edit', '× vs warm edit', '× vs incr.', 'pandoc DOCX', '× vs our DOCX'],
      rows.map((r) => [
        r.size,
        r.language,
        fmt(r.remarkParseMs),
        fmt(r.fullCheckMs),
        fmt(r.incrementalCheckMs),
        r.exportPdfMs === null ? 'skipped' : fmt(r.exportPdfMs),
        r.exportDocxMs === null ? 'skipped' : fmt(r.exportDocxMs),
        fmt(r.markdownlintMs),
        `${r.markdownlintOverEdit.toFixed(0)}×`,
        `${r.markdownlintOverWarmEdit.toFixed(0)}×`,
        `${r.markdownlintOverIncremental.toFixed(0)}×`,
        r.pandocDocxMs === null ? r.pandocNote ?? '—' : fmt(r.pandocDocxMs),
        r.pandocOverDocx === null ? '—' : `${r.pandocOverDocx.toFixed(1)}×`,
      ]),
    ),
  );
  const e = results.export100;
  if (e) {
    out.push('', `Export of a ${e.pages ?? '~100'}-page submission (${e.characters.toLocaleString('en')} characters, with French and Arabic passages), each format in a fresh process`);
    out.push(
      table(
        ['format', 'first export (engine and fonts loaded)', 'later exports (median of 3)', 'size', 'peak RSS'],
        Object.entries(e.formats).map(([f, r]) =>
          r.error ? [f, r.error, '', '', ''] : [f, fmt(r.firstMs), fmt(r.warmMs), `${(r.bytes / 1024).toFixed(0)} KB`, `${r.peakRssMb.toFixed(0)} MB`],
        ),
      ),
    );
    out.push(e.pandocDocxMs ? `pandoc, same Markdown → DOCX: ${fmt(e.pandocDocxMs)}` : `pandoc: ${e.pandocNote}`);
  }
  const traced = rows.filter((r) => r.trace);
  if (traced.length) {
    out.push('', 'Where a keystroke\'s time goes (--trace; p50 / p95 of each part, ms): to the server (inbound), waiting for its check (queued), the check and its diagnostics (checked), the worker\'s garbage collections during the check (of which gc), from handing them over to the client (outbound)');
    out.push(
      table(
        ['size', 'lang', 'series', 'n', ...TRACE_PARTS],
        traced.flatMap((r) =>
          ['first', 'warm'].map((series) => {
            const parts = r.trace[series];
            return [r.size, r.language, series, parts.inbound.length, ...TRACE_PARTS.map((k) => `${median(parts[k]).toFixed(1)} / ${p95(parts[k]).toFixed(1)}`)];
          }),
        ),
      ),
    );
  }
  out.push(...bundleTable(results.bundle, table, fmt));
  const notes = rows.flatMap((r) => r.exportNotes.map((n) => `export skipped at ${r.size} ${r.language}: ${n}`));
  if (notes.length) out.push('', ...notes);
  out.push('', 'Targets', ...results.verdicts.map((v) => `- ${v}`), '', `Written to bench/results.json`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
