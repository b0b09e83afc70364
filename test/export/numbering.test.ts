// The same paragraph numbers in the PDF and in the DOCX, read back as a reader sees them: the
// PDF with pdftotext, the DOCX after LibreOffice has laid it out (its numbering engine, not our
// XML). Both are compared with what core/paragraphs.ts decided from the source.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { numberParagraphs } from '../../server/src/core/paragraphs';
import type { Submission } from '../../server/src/core/model';
import { docxPart, exampleFiles, load, render, requireTool, run, submission, tempDir } from './helpers';

const OUT = tempDir('export-numbering-');
const MARGIN = 70.87;

const MIXED = `---
submission: extradition-defence
language: en
title: Representations
---

## Statement of facts

Introduction, numbered by the export.

2. Written two.
3. Written three.

A plain paragraph between them.

7. Seven: the lawyer skipped 5 and 6.
8. Eight.
   1. a point inside paragraph 8;
   2. another.
      1. deeper
5. Five, written after eight.
`;

interface Case {
  name: string;
  sub: Submission;
  rtl: boolean;
  pdf: string;
  docx: string;
}

const cases: Case[] = [];

/** A line's marker as printed: a paragraph number ("12.") or a list marker ("(a)"). */
interface Label {
  kind: 'number' | 'marker';
  text: string;
}

/**
 * The labels of a laid-out PDF in reading order: the words at the start edge of each line, joined
 * when they touch (LibreOffice writes ".1" as two words), kept when they sit in the number's
 * hanging indent (a paragraph number) or in a list's (a marker) and look like one.
 */
function labels(pdf: string, rtl: boolean): Label[] {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  const out: Label[] = [];
  for (const page of xml.split('<page ').slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(page)![1]);
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y: Number(m[2]),
      x1: Number(m[3]),
      text: m[4].replace(/&amp;/g, '&'),
    }));
    const lines = new Map<number, typeof words>();
    for (const w of words) {
      const key = [...lines.keys()].find((y) => Math.abs(y - w.y) < 3) ?? w.y;
      lines.set(key, [...(lines.get(key) ?? []), w]);
    }
    for (const y of [...lines.keys()].sort((a, b) => a - b)) {
      // From the start edge inwards: left to right, or right to left in an Arabic document.
      const line = lines.get(y)!.sort((a, b) => (rtl ? b.x1 - a.x1 : a.x0 - b.x0));
      let cluster = line[0].text;
      let edge = rtl ? line[0].x0 : line[0].x1;
      for (const w of line.slice(1)) {
        const gap = rtl ? edge - w.x1 : w.x0 - edge;
        if (gap > 1.5) break;
        cluster = rtl ? w.text + cluster : cluster + w.text;
        edge = rtl ? w.x0 : w.x1;
      }
      const inset = rtl ? width - MARGIN - line[0].x1 : line[0].x0 - MARGIN;
      const bare = cluster.replace(/[().\u200e\u200f\u202a-\u202e]/g, '');
      if (inset < 12 && /^(?:\d+\.|\.\d+|[\u0660-\u0669]+\.|\.[\u0660-\u0669]+)$/.test(cluster)) out.push({ kind: 'number', text: `${bare}.` });
      else if (inset > 12 && inset < 110 && /^[()][\p{L}\p{N}]{1,4}[()]$/u.test(cluster.replace(/[\u200e\u200f\u202a-\u202e]/g, ''))) out.push({ kind: 'marker', text: `(${normalizeMarker(bare)})` });
    }
  }
  return out;
}

/** LibreOffice writes Word's abjad numbering with a bare alef (ا) and ه where the PDF has أ and هـ. */
function normalizeMarker(s: string): string {
  return s.replace(/^أ$/, 'ا').replace(/^هـ$/, 'ه');
}

const numbers = (list: Label[]) => list.filter((l) => l.kind === 'number').map((l) => l.text);
const markers = (list: Label[]) => list.filter((l) => l.kind === 'marker').map((l) => l.text);

describe('paragraph numbers are the same in the PDF and the DOCX (pdftotext; LibreOffice)', function () {
  this.timeout(300_000);

  before(async () => {
    const sources: { name: string; sub: Submission; baseDir: string }[] = exampleFiles().map((file) => ({ name: path.basename(file, '.md'), sub: load(file), baseDir: path.dirname(file) }));
    sources.push({ name: 'mixed-break-en', sub: submission(MIXED), baseDir: OUT });
    for (const s of sources) {
      const pdf = path.join(OUT, `${s.name}.pdf`);
      const docx = path.join(OUT, `${s.name}.docx`);
      fs.writeFileSync(pdf, await render('pdf', s.sub, { baseDir: s.baseDir }));
      fs.writeFileSync(docx, await render('docx', s.sub, { baseDir: s.baseDir }));
      cases.push({ name: s.name, sub: s.sub, rtl: s.sub.language === 'ar', pdf, docx });
    }
    requireTool('libreoffice');
    const lo = path.join(OUT, 'lo');
    const result = spawnSync(
      'libreoffice',
      [`-env:UserInstallation=file://${path.join(OUT, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', lo, ...cases.map((c) => c.docx)],
      { encoding: 'utf8', timeout: 240_000 },
    );
    if (result.status !== 0) throw new Error(`LibreOffice failed: ${result.stderr || result.stdout}`);
    for (const c of cases) c.docx = path.join(lo, `${c.name}.pdf`);
  });

  after(() => fs.rmSync(OUT, { recursive: true, force: true }));

  const find = (name: string) => cases.find((c) => c.name === name)!;

  it('prints a CCF request numbered 1.–8. across sections as written, in both formats', () => {
    const c = find('numbered-en');
    const pdf = labels(c.pdf, false);
    const docx = labels(c.docx, false);
    const written = ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.'];
    assert.deepEqual(numbers(pdf), written);
    assert.deepEqual(numbers(docx), written);
    // Lists inside paragraphs 5 and 7 are lettered, each from (a).
    assert.deepEqual(markers(pdf), ['(a)', '(b)', '(a)', '(b)']);
    assert.deepEqual(markers(docx), markers(pdf));
  });

  it('prints an Arabic request numbered 1.–6. as written, in both formats', () => {
    const c = find('numbered-ar');
    const pdf = labels(c.pdf, true);
    const docx = labels(c.docx, true);
    const written = ['1.', '2.', '3.', '4.', '5.', '6.'];
    assert.deepEqual(numbers(pdf), written);
    assert.deepEqual(numbers(docx), written);
    assert.deepEqual(markers(pdf), ['(ا)', '(ب)']);
    assert.deepEqual(markers(docx), markers(pdf));
  });

  it('keeps numbering the plain paragraphs of every example 1…N in both formats', () => {
    for (const c of cases.filter((x) => !x.name.startsWith('numbered-') && x.name !== 'mixed-break-en')) {
      const expected = numberParagraphs(c.sub).paragraphs.map((p) => p.label);
      assert.ok(expected.length >= 3, `${c.name}: ${expected.length} paragraphs`);
      assert.deepEqual(expected, expected.map((_, i) => `${i + 1}.`), `${c.name}: counted 1…N`);
      const pdf = labels(c.pdf, c.rtl);
      assert.deepEqual(numbers(pdf), expected, `${c.name}.pdf`);
      assert.deepEqual(numbers(labels(c.docx, c.rtl)), expected, `${c.name}.docx`);
      assert.deepEqual(markers(labels(c.docx, c.rtl)), markers(pdf), `${c.name}: list markers`);
    }
  });

  it('numbers a document mixing both in one sequence, and prints a broken sequence as written', () => {
    const c = find('mixed-break-en');
    const expected = ['1.', '2.', '3.', '4.', '7.', '8.', '5.'];
    assert.deepEqual(numberParagraphs(c.sub).paragraphs.map((p) => p.label), expected);
    const pdf = labels(c.pdf, false);
    assert.deepEqual(numbers(pdf), expected);
    assert.deepEqual(numbers(labels(c.docx, false)), expected);
    assert.deepEqual(markers(pdf), ['(a)', '(b)', '(i)']);
    assert.deepEqual(markers(labels(c.docx, false)), markers(pdf));
  });
});

describe('paragraph numbers in the Word file', () => {
  it('are one Word list, with a new list starting at the written number only where the sequence breaks', async () => {
    const docx = await render('docx', submission(MIXED));
    const body = docxPart(docx, 'word/document.xml');
    const numIds = [...body.matchAll(/<w:pStyle w:val="NumberedParagraph"\/>.*?<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    // 1, 2, 3, 4 | 7, 8 | 5: three lists, the second starting at 7 and the third at 5.
    assert.equal(numIds.length, 7);
    assert.deepEqual([...new Set(numIds)].length, 3);
    assert.deepEqual(numIds.map((id) => numIds.indexOf(id)), [0, 0, 0, 0, 4, 4, 6]);
    const numbering = docxPart(docx, 'word/numbering.xml');
    const starts = [...new Set(numIds)].map((id) => {
      const num = new RegExp(`<w:num w:numId="${id}"[^>]*>[\\s\\S]*?<w:startOverride w:val="(\\d+)"/>`).exec(numbering);
      return Number(num?.[1]);
    });
    assert.deepEqual(starts, [1, 7, 5]);
  });
});
