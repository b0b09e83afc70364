// Bad input never throws: broken YAML, garbage bytes, huge files, half-typed Markdown.
import { strict as assert } from 'node:assert';
import { parseSubmission, MAX_BODY_CHARS } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { examples, TODAY } from '../helpers';

function run(text: string) {
  const sub = parseSubmission(text);
  return { sub, findings: checkSubmission(sub, { today: TODAY }) };
}

// A small deterministic PRNG so failures reproduce.
function prng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('robustness', () => {
  it('reports broken YAML on the offending line and still recognises the submission', () => {
    const { sub, findings } = run('---\nsubmission: ccf-request\nlanguage: en\napplicant: {name: "x"\n---\n# T\n');
    assert.equal(sub.isSubmission, true);
    const yaml = findings.find((f) => f.code === 'FMT-YAML');
    assert.ok(yaml, JSON.stringify(findings.map((f) => f.code)));
  });

  it('reports an unclosed frontmatter', () => {
    const { findings } = run('---\nsubmission: ccf-request\nlanguage: en\n\n# Statement of facts\n');
    assert.ok(findings.some((f) => f.code === 'FMT-YAML' && /not closed/.test(f.message)));
  });

  it('reports an unknown kind with quick fixes for the three kinds', () => {
    const { findings } = run('---\nsubmission: ccf-deletion\n---\n');
    const f = findings.find((x) => x.code === 'FMT-KIND')!;
    assert.equal(f.fixes.length, 3);
  });

  it('handles a BOM, NUL bytes and replacement characters', () => {
    const { sub } = run('\uFEFF---\nsubmission: extradition-defence\nlanguage: en\n---\n\u0000\u0001\uFFFD# Facts\n\u0000');
    assert.equal(sub.kind, 'extradition-defence');
  });

  it('does not parse the body of a file over the live limit, and says so', () => {
    const sentence = 'The applicant repeats the facts above. ';
    const filler = sentence.repeat(Math.ceil(MAX_BODY_CHARS / sentence.length) + 1);
    const { sub, findings } = run(`---\nsubmission: ccf-request\nlanguage: en\n---\n${filler}`);
    assert.equal(sub.oversized, true);
    assert.deepEqual(findings.map((f) => f.code), ['FMT-SIZE']);
  });

  it('never throws on any prefix of any example (half-typed documents)', () => {
    for (const ex of examples()) {
      for (let end = 0; end <= ex.text.length; end += 37) run(ex.text.slice(0, end));
    }
  });

  it('never throws on random mutations of the examples', () => {
    const random = prng(42);
    const alphabet = ['---', '\n', '#', ' ', ':', '-', '[', ']', '{', '}', '"', "'", '|', '`', '```', '\u0000', 'Exhibit A', 'Article 3 of ', '{{', '}}', 'é', 'ع', '\r\n', '\t'];
    for (const ex of examples()) {
      let text = ex.text;
      for (let i = 0; i < 150; i++) {
        const at = Math.floor(random() * text.length);
        const del = Math.floor(random() * 5);
        text = text.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)] + text.slice(at + del);
        run(text);
      }
    }
  });
});
