import { strict as assert } from 'node:assert';
import { paragraphDirection, visualRuns, bidiLevels, directionalPieces } from '../../server/src/export/bidi';
import { layoutSubmission, type ParagraphBlock, type TableBlock, type HeadingBlock } from '../../server/src/export/layout';
import { breakLines, lineRuns, prepare, type Measure } from '../../server/src/export/textlayout';
import { listMarker } from '../../server/src/export/pdf';
import { submission } from '../export/helpers';

const FRONT = `---
submission: ccf-request
language: en
title: Request for deletion
date: 2025-03-14
request: [deletion]
confidential: true
applicant:
  name: Ivan Petrov
  identity_document: A1
representative:
  name: Claire Martin
  firm: Martin & Associés
data:
  - type: red-notice
    reference: A-1234/5-2023
exhibits:
  - id: A1
    title: Passport
    date: 2021-01-02
  - id: A2
    title: Power of attorney
signed:
  by: Claire Martin
  date: 2025-03-14
  place: Paris
---
`;

const paragraphs = (blocks: ReturnType<typeof layoutSubmission>['blocks']) =>
  blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
const text = (p: { inlines: { text: string }[] }) => p.inlines.map((i) => i.text).join('');

describe('export layout', () => {
  it('numbers top-level paragraphs across sections, not lists, quotes or the annexes section', () => {
    const doc = layoutSubmission(
      submission(`${FRONT}
# Request for deletion

First paragraph.

## Statement of facts

Second paragraph.

- a bullet
- another

> a quotation

## Relief sought

Third paragraph.

1. first request
2. second request

## Annexes

Documents produced:

- Exhibit A1: passport
- Exhibit A2: power of attorney
`),
      { draft: false },
    );
    const numbered = paragraphs(doc.blocks).filter((p) => p.number !== undefined);
    assert.deepEqual(numbered.map((p) => [p.number, text(p)]), [
      [1, 'First paragraph.'],
      [2, 'Second paragraph.'],
      [3, 'Third paragraph.'],
    ]);
    const lists = paragraphs(doc.blocks).filter((p) => p.role === 'list');
    assert.deepEqual(lists.map((p) => [p.list!.kind, p.list!.ordinal]), [
      ['bullet', 0],
      ['bullet', 1],
      ['ordered', 0],
      ['ordered', 1],
    ]);
    assert.ok(paragraphs(doc.blocks).some((p) => p.role === 'quote' && text(p) === 'a quotation'));
    // The H1 repeating the title is the title, not a heading.
    const headings = doc.blocks.filter((b): b is HeadingBlock => b.type === 'heading');
    assert.deepEqual(headings.map((h) => [h.level, h.text]), [
      [1, 'Statement of facts'],
      [1, 'Relief sought'],
      [1, 'Annexes'],
    ]);
    // The exhibit list written in the annexes section is replaced by the generated table.
    const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
    assert.equal(tables.length, 1);
    assert.equal(tables[0].role, 'annexes');
    assert.deepEqual(tables[0].rows.map((r) => r.map((c) => c.map((i) => i.text).join(''))), [
      ['A1', 'Passport', '2 January 2021'],
      ['A2', 'Power of attorney', ''],
    ]);
    assert.ok(!lists.some((p) => text(p).includes('passport')));
    // The generated table sits inside the annexes section, before the signature.
    const annexIndex = doc.blocks.indexOf(tables[0]);
    const signature = doc.blocks.findIndex((b) => b.type === 'paragraph' && b.role === 'signature');
    assert.ok(annexIndex < signature);
  });

  it('builds the title block, header and metadata from the frontmatter', () => {
    const doc = layoutSubmission(submission(`${FRONT}\n## Statement of facts\n\nText.\n`), { draft: true });
    const roles = paragraphs(doc.blocks).slice(0, 6).map((p) => [p.role, text(p)]);
    assert.deepEqual(roles, [
      ['addressee', "Commission for the Control of INTERPOL's Files (CCF)"],
      ['kind', "Request to the Commission for the Control of INTERPOL's Files"],
      ['title', 'Request for deletion'],
      ['meta', 'Applicant: Ivan Petrov'],
      ['meta', 'Represented by: Claire Martin, Martin & Associés'],
      ['meta', 'INTERPOL reference: A-1234/5-2023'],
    ]);
    assert.equal(doc.header.reference, 'A-1234/5-2023');
    assert.equal(doc.header.confidential, 'CONFIDENTIAL');
    assert.equal(doc.header.draft, 'DRAFT — incomplete');
    assert.equal(doc.meta.author, 'Claire Martin');
    assert.equal(doc.lang, 'en-GB');
    const sig = paragraphs(doc.blocks).filter((p) => p.role === 'signature' || p.role === 'signatureName').map(text);
    assert.deepEqual(sig, ['Done at Paris, on 14 March 2025', 'Claire Martin', 'Martin & Associés']);
    // No annexes section in the body: the annex list follows the signature.
    const last = doc.blocks[doc.blocks.length - 1];
    assert.equal(last.type, 'table');
    assert.equal((doc.blocks[doc.blocks.length - 2] as HeadingBlock).text, 'List of annexes');
  });

  it('gives sub-paragraphs ("1.1", "(a)", "ii)") no number of their own, as PARA-SEQ does', () => {
    const doc = layoutSubmission(
      submission(`${FRONT}
## Statement of facts

1. First.

1.1 A decimal sub-paragraph.

(a) A lettered one.

ii) A roman one.

2. Second.

Third, counted.
`),
      { draft: false },
    );
    const numbered = paragraphs(doc.blocks).filter((p) => p.number !== undefined);
    assert.deepEqual(numbered.map((p) => [p.number, text(p)]), [
      [1, 'First.'],
      [2, 'Second.'],
      [3, 'Third, counted.'],
    ]);
    assert.ok(paragraphs(doc.blocks).some((p) => p.number === undefined && text(p) === '(a) A lettered one.'));
  });

  it('numbers footnotes in order of first reference and keeps their text', () => {
    const doc = layoutSubmission(
      submission(`${FRONT}\n## Facts\n\nOne[^b] and two[^a] and one again[^b].\n\n[^a]: Note A.\n[^b]: Note **B**.\n`),
      { draft: false },
    );
    assert.deepEqual(doc.footnotes.map((f) => [f.number, f.paragraphs.map((p) => p.map((i) => i.text).join(''))]), [
      [1, ['Note B.']],
      [2, ['Note A.']],
    ]);
    const p = paragraphs(doc.blocks).find((b) => b.number === 1)!;
    assert.deepEqual(p.inlines.filter((i) => i.footnote !== undefined).map((i) => i.footnote), [1, 2, 1]);
  });

  it('lays an Arabic document out right to left, with Latin-only lines left to right', () => {
    const doc = layoutSubmission(
      submission(`---
submission: ccf-request
language: ar
title: طلب حذف النشرة الحمراء
representative:
  name: ليلى منصور
  email: l.mansour@example.tn
---

## بيان الوقائع

قدّم السيد أحمد بن علي طلبه إلى لجنة الرقابة على محفوظات الإنتربول.

INTERPOL Red Notice A-1/2024 (quoted in English).
`),
      { draft: true },
    );
    assert.equal(doc.dir, 'rtl');
    const body = paragraphs(doc.blocks).filter((p) => p.role === 'body');
    assert.deepEqual(body.map((p) => p.dir), ['rtl', 'ltr']);
    // The signature block follows the document, even the all-Latin e-mail line.
    const email = paragraphs(doc.blocks).find((p) => text(p) === 'l.mansour@example.tn')!;
    assert.equal(email.dir, 'rtl');
    assert.equal(doc.header.draft, 'مسودة — غير مكتملة / DRAFT — incomplete');
  });
});

describe('export bidi', () => {
  it('decides paragraph direction from the document and the first letter', () => {
    assert.equal(paragraphDirection('Hello world', 'ltr'), 'ltr');
    assert.equal(paragraphDirection('مرحبا بالعالم', 'ltr'), 'rtl');
    assert.equal(paragraphDirection('INTERPOL قرار', 'ltr'), 'ltr');
    assert.equal(paragraphDirection('INTERPOL قرار', 'rtl'), 'rtl');
    assert.equal(paragraphDirection('English only', 'rtl'), 'ltr');
    assert.equal(paragraphDirection('2025-03-14', 'rtl'), 'rtl');
  });

  it('puts the runs of a mixed line in visual order', () => {
    const text = 'المادة 83 من RPD اليوم';
    const levels = bidiLevels(text, 'rtl');
    const runs = visualRuns(levels, 1, 0, text.length).map((r) => text.slice(r.start, r.end));
    // Left to right on the page: the last Arabic word first, digits and Latin kept left to right.
    assert.deepEqual(runs, [' اليوم', 'RPD', ' من ', '83', 'المادة ']);
    assert.equal(bidiLevels('plain English', 'ltr'), undefined);
  });

  it('splits DOCX runs by direction', () => {
    assert.deepEqual(directionalPieces('قرار INTERPOL رقم 5', 'rtl'), [
      { text: 'قرار ', rtl: true },
      { text: 'INTERPOL', rtl: false },
      { text: ' رقم ', rtl: true },
      { text: '5', rtl: false },
    ]);
  });
});

describe('export line breaking', () => {
  // Every character is 0.5 pt wide at 1 pt: at 10 pt a character is 5 pt.
  const measure: Measure = (_style, text) => text.length * 0.5;

  it('breaks at spaces, keeps the last line unstretched and cuts words longer than a line', () => {
    const p = prepare([{ text: 'aaaa bbbb cccc dddd' }], 'ltr', { size: 10 });
    const lines = breakLines(p, 50, measure); // 10 characters a line
    assert.deepEqual(lines.map((l) => [p.text.slice(l.start, l.end), l.last]), [
      ['aaaa bbbb', false],
      ['cccc dddd', true],
    ]);
    const long = prepare([{ text: 'x'.repeat(25) }], 'ltr', { size: 10 });
    assert.deepEqual(breakLines(long, 50, measure).map((l) => l.end - l.start), [10, 10, 5]);
  });

  it('honours hard breaks and collects footnotes per line', () => {
    const p = prepare([{ text: 'one' }, { text: '1', footnote: 1 }, { text: '\n', lineBreak: true }, { text: 'two' }], 'ltr', { size: 10 });
    const lines = breakLines(p, 500, measure);
    assert.equal(lines.length, 2);
    assert.deepEqual(lines[0].footnotes, [1]);
    assert.equal(lines[0].last, true);
  });

  it('draws a right-to-left line with mirrored brackets, Latin and digits left to right', () => {
    const p = prepare([{ text: 'المادة (83) من ' }, { text: 'RPD', bold: true }], 'rtl', { size: 10 });
    const [line] = breakLines(p, 1000, measure);
    const runs = lineRuns(p, line, measure, (c) => ({ '(': ')', ')': '(' })[c] ?? c);
    // Left to right on the page: "RPD", then "من (" drawn right to left (its logical ")" mirrored,
    // so it shows "(" next to the digits), "83", then "المادة (" (its "(" shows as ")").
    assert.deepEqual(runs.map((r) => [r.text, r.rtl, r.segment.style]), [
      ['RPD', false, 'bold'],
      ['( من ', true, 'regular'],
      ['83', false, 'regular'],
      ['المادة )', true, 'regular'],
    ]);
  });

  it('writes nested ordered-list markers as legal drafting does', () => {
    assert.deepEqual([0, 1, 25, 26].map((i) => listMarker('ordered', 0, i)), ['(a)', '(b)', '(z)', '(aa)']);
    assert.deepEqual([0, 3].map((i) => listMarker('ordered', 1, i)), ['(i)', '(iv)']);
    assert.equal(listMarker('bullet', 1, 0), '–');
    assert.deepEqual([0, 1, 4].map((i) => listMarker('ordered', 0, i, 'ar')), ['(أ)', '(ب)', '(هـ)']);
    assert.equal(listMarker('ordered', 1, 2, 'ar'), '(3)');
  });
});
