// The filing bundle's figures for `npm run bench`: a 300-page bundle (a 30-page submission and 20
// exhibits: text PDFs of several sizes, rotated pages, scanned PDFs and JPEG scans) built by the
// real CLI (`dist/cli.js bundle`) in a fresh process, its time and peak memory; then the same at
// 1,000 pages, to show memory grows with the output, not with what was read.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const BUNDLE_TARGETS = { pages: 300, ms: 3000, rssMb: 300 };

/**
 * Writes a complete CCF request of about `submissionPages` pages declaring `exhibits` exhibits
 * that hold `exhibitPages` pages in all, and returns its path.
 */
export async function makeBundleInput(dir, { submissionPages, exhibits, exhibitPages, allScanned = false }) {
  const { PDFDocument, StandardFonts, degrees } = require('@cantoo/pdf-lib');
  fs.mkdirSync(path.join(dir, 'exhibits'), { recursive: true });
  // A scan: a text page rendered to JPEG by poppler, as a scanner would give it.
  const scanSource = await PDFDocument.create();
  const font = await scanSource.embedFont(StandardFonts.TimesRoman);
  const page = scanSource.addPage([595, 842]);
  for (let l = 0; l < 40; l++) page.drawText(`Scanned line ${l + 1}: the court finds that the requested person was not present at trial.`, { x: 50, y: 800 - l * 19, size: 11, font });
  fs.writeFileSync(path.join(dir, 'scan-source.pdf'), await scanSource.save());
  execFileSync('pdftoppm', ['-jpeg', '-r', '100', '-singlefile', path.join(dir, 'scan-source.pdf'), path.join(dir, 'scan')]);
  const jpeg = fs.readFileSync(path.join(dir, 'scan.jpg'));

  const sizes = [[595.28, 841.89], [612, 792], [841.89, 595.28], [420, 595]];
  const jpegs = Math.min(3, exhibits);
  const pdfs = exhibits - jpegs;
  const perPdf = Math.floor((exhibitPages - jpegs) / pdfs);
  let extra = exhibitPages - jpegs - perPdf * pdfs;
  const declared = [];
  for (let i = 0; i < exhibits; i++) {
    const id = `A${i + 1}`;
    if (i >= pdfs) {
      const file = `exhibits/${id}.jpg`;
      fs.writeFileSync(path.join(dir, file), jpeg);
      declared.push({ id, file, title: `Photograph of document ${id}` });
      continue;
    }
    const count = perPdf + (extra-- > 0 ? 1 : 0);
    const doc = await PDFDocument.create();
    const f = await doc.embedFont(StandardFonts.Helvetica);
    const scanned = allScanned || i % 4 === 3;
    // A scanned PDF holds one image a page (allScanned: each its own copy, as a scanner writes).
    const shared = scanned && !allScanned ? await doc.embedJpg(jpeg) : undefined;
    for (let p = 0; p < count; p++) {
      const [w, h] = sizes[(i + p) % sizes.length];
      const pg = doc.addPage([w, h]);
      if (p % 7 === 3) pg.setRotation(degrees(90));
      const image = shared ?? (scanned ? await doc.embedJpg(jpeg) : undefined);
      if (image) pg.drawImage(image, { x: 0, y: 0, width: w, height: h });
      else for (let l = 0; l < 30; l++) pg.drawText(`${id} page ${p + 1}, line ${l + 1}: evidence of the proceedings and their outcome.`, { x: 40, y: h - 50 - l * 17, size: 10, font: f });
    }
    const file = `exhibits/${id}.pdf`;
    fs.writeFileSync(path.join(dir, file), await doc.save());
    declared.push({ id, file, title: `${scanned ? 'Scanned record' : 'Judgment'} ${id} of the proceedings` });
  }
  const example = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'examples', 'ccf-deletion-en.md'), 'utf8');
  const list = declared.map((e, i) => `  - id: ${e.id}\n    title: ${e.title}\n    date: 2024-0${(i % 9) + 1}-1${i % 10}\n    file: ${e.file}`).join('\n');
  const paragraph =
    'The Red Notice rests on an arrest warrant issued more than a year after the civil court dismissed the same claims, and the National Central Bureau has not explained how the facts alleged amount to an ordinary-law crime (Exhibit A3). ';
  // About 380 words a page in the export's layout.
  const facts = Array.from({ length: Math.round(submissionPages * 6.1) }, (_, i) => `${paragraph}${i % 3 ? paragraph : ''}`).join('\n\n');
  const text = example.replace(/exhibits:\n(?:  .*\n)+/, `exhibits:\n${list}\n`).replace(/(## Statement of facts\n)/, `$1\n${facts}\n\n`);
  const file = path.join(dir, 'request.md');
  fs.writeFileSync(file, text);
  return file;
}

/** Builds the bundle in a fresh process; returns its figures. */
export function runBundle(root, input, output) {
  const cli = path.join(root, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [path.join(root, 'bench', 'bundle-child.mjs'), cli, 'bundle', input, '-o', output, '--overwrite', '--prefix', 'B/'], { encoding: 'utf8' });
  const figures = JSON.parse(r.stdout || '{}');
  if (figures.exitCode !== 0) return { error: String(r.stderr).trim().split('\n').slice(-3).join(' ') };
  const info = spawnSync('pdfinfo', [output], { encoding: 'utf8' }).stdout;
  return { ...figures, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), bytes: fs.statSync(output).size };
}

export async function measureBundle(root, cacheDir, { quick = false } = {}) {
  const sizes = [
    { name: '300 pages', submissionPages: 30, exhibits: 20, exhibitPages: 249 },
    ...(quick
      ? []
      : [
          { name: '1,000 pages', submissionPages: 50, exhibits: 50, exhibitPages: 899 },
          { name: '300 pages, all scans', submissionPages: 30, exhibits: 20, exhibitPages: 249, allScanned: true },
          { name: '1,000 pages, all scans', submissionPages: 50, exhibits: 50, exhibitPages: 899, allScanned: true },
        ]),
  ];
  const results = [];
  for (const size of sizes) {
    const dir = path.join(cacheDir, `bundle-${size.exhibitPages}${size.allScanned ? '-scans' : ''}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const input = await makeBundleInput(dir, size);
    const runs = [0, 1, 2].map(() => runBundle(root, input, path.join(dir, 'bundle.pdf')));
    const ok = runs.filter((r) => !r.error);
    if (!ok.length) {
      results.push({ name: size.name, error: runs[0].error });
      continue;
    }
    const sorted = [...ok].sort((a, b) => a.ms - b.ms);
    const median = sorted[sorted.length >> 1];
    const cpu = ok.map((r) => r.cpuMs).sort((a, b) => a - b);
    results.push({ name: size.name, pages: median.pages, ms: median.ms, minMs: sorted[0].ms, cpuMs: cpu[cpu.length >> 1], peakRssMb: Math.max(...ok.map((r) => r.peakRssMb)), bytes: median.bytes, runs: ok.length });
  }
  return results;
}

/** The lines of the bundle's figures under "Targets". */
export function bundleVerdicts(results, fmt) {
  const r = results?.find((x) => x.pages === BUNDLE_TARGETS.pages);
  if (!r) return results?.length ? [`bundle of ${BUNDLE_TARGETS.pages} pages: ${results[0].error ?? 'not measured'}`] : [];
  const ok = (pass) => (pass ? 'met' : 'MISSED');
  return [
    `Bundle of ${r.pages} pages ≤ ${fmt(BUNDLE_TARGETS.ms)}: ${fmt(r.ms)} median of ${r.runs} fresh processes, best ${fmt(r.minMs)} (${ok(r.ms <= BUNDLE_TARGETS.ms)}; ${fmt(r.cpuMs)} of CPU)`,
    `Bundle of ${r.pages} pages ≤ ${BUNDLE_TARGETS.rssMb} MB RSS: ${r.peakRssMb.toFixed(0)} MB (${ok(r.peakRssMb <= BUNDLE_TARGETS.rssMb)})`,
  ];
}

/** The bundle's table, for bench/run.mjs's report. */
export function bundleTable(results, table, fmt) {
  if (!results?.length) return [];
  return [
    '',
    'Filing bundle (`dist/cli.js bundle`, index + submission + exhibits with dividers, stamped, bookmarked), each run in a fresh process',
    table(
      ['bundle', 'pages', 'time (median)', 'best', 'CPU', 'peak RSS', 'size'],
      results.map((r) => (r.error ? [r.name, r.error, '', '', '', '', ''] : [r.name, String(r.pages), fmt(r.ms), fmt(r.minMs), fmt(r.cpuMs), `${r.peakRssMb.toFixed(0)} MB`, `${(r.bytes / 2 ** 20).toFixed(1)} MB`])),
    ),
  ];
}
