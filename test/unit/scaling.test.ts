// Hostile and pathological inputs take time in proportion to their size: each is checked at two
// sizes, ten times apart, the way the command line and the editor check a file on opening it
// (block parse, every check, every finding's line and column), and the larger must take less than
// 10^1.5 ≈ 32 times as long: linear work takes 10×, n log n about 13×, quadratic work 100×; the
// bound sits halfway between on a log scale, so the collector's pauses on a shared 2-core machine
// (a 100 KB input can cost 20–25× a 10 KB one, measured) do not fail it while a quadratic pass
// still does. No absolute time: the machine is shared (docs/robustness.md).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { numberParagraphs } from '../../server/src/core/paragraphs';
import { lineColumns } from '../../server/src/core/positions';
import { checkSubmission } from '../../server/src/rules/index';
import { SubmissionParser } from '../../server/src/core/parse';
import { parseWithin } from '../../server/src/service/limits';
import { ROOT, TODAY } from '../helpers';

const FM = '---\nsubmission: ccf-request\n---\n';

/** What `check` does with a file, positions included; returns the codes found. */
function checkText(text: string): string[] {
  const sub = parseWithin(text);
  const findings = checkSubmission(sub, { today: TODAY });
  lineColumns(text, sub.lineStarts, findings.flatMap((f) => [f.span.start, f.span.end]));
  return findings.map((f) => f.code);
}

/** Growth allowed for 10× the input: 10^1.5, between linear (10×) and quadratic (100×). */
const LIMIT = 10 ** 1.5;

function fastest(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Checks make(n) and make(10 n); returns the codes of the larger. */
function assertLinear(make: (n: number) => string, n: number): string[] {
  const big = make(10 * n);
  assertGrowth(make(n), big, checkText);
  return checkText(big);
}

/** run(big) takes under LIMIT times run(small), where big is ten times small. */
function assertGrowth<T extends { length: number }>(small: T, big: T, run: (input: T) => unknown): void {
  run(small); // warm-up: compile the code paths before timing them
  const a = fastest(() => run(small), 5);
  const b = fastest(() => run(big), 3);
  if (process.env.SCALING_VERBOSE) console.log(`${small.length} → ${big.length} characters: ${a.toFixed(1)} → ${b.toFixed(1)} ms`);
  assert.ok(b < LIMIT * a, `10× the input (${big.length.toLocaleString('en')} characters) took ${(b / a).toFixed(1)}× the time (${a.toFixed(0)} → ${b.toFixed(0)} ms)`);
}

function arabicBody(): { head: string; body: string } {
  const ar = fs.readFileSync(path.join(ROOT, 'examples/ccf-access-ar.md'), 'utf8');
  const end = ar.indexOf('\n---\n', 4) + 5;
  return { head: ar.slice(0, end), body: ar.slice(end).replace(/^# .*$/m, '') };
}

describe('scaling on pathological inputs (10× the input, under 32× the time)', function () {
  this.timeout(180000);

  it("'*a' repeated", () => {
    const codes = assertLinear((n) => FM + '*a'.repeat(n), 10_000);
    assert.ok(codes.includes('FMT-LIMIT'));
  });

  it("'[a]' repeated, with a definition of [a]", () => {
    assertLinear((n) => `${FM}${'[a]'.repeat(n)}\n\n[a]: x\n`, 10_000);
  });

  it('block quotes nested thousands deep, without overflowing the stack', () => {
    const codes = assertLinear((n) => `${FM}${'>'.repeat(n)} x\n`, 6_000);
    assert.ok(codes.includes('FMT-LIMIT'));
  });

  it("nested list markers '- ' on one line", () => {
    const codes = assertLinear((n) => `${FM}${'- '.repeat(n)}x\n`, 5_000);
    assert.ok(codes.includes('FMT-LIMIT'));
  });

  it('lists nested by indentation, line after line', () => {
    const nest = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- item\n`).join('');
    assertLinear((n) => FM + `${nest(60)}\n`.repeat(n / 10), 50);
  });

  it('a tight numbered list with sub-points (no blank lines)', () => {
    assertLinear((n) => FM + '1. The applicant.\n   - first point here\n   - second point here\n'.repeat(n), 250);
  });

  it('frontmatter keys by the thousand', () => {
    assertLinear((n) => `---\nsubmission: ccf-request\n${Array.from({ length: n }, (_, i) => `key${i}: value ${i}\n`).join('')}---\n# T\n`, 2_000);
  });

  it('HTML comments opened by the thousand between blank lines, never closed or closed once at the end', () => {
    // Every blank line asks whether a comment runs across it (core/scans.ts); a search for the
    // closing "-->" from each opening would read to the end each time.
    assertLinear((n) => FM + '<!--\n\n'.repeat(n), 5_000);
    assertLinear((n) => `${FM}${'<!--\n\n'.repeat(n)}-->\n`, 5_000);
  });

  it('the same required heading thousands of times', () => {
    assertLinear((n) => FM + '## Statement of facts\n\ntext\n\n'.repeat(n), 2_000);
  });

  it('numbers the paragraphs of thousands of sections in one pass', () => {
    // Parsed outside the timing: the numbering alone, which once searched every section for each paragraph.
    const parsed = (n: number) => {
      const sub = parseWithin(FM + '## Statement of facts\n\ntext\n\n'.repeat(n));
      return Object.assign([sub], { length: n });
    };
    assertGrowth(parsed(5_000), parsed(50_000), ([sub]) => numberParagraphs(sub));
  });

  it('written paragraph numbers that break the sequence over and over (a renumbering fix each)', () => {
    // An unnumbered paragraph before each run of "1." to "3." makes every run a break; each break's
    // fix renumbers to the end of the document, so fixes built at every check would be quadratic.
    const run = 'Unnumbered paragraph.\n\n5. First.\n6. Second.\n7. Third.\n\n';
    const codes = assertLinear((n) => `${FM}## Statement of facts\n\n${run.repeat(n)}`, 300);
    assert.equal(codes.filter((c) => c === 'PARA-SEQ').length, 3_000);
  });

  it('references to paragraphs in thousands of paragraphs, among citations', () => {
    const para = "Text, see paragraph 1 above, paragraphs 2 to 4 and § 99999, under Article 3 of INTERPOL's Constitution.\n\n";
    const codes = assertLinear((n) => `${FM}## Statement of facts\n\n${para.repeat(n)}`, 300);
    // § 99999 in each paragraph, and "paragraph 1 above" in paragraph 1 itself.
    assert.equal(codes.filter((c) => c === 'PARA-REF').length, 3_001);
  });

  it("one line repeating an exhibit and a citation (a finding's column on a long line)", () => {
    const codes = assertLinear((n) => `${FM}${"Exhibit A1 Article 3 of INTERPOL's Constitution ".repeat(n)}\n`, 500);
    assert.ok(codes.filter((c) => c === 'CCF-REC-04').length >= 5_000);
  });

  it('an unterminated comment early in an Arabic submission', () => {
    const { head, body } = arabicBody();
    assertLinear((n) => {
      const text = head + Array.from({ length: n }, () => body).join('\n');
      const at = text.indexOf('\n\n', head.length + 200);
      return `${text.slice(0, at)}\n\n<!--${text.slice(at)}`;
    }, 6);
  });

  it('re-cuts a numbered list opened as one block item by item, each taken from the block', () => {
    const list = (n: number) => `${FM}## Statement of facts\n\n${Array.from({ length: n }, (_, i) => `${i + 1}. Numbered paragraph ${i + 1}, with a few words.\n`).join('\n')}`;
    // Only the refining is timed: the cold open parses the list once, and linearly.
    const refineTime = (text: string) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const parser = new SubmissionParser({ recycleTrees: true });
        parser.parse(text);
        const t0 = performance.now();
        const steps = parser.refineSteps(0, Infinity);
        for (let r = steps.next(); !r.done; r = steps.next());
        best = Math.min(best, performance.now() - t0);
        assert.equal(parser.stats.parsed, 0);
      }
      return best;
    };
    refineTime(list(100));
    const a = refineTime(list(500));
    const b = refineTime(list(5_000));
    assert.ok(b < LIMIT * a, `10× the items took ${(b / a).toFixed(1)}× the time (${a.toFixed(0)} → ${b.toFixed(0)} ms)`);
  });

  it('one line of a third of a megabyte', () => {
    const codes = assertLinear((n) => FM + 'The applicant repeats the facts above, as Article 3 of the Constitution requires. '.repeat(n), 400);
    assert.ok(codes.includes('FMT-LIMIT'), 'a paragraph over the length limit is said to be read as plain text');
  });
});
