import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inflateSync } from 'node:zlib';
import { docxPart, exampleFiles, FIXTURES, load, pdfText, render, requireTool, ROOT, run, submission, tempDir } from '../export/helpers';
import { benchmarkSubmissionText } from '../support/generate';
import { exportTarget, renderPreview, writeExport, ExportError } from '../../server/src/export/index';
import { readZipEntry } from '../../server/src/export/zip';
import { shapingTuned } from '../../server/src/export/pdf';

/** The text of a PDF's objects with its Flate streams inflated, for looking at what was written. */
function pdfSource(pdf: Buffer): string {
  let out = pdf.toString('latin1');
  const streams = [...out.matchAll(/stream\r?\n/g)];
  for (const m of streams) {
    const start = m.index! + m[0].length;
    const end = out.indexOf('endstream', start);
    try {
      out += '\n' + inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      // not deflated (fonts are, but a failed one does not matter here)
    }
  }
  return out;
}

/** PDF text strings as written by pdfkit (UTF-16BE with BOM in hex, or literal). */
function hasPdfString(source: string, value: string): boolean {
  const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(value, 'utf16le').swap16()]);
  return (
    source.includes(`(${value})`) ||
    source.includes(`(${utf16.toString('latin1')})`) ||
    source.toLowerCase().includes(`<${utf16.toString('hex')}>`)
  );
}

describe('export to DOCX', () => {
  it('writes real legal numbering, footnotes, a repeating header row and product styles', async () => {
    const docx = await render('docx', load(path.join(FIXTURES, 'ccf-requete-fr.md')));
    const body = docxPart(docx, 'word/document.xml');
    // Every numbered paragraph points at the same list, so Word renumbers across sections.
    const numbered = [...body.matchAll(/<w:pStyle w:val="NumberedParagraph"\/>.*?<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    assert.ok(numbered.length >= 5, `numbered paragraphs: ${numbered.length}`);
    assert.equal(new Set(numbered).size, 1);
    const numbering = docxPart(docx, 'word/numbering.xml');
    assert.match(numbering, /<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1\."\/>/);
    // Footnotes are real footnotes with their text.
    assert.match(body, /<w:footnoteReference w:id="1"\/>/);
    const notes = docxPart(docx, 'word/footnotes.xml');
    assert.ok(notes.includes('la créance est éteinte'));
    // The annex table repeats its header row.
    assert.match(body, /<w:tblHeader\/>/);
    assert.ok(body.includes('Passeport de M. Benali'));
    // Styles are the product's own.
    const styles = docxPart(docx, 'word/styles.xml');
    for (const id of ['NumberedParagraph', 'Title', 'Heading1', 'SubmissionKind', 'Signature', 'TableText']) {
      assert.match(styles, new RegExp(`w:styleId="${id}"`), id);
    }
    assert.match(styles, /<w:lang w:val="fr-FR"/);
    // Header with the reference and the confidential marking, footer with page fields.
    const header = docxPart(docx, 'word/header1.xml');
    assert.ok(header.includes('A-5678/9-2023') && header.includes('CONFIDENTIEL'));
    const footer = docxPart(docx, 'word/footer1.xml');
    assert.match(footer, /PAGE/);
    assert.match(footer, /NUMPAGES/);
    const core = docxPart(docx, 'docProps/core.xml');
    assert.ok(core.includes('Requête en effacement'));
  });

  it('marks Arabic paragraphs and runs right to left and embeds the Arabic font', async () => {
    const docx = await render('docx', load(path.join(FIXTURES, 'talab-ar.md')));
    const body = docxPart(docx, 'word/document.xml');
    assert.match(body, /<w:bidi\/>/);
    assert.match(body, /<w:rtl\/><\/w:rPr><w:t xml:space="preserve">قدّم السيد أحمد بن علي طلبه/);
    // Latin and digits inside Arabic text are not right-to-left runs.
    assert.match(body, /<w:r><w:t xml:space="preserve">W1<\/w:t><\/w:r>/);
    assert.match(body, /<w:bidiVisual\/>/);
    const fontTable = docxPart(docx, 'word/fontTable.xml');
    assert.match(fontTable, /w:name="Amiri"/);
    assert.match(fontTable, /embedRegular/);
  });

  it('embeds the Arabic font only when there is Arabic text', async () => {
    const fr = await render('docx', load(path.join(FIXTURES, 'ccf-requete-fr.md')));
    assert.doesNotMatch(docxPart(fr, 'word/fontTable.xml'), /embedRegular/);
    const mixed = await render('docx', submission('---\nsubmission: ccf-request\nlanguage: en\n---\n\nThe warrant reads: قرار المحكمة.\n'));
    const table = docxPart(mixed, 'word/fontTable.xml');
    assert.match(table, /w:name="Amiri"/);
    assert.match(table, /embedRegular/);
    assert.doesNotMatch(table, /embedBold/);
    assert.match(docxPart(mixed, 'word/styles.xml'), /w:cs="Amiri"/);
  });

  it('marks a draft in the header and uses Letter paper when asked', async () => {
    const docx = await render('docx', load(path.join(FIXTURES, 'defensa-es.md')), { draft: true, paper: 'letter' });
    assert.ok(docxPart(docx, 'word/header1.xml').includes('BORRADOR — incompleto / DRAFT — incomplete'));
    assert.match(docxPart(docx, 'word/document.xml'), /<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('takes the styles a reference document defines and keeps its own for the rest', async () => {
    // A reference made by the product itself, with Heading 1 restyled under a localized id.
    const base = await render('docx', load(path.join(FIXTURES, 'defensa-es.md')));
    const styles = docxPart(base, 'word/styles.xml').replace(
      /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/,
      '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="C00000"/><w:sz w:val="40"/></w:rPr></w:style>',
    );
    const dir = tempDir();
    const ref = path.join(dir, 'firm.docx');
    fs.writeFileSync(ref, zipWith(base, 'word/styles.xml', styles));
    const docx = await render('docx', load(path.join(FIXTURES, 'defensa-es.md')), { referenceDocx: 'firm.docx', baseDir: dir });
    const out = docxPart(docx, 'word/styles.xml');
    assert.match(out, /w:styleId="Titre1"/);
    assert.match(out, /C00000/);
    assert.match(docxPart(docx, 'word/document.xml'), /<w:pStyle w:val="Titre1"\/>/);
    assert.match(out, /w:styleId="NumberedParagraph"/);
  });
});

describe('export to PDF', () => {
  it('embeds Amiri only, writes metadata and one bookmark per heading', async () => {
    const pdf = await render('pdf', load(path.join(FIXTURES, 'ccf-requete-fr.md')));
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const src = pdfSource(pdf);
    assert.doesNotMatch(src, /\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/);
    assert.match(src, /\/BaseFont \/[A-Z]{6}\+Amiri-Regular/);
    assert.match(src, /\/FontFile2/);
    assert.match(src, /\/Lang \(fr-FR\)/);
    assert.match(src, /\/Outlines/);
    for (const title of ['Exposé des faits', 'Règles violées', 'Par ces motifs', 'Bordereau de pièces']) {
      assert.ok(hasPdfString(src, title), `bookmark ${title}`);
    }
    assert.ok(hasPdfString(src, 'Requête en effacement d\'une notice rouge concernant M. Karim Benali'), 'title');
    assert.ok(hasPdfString(src, 'Maître Élise Lefèvre'), 'author');
  });

  it('puts a long header reference on a line of its own rather than over the draft marking', async () => {
    requireTool('pdftotext');
    const dir = tempDir();
    try {
      for (const [language, reference] of [['en', 'Westminster Magistrates Court case 2024/15 (file A-7)'], ['ar', 'القضية رقم 2024/15 (ملف A-7) أمام محكمة الاستئناف']]) {
        const md = fs.readFileSync(path.join(ROOT, 'examples', language === 'ar' ? 'ccf-access-ar.md' : 'ccf-deletion-en.md'), 'utf8').replace(/^---\n/, `---\ncase_reference: "${reference}"\n`);
        const file = path.join(dir, `header-${language}.pdf`);
        fs.writeFileSync(file, await render('pdf', submission(md), { draft: true }));
        const words = [...run('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
          .map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5] }))
          .filter((w) => w.y1 < 60);
        const marking = words.filter((w) => /DRAFT|incomplete|مسودة|مكتملة/.test(w.text));
        const referenceWords = words.filter((w) => /2024\/15|A-7|Westminster|القضية/.test(w.text));
        assert.ok(marking.length > 0 && referenceWords.length > 0, `${language}: header words ${words.map((w) => w.text).join(' ')}`);
        for (const r of referenceWords) {
          for (const m of marking) {
            const sameLine = Math.abs(r.y0 + r.y1 - m.y0 - m.y1) / 2 < 6;
            const overlap = r.x0 < m.x1 && m.x0 < r.x1;
            assert.ok(!(sameLine && overlap), `${language}: "${r.text}" over "${m.text}"`);
          }
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the fonts pdfkit parsed and tunes their shaping (guards a pdfkit upgrade)', async () => {
    await render('pdf', load(path.join(FIXTURES, 'defensa-es.md')));
    assert.equal(shapingTuned(), true);
  });

  it('says clearly when the reference DOCX is missing or not a DOCX', async () => {
    const sub = load(path.join(FIXTURES, 'defensa-es.md'));
    const dir = tempDir();
    await assert.rejects(render('docx', sub, { referenceDocx: 'nope.docx', baseDir: dir }), /reference DOCX .*cannot be read: .*nope\.docx/);
    fs.writeFileSync(path.join(dir, 'text.docx'), 'not a zip');
    await assert.rejects(render('docx', sub, { referenceDocx: 'text.docx', baseDir: dir }), /not a valid \.docx/);
  });

  it('draws no image, so the preview needs no image decoder (scripts/build.mjs drops pdf.js\'s JPEG 2000 one)', async () => {
    const md = '---\nsubmission: ccf-request\nlanguage: en\n---\n\n## Facts\n\nThe warrant ![scan of the warrant](warrant.jp2) and ![photo](photo.png).\n';
    const { pdf } = await renderPreview({ submission: submission(md), draft: false, settings: { paper: 'a4' }, baseDir: ROOT });
    const bytes = Buffer.from(pdf).toString('latin1');
    assert.match(bytes, /\/Subtype\s*\/Link/, 'a preview PDF');
    assert.doesNotMatch(bytes, /\/Subtype\s*\/Image|JPXDecode/);
    const file = path.join(tempDir('preview-'), 'preview.pdf');
    fs.writeFileSync(file, pdf);
    assert.match(pdfText(file), /scan of the warrant/, 'an image is drawn as its description');
  });

  it('sizes pages A4 by default and Letter on request', async () => {
    const sub = load(path.join(FIXTURES, 'defensa-es.md'));
    assert.match(pdfSource(await render('pdf', sub)), /\/MediaBox \[0 0 595\.28 841\.89\]/);
    assert.match(pdfSource(await render('pdf', sub, { paper: 'letter' })), /\/MediaBox \[0 0 612 792\]/);
  });

  it('renders every example and fixture in both formats', async function () {
    this.timeout(120_000);
    for (const file of exampleFiles()) {
      const sub = load(file);
      for (const format of ['pdf', 'docx'] as const) {
        const bytes = await render(format, sub, { draft: true, baseDir: path.dirname(file) });
        assert.ok(bytes.length > 5000, `${path.basename(file)} ${format}`);
      }
    }
  });

  it('renders a 100-page submission within the time budget', async function () {
    this.timeout(60_000);
    const sub = submission(benchmarkSubmissionText(100));
    await render('pdf', sub); // the first render parses the fonts
    const t0 = performance.now();
    const pdf = await render('pdf', sub);
    const pdfMs = performance.now() - t0;
    const t1 = performance.now();
    await render('docx', sub);
    const docxMs = performance.now() - t1;
    const pages = (pdfSource(pdf).match(/\/Type \/Page\b/g) ?? []).length;
    assert.ok(pages >= 90, `pages: ${pages}`);
    // Generous bounds: CI machines are shared; the figures measured here are in docs/export.md.
    assert.ok(pdfMs < 4000, `PDF took ${Math.round(pdfMs)} ms`);
    assert.ok(docxMs < 2000, `DOCX took ${Math.round(docxMs)} ms`);
  });
});

describe('export target and writing', () => {
  it('puts the export next to the source or in the configured folder', () => {
    assert.equal(exportTarget('/cases/varga/request.md', 'pdf'), '/cases/varga/request.pdf');
    assert.equal(exportTarget('/cases/varga/request.md', 'docx', '/out'), '/out/request.docx');
    assert.equal(exportTarget('/cases/varga/request.md', 'pdf', 'exports'), '/cases/varga/exports/request.pdf');
  });

  it('writes through a temporary file, refuses to replace without leave, never writes over the source', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'request.md');
    fs.writeFileSync(source, '# source');
    const target = path.join(dir, 'out', 'request.pdf');
    await writeExport(target, new Uint8Array([1, 2, 3]), { sourcePath: source, overwrite: false });
    assert.deepEqual([...fs.readFileSync(target)], [1, 2, 3]);
    await assert.rejects(writeExport(target, new Uint8Array([4]), { sourcePath: source, overwrite: false }), (e: unknown) => e instanceof ExportError && e.code === 'exists');
    assert.deepEqual([...fs.readFileSync(target)], [1, 2, 3]);
    await writeExport(target, new Uint8Array([4]), { sourcePath: source, overwrite: true });
    assert.deepEqual([...fs.readFileSync(target)], [4]);
    await assert.rejects(writeExport(source, new Uint8Array([5]), { sourcePath: source, overwrite: true }), (e: unknown) => e instanceof ExportError && e.code === 'source');
    assert.equal(fs.readFileSync(source, 'utf8'), '# source');
    // A symbolic link to the source is the source.
    const link = path.join(dir, 'alias.md');
    fs.symlinkSync(source, link);
    await assert.rejects(writeExport(link, new Uint8Array([5]), { sourcePath: source, overwrite: true }), (e: unknown) => e instanceof ExportError && e.code === 'source');
    // No temporary files are left behind.
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['request.pdf']);
  });

  it('reports an unwritable folder as an io error', async () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, 'x');
    await assert.rejects(
      writeExport(path.join(blocker, 'sub', 'request.pdf'), new Uint8Array([1]), { sourcePath: path.join(dir, 'request.md'), overwrite: false }),
      (e: unknown) => e instanceof ExportError && e.code === 'io',
    );
  });
});

/** A copy of a ZIP with one entry's content replaced (stored, uncompressed). */
function zipWith(zip: Buffer, name: string, content: string): Buffer {
  const entries = listZip(zip);
  const files = entries.map((e) => ({ name: e.name, data: e.name === name ? Buffer.from(content, 'utf8') : e.data }));
  return storeZip(files);
}

function listZip(zip: Buffer): { name: string; data: Buffer }[] {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    out.push({ name, data: readZipEntry(zip, name)! });
  }
  return out;
}

function storeZip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(f.data.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(f.data.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, f.data);
    centrals.push(central, name);
    offset += 30 + name.length + f.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

describe('export robustness', () => {
  const SINK = `---
submission: extradition-appeal
language: en
title: "Appeal: everything Markdown can hold"
exhibits:
  - id: T1
    title: Transcript
---

Before any heading, a paragraph with a very long address https://example.org/${'a'.repeat(300)} that cannot break, an emoji 🙂, Chinese 中文 and a placeholder {{client name}}.

# Grounds

## Nested structures

> A quotation
>
> > nested, with a list:
> >
> > - item in a quote

1. First
   - nested bullet
     1. deep ordered
        - deeper bullet
2. Second paragraph item

   with a second paragraph in the same item.

- [x] done
- [ ] to do

### A heading with \`code\` and a [link](https://example.org)

\`\`\`
code block line 1
    indented line 2
\`\`\`

| a | b |
|---|:-:|
| only one cell |
| 1 | 2 | 3 |

| empty |
|---|

Line one  
line two after a hard break.<br>And after an HTML break.

![an image](missing.png) and ~~struck text~~ and **bold *bold italic* bold**.

---

A reference [link][ref] and a footnote that is not defined[^missing].

[ref]: https://example.org/ref
`;

  it('renders unusual Markdown in both formats without failing', async function () {
    this.timeout(30_000);
    const sub = submission(SINK);
    const pdf = await render('pdf', sub, { draft: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const docx = await render('docx', sub, { draft: true });
    assert.ok(docxPart(docx, 'word/document.xml').includes('deep ordered'));
  });

  it('cuts a table row taller than a page instead of running off it', async () => {
    const long = Array(120).fill('This is a very long quotation inside a table cell that goes on and on.').join(' ');
    const sub = submission(`---\nsubmission: ccf-request\nlanguage: en\n---\n\n## Facts\n\n| Exhibit | Quotation |\n|---|---|\n| A1 | ${long} |\n`);
    const pdf = await render('pdf', sub);
    const pages = (pdfSource(pdf).match(/\/Type \/Page\b/g) ?? []).length;
    assert.ok(pages >= 2, `pages: ${pages}`);
  });

  it('renders a file with no frontmatter and an empty body', async () => {
    for (const text of ['', '# Only a heading\n', '---\nsubmission: ccf-request\n---\n']) {
      const sub = submission(text);
      assert.equal((await render('pdf', sub)).subarray(0, 5).toString(), '%PDF-');
      assert.ok((await render('docx', sub)).length > 1000);
    }
  });
});
