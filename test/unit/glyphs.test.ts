// FMT-GLYPH: characters the PDF fonts cannot print, not even from their parts (core/glyphs.ts).
import { strict as assert } from 'node:assert';
import { parseSubmission, SubmissionParser } from '../../server/src/core/parse';
import { pdfFontsCover, unprintable } from '../../server/src/core/glyphs';
import { checkSubmission } from '../../server/src/rules/index';
import { prng } from '../support/generate';

const front = (language = 'en', extra = '') => `---\nsubmission: ccf-request\nlanguage: ${language}\n${extra}---\n`;
const glyphs = (text: string) => checkSubmission(parseSubmission(text), { today: '2026-12-06' }).filter((f) => f.code === 'FMT-GLYPH');

describe('characters the PDF cannot print (FMT-GLYPH)', () => {
  it('reports each such character once, where it first occurs, with how often', () => {
    const text = `${front('en', 'title: "Request ✓"\n# a YAML comment ☐ is not printed\n')}## Statement of facts\n\nThe sentence is ≤ 5 years → and again ≤ 3. <!-- ✗ not printed -->\n\n<!-- ☒ nor this -->\n\nMr Ștefan Țurcanu, decision № 12, H₂O™, extra\u00addition, A\u200eB.\n`;
    const found = glyphs(text);
    assert.deepEqual(
      found.map((f) => [text.slice(f.span.start, f.span.end), f.message.slice(0, f.message.indexOf(':'))]),
      [
        ['✓', 'The PDF export cannot print “✓” (U+2713)'],
        ['≤', 'The PDF export cannot print “≤” (U+2264), used 2 times from here on'],
        ['→', 'The PDF export cannot print “→” (U+2192)'],
      ],
    );
    assert.ok(found.every((f) => f.severity === 'warning'));
  });

  it('does not advise changing a letter, which is most often part of a name', () => {
    const [f] = glyphs(`${front()}## Statement of facts\n\nMr Nguyễn Văn Hạnh was arrested.\n`);
    assert.match(f.message, /^The PDF export cannot print the letter “ạ” \(U\+1EA1\), used 1 time\(s\) from here on/);
    assert.match(f.message, /A name must be spelt exactly: file the DOCX export/);
    assert.doesNotMatch(f.message, /Write it out/);
  });

  it('speaks the document’s language', () => {
    const [f] = glyphs(`${front('ar')}## الوقائع\n\nالعقوبة ≤ خمس سنوات.\n`);
    assert.match(f.message, /^لا يستطيع التصدير إلى PDF طباعة «≤» \(U\+2264\)/);
  });

  it('knows what the fonts cover: Latin, Arabic, Persian digits; not arrows, checkmarks, emoji', () => {
    for (const ch of 'AzéßŁœ€«»“”–—…١٢٣۴۵۶ابتپچ،؛؟') assert.ok(pdfFontsCover(ch.codePointAt(0)!), ch);
    assert.deepEqual(unprintable('→ ✓ 😀 Ș ™').map((u) => u.char), ['→', '✓', '😀']);
  });

  it('gives the same findings while typing as a fresh parse', () => {
    let text = `${front()}## Statement of facts\n\nOne ≤ two.\n\nThree.\n`;
    const parser = new SubmissionParser({ recycleTrees: true });
    parser.parse(text);
    for (const [from, to] of [['Three.', 'Three → four.'], ['One ≤ two.', 'One two.'], ['four.', 'four ✓.']]) {
      const at = text.indexOf(from);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      const sub = parser.parse(text, {}, { prefix: at, suffix: text.length - at - to.length });
      const codes = (s: typeof sub) => checkSubmission(s, { today: '2026-12-06' }).filter((f) => f.code === 'FMT-GLYPH').map((f) => [f.span, f.message]);
      assert.deepStrictEqual(codes(sub), codes(parseSubmission(text)), `${from} → ${to}`);
    }
  });

  it('gives the same findings as a fresh parse after each of a series of random keystrokes in a long draft', () => {
    // What each node holds is taken again by position for the nodes a keystroke left alone
    // (core/nodeValues.ts): moved, deleted, split and joined nodes must come out right.
    const paragraphs = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? `Paragraph ${i} ≤ ${i + 1}, see → below.` : `Paragraph ${i} of the facts.`));
    let text = `${front()}## Statement of facts\n\n${paragraphs.join('\n\n')}\n`;
    const parser = new SubmissionParser({ recycleTrees: true });
    parser.parse(text);
    const refining = parser.refineSteps(0, Infinity);
    while (!refining.next().done);
    const codes = (s: ReturnType<typeof parseSubmission>) => checkSubmission(s, { today: '2026-12-06' }).filter((f) => f.code === 'FMT-GLYPH').map((f) => [f.span, f.message]);
    const keys = ['a', ' ', '\n\n', '→', '✓', '≤', '<!-- ', ' -->'];
    const rand = prng(11);
    for (let k = 0; k < 150; k++) {
      const bodyStart = text.indexOf('## Statement');
      const at = bodyStart + 22 + Math.floor(rand() * (text.length - bodyStart - 22));
      const typed = rand() < 0.2 ? '' : keys[Math.floor(rand() * keys.length)];
      const removed = typed ? 0 : Math.min(4, text.length - at);
      text = text.slice(0, at) + typed + text.slice(at + removed);
      const sub = parser.parse(text, {}, { prefix: at, suffix: text.length - at - typed.length });
      assert.deepStrictEqual(codes(sub), codes(parseSubmission(text)), `keystroke ${k}: ${JSON.stringify(typed)} at ${at}`);
    }
  });
});
