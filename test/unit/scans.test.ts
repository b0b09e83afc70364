// The scans of the body (core/scans.ts): citations and exhibit references are read paragraph by
// paragraph (between blank lines outside HTML comments), so a keystroke scans again only around
// it, however long its section; what they find is what a full parse finds.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { parseSubmission, SubmissionParser } from '../../server/src/core/parse';
import { blankLineCuts } from '../../server/src/core/scans';
import { withPlainPoints } from '../support/points';
import { ROOT } from '../helpers';

const FRONT = ['---', 'submission: ccf-request', 'language: en', 'request: [deletion]', '---', '', '# Request', '', '## Statement of facts', ''].join('\n');

const cited = (body: string) => parseSubmission(FRONT + body).citations.map((c) => `${c.instrument} ${c.article}`);

describe('scans of the body', () => {
  it('reads a citation within a paragraph, across its line breaks, and not from one paragraph into the next', () => {
    assert.deepEqual(cited('The notice breaches Article 3 of the\nINTERPOL Constitution.\n'), ['constitution 3']);
    assert.deepEqual(cited('The notice breaches Article 3 of the\n\nINTERPOL Constitution.\n'), []);
    // A line of spaces is a blank line too, with CRLF line breaks as well.
    assert.deepEqual(cited('The notice breaches Article 3 of the\r\n  \r\nINTERPOL Constitution.\r\n'), []);
  });

  it('does not cut inside an HTML comment, so a comment with blank lines hides its citations', () => {
    const body = 'Before.\n\n<!-- A note to self.\n\nArticle 3 of the INTERPOL Constitution, to check.\n\n-->\n\nArticle 2 of the INTERPOL Constitution applies.\n';
    assert.deepEqual(cited(body), ['constitution 2']);
    const text = FRONT + body;
    const inside = text.indexOf('Article 3');
    assert.ok(!blankLineCuts(text, 0, text.length).some((c) => c > text.indexOf('<!--') && c < text.indexOf('-->')), 'a cut inside the comment');
    // Typing inside the comment, and in the paragraph after it, finds what a full parse finds.
    const parser = new SubmissionParser();
    parser.parse(text);
    for (const at of [inside, text.indexOf('applies')]) {
      const edited = `${text.slice(0, at)}x${text.slice(at)}`;
      assert.deepEqual(withPlainPoints(parser.parse(edited)).citations, parseSubmission(edited).citations);
      parser.parse(text);
    }
  });

  it('finds a comment an edit opens in a text that held none, typed or joined, and hides what follows it', () => {
    // Whether a text holds "<!--" is worked out from the version before: a keystroke that makes
    // one (typed, or two halves joined by a deletion) must be seen, or the citations after an
    // unclosed comment would stay.
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i}: Article ${i + 2} of the INTERPOL Constitution applies.`).join('\n\n');
    let text = `${FRONT}${body}\n`;
    const parser = new SubmissionParser({ recycleTrees: true });
    parser.parse(text);
    const same = (what: string) => assert.deepEqual(withPlainPoints(parser.parse(text)).citations, parseSubmission(text).citations, what);
    const at = text.indexOf('Paragraph 2');
    for (const [i, c] of [...'<!-x-'].entries()) {
      text = `${text.slice(0, at + i)}${c}${text.slice(at + i)}`;
      same(`typed “${c}”`);
    }
    assert.ok(!text.includes('<!--'), 'the opener is not made yet');
    text = text.replace('<!-x-', '<!--');
    same('the x deleted, joining the opener');
    assert.equal(parseSubmission(text).citations.length, 2, 'the citations after the unclosed comment are hidden');
    text = text.replace('<!--', '<!-');
    same('a dash deleted');
    assert.equal(parseSubmission(text).citations.length, 6);
  });

  it('ends its search for the cut before an edit in a text that opens with a line break', () => {
    // In a child process: the search once went back to line 1 for ever, which would hang the suite.
    const script = `const { rescan, scanBody } = require('./server/src/core/scans');
      const old = '\\nA.\\n\\nArticle 3 of the INTERPOL Constitution.\\n';
      const text = '\\nAx.\\n\\nArticle 3 of the INTERPOL Constitution.\\n';
      const r = rescan({ text: old, bodyStart: 0, scans: scanBody(old, 0), diff: { prefix: 2, suffix: old.length - 2 } }, text, 0, false);
      console.log(r.scans.citations.length);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.signal, null, 'the rescan did not finish');
    assert.equal(r.stdout.trim(), '1', r.stderr);
  });

  it('scans again only the paragraph a keystroke falls in, in a section of a hundred paragraphs without a sub-heading', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => `${i + 1}. The Red Notice breaches Article ${(i % 3) + 2} of the INTERPOL Constitution, and the request was disproportionate in its ${i}th respect.`);
    const text = `${FRONT}${paragraphs.join('\n\n')}\n`;
    const parser = new SubmissionParser({ recycleTrees: true });
    parser.parse(text);
    const at = text.indexOf('disproportionate in its 50th');
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const sub = parser.parse(edited, {}, { prefix: at, suffix: text.length - at });
    assert.ok(parser.scannedChars < 400, `scanned ${parser.scannedChars} characters of ${edited.length}`);
    assert.deepEqual(withPlainPoints(sub).citations, parseSubmission(edited).citations);
    assert.equal(sub.citations.length, 100);
  });
});
