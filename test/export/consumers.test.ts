// Checks the exports with the programs that will read them, installed from Debian (.ci/run):
// qpdf (structure), poppler's pdftotext / pdffonts / pdfinfo (text in logical order, embedded
// fonts, metadata) and LibreOffice (opens the DOCX; its text, numbering, footnotes and exhibit
// table survive). A missing tool fails the test with the apt-get line that installs it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exampleFiles, flat, load, pdfText, render, requireTool, run, tempDir } from './helpers';

const OUT = tempDir('export-consumers-');

interface Exported {
  name: string;
  source: string;
  pdf: string;
  docx: string;
}

const exported: Exported[] = [];

async function exportAll(): Promise<void> {
  if (exported.length) return;
  for (const file of exampleFiles()) {
    const name = path.basename(file, '.md');
    const sub = load(file);
    const pdf = path.join(OUT, `${name}.pdf`);
    const docx = path.join(OUT, `${name}.docx`);
    fs.writeFileSync(pdf, await render('pdf', sub, { draft: true, baseDir: path.dirname(file) }));
    fs.writeFileSync(docx, await render('docx', sub, { draft: true, baseDir: path.dirname(file) }));
    exported.push({ name, source: file, pdf, docx });
  }
}

function find(name: string): Exported {
  const e = exported.find((x) => x.name === name);
  if (!e) throw new Error(`${name} was not exported`);
  return e;
}

/** Converts all DOCX exports to PDF with LibreOffice once (a few seconds), in a private profile. */
let converted: Map<string, string> | undefined;
function libreOfficeText(e: Exported): string {
  return pdfText(libreOfficePdf(e));
}

/** The PDF LibreOffice makes of an export's DOCX (all of them converted in one run, on first use). */
function libreOfficePdf(e: Exported): string {
  if (!converted) {
    requireTool('libreoffice');
    const outDir = path.join(OUT, 'lo');
    fs.mkdirSync(outDir, { recursive: true });
    const profile = `file://${path.join(OUT, 'lo-profile')}`;
    const result = spawnSync(
      'libreoffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...exported.map((x) => x.docx)],
      { encoding: 'utf8', timeout: 240_000 },
    );
    if (result.status !== 0) throw new Error(`LibreOffice failed: ${result.stderr || result.stdout}`);
    converted = new Map(exported.map((x) => [x.name, path.join(outDir, `${x.name}.pdf`)]));
  }
  const pdf = converted.get(e.name)!;
  assert.ok(fs.existsSync(pdf), `LibreOffice did not convert ${e.name}.docx`);
  return pdf;
}

describe('export consumers (qpdf, poppler, LibreOffice)', function () {
  this.timeout(300_000);

  before(async () => {
    await exportAll();
  });

  after(() => {
    if (!process.env.KEEP_EXPORTS) fs.rmSync(OUT, { recursive: true, force: true });
    else console.log(`exports kept in ${OUT}`);
  });

  it('exports every example, French, Spanish and Arabic included', () => {
    const names = exported.map((e) => e.name);
    for (const n of ['ccf-requete-fr', 'defensa-es', 'talab-ar']) assert.ok(names.includes(n), n);
    assert.ok(names.length >= 4, names.join(', '));
  });

  it('qpdf --check passes on every PDF', () => {
    for (const e of exported) {
      const out = run('qpdf', ['--check', e.pdf]);
      assert.match(out, /No syntax or stream encoding errors found/, e.name);
    }
  });

  it('pdffonts shows only embedded fonts, never a standard one', () => {
    for (const e of exported) {
      const rows = run('pdffonts', [e.pdf]).split('\n').slice(2).filter((l) => l.trim());
      assert.ok(rows.length > 0, e.name);
      for (const row of rows) {
        const cols = row.trim().split(/\s+/);
        // name type... emb sub uni object ID: emb is the fifth column from the end.
        assert.equal(cols[cols.length - 5], 'yes', `${e.name}: not embedded: ${row}`);
        assert.match(cols[0], /Amiri/, `${e.name}: unexpected font ${cols[0]}`);
      }
    }
  });

  it('pdfinfo reads the title, author, page size and page count', () => {
    const info = run('pdfinfo', [find('ccf-requete-fr').pdf]);
    assert.match(info, /Title:\s+Requête en effacement d'une notice rouge concernant M\. Karim Benali/);
    assert.match(info, /Author:\s+Maître Élise Lefèvre/);
    assert.match(info, /Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    assert.match(info, /Pages:\s+[1-9]/);
  });

  it('pdftotext returns French, Spanish and Arabic text in logical order', () => {
    const fr = flat(pdfText(find('ccf-requete-fr').pdf));
    for (const s of ['Exposé des faits', 'M. Benali, ingénieur naturalisé français, a dirigé une société', '« d\'escroquerie en', 'la créance est éteinte', 'Page 1 sur 2', 'CONFIDENTIEL', 'PROJET — incomplet / DRAFT — incomplete']) {
      assert.ok(fr.includes(s), `French: ${s}`);
    }
    const es = flat(pdfText(find('defensa-es').pdf));
    for (const s of ['Begoña Núñez Ibáñez', 'Íñigo Muñoz Peña', 'La niña de la reclamada', 'Exposición de los hechos', 'Extradición 45/2025']) {
      assert.ok(es.includes(s), `Spanish: ${s}`);
    }
    const ar = flat(pdfText(find('talab-ar').pdf));
    for (const s of ['قدّم السيد أحمد بن علي طلبه إلى لجنة الرقابة على محفوظات الإنتربول.', 'بيان الوقائع', 'مذكرة التوقيف والقرارات القضائية', 'يلتمس مقدم الطلب من اللجنة حذف النشرة الحمراء وإبلاغه بالتدابير المتخذة.']) {
      assert.ok(ar.includes(s), `Arabic: ${s}\n--- got:\n${ar.slice(0, 1500)}`);
    }
    // Latin words and digits inside an Arabic line stay where they belong.
    assert.ok(/بتاريخ\s*10\s*فبراير\s*2024/.test(ar), 'digits inside Arabic');
    assert.ok(/رقم\s*A-4321\/1-2024\s*الصادرة/.test(ar), 'Latin reference inside Arabic');
  });

  it('every heading of every example is in the PDF and in the DOCX as LibreOffice reads it', () => {
    const squash = (t: string) => t.replace(/\s+/g, '');
    for (const e of exported) {
      const sub = load(e.source);
      const pdf = squash(pdfText(e.pdf));
      const docx = squash(libreOfficeText(e));
      for (const h of sub.headings) {
        const text = h.text.replace(/[*_`]/g, '');
        // Text extractors may move digits and Latin words inside an Arabic line: check the
        // headings whose words are all of one direction.
        if (/[\u0600-\u06FF]/.test(text) && /[A-Za-z0-9]/.test(text)) continue;
        assert.ok(pdf.includes(squash(text)), `${e.name}.pdf: heading "${text}"`);
        assert.ok(docx.includes(squash(text)), `${e.name}.docx: heading "${text}"`);
      }
    }
  });

  it('numbers paragraphs across sections and keeps footnotes and the exhibit table (PDF)', () => {
    const en = pdfText(find('ccf-requete-fr').pdf);
    // Paragraph 2 opens the facts section after paragraph 1 in the introduction.
    assert.match(en, /^1\.\s*$|^1\.\s+M\. Karim/m);
    assert.match(flat(en), /2\. M\. Benali/);
    assert.match(flat(en), /Bordereau de pièces N° Pièce Date A1 Passeport de M\. Benali 1 septembre 2021/);
  });

  it('LibreOffice opens every DOCX and its text has the same strings', () => {
    const fr = flat(libreOfficeText(find('ccf-requete-fr')));
    for (const s of ['Exposé des faits', 'M. Benali, ingénieur naturalisé français', 'la créance est éteinte', 'Passeport de M. Benali', 'CONFIDENTIEL', 'Page 1 sur 2']) {
      assert.ok(fr.includes(s), `French DOCX: ${s}`);
    }
    const es = flat(libreOfficeText(find('defensa-es')));
    for (const s of ['Begoña Núñez Ibáñez', 'La niña de la reclamada', 'Solicitud de extradición']) {
      assert.ok(es.includes(s), `Spanish DOCX: ${s}`);
    }
    const ar = flat(libreOfficeText(find('talab-ar')));
    assert.ok(ar.includes('قدّم السيد أحمد بن علي طلبه إلى لجنة الرقابة على محفوظات الإنتربول.'), `Arabic DOCX:\n${ar.slice(0, 1500)}`);
    for (const e of exported) assert.ok(libreOfficeText(e).trim().length > 200, `${e.name}.docx converted to little text`);
  });

  it('numbering, footnotes and the exhibit table survive LibreOffice', () => {
    const text = libreOfficeText(find('ccf-requete-fr'));
    // Word numbering rendered by LibreOffice: 1. to 6. in order, across sections.
    const numbers = [...text.matchAll(/^(\d+)\.\s/gm)].map((m) => Number(m[1]));
    for (let n = 1; n <= 6; n++) assert.ok(numbers.includes(n), `paragraph ${n} in ${numbers.join(',')}`);
    assert.ok(numbers.indexOf(2) > numbers.indexOf(1));
    // The footnote text sits at the foot of its page, after the body and before the page footer,
    // with its number. Read as laid out: in reading order pdftotext may put the raised number on
    // the body's last line (it did with DejaVu Serif as the only serif font).
    const firstPage = run('pdftotext', ['-enc', 'UTF-8', '-layout', libreOfficePdf(find('ccf-requete-fr')), '-']).split('\f')[0];
    assert.match(firstPage, /(?:^|\n)[ \t]*1[ \t]*(?:\n[ \t]*)?Tribunal de commerce de Strelsau, 30 juin 2022[^\n]*\n\s*Page 1 sur 2/, firstPage);
    // The exhibit table: header and rows.
    assert.match(flat(text), /N° Pièce Date/);
    assert.match(flat(text), /A3 Jugement du tribunal de commerce de Strelsau 30 juin 2022/);
  });
});

describe('export consumers need their tools', () => {
  it('names the Debian package when a tool is missing', () => {
    assert.throws(() => requireTool('no-such-tool-for-export'), /not installed.*apt-get install -y no-such-tool-for-export/);
  });
});

