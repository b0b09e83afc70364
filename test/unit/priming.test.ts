// Priming (server/src/priming.ts): what the server types into a copy of the first submission while
// the user reads. The copy must be typed where it says, on any text (a broken one included), and
// go through the same code as a real keystroke, which must then give what a full check gives.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { primeEditPath, primingSample, PRIMING_KEYSTROKES, SAMPLE_CHARS } from '../../server/src/priming';
import { generateSubmission } from '../support/generate';

const root = path.join(__dirname, '..', '..');
const options = { today: '2026-12-06', onCheckFailed: () => {} };

function run(sample: ReturnType<typeof primingSample>, keystrokes?: number) {
  const steps = primeEditPath(sample, options, 'https://example.invalid/rules.md', keystrokes);
  let pauses = 0;
  for (let r = steps.next(); ; r = steps.next(), pauses++) if (r.done) return { ...r.value, pauses };
}

describe('priming the edit path', () => {
  it('copies a long document up to the end of a paragraph past the sample size, and types after full stops in its second half', () => {
    const text = generateSubmission({ bytes: 250_000, language: 'en', seed: 3, brokenNumbering: true });
    const sample = primingSample(text);
    assert.ok(sample.text.length >= SAMPLE_CHARS && sample.text.length < 2 * SAMPLE_CHARS, `${sample.text.length} characters`);
    assert.ok(text.startsWith(sample.text));
    assert.ok(sample.text.endsWith('\n') && text.slice(sample.text.length - 1).startsWith('\n\n'), 'cut at a paragraph end');
    assert.equal(sample.places.length, 3);
    for (const at of sample.places) {
      assert.ok(at > sample.text.length / 2, `typed at ${at}`);
      assert.equal(sample.text.slice(at - 1, at + 1), '. ');
    }
    assert.deepEqual(sample.places, [...sample.places].sort((a, b) => a - b));
  });

  it('keeps a short document whole, and types at its end when it has no full stop', () => {
    assert.deepEqual(primingSample('# Facts\n\nNone yet\n'), { text: '# Facts\n\nNone yet\n', places: [18] });
  });

  it('types every character where it says, pausing after each', () => {
    const text = generateSubmission({ bytes: 60_000, language: 'fr', seed: 4, brokenNumbering: true });
    const sample = primingSample(text);
    const { typed, text: after, pauses } = run(sample, 30);
    assert.equal(typed, 30);
    assert.equal(pauses, 30);
    // Ten characters at each of the three places, the same ten.
    const phrase = after.slice(sample.places[0], sample.places[0] + 10);
    assert.equal(phrase, ' and the c');
    let expected = sample.text;
    for (const at of [...sample.places].reverse()) expected = `${expected.slice(0, at)}${phrase}${expected.slice(at)}`;
    assert.equal(after, expected);
  });

  it('types the default number of characters into every example without failing', function () {
    this.timeout(120_000);
    for (const file of fs.readdirSync(path.join(root, 'examples'))) {
      const text = fs.readFileSync(path.join(root, 'examples', file), 'utf8');
      const { typed, text: after } = run(primingSample(text));
      assert.equal(typed, PRIMING_KEYSTROKES, file);
      assert.equal(after.length, primingSample(text).text.length + PRIMING_KEYSTROKES, file);
    }
  });

  it('types into broken input without failing: bad YAML, an unclosed fence, control characters, no body', () => {
    const inputs = [
      '---\nsubmission: [ccf-request\nlanguage: en\n---\n\n# Facts\n\nThe applicant. He was arrested.\n',
      '---\nsubmission: ccf-request\n---\n\n```\nunclosed. fence. ',
      '\u0000\u0001\uFFFD. \uD800 garbage. \u202E',
      '---\nsubmission: extradition-defence\nlanguage: ar\n---\n',
      '',
    ];
    for (const text of inputs) assert.equal(run(primingSample(text), 40).typed, 40, JSON.stringify(text));
  });
});
