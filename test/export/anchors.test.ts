// What the filing bundle needs from the PDF besides its bytes: where each heading and each exhibit
// citation was drawn, and page references written after the citations. Checked against where
// poppler finds the words (pdftotext -bbox).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderSubmissionPdf, renderSubmission } from '../../server/src/export/index';
import type { Submission } from '../../server/src/core/model';
import { FIXTURES, flat, load, pdfText, run, submission, tempDir } from './helpers';

const OUT = tempDir('export-anchors-');

const input = (sub: Submission, exhibitSuffix?: (id: string) => string | undefined) => ({
  submission: sub,
  draft: false,
  settings: { paper: 'a4' as const },
  baseDir: OUT,
  exhibitSuffix,
});

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

function words(file: string): { words: Word[]; height: number } {
  const xml = run('pdftotext', ['-bbox', file, '-']);
  const out: Word[] = [];
  let height = 0;
  xml.split('<page ').slice(1).forEach((page, index) => {
    height = Number(/height="([\d.]+)"/.exec(page)![1]);
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      out.push({ page: index, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] });
    }
  });
  return { words: out, height };
}

describe('the PDF for a filing bundle (renderSubmissionPdf)', function () {
  this.timeout(60_000);

  after(() => fs.rmSync(OUT, { recursive: true, force: true }));

  it('gives the page and position of every heading, and the page count', async () => {
    const sub = load(path.join(FIXTURES, 'numbered-en.md'));
    const pdf = await renderSubmissionPdf(input(sub));
    const file = path.join(OUT, 'headings.pdf');
    fs.writeFileSync(file, pdf.bytes);
    assert.equal(pdf.pageCount, Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]));
    assert.deepEqual(
      pdf.anchors.headings.map((h) => [h.text, h.depth]),
      [['Statement of facts', 1], ['Arrest warrant and judicial decisions', 1], ['Rules violated', 1], ['Relief sought', 1], ['Annexes', 1]],
    );
    const { words: all, height } = words(file);
    for (const h of pdf.anchors.headings) {
      const first = h.text.split(' ')[0];
      const found = all.filter((w) => w.page === h.pageIndex && w.text === first && Math.abs(height - w.y0 - h.y) < 6);
      assert.equal(found.length, 1, `heading "${h.text}" at page ${h.pageIndex}, y ${h.y}`);
    }
  });

  it('gives a box around every exhibit citation drawn, in PDF user space, in each language', async () => {
    for (const [name, ids] of [
      ['numbered-en', ['B1', 'B2', 'B3']],
      ['ccf-requete-fr', ['A2', 'A1', 'A3']],
      ['defensa-es', undefined],
      ['talab-ar', ['A2']],
    ] as const) {
      const sub = load(path.join(FIXTURES, `${name}.md`));
      const pdf = await renderSubmissionPdf(input(sub));
      const file = path.join(OUT, `${name}.pdf`);
      fs.writeFileSync(file, pdf.bytes);
      const cites = pdf.anchors.exhibitCitations;
      if (ids) assert.deepEqual(cites.map((c) => c.id).slice(0, ids.length), ids, name);
      assert.ok(cites.length > 0, name);
      const { words: all, height } = words(file);
      for (const c of cites) {
        const [x1, y1, x2, y2] = c.rect;
        assert.ok(x1 < x2 && y1 < y2, `${name}: ${c.rect}`);
        // The box covers the word poppler reads the id in (poppler counts y from the top), which
        // may carry punctuation around the id: "(Exhibit", "B1),".
        const covered = all.filter((w) => {
          if (w.page !== c.pageIndex || !w.text.includes(c.id)) return false;
          const across = Math.min(w.x1, x2) - Math.max(w.x0, x1);
          const down = Math.min(height - w.y0, y2) - Math.max(height - w.y1, y1);
          return across >= (x2 - x1) * 0.6 && down >= (y2 - y1) * 0.5;
        });
        assert.equal(covered.length, 1, `${name}: ${c.id} at ${c.rect} on page ${c.pageIndex}`);
      }
    }
  });

  it('reports one box per citation written: a range counts its two ends', async () => {
    const sub = submission(`---\nsubmission: ccf-request\nlanguage: en\nexhibits:\n  - id: A1\n  - id: A2\n  - id: A3\n---\n\n## Statement of facts\n\nSee Exhibits A1–A3 and Exhibit\nA2, and [the judgment](https://example.org) at Exhibit A3.\n`);
    const pdf = await renderSubmissionPdf(input(sub));
    assert.deepEqual(pdf.anchors.exhibitCitations.map((c) => c.id), ['A1', 'A3', 'A2', 'A3']);
  });

  it('writes the text it is given after each exhibit citation, and only in that PDF', async () => {
    const sub = load(path.join(FIXTURES, 'numbered-en.md'));
    const pages: Record<string, number> = { B1: 12, B2: 15, B3: 16 };
    const pdf = await renderSubmissionPdf(input(sub, (id) => (pages[id] ? `, p. ${pages[id]}` : undefined)));
    const file = path.join(OUT, 'suffix.pdf');
    fs.writeFileSync(file, pdf.bytes);
    // -layout keeps lines in order (a citation and its page may be wrapped onto two lines).
    const text = flat(run('pdftotext', ['-layout', file, '-']));
    assert.match(text, /passport \(Exhibit B1, p\. 12\)/);
    assert.match(text, /Exhibit B2, p\. 15\./);
    assert.match(text, /\(Exhibit B3, p\. 16\)/);
    const plain = path.join(OUT, 'plain.pdf');
    fs.writeFileSync(plain, await renderSubmission('pdf', input(sub)));
    assert.doesNotMatch(flat(pdfText(plain)), /p\. 12/);
  });
});
