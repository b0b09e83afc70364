// Regenerates the bundle images in docs/renders/ (what users see in docs/bundle.md):
//   npx tsx test/export/make-bundle-renders.ts
// Needs pdftoppm and qpdf (poppler-utils, qpdf): the exhibits are made as the tests make them.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSubmission } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { bundleAnalysis } from '../../server/src/service/bundling';
import { makeExhibits, requestWith } from './bundle-fixtures';
import { ROOT } from './helpers';

const OUT = path.join(ROOT, 'docs', 'renders');

const EXHIBITS = [
  { id: 'A1', title: 'Passport of Daniel Varga (copy)', date: '2022-03-01', file: 'exhibits/passport.pdf' },
  { id: 'A2', title: 'Judgment of the Velor Commercial Court dismissing the creditors’ claim', date: '2022-11-18', file: 'exhibits/judgment.pdf' },
  { id: 'A3', title: 'Decision of the Canadian Immigration and Refugee Board granting refugee protection', date: '2025-06-30', file: 'exhibits/scan.jpg' },
  { id: 'A4', title: 'Report of the Special Rapporteur on the independence of judges and lawyers (extract)', date: '2025-02-11', file: 'exhibits/report.pdf' },
  { id: 'A5', title: 'Witness statement of Ms Varga', date: '2025-01-20', file: 'exhibits/statement-missing.pdf' },
];

async function build(name: string, text: string, dir: string, prefix: string): Promise<string> {
  const file = path.join(dir, `${name}.md`);
  fs.writeFileSync(file, text);
  const submission = parseSubmission(text);
  const findings = checkSubmission(submission, { fileExists: (r) => fs.existsSync(path.resolve(dir, r)) });
  const outcome = await bundleAnalysis(
    { submission, findings },
    { sourcePath: file, force: true, overwrite: true, split: false, sizeLimitMb: 10, settings: { pagePrefix: prefix, skipMissing: true } },
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.path;
}

function png(pdf: string, page: number, name: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(OUT, name)]);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const { dir } = await makeExhibits();
  const en = await build('request', requestWith(EXHIBITS), dir, 'B/');
  const pages = execFileSync('pdftotext', ['-layout', en, '-'], { encoding: 'utf8' }).split('\f');
  png(en, 1, 'bundle-index-en', 70);
  const rotated = pages.findIndex((t) => t.includes('JUDGMENT page 4')) + 1;
  png(en, rotated, 'bundle-exhibit-rotated');
  const divider = pages.findIndex((t) => /^\s*Annex A3\s*$/m.test(t)) + 1;
  png(en, divider, 'bundle-divider');
  png(en, divider + 1, 'bundle-scan');
  const ar = await build('talab', requestWith(EXHIBITS.slice(0, 3), { language: 'ar' }), dir, '');
  png(ar, 1, 'bundle-index-ar', 70);
  process.stdout.write(`Renders written to ${path.relative(ROOT, OUT)}/bundle-*.png\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
