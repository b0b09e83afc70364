// The incremental parser (core/incremental.ts, SubmissionParser) must give exactly what a full
// parse gives: the same Submission (tree and positions included) and the same findings, on every
// example and fixture, and after every step of random edit sequences that cut through fences,
// HTML blocks, setext headings, definitions, footnotes, tables, lists and the frontmatter.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { candidateCuts, checkDerivedBlocks } from '../../server/src/core/incremental';
import { Source } from '../../server/src/core/source';
import type { Submission } from '../../server/src/core/model';
import type { List } from 'mdast';
import { findCitations } from '../../server/src/core/citations';
import { findExhibitCitations } from '../../server/src/core/exhibits';
import { numberParagraphs } from '../../server/src/core/paragraphs';
import { mayBeSubmission, parseSubmission, SubmissionParser, type ParseOptions } from '../../server/src/core/parse';
import { computeLineStarts } from '../../server/src/core/text';
import { checkSubmission } from '../../server/src/rules/index';
import { generateSubmission, prng } from '../support/generate';
import { withPlainPoints } from '../support/points';

const ROOT = path.resolve(__dirname, '../..');
// INCREMENTAL_STRESS=20 runs twenty times as many random sequences, each five times longer.
const STRESS = Number(process.env.INCREMENTAL_STRESS ?? 1);
const TODAY = '2026-11-22';

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : markdownFiles(p);
    return e.name.endsWith('.md') && e.name !== 'README.md' ? [p] : [];
  });
}

function optionsOf(text: string): ParseOptions {
  const m = /<!--\s*fixture\s+max-body-chars=(\d+)\s*-->/.exec(text);
  return m ? { maxBodyChars: Number(m[1]) } : {};
}

/** Same model and same findings; the message names the step so a failure can be replayed. */
function assertSame(incremental: Submission, text: string, options: ParseOptions, what: string): void {
  const full = parseSubmission(text, options);
  const actual = withPlainPoints(incremental);
  const expected = withPlainPoints(full);
  if (!isDeepStrictEqual(actual, expected)) {
    // Narrow the report down to the first differing top-level node before failing.
    const a = actual.tree.children;
    const e = expected.tree.children;
    for (let i = 0; i < Math.max(a.length, e.length); i++) {
      assert.deepStrictEqual(a[i], e[i], `${what}: tree child ${i} differs`);
    }
    assert.deepStrictEqual(actual, expected, `${what}: submission differs`);
  }
  // Numbering resumes from the version before (Submission.lineage): its sections, headings and
  // labels reach no finding directly, so they are compared here.
  const numbered = (sub: Submission) => {
    const { paragraphs, breaks, digits } = numberParagraphs(sub);
    return { paragraphs, breaks, digits };
  };
  assert.deepStrictEqual(numbered(incremental), numbered(full), `${what}: paragraph numbering differs`);
  assert.deepStrictEqual(checkSubmission(incremental, { today: TODAY }), checkSubmission(full, { today: TODAY }), `${what}: findings differ`);
}

// A document that puts every known hazard next to a heading or a blank line.
const HAZARDS = [
  '---',
  'submission: ccf-request',
  'language: en',
  '# a YAML comment that looks like a heading',
  '',
  'request: [deletion]',
  'exhibits:',
  '  - id: A1',
  '    title: Passport',
  '---',
  '',
  '# Request to the CCF',
  '',
  'Intro paragraph citing [the judgment][judgment] and a footnote.[^1] See [Exhibit A1].',
  '',
  '## Statement of facts',
  '',
  '```text',
  '# not a heading: inside a fence',
  '',
  'Still code, after a blank line.',
  '```',
  '',
  'Setext title',
  '============',
  '',
  'Another paragraph',
  '# heading right after a paragraph',
  '',
  '<!-- a comment',
  '# not a heading either',
  '',
  'still the comment -->',
  '',
  '<div>',
  '# html block until a blank line',
  '</div>',
  '',
  '1. numbered paragraph one, Article 3 of INTERPOL\'s Constitution',
  '',
  '2. numbered paragraph two, Exhibit A1',
  '',
  'Lazy text after the list.',
  '',
  '> quoted',
  '# heading after a quote',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '## Rules violated',
  '',
  'Article 83(2)(b)(i) RPD and [judgment].',
  '',
  '~~~~',
  'tilde fence',
  '~~~',
  '# still inside: the closing fence is too short',
  '~~~~',
  '',
  '[judgment]: https://example.org/judgment "The judgment"',
  '',
  '[^1]: A footnote that runs',
  '    over two lines.',
  '',
  '## Request',
  '',
  'Delete the data. <!-- submission-disable CCF-REQ-10 -->',
  '{{placeholder}}',
  '',
  '## Annexes',
  '',
  '- Exhibit A1: passport',
  '',
].join('\n');

// Lists whose items a cut may separate, with what can make an item end early, join the wrong list
// or change the list's looseness.
const LISTS = [
  '---',
  'submission: extradition-defence',
  'language: en',
  '---',
  '',
  '# Statement of facts',
  '',
  '1. First numbered paragraph, Exhibit A1.',
  '',
  '2. Second, with a loose item:',
  '',
  '   a second paragraph inside it.',
  '',
  '3. Third, with a nested list:',
  '   - nested one',
  '',
  '   - nested two',
  '',
  '4. Fourth, with a fence:',
  '',
  '   ```',
  '   5. not an item',
  '',
  '   # not a heading',
  '   ```',
  '',
  '5. Fifth, a footnote.[^n] and [a link][ref].',
  '',
  '   [ref]: https://example.org',
  '',
  '6.',
  '',
  '   Sixth, begun by an empty line.',
  '',
  '7) A new list: another delimiter.',
  '',
  '8) Continues it.',
  '',
  '- A bullet list',
  '',
  '* another bullet list',
  '',
  '* * *',
  '',
  '- - -',
  '',
  '- [ ] a task',
  '',
  '- [x] a done task',
  'lazy continuation line',
  '',
  '-',
  '',
  '- > quoted in an item',
  '',
  '- | a | b |',
  '  |---|---|',
  '  | 1 | 2 |',
  '',
  '- <div>',
  '',
  '- </div>',
  '',
  '12. Starts at twelve',
  '',
  '13. # a heading in an item',
  '',
  '14.     indented code in an item',
  '',
  '[^n]: The footnote.',
  '',
  '## Rules violated',
  '',
  '+ plus bullets',
  '',
  '+ tight?',
  '+ no: the blank line above makes it loose',
  '',
  '## After indented code, what may not interrupt a paragraph is one',
  '',
  '    indented code',
  '',
  '3. a paragraph, not an item',
  '',
  '    indented code',
  '',
  '<span>a paragraph, not HTML</span>',
  '',
  '    indented code',
  '',
  '[q]: /a-paragraph-not-a-definition',
  '',
  '    indented code',
  '',
  '-',
  '',
].join('\n');

const SNIPPETS = [
  '\n# ',
  '\n## Facts\n',
  '\n\n',
  '\n',
  '```\n',
  '\n```\n',
  '~~~',
  '<!--',
  '-->',
  '<div>\n',
  '<pre>',
  '</pre>\n',
  '[judgment]: /x\n',
  '\n[other]: /y\n\n',
  '[other]',
  '[^1]',
  '\n[^2]: note\n\n',
  '[^2]',
  '\n===\n',
  '\n---\n',
  '> ',
  '- ',
  '1. ',
  '\n\n3. ',
  '\n\n- ',
  '\n\n* ',
  '\n1) ',
  '   ',
  '\n\n   continued\n',
  '    ',
  '|a|b|\n|-|-|\n',
  'Article 3 ECHR ',
  'Exhibit A2 ',
  'word ',
  'Paragraph text. ',
  '{{x}}',
  '\r\n',
  '#',
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
}

/** Random edits that favour the places where cuts are decided. */
function randomEdit(text: string, rand: () => number): Edit {
  const lineStarts = computeLineStarts(text);
  const r = rand();
  const anywhere = () => Math.floor(rand() * (text.length + 1));
  const lineStart = () => lineStarts[Math.floor(rand() * lineStarts.length)];
  if (r < 0.3) return { at: anywhere(), remove: 0, insert: SNIPPETS[Math.floor(rand() * SNIPPETS.length)] };
  if (r < 0.45) {
    // Delete a short range, sometimes a whole line break.
    const at = anywhere();
    return { at, remove: Math.min(text.length - at, 1 + Math.floor(rand() * (rand() < 0.8 ? 4 : 80))), insert: '' };
  }
  if (r < 0.6) {
    // Heading edits: add or remove a '#' at a line start, or retype a heading's text.
    const at = lineStart();
    if (text[at] === '#') return { at, remove: 1, insert: rand() < 0.5 ? '' : '## ' };
    return { at, remove: 0, insert: rand() < 0.5 ? '# ' : '### Grounds\n' };
  }
  if (r < 0.75) {
    // Typing inside the frontmatter.
    const close = text.indexOf('\n---', 3);
    const at = close > 0 ? 4 + Math.floor(rand() * (close - 3)) : anywhere();
    return { at, remove: rand() < 0.3 ? 1 : 0, insert: ['x', ' ', '\n', ':', '#', 'title: T\n', '- id: A9\n'][Math.floor(rand() * 7)] };
  }
  if (r < 0.85) {
    // Typing inside a code fence, or opening/closing one.
    const fence = text.indexOf('```');
    const at = fence >= 0 ? fence + Math.floor(rand() * 40) : anywhere();
    return { at: Math.min(at, text.length), remove: 0, insert: ['#', '\n# x\n', '```', 'a', '\n'][Math.floor(rand() * 5)] };
  }
  // Plain typing, one character at a time.
  return { at: anywhere(), remove: 0, insert: 'abc ,.\n#'[Math.floor(rand() * 8)] };
}

function runSequence(base: string, seed: number, steps: number, label: string): void {
  const rand = prng(seed);
  // Both ways of reusing nodes: copied (the default) and shifted in place (the server's).
  const parser = new SubmissionParser({ recycleTrees: seed % 2 === 1 });
  let text = base;
  const history: Edit[] = [];
  assertSame(parser.parse(text), text, {}, `${label} initial`);
  // Each version read as the server reads it: a whole string from a few versions back with the
  // edits since (core/source.ts), the change given as the store gives it on every other seed.
  let flat = text;
  let since: { from: number; to: number; text: string }[] = [];
  for (let i = 0; i < steps; i++) {
    const edit = randomEdit(text, rand);
    history.push(edit);
    const from = Math.min(edit.at, text.length);
    const to = Math.min(edit.at + edit.remove, text.length);
    const change = seed % 2 === 0 ? { prefix: from, suffix: text.length - to } : undefined;
    text = applyEdit(text, edit);
    since.push({ from, to, text: edit.insert });
    assertSame(parser.parse(Source.patched(flat, since), {}, change), text, {}, `${label} seed ${seed} step ${i} (last edit ${JSON.stringify(edit)})`);
    if (since.length > rand() * 40) {
      flat = text;
      since = [];
    }
  }
}

describe('incremental parsing', () => {
  // Every block taken from an earlier parse instead of parsed is parsed as well, and must be the same.
  before(() => checkDerivedBlocks(true));
  after(() => checkDerivedBlocks(false));
  const files = [...markdownFiles(path.join(ROOT, 'examples')), ...markdownFiles(path.join(ROOT, 'test/fixtures')), ...markdownFiles(path.join(ROOT, 'test/export/fixtures'))];

  it('finds examples and fixtures to compare', () => {
    assert.ok(files.length >= 6, `only ${files.length} files`);
  });

  describe('matches a full parse on every example and fixture', () => {
    for (const file of files) {
      it(path.relative(ROOT, file), () => {
        const text = fs.readFileSync(file, 'utf8');
        const options = optionsOf(text);
        const parser = new SubmissionParser();
        assertSame(parser.parse(text, options), text, options, 'cold');
        // Reused blocks with shifted positions: insert a paragraph near the top, then remove it.
        const at = text.indexOf('\n#', text.indexOf('\n---', 3) + 4);
        if (at > 0) {
          const edited = `${text.slice(0, at)}\n\nInserted paragraph.\n${text.slice(at)}`;
          assertSame(parser.parse(edited, options), edited, options, 'after insertion');
          assertSame(parser.parse(text, options), text, options, 'after undo');
        }
      });
    }
  });

  describe('matches a full parse after every step of random edits', () => {
    const bases: [string, string][] = [
      ['hazards', HAZARDS],
      ['hazards with CRLF', HAZARDS.replace(/\n/g, '\r\n')],
      ['hazards with a BOM', `\uFEFF${HAZARDS}`],
      ['lists', LISTS],
      ['lists with CRLF', LISTS.replace(/\n/g, '\r\n')],
      ['frontmatter closed by "..."', HAZARDS.replace(/\n---\n\n# Request/, '\n...\n\n# Request')],
      ['generated, English', generateSubmission({ bytes: 6000, language: 'en', seed: 3, brokenNumbering: true })],
      ['generated, French', generateSubmission({ bytes: 6000, language: 'fr', seed: 4, brokenNumbering: true })],
      ...files.slice(0, STRESS > 1 ? 6 : 2).map((f): [string, string] => [path.basename(f), fs.readFileSync(f, 'utf8')]),
    ];
    for (const [label, base] of bases) {
      for (let seed = 1; seed <= 2 * STRESS; seed++) {
        it(`${label}, seed ${seed}`, function () {
          this.timeout(60_000 * STRESS);
          runSequence(base, seed * 7919 + label.length, STRESS > 1 ? 300 : 40, label);
        });
      }
    }
  });

  describe('matches a full parse after edits at every cut', () => {
    for (const [label, base] of [
      ['hazards', HAZARDS],
      ['hazards with CRLF', HAZARDS.replace(/\n/g, '\r\n')],
      ['lists', LISTS],
    ] as const) {
      it(label, function () {
        this.timeout(120_000);
        const cuts = candidateCuts(Source.of(base), computeLineStarts(base), 0, { from: 0, to: base.length });
        const edits: Edit[] = [];
        for (const c of [...cuts, base.length]) {
          edits.push({ at: c - 1, remove: 1, insert: '' }, { at: c, remove: 0, insert: 'x' }, { at: c - 1, remove: 0, insert: '```' });
        }
        edits.push({ at: base.length, remove: 0, insert: '\n# End' }, { at: base.length, remove: 0, insert: 'tail' });
        for (const edit of edits) {
          if (edit.at < 0 || edit.at + edit.remove > base.length) continue;
          // Each edit from a parser that knows the base, then back to the base.
          const parser = new SubmissionParser();
          parser.parse(base);
          const edited = applyEdit(base, edit);
          assertSame(parser.parse(edited), edited, {}, `${label} ${JSON.stringify(edit)}`);
          assertSame(parser.parse(base), base, {}, `${label} undo ${JSON.stringify(edit)}`);
          // Typing on: a second edit right after the first.
          const more = applyEdit(edited, { at: Math.min(edited.length, edit.at + edit.insert.length), remove: 0, insert: 'y' });
          parser.parse(edited);
          assertSame(parser.parse(more), more, {}, `${label} then typing after ${JSON.stringify(edit)}`);
        }
      });
    }
  });

  describe('the contracts the incremental parser relies on', () => {
    // Citations and exhibit references are re-scanned only between the heading lines around an
    // edit: no match may run across a line that starts with '#'.
    const chunked = <T>(text: string, find: (t: string, from: number, to: number) => T[]): T[] => {
      const bounds = [0];
      for (let i = text.indexOf('\n#'); i >= 0; i = text.indexOf('\n#', i + 1)) bounds.push(i + 1);
      bounds.push(text.length);
      return bounds.slice(1).flatMap((end, i) => find(text, bounds[i], end));
    };
    const corpus = [
      ...files.map((f) => fs.readFileSync(f, 'utf8')),
      generateSubmission({ bytes: 30_000, language: 'en', seed: 8, brokenNumbering: true }),
      generateSubmission({ bytes: 30_000, language: 'fr', seed: 9, brokenNumbering: true }),
      "Article 3 of\n# INTERPOL's Constitution",
      "Article 3 of INTERPOL's\n# Constitution",
      'Articles 2 and\n# 3 of the Constitution',
      'section 21\n#of the Extradition Act 2003',
      'Exhibits A1 and\n# A2',
      'Exhibit\n# 12',
      'Annexes A1–\n#A3',
      'المادة 3 من\n# القانون الأساسي',
    ];

    it('no citation runs across a line that starts with #', () => {
      for (const text of corpus) assert.deepStrictEqual(chunked(text, findCitations), findCitations(text), text.slice(0, 60));
    });

    it('no exhibit reference runs across a line that starts with #', () => {
      for (const text of corpus) assert.deepStrictEqual(chunked(text, findExhibitCitations), findExhibitCitations(text), text.slice(0, 60));
    });

    it('mayBeSubmission is never false for a submission', () => {
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        if (parseSubmission(text).isSubmission) assert.ok(mayBeSubmission(text), file);
      }
      assert.equal(mayBeSubmission('# Notes\n\nsubmission: no frontmatter'), false);
      assert.equal(mayBeSubmission('---\ntitle: x\n---\n# Notes'), false);
    });
  });

  describe('reuses what an edit did not touch', () => {
    const big = generateSubmission({ bytes: 250_000, language: 'en', seed: 5, brokenNumbering: true });

    it('re-parses only the block around an edit in the middle of a 250 KB submission', function () {
      this.timeout(60_000);
      const parser = new SubmissionParser();
      parser.parse(big);
      assert.ok(parser.stats.blocks > 50, `only ${parser.stats.blocks} blocks`);
      const at = big.indexOf('. ', big.length >> 1) + 1;
      const edited = `${big.slice(0, at)} Typed${big.slice(at)}`;
      const sub = parser.parse(edited);
      // The first edit re-cuts the block it falls in at every paragraph and list item, and takes
      // every part but the edited one from the coarse block's nodes.
      assert.ok(parser.stats.parsedChars < 2_000, `${parser.stats.parsedChars} characters parsed`);
      assert.ok(parser.stats.derived > 0, 'no part of the coarse block was taken from its nodes');
      assertSame(sub, edited, {}, 'middle edit');
      // Typing on re-parses the numbered paragraph being typed in (and the one before it, when
      // the edit is on its first line), not the whole list.
      let text = edited;
      for (let i = 1; i <= 5; i++) {
        text = `${text.slice(0, at + i)}x${text.slice(at + i)}`;
        const next = parser.parse(text);
        assert.ok(parser.stats.parsed <= 2, `${parser.stats.parsed} blocks parsed`);
        assert.ok(parser.stats.parsedChars < 2_000, `${parser.stats.parsedChars} characters parsed`);
        if (i === 5) assertSame(next, text, {}, 'typing on');
      }
    });

    it('re-parses one paragraph or item for a keystroke at its very start, not the rest of its section', function () {
      this.timeout(60_000);
      const parser = new SubmissionParser({ recycleTrees: true });
      parser.parse(big);
      // A first keystroke in the middle cuts that stretch at every paragraph and list item.
      const middle = big.indexOf('. ', big.length >> 1) + 1;
      let text = `${big.slice(0, middle)}x${big.slice(middle)}`;
      parser.parse(text);
      // Then two characters at the start of each of the following paragraphs and numbered items:
      // the first may re-cut a coarse block of the cold open, the second is what typing costs.
      const starts = [...text.slice(middle).matchAll(/\n\n(?=[A-Z0-9])/g)].slice(0, 8).map((m) => middle + m.index! + 2);
      assert.ok(starts.length === 8);
      let shift = 0;
      for (const start of starts) {
        const at = start + shift;
        const end = text.indexOf('\n\n', at);
        const before = text.lastIndexOf('\n\n', at - 3);
        for (const c of 'AB') {
          text = `${text.slice(0, at)}${c}${text.slice(at)}`;
          shift++;
          parser.parse(text);
        }
        // The paragraph itself and the one before it (parsed with its next line, now changed).
        const paragraphs = end - before;
        assert.ok(parser.stats.parsedChars < paragraphs + 250, `${parser.stats.parsedChars} characters parsed for paragraphs of ${paragraphs}`);
        assertSame(parser.parse(text), text, {}, `typing at ${at}`);
      }
    });

    it('re-cuts the coarse blocks of a cold open into the same tree, after which a first keystroke anywhere is cheap', function () {
      this.timeout(120_000);
      for (const recycleTrees of [false, true]) {
        const parser = new SubmissionParser({ recycleTrees });
        parser.parse(big);
        const coarse = parser.stats.blocks;
        let parsed = 0;
        let derived = 0;
        for (let from = 0; from < big.length; from += 16_384) {
          const steps = parser.refineSteps(from, from + 16_384);
          let r = steps.next();
          while (!r.done) r = steps.next();
          assert.ok(r.value);
          parsed += parser.stats.parsed;
          derived += parser.stats.derived;
        }
        // The fine blocks are parts of the coarse ones: taken from their nodes, none parsed again.
        assert.equal(parsed, 0);
        assert.ok(derived > coarse, `${derived} blocks taken from ${coarse} coarse ones`);
        assert.ok(parser.stats.blocks > coarse * 1.5, `${parser.stats.blocks} blocks after refining, ${coarse} before`);
        const refined = parser.parse(big);
        assert.equal(parser.stats.parsed, 0);
        assertSame(refined, big, {}, 'refined');
        // A keystroke in a paragraph no keystroke touched before re-parses about that paragraph.
        let text = big;
        for (const fraction of [0.2, 0.45, 0.7, 0.9]) {
          const at = text.indexOf('. ', Math.floor(text.length * fraction)) + 1;
          text = `${text.slice(0, at)}x${text.slice(at)}`;
          parser.parse(text);
          assert.ok(parser.stats.parsedChars < 2_000, `${parser.stats.parsedChars} characters parsed at ${fraction}`);
        }
        assertSame(parser.parse(text), text, {}, 'typed after refining');
      }
    });

    it('takes the parts of coarse blocks from their nodes exactly as parsing them gives, hazards and lists included', function () {
      this.timeout(120_000 * STRESS);
      // Long enough to be cut coarsely when opened; every hazard and list case several times over.
      const body = (doc: string) => doc.slice(doc.indexOf('\n---\n', 4) + 5);
      const parts = Array.from({ length: 12 }, (_, k) => `\n## Part ${k}\n\n${body(k % 2 ? HAZARDS : LISTS).replace(/^1\. /gm, `${k + 1}. `)}`);
      const base = `${LISTS.slice(0, LISTS.indexOf('\n---\n', 4) + 5)}${parts.join('')}`;
      for (const seed of [1, 2, 3]) {
        const rand = prng(seed);
        const parser = new SubmissionParser({ recycleTrees: seed !== 2 });
        let text = base;
        assertSame(parser.parse(text), text, {}, `cold open, seed ${seed}`);
        // Half the time refine first; then edits anywhere, each re-cutting the block it falls in.
        if (seed !== 3) {
          const refining = parser.refineSteps(0, Infinity);
          let r = refining.next();
          while (!r.done) r = refining.next();
          assert.ok(parser.stats.derived > 0);
          assertSame(r.value!, text, {}, `refined, seed ${seed}`);
        }
        let derived = 0;
        for (let i = 0; i < 60 * STRESS; i++) {
          // In the body: an edit that breaks the frontmatter's `submission` key ends all parsing.
          let edit = randomEdit(text, rand);
          while (edit.at < text.indexOf('\n---\n', 4) + 5) edit = randomEdit(text, rand);
          text = applyEdit(text, edit);
          const sub = parser.parse(text);
          derived += parser.stats.derived;
          if (i % 5 === 4) assertSame(sub, text, {}, `seed ${seed} step ${i} (last edit ${JSON.stringify(edit)})`);
        }
        assertSame(parser.parse(text), text, {}, `seed ${seed} end`);
        if (seed === 3) assert.ok(derived > 0, 'no block taken from a coarse one while editing');
      }
    });

    it('joins the parts of a list cut between its items into one list', () => {
      const items = Array.from({ length: 30 }, (_, i) => `${i + 1}. Numbered paragraph ${i + 1}, Exhibit A1.\n\n${' '.repeat(String(i + 1).length + 2)}Its second paragraph.\n`);
      const text = `---\nsubmission: ccf-request\nlanguage: en\n---\n\n# Facts\n\n${items.join('\n')}\nAfter the list.\n`;
      const parser = new SubmissionParser();
      parser.parse(text);
      const at = text.indexOf('paragraph 17,') + 9;
      const edited = `${text.slice(0, at)} typed${text.slice(at)}`;
      const sub = parser.parse(edited);
      assert.ok(parser.stats.blocks > 10, `${parser.stats.blocks} blocks`);
      const lists = sub.tree.children.filter((n) => n.type === 'list');
      assert.equal(lists.length, 1);
      assert.equal(lists[0].type === 'list' && lists[0].children.length, 30);
      assertSame(sub, edited, {}, 'edited list');
      // A digit: letters typed in a word are taken without any parse (tested below).
      const more = `${edited.slice(0, at)}9${edited.slice(at)}`;
      assertSame(parser.parse(more), more, {}, 'typing on');
      // Item 17 only: item 16 was parsed with a line that starts `17. ` and text, as it still does.
      assert.equal(parser.stats.parsed, 1);
      assert.ok(parser.stats.parsedChars < 150, `${parser.stats.parsedChars} characters parsed`);
      // Turning the line into something else (no longer an item) re-parses the item before it too.
      const lineStart = more.lastIndexOf('\n', at) + 1;
      const notItem = `${more.slice(0, lineStart)}Seventeen.${more.slice(more.indexOf(' ', lineStart))}`;
      assertSame(parser.parse(notItem), notItem, {}, 'no longer an item');
      assert.ok(parser.stats.parsed >= 2, `${parser.stats.parsed} blocks parsed`);
    });

    it('gives the same list node again for a list cut into parts that a keystroke left alone', () => {
      // What the checks keep with a list node (its numbers, its characters) is found again only if
      // the node is the same object: a list joined anew at every keystroke was read again in full.
      const list = (name: string) =>
        Array.from({ length: 12 }, (_, i) => `${i + 1}. ${name} paragraph ${i + 1}, Exhibit A1.\n`).join('\n');
      const text = `---\nsubmission: ccf-request\nlanguage: en\n---\n\n# Facts\n\n${list('First')}\n# Grounds\n\n${list('Second')}\n# Annexes\n\nNone.\n`;
      for (const recycleTrees of [false, true]) {
        const parser = new SubmissionParser({ recycleTrees });
        parser.parse(text);
        // Typing in each list once cuts both at every item.
        let typed = text;
        for (const word of ['First paragraph 3', 'Second paragraph 3']) {
          const at = typed.indexOf(word) + word.length;
          typed = `${typed.slice(0, at)}x${typed.slice(at)}`;
          parser.parse(typed);
        }
        const listsOf = (sub: ReturnType<typeof parser.parse>) => sub.tree.children.filter((n): n is List => n.type === 'list');
        const before = listsOf(parser.parse(typed));
        assert.equal(before.length, 2);
        const at = typed.indexOf('Second paragraph 7') + 'Second paragraph 7'.length;
        const after = `${typed.slice(0, at)},${typed.slice(at)}`;
        const sub = parser.parse(after);
        const lists = listsOf(sub);
        assert.ok(parser.stats.blocks > 20, `${parser.stats.blocks} blocks`);
        assert.equal(lists[1].children.length, 12);
        assert.notEqual(lists[1], before[1], 'the list typed in is a new node');
        // Before the edit, nothing moved: the same node, even when trees are copied.
        assert.equal(lists[0], before[0], `recycle ${recycleTrees}: the list before the edit`);
        assertSame(sub, after, {}, `recycle ${recycleTrees}`);
        if (!recycleTrees) continue;
        // After the edit, in place: the same node, its positions moved with its items.
        const typedAgain = `${after.slice(0, typed.indexOf('First paragraph 5') + 17)}y${after.slice(typed.indexOf('First paragraph 5') + 17)}`;
        const lists2 = listsOf(parser.parse(typedAgain));
        assert.equal(lists2[1], lists[1], 'the list after the edit');
        assertSame(parser.parse(typedAgain), typedAgain, {}, 'typing in the first list');
      }
    });

    /**
     * Types `typed` one character at a time at each place `placesIn` gives in every fixture (with
     * and without recycled trees), compares each version with a full parse, and tells `count`
     * each keystroke (the character, the text after it, where it went, whether nothing was parsed).
     */
    function typeInFixtures(placesIn: (base: string, after: number) => number[], typed: string, count: (c: string, text: string, at: number, derived: boolean) => void): void {
      for (const file of files) {
        const base = fs.readFileSync(file, 'utf8');
        for (const recycleTrees of [false, true]) {
          const parser = new SubmissionParser({ recycleTrees });
          let text = base;
          const options = optionsOf(base);
          parser.parse(text, options);
          let shift = 0;
          for (const place of placesIn(base, base.indexOf('\n---', 3))) {
            let at = place + shift;
            for (const c of typed) {
              text = `${text.slice(0, at)}${c}${text.slice(at)}`;
              const sub = parser.parse(text, options);
              count(c, text, at, parser.stats.parsed === 0);
              assertSame(sub, text, options, `${path.basename(file)} typing ${JSON.stringify(c)} at ${at} (recycle ${recycleTrees})`);
              at++;
              shift++;
            }
          }
        }
      }
    }

    it('updates the text of a word being typed in without parsing, exactly as a parse would', function () {
      this.timeout(60_000);
      let derived = 0;
      // Inside every twentieth word of letters after the frontmatter, or at its end (before a
      // space, a line break or punctuation): three letters.
      const places = (base: string, after: number) =>
        [...base.matchAll(/(?<=\s)[A-Za-zéèà]{4,}(?=[\s,.;])/g)].filter((m, i) => i % 20 === 0 && m.index! > after).map((m, n) => m.index! + (n % 2 ? m[0].length : 2));
      typeInFixtures(places, 'xyz', (_c, _text, _at, taken) => void (taken && derived++));
      assert.ok(derived > 100, `only ${derived} keystrokes were taken without a parse`);
    });

    it('takes words and the spaces between them typed in prose without parsing, exactly as a parse would', function () {
      this.timeout(180_000);
      let derived = 0;
      let keystrokes = 0;
      // After every 120th word followed by a space: a few words.
      const places = (base: string, after: number) =>
        [...base.matchAll(/[A-Za-z]{3,}(?= )/g)].filter((m, i) => i % 120 === 0 && m.index! > after).map((m) => m.index! + m[0].length);
      typeInFixtures(places, ' and the court', (c, text, at, taken) => {
        // Spaces and the first letter of each word: the keystrokes that were always parsed.
        if (c !== ' ' && text.charAt(at - 1) !== ' ') return;
        keystrokes++;
        if (taken) derived++;
      });
      // Where the paragraph holds no link, code or HTML they are now taken as typed.
      assert.ok(derived > keystrokes * 0.15, `only ${derived} of ${keystrokes} spaces and first letters were taken without a parse`);
    });

    it('parses a space or letter typed where it changes more than the text', () => {
      const cases: Array<[string, string, string]> = [
        // [text, where (the edit goes after this marker's first occurrence), what is typed]
        ['Line ends here \nnext line.\n', 'here', ' '], // two spaces before a line break: a hard break
        ['Line ends here\nnext line.\n', 'here', ' '], // a space before a line break is not in the text
        ['Line ends \nnext line.\n', 'ends ', 'x'], // a letter after a space before a line break
        ['| ab | cd |\n| -- | -- |\n| ef | gh |\n', 'ef', ' '], // a cell's text is trimmed
        ['Some *emph*asis here.\n', 'emph', ' '], // a delimiter's neighbour
        ['See www.example.org today.\n', 'See ', 'x'], // an autolink literal needs a space before it
        ['- item one\n- item two\n', '- ', 'x'], // right after a list marker
        ['    indented code\n', '    ', 'x'], // indentation
      ];
      for (const [text, marker, typed] of cases) {
        const doc = `---\nsubmission: ccf-request\nlanguage: en\n---\n\n# Facts\n\n${text}`;
        const at = doc.indexOf(marker, doc.indexOf('# Facts')) + marker.length;
        for (const recycleTrees of [false, true]) {
          const parser = new SubmissionParser({ recycleTrees });
          parser.parse(doc);
          const edited = `${doc.slice(0, at)}${typed}${doc.slice(at)}`;
          assertSame(parser.parse(edited), edited, {}, `${JSON.stringify(typed)} after ${JSON.stringify(marker)} in ${JSON.stringify(text)}`);
          assert.equal(parser.stats.parsed > 0, true, `${JSON.stringify(text)}: not parsed again`);
        }
      }
    });

    it('re-parses only the section a heading being typed belongs to', () => {
      const sections = Array.from({ length: 12 }, (_, i) => `## Section ${i + 1}\n\nParagraph of section ${i + 1}, Exhibit A1.\n`);
      const text = `---\nsubmission: ccf-request\nlanguage: en\n---\n\n# Request\n\n${sections.join('\n')}`;
      const parser = new SubmissionParser();
      parser.parse(text);
      let at = text.indexOf('Section 7') + 7;
      let edited = text;
      // Digits and spaces: letters typed in a word are taken without any parse (tested below).
      for (const c of ' 2024 ') {
        edited = `${edited.slice(0, at)}${c}${edited.slice(at)}`;
        at++;
        assertSame(parser.parse(edited), edited, {}, `typing "${c}"`);
      }
      assert.equal(parser.stats.parsed, 1);
      assert.ok(parser.stats.parsedChars < 100, `${parser.stats.parsedChars} characters parsed`);
    });

    it('re-parses only the blocks that mention a definition when it is added elsewhere', function () {
      this.timeout(60_000);
      const text = generateSubmission({ bytes: 40_000, language: 'en', seed: 6, brokenNumbering: true });
      const at = text.indexOf('\n## ', text.length >> 1);
      const withRef = `${text.slice(0, at)}\n\nSee [the ruling].\n${text.slice(at)}`;
      const parser = new SubmissionParser();
      parser.parse(withRef);
      // Typing at the end first: the blocks there are cut at every paragraph, as while typing.
      const typed = `${withRef}\nTail paragraph.\n`;
      parser.parse(typed);
      const withDef = `${typed}\n[the ruling]: https://example.org/ruling\n`;
      const sub = parser.parse(withDef);
      assert.ok(parser.stats.parsed <= 3, `${parser.stats.parsed} blocks parsed`);
      assertSame(sub, withDef, {}, 'definition added');
      const link = JSON.stringify(sub.tree).includes('"linkReference"');
      assert.ok(link, 'the reference became a link');
    });

    it('parses the next version as a full parse does after a parse given up at any of its pauses', function () {
      this.timeout(60_000);
      // Blocks that mention a definition made in another are parsed again with it, after the
      // blocks are in place: a parse may be given up there too (the server gives up a parse when
      // a newer version arrives), after the last text's blocks were moved to the new one.
      const base = `${generateSubmission({ bytes: 12_000, language: 'en', seed: 8, brokenNumbering: true })}\n\n[the ruling]: https://example.org/ruling\n`;
      const mid = base.indexOf('\n## ', base.length >> 2);
      const text0 = `${base.slice(0, mid)}\n\nNoted: see [the ruling],\nand further [the ruling] again.\n${base.slice(mid)}`;
      for (const recycleTrees of [false, true]) {
        const rand = prng(recycleTrees ? 11 : 12);
        const parser = new SubmissionParser({ recycleTrees });
        let text = text0;
        let parsed = text;
        parser.parse(text);
        // Cut at every paragraph, as the server's idle re-cutting leaves a draft: an edit then parses one block.
        const refining = parser.refineSteps(0, Infinity);
        while (!refining.next().done);
        for (let i = 0; i < 30; i++) {
          // An edit in the paragraph that mentions the definition (every other one), or before or after it.
          // On its second line: an edit on a block's first line parses the block before it again too.
          const inMention = text.indexOf('further') + 7;
          const at = i % 2 === 0 ? inMention : [mid - 200, mid + 400, text.length - 60][(i >> 1) % 3] + Math.floor(rand() * 50);
          const edited = text.slice(0, at) + (i % 2 === 0 || rand() < 0.7 ? 'x' : '\n\n') + text.slice(at);
          const change = { prefix: Math.min(at, commonPrefixOf(parsed, edited)), suffix: 0 };
          const steps = parser.steps(edited, {}, change);
          const pauses = (i >> 1) % 3;
          let done = false;
          for (let k = 0; k <= pauses && !done; k++) done = !!steps.next().done;
          if (done) parsed = edited;
          text = edited;
          const next = text.slice(0, 40) + text.slice(40);
          const what = `recycle ${recycleTrees}, edit ${i}, given up after ${pauses + 1} steps`;
          assertSame(parser.parse(next), next, {}, what);
          // The blocks of the given-up parse's text serve the next one: the rest of the draft is not parsed again.
          assert.ok(parser.stats.parsedChars < 2_000, `${what}: ${parser.stats.parsedChars} characters parsed`);
          parsed = next;
        }
      }
    });

    it('places a block that occurs several times at each of its places', () => {
      const section = '## Facts\n\nSame paragraph, Exhibit A1.\n\n# x\n\n';
      const text = `---\nsubmission: ccf-request\nlanguage: en\n---\n\n# T\n\n${section.repeat(4)}`;
      const edited = text.replace('## Facts', '## Facts!');
      const moved = `Intro\n\n${text.slice(0, 40)}${text.slice(40)}`;
      for (const recycleTrees of [false, true]) {
        const parser = new SubmissionParser({ recycleTrees });
        for (const [i, t] of [text, edited, text, moved, edited].entries()) assertSame(parser.parse(t), t, {}, `recycle ${recycleTrees}, step ${i}`);
      }
    });

    it('takes the children of the blocks before an edit as they were, repeated blocks and pastes included', function () {
      this.timeout(120_000);
      // The server's parser (recycleTrees) does not visit the blocks before a keystroke when the
      // last parse placed them: their children are taken as they were. Repeated blocks take their
      // copies in document order whichever blocks are visited; a pasted copy of a paragraph, or an
      // undo, gets every block visited. After every step the tree is a full parse's.
      const quote = '> The applicant was convicted in absentia.\n\nThe same paragraph after it.\n\n';
      const base = generateSubmission({ bytes: 20_000, language: 'en', seed: 9, brokenNumbering: true });
      const thirds = [base.length / 3, (2 * base.length) / 3].map((x) => base.indexOf('\n\n', Math.floor(x)) + 2);
      let text = `${base.slice(0, thirds[0])}${quote}${base.slice(thirds[0], thirds[1])}${quote}${quote}${base.slice(thirds[1])}`;
      const rand = prng(21);
      const parser = new SubmissionParser({ recycleTrees: true });
      parser.parse(text);
      const refining = parser.refineSteps(0, Infinity);
      while (!refining.next().done);
      let taken = 0;
      for (let i = 0; i < 160; i++) {
        const body = text.indexOf('\n---', 3) + 5;
        const at = body + Math.floor(rand() * (text.length - body));
        const r = rand();
        let edited: string;
        if (r < 0.6) edited = `${text.slice(0, at)}${'xe ,1'[Math.floor(rand() * 5)]}${text.slice(at)}`;
        else if (r < 0.8) edited = `${text.slice(0, at)}${text.slice(at + 1)}`;
        else if (r < 0.9) {
          // Two paragraphs pasted again further on (the first of them is then a block whose text
          // and next line occur twice: one cache entry), or the quotation.
          const from = text.indexOf('\n\n', body + Math.floor(rand() * (at - body))) + 2;
          const to = text.indexOf('\n\n', text.indexOf('\n\n', from) + 2) + 2;
          const piece = rand() < 0.6 && from > 1 && to > from ? text.slice(from, to) : quote;
          const where = text.indexOf('\n\n', Math.max(at, to)) + 2;
          edited = where > 1 ? `${text.slice(0, where)}${piece}${text.slice(where)}` : text;
        } else {
          // A paragraph cut.
          const from = text.indexOf('\n\n', at) + 2;
          const to = text.indexOf('\n\n', from) + 2;
          edited = from > 1 && to > from ? `${text.slice(0, from)}${text.slice(to)}` : text;
        }
        const sub = parser.parse(edited);
        if (parser.stats.placed < parser.stats.blocks) taken++;
        assertSame(sub, edited, {}, `step ${i}`);
        text = edited;
      }
      assert.ok(taken > 60, `the children before the edit were taken in only ${taken} of 160 steps`);
    });

    it('gives each occurrence of a repeated block the same nodes again after a keystroke elsewhere', () => {
      // A quotation repeated word for word is one cache entry; each further occurrence has its own
      // copy of the nodes, kept from one parse to the next. Copied anew at every keystroke, every
      // occurrence's nodes were new objects, and what the checks keep with a node (its paragraph
      // number, its characters) was worked out again for all of them.
      const quote = '> The applicant was convicted in absentia.\n\n';
      // Word for word, the line after each included (a block's cache key holds it).
      const paragraphs = `${quote}The same paragraph after it.\n\n`.repeat(8);
      const text = `---\nsubmission: ccf-request\nlanguage: en\n---\n\n# Facts\n\nIntroduction.\n\n${paragraphs}Closing paragraph.\n\nLast paragraph.\n`;
      const quotes = (sub: Submission) => sub.tree.children.filter((n) => n.type === 'blockquote');
      for (const recycleTrees of [false, true]) {
        const parser = new SubmissionParser({ recycleTrees });
        parser.parse(text);
        // Cut at every paragraph, as the server does while the editor is idle after opening.
        const refining = parser.refineSteps(0, Infinity);
        let step = refining.next();
        while (!step.done) step = refining.next();
        let typed = text;
        let before = quotes(step.value!);
        assert.equal(before.length, 8);
        for (const [i, c] of [...'xyz'].entries()) {
          // At the end, then before the quotations: nothing moves, then everything after moves.
          // (A keystroke re-parses its block and the one before it, whose next line it changed.)
          const at = i < 2 ? typed.indexOf('Last paragraph') : typed.indexOf('Introduction');
          typed = `${typed.slice(0, at)}${c}${typed.slice(at)}`;
          const sub = parser.parse(typed);
          assertSame(sub, typed, {}, `recycle ${recycleTrees}, keystroke ${i}`);
          const after = quotes(sub);
          if (i < 2 || recycleTrees) {
            after.forEach((q, k) => assert.equal(q, before[k], `recycle ${recycleTrees}, keystroke ${i}: quotation ${k + 1} is the same node`));
          }
          before = after;
        }
      }
    });

    it('does not cut inside fences or HTML blocks, and cuts at headings and paragraphs', () => {
      const text = HAZARDS;
      const cuts = candidateCuts(Source.of(text), computeLineStarts(text), text.indexOf('\n---\n', 3) + 4);
      const lineAt = (o: number) => text.slice(o, text.indexOf('\n', o));
      const lines = cuts.map(lineAt);
      assert.ok(lines.includes('# Request to the CCF'));
      assert.ok(lines.includes('## Rules violated'));
      assert.ok(!lines.some((l) => l.startsWith('# not a heading')), lines.join(' | '));
      assert.ok(!lines.includes('# html block until a blank line'));
      assert.ok(!lines.includes('# still inside: the closing fence is too short'));
      assert.ok(!lines.includes('# a YAML comment that looks like a heading'));
    });
  });
});

function commonPrefixOf(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
