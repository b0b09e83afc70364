// Regenerates the reference renders in docs/renders/ (what users see in docs/export.md):
//   npx tsx test/export/make-renders.ts
// Needs pdftoppm (poppler-utils) and, for the DOCX renders, LibreOffice.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, load, render, requireTool, ROOT, tempDir } from './helpers';

const OUT = path.join(ROOT, 'docs', 'renders');

const RENDERS: { source: string; name: string; format: 'pdf' | 'docx'; pages: number[]; draft?: boolean }[] = [
  { source: path.join(ROOT, 'examples', 'ccf-deletion-en.md'), name: 'ccf-deletion-en', format: 'pdf', pages: [1, 2] },
  { source: path.join(FIXTURES, 'ccf-requete-fr.md'), name: 'ccf-requete-fr', format: 'pdf', pages: [1], draft: true },
  { source: path.join(FIXTURES, 'talab-ar.md'), name: 'talab-ar', format: 'pdf', pages: [1] },
  { source: path.join(FIXTURES, 'talab-ar.md'), name: 'talab-ar', format: 'docx', pages: [1] },
];

async function main(): Promise<void> {
  requireTool('pdftoppm');
  fs.mkdirSync(OUT, { recursive: true });
  const work = tempDir('export-renders-');
  for (const r of RENDERS) {
    const bytes = await render(r.format, load(r.source), { draft: r.draft, baseDir: path.dirname(r.source) });
    const file = path.join(work, `${r.name}.${r.format}`);
    fs.writeFileSync(file, bytes);
    let pdf = file;
    if (r.format === 'docx') {
      requireTool('libreoffice');
      const lo = path.join(work, 'lo');
      execFileSync('libreoffice', [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', lo, file], { stdio: 'ignore' });
      pdf = path.join(lo, `${r.name}.pdf`);
    }
    for (const page of r.pages) {
      const target = path.join(OUT, `${r.name}-${r.format}-p${page}`);
      execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, target]);
      console.log(path.relative(ROOT, `${target}.png`));
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
