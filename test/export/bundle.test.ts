// The filing bundle read back by the programs that will open it: qpdf (structure, bookmarks, page
// labels), poppler (page count, page sizes and rotations, the text of every page and where its
// words sit), and the PDF library (links). Exhibits are made by bundle-fixtures.ts.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';
import { parseSubmission } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { bundleAnalysis, type BundleJob } from '../../server/src/service/bundling';
import type { BundleOutcome } from '../../server/src/protocol';
import { makeExhibits, requestWith, type DeclaredExhibit, type ExhibitsFolder } from './bundle-fixtures';
import { pdfText, run } from './helpers';

const GOOD: DeclaredExhibit[] = [
  { id: 'A1', title: 'Passport of Daniel Varga (copy)', date: '2022-03-01', file: 'exhibits/passport.pdf' },
  { id: 'A2', title: 'Power of attorney', date: '2025-01-10', file: 'exhibits/restricted.pdf' },
  { id: 'A3', title: 'Judgment of the Velor Commercial Court', date: '2022-11-18', file: 'exhibits/judgment.pdf' },
  { id: 'A4', title: 'Decision granting refugee protection', date: '2025-06-30', file: 'exhibits/scan.jpg' },
  { id: 'A5', title: 'Report of the Special Rapporteur', date: '2025-02-11', file: 'exhibits/report.pdf' },
  { id: 'A6', title: 'Photograph of the applicant', file: 'exhibits/photo.png' },
];

let folder: ExhibitsFolder;

function write(name: string, text: string): string {
  const file = path.join(folder.dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function bundle(file: string, job: Partial<BundleJob> = {}, hooks = {}): Promise<BundleOutcome> {
  const submission = parseSubmission(fs.readFileSync(file, 'utf8'));
  const findings = checkSubmission(submission, { fileExists: (r) => fs.existsSync(path.resolve(path.dirname(file), r)) });
  return bundleAnalysis({ submission, findings }, { sourcePath: file, force: false, overwrite: false, split: false, sizeLimitMb: 10, settings: {}, ...job }, hooks);
}

function ok(outcome: BundleOutcome): Extract<BundleOutcome, { ok: true }> {
  assert.ok(outcome.ok, `the bundle was refused: ${outcome.ok ? '' : outcome.message}`);
  return outcome;
}

/** The text of each page, as pdftotext gives it (pages separated by form feeds). */
function pageTexts(pdf: string): string[] {
  return run('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'])
    .replace(/[\u202a-\u202e\u200e\u200f]/g, '')
    .split('\f')
    .slice(0, -1);
}

function qpdfJson(pdf: string, ...keys: string[]): Record<string, unknown> {
  return JSON.parse(run('qpdf', ['--json', ...keys.map((k) => `--json-key=${k}`), pdf]));
}

interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}

describe('filing bundle, read back by qpdf, poppler and the PDF library', function () {
  this.timeout(120_000);
  let pdf: string;
  let outcome: Extract<BundleOutcome, { ok: true }>;
  let texts: string[];

  before(async () => {
    folder = await makeExhibits();
    const source = write('request.md', requestWith(GOOD));
    outcome = ok(await bundle(source, { settings: { pagePrefix: 'B/' } }));
    pdf = outcome.path;
    texts = pageTexts(pdf);
  });

  it('is written next to the submission as request-bundle.pdf, and qpdf finds no error', () => {
    assert.equal(pdf, path.join(folder.dir, 'request-bundle.pdf'));
    const out = run('qpdf', ['--check', pdf]);
    assert.match(out, /No syntax or stream encoding errors found/);
  });

  it('has as many pages as the index, the submission and each exhibit with its divider', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);
    const exhibits = GOOD.reduce((n, e) => n + 1 + folder.pages[path.basename(e.file!)], 0);
    const submissionPages = texts.filter((t) => /Statement of facts|Relief sought|Daniel Varga/.test(t) && !/Index/.test(t)).length;
    assert.ok(submissionPages >= 2, `the submission has pages (${submissionPages})`);
    assert.equal(pages, outcome.pages);
    assert.equal(pages, texts.length);
    assert.equal(pages, 1 + (pages - 1 - exhibits) + exhibits);
    assert.ok(pages - 1 - exhibits >= 2, 'the submission keeps its own pages');
  });

  it('gives in the index, for each exhibit, the page where its divider is', () => {
    const index = texts[0];
    assert.match(index, /Index/);
    for (const e of GOOD) {
      const line = index.split('\n').find((l) => l.includes(e.title));
      assert.ok(line, `the index lists ${e.title}`);
      const [first, last] = /B\/(\d+)(?:–B\/(\d+))?\s*$/.exec(line!)!.slice(1).map(Number);
      // A divider holds "Annex A3" on a line of its own (the submission cites it inside sentences).
      const divider = texts.findIndex((t, i) => i > 0 && new RegExp(`^\\s*Annex ${e.id}\\s*$`, 'm').test(t) && t.includes(e.title));
      assert.equal(first, divider + 1, `${e.id}: the index says page ${first}, the divider is on page ${divider + 1}`);
      assert.equal((last || first) - first, folder.pages[path.basename(e.file!)], `${e.id}: its pages follow its divider`);
    }
  });

  it('stamps the continuous number with its prefix on every page, exhibits included', () => {
    texts.forEach((t, i) => assert.ok(new RegExp(`(^|\\s)B/${i + 1}(\\s|$)`).test(t), `page ${i + 1} shows B/${i + 1}: ${JSON.stringify(t.slice(-200))}`));
    assert.ok(texts.some((t) => t.includes('JUDGMENT page 4')), 'the exhibit pages keep their own text');
  });

  it('keeps rotated pages rotated, with the stamp upright in the bottom-right corner as shown', () => {
    const judgment = texts.findIndex((t) => t.includes('JUDGMENT page 1'));
    const info = run('pdfinfo', ['-f', String(judgment + 1), '-l', String(judgment + 6), pdf]);
    const rotations = [...info.matchAll(/Page\s+\d+ rot:\s+(\d+)/g)].map((m) => Number(m[1]));
    assert.deepEqual(rotations, [0, 0, 0, 90, 270, 180]);
    for (let k = 0; k < 6; k++) {
      const n = judgment + 1 + k;
      const html = run('pdftotext', ['-bbox', '-f', String(n), '-l', String(n), pdf, '-']);
      // pdftotext gives the page's unrotated size and the words where they show.
      const [w, h] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!.slice(1).map(Number);
      const page = rotations[k] % 180 ? [h, w] : [w, h];
      const word = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">B/${n}</word>`).exec(html);
      assert.ok(word, `page ${n} has the word B/${n}`);
      const [x0, y0, x1, y1] = word.slice(1).map(Number);
      assert.ok(x1 - x0 > y1 - y0, `page ${n}: the stamp runs left to right as shown (${x1 - x0} × ${y1 - y0})`);
      assert.ok(x0 > page[0] * 0.75 && y0 > page[1] * 0.9, `page ${n}: the stamp sits bottom right (${x0}, ${y0} on ${page.join(' × ')})`);
    }
  });

  it('stands a sideways scan upright (EXIF orientation) on a page of the paper size', () => {
    const scan = texts.findIndex((t, i) => i > 0 && /^\s*Annex A4\s*$/m.test(t)) + 2;
    const info = run('pdfinfo', ['-f', String(scan), '-l', String(scan), pdf]);
    const [w, h] = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
    assert.ok(Math.abs(w - 595.28) < 1 && Math.abs(h - 841.89) < 1, `A4 portrait: ${w} × ${h}`);
  });

  it('has a bookmark per item, the submission’s headings nested under it, and page labels B/1…', () => {
    const json = qpdfJson(pdf, 'outlines', 'pagelabels') as { outlines: Outline[]; pagelabels: { index: number; label: Record<string, string> }[] };
    const top = json.outlines;
    assert.equal(top.length, 2 + GOOD.length);
    assert.equal(top[0].title, 'Index');
    assert.equal(top[0].destpageposfrom1, 1);
    assert.equal(top[1].destpageposfrom1, 2);
    assert.ok(top[1].kids.some((k) => k.title === 'Statement of facts'), 'the submission’s headings are under it');
    GOOD.forEach((e, i) => {
      assert.equal(top[2 + i].title, `Annex ${e.id} — ${e.title}`);
      assert.ok(texts[top[2 + i].destpageposfrom1 - 1].includes(e.title), `the bookmark of ${e.id} opens its divider`);
    });
    assert.deepEqual(json.pagelabels.map((l) => [l.index, l.label['/S'], l.label['/P']]), [[0, '/D', 'u:B/']]);
  });

  it('links each line of the index to the first page of its item', async () => {
    const doc = await PDFDocument.load(fs.readFileSync(pdf));
    const pages = doc.getPages();
    const indexOf = new Map(pages.map((p, i) => [p.ref.toString(), i]));
    const annots = pages[0].node.lookupMaybe(PDFName.of('Annots'), PDFArray)!;
    const targets: number[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const a = annots.lookup(i, PDFDict);
      assert.equal(a.get(PDFName.of('Subtype'))?.toString(), '/Link');
      const dest = a.lookup(PDFName.of('Dest'), PDFArray).get(0) as PDFRef;
      targets.push(indexOf.get(dest.toString())! + 1);
    }
    const index = texts[0].split('\n');
    const firsts = [index.find((l) => l.includes('Request'))!, ...GOOD.map((e) => index.find((l) => l.includes(e.title))!)].map((l) => Number(/B\/(\d+)/.exec(l)![1]));
    assert.deepEqual(targets, firsts);
  });

  it('links each exhibit citation in the submission to that exhibit’s divider', async () => {
    const doc = await PDFDocument.load(fs.readFileSync(pdf));
    const pages = doc.getPages();
    const indexOf = new Map(pages.map((p, i) => [p.ref.toString(), i + 1]));
    const index = texts[0].split('\n');
    const divider = new Map(GOOD.map((e) => [Number(/B\/(\d+)/.exec(index.find((l) => l.includes(e.title))!)![1]), e.id]));
    const submissionPages = [...Array(outcome.pages).keys()].slice(1).filter((i) => texts[i] !== undefined && !divider.has(i + 1) && /Annex A\d/.test(texts[i]));
    assert.ok(submissionPages.length > 0, 'the submission cites its exhibits');
    const linked: string[] = [];
    for (const i of submissionPages) {
      const annots = pages[i].node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (let k = 0; k < (annots?.size() ?? 0); k++) {
        const a = annots!.lookup(k, PDFDict);
        const dest = a.lookupMaybe(PDFName.of('Dest'), PDFArray);
        if (dest) linked.push(divider.get(indexOf.get((dest.get(0) as PDFRef).toString())!) ?? 'not a divider');
      }
    }
    assert.ok(!linked.includes('not a divider'), `every citation link lands on a divider: ${linked.join(', ')}`);
    assert.deepEqual([...new Set(linked)].sort(), GOOD.map((e) => e.id), 'each exhibit cited is linked');
  });

  it('with citation pages, prints after each citation the page its divider is on, a number that is true', async () => {
    const source = write('paged.md', requestWith(GOOD));
    const paged = ok(await bundle(source, { settings: { pagePrefix: 'B/', citationPages: true } }));
    assert.ok(!paged.warnings.some((w) => /page numbers|numéros/i.test(w) && /not|pas/.test(w)), paged.warnings.join('\n'));
    const t = pageTexts(paged.path);
    const index = t[0].split('\n');
    const sentence = t.join('\n').replace(/\s+/g, ' ');
    for (const e of GOOD) {
      const page = /B\/(\d+)/.exec(index.find((l) => l.includes(e.title))!)![1];
      assert.ok(t[Number(page) - 1].includes(e.title), `the divider of ${e.id} is on page B/${page}`);
      assert.ok(sentence.includes(`Annex ${e.id}, p. B/${page}`), `“Annex ${e.id}, p. B/${page}” in the submission`);
    }
  });

  it('warns that a PDF restricting changes was included as it is', () => {
    assert.ok(outcome.warnings.some((w) => w.includes('Annex A2') && w.includes('restricted.pdf')), outcome.warnings.join('\n'));
  });

  it('writes the index and dividers of an Arabic request in Arabic', async () => {
    const source = write('talab.md', requestWith(GOOD.slice(0, 2), { language: 'ar' }));
    const ar = ok(await bundle(source));
    const t = pdfText(ar.path).split('\f');
    assert.ok(t[0].includes('الفهرس') && t[0].includes('المستند'), t[0]);
    assert.ok(t.some((p) => /^\s*المرفق A1\s*$/m.test(p) || /^\s*A1 المرفق\s*$/m.test(p)), 'a divider says المرفق A1');
    assert.match(run('qpdf', ['--check', ar.path]), /No syntax or stream encoding errors/);
  });
});

describe('filing bundle: bad input, refusals and files', function () {
  this.timeout(120_000);
  before(async () => {
    folder = await makeExhibits();
  });

  const refused = async (exhibits: DeclaredExhibit[], name: string) => {
    const source = write(`${name}.md`, requestWith(exhibits));
    const earlier = path.join(folder.dir, `${name}-bundle.pdf`);
    fs.writeFileSync(earlier, 'the earlier bundle');
    const outcome = await bundle(source, { overwrite: true });
    assert.equal(fs.readFileSync(earlier, 'utf8'), 'the earlier bundle', 'the earlier bundle is left in place');
    assert.ok(!outcome.ok && outcome.reason === 'exhibits', JSON.stringify(outcome));
    return outcome;
  };

  for (const [file, says] of [
    ['exhibits/nowhere.pdf', /does not exist/],
    ['exhibits/locked.pdf', /password/],
    ['exhibits/truncated.pdf', /damaged or incomplete/],
    ['exhibits/cut.jpg', /damaged or incomplete/],
    ['exhibits/statement.docx', /not a PDF, JPEG or PNG/],
    ['exhibits/huge.png', /too large/],
    [undefined, /no file is declared/],
  ] as const) {
    it(`stops, naming the exhibit and the file, on ${file ?? 'an exhibit without file:'}`, async () => {
      const outcome = await refused([GOOD[0], { id: 'A2', title: 'Bad one', file }], `bad-${path.basename(file ?? 'nofile')}`);
      assert.ok(!outcome.ok);
      assert.equal(outcome.problems?.length, 1);
      assert.equal(outcome.problems![0].id, 'A2');
      assert.match(outcome.message, /Annex A2/);
      if (file) assert.ok(outcome.message.includes(file), outcome.message);
      assert.match(outcome.message, says);
    });
  }

  it('reports every bad exhibit at once', async () => {
    const outcome = await refused([{ id: 'A1', title: 'x', file: 'exhibits/locked.pdf' }, { ...GOOD[2], id: 'A2' }, { id: 'A3', title: 'y', file: 'exhibits/truncated.pdf' }], 'several');
    assert.ok(!outcome.ok);
    assert.deepEqual(outcome.problems?.map((p) => p.id), ['A1', 'A3']);
  });

  it('with skip-missing, puts a placeholder page and marks the exhibit in the index', async () => {
    const source = write('skip.md', requestWith([GOOD[0], { id: 'A2', title: 'Witness statement', file: 'exhibits/nowhere.pdf' }, GOOD[2]]));
    const outcome = ok(await bundle(source, { settings: { skipMissing: true } }));
    assert.deepEqual(outcome.skipped.map((s) => s.id), ['A2']);
    const t = pageTexts(outcome.path);
    const line = t[0].split('\n').findIndex((l) => l.includes('Witness statement'));
    assert.match(t[0].split('\n').slice(line, line + 3).join(' '), /not included/);
    const placeholder = t.findIndex((p) => p.includes('not included in the bundle'));
    assert.ok(placeholder > 0 && t[placeholder].includes('exhibits/nowhere.pdf'), 'the placeholder says why');
    assert.ok(t[placeholder - 1].includes('Witness statement'), 'after the exhibit’s divider');
    assert.match(run('qpdf', ['--check', outcome.path]), /No syntax or stream encoding errors/);
  });

  it('refuses a submission with errors unless forced, then marks DRAFT on every page', async () => {
    const source = write('broken.md', requestWith(GOOD.slice(0, 3), { broken: true }));
    const refusedOutcome = await bundle(source);
    assert.ok(!refusedOutcome.ok && refusedOutcome.reason === 'has-errors' && refusedOutcome.errors! > 0);
    assert.ok(!fs.existsSync(path.join(folder.dir, 'broken-bundle.pdf')));
    const forced = ok(await bundle(source, { force: true }));
    assert.ok(forced.draft);
    pageTexts(forced.path).forEach((t, i) => assert.match(t, /DRAFT/, `page ${i + 1} is marked DRAFT`));
  });

  it('never writes over the submission or an exhibit, and asks before replacing an earlier bundle', async () => {
    const source = write('guard.md', requestWith(GOOD.slice(0, 1)));
    const before = fs.readFileSync(path.join(folder.dir, 'exhibits', 'passport.pdf'));
    const overExhibit = await bundle(source, { output: path.join(folder.dir, 'exhibits', 'passport.pdf'), overwrite: true });
    assert.ok(!overExhibit.ok && overExhibit.reason === 'source' && /Annex A1/.test(overExhibit.message), JSON.stringify(overExhibit));
    assert.deepEqual(fs.readFileSync(path.join(folder.dir, 'exhibits', 'passport.pdf')), before);
    const overSource = await bundle(source, { output: source, overwrite: true });
    assert.ok(!overSource.ok && overSource.reason === 'source');
    ok(await bundle(source));
    const again = await bundle(source);
    assert.ok(!again.ok && again.reason === 'exists');
    ok(await bundle(source, { overwrite: true }));
  });

  it('stops when cancelled, writing nothing', async () => {
    const source = write('cancel.md', requestWith(GOOD.slice(0, 3)));
    let steps = 0;
    const outcome = await bundle(source, {}, { progress: () => steps++, cancelled: () => steps >= 2 });
    assert.ok(!outcome.ok && outcome.reason === 'cancelled');
    assert.ok(!fs.existsSync(path.join(folder.dir, 'cancel-bundle.pdf')));
  });

  it('splits into one PDF per item for the CCF portal, named in declared order, warning over the size limit', async () => {
    const source = write('portal.md', requestWith([GOOD[0], GOOD[3], GOOD[4]]));
    const outcome = ok(await bundle(source, { split: true, sizeLimitMb: 0.001 }));
    assert.equal(outcome.path, path.join(folder.dir, 'portal-bundle'));
    assert.deepEqual(outcome.files?.map((f) => path.basename(f)), [
      '01 Request.pdf',
      '02 Annex A1 - Passport of Daniel Varga (copy).pdf',
      '03 Annex A4 - Decision granting refugee protection.pdf',
      '04 Annex A5 - Report of the Special Rapporteur.pdf',
    ]);
    for (const f of outcome.files!) assert.match(run('qpdf', ['--check', f]), /No syntax or stream encoding errors/);
    assert.ok(outcome.warnings.some((w) => w.includes('02 Annex A1') && /over the limit/.test(w) && /not confirmed/.test(w)), outcome.warnings.join('\n'));
    assert.ok(pageTexts(outcome.files![3]).join('').includes('REPORT page 2'));
  });
});
