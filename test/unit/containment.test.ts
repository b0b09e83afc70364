// A family of checks that throws is switched off for that document, said once, and the others run.
import { strict as assert } from 'node:assert';
import { SubmissionParser } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { exhibits } from '../../server/src/rules/references';
import { examples, TODAY } from '../helpers';

describe('crash containment', () => {
  const run = exhibits.run;
  afterEach(() => {
    exhibits.run = run;
  });

  it('reports a failing family once, keeps the others, and retries when the frontmatter changes', () => {
    const ex = examples().find((e) => e.name === 'ccf-deletion-en.md')!;
    // An undeclared exhibit (the exhibits family) and a missing section (another family).
    let text = ex.text.replace('at Exhibit A2', 'at Exhibit A9').replace('## Relief sought', '## Notes');
    let calls = 0;
    exhibits.run = () => {
      calls++;
      throw new TypeError('boom');
    };
    const logged: string[] = [];
    const options = { today: TODAY, onCheckFailed: (check: string, err: unknown) => logged.push(`${check}: ${String(err)}`) };
    const parser = new SubmissionParser();

    const first = checkSubmission(parser.parse(text), options);
    const failed = first.filter((f) => f.code === 'FMT-LIMIT');
    assert.equal(failed.length, 1);
    assert.match(failed[0].message, /The check “CCF-REC-04” failed on this document and is switched off for it; the other checks ran\./);
    assert.ok(!first.some((f) => f.code === 'CCF-REC-04'), 'nothing half-reported by the failing family');
    assert.ok(first.some((f) => f.code === 'CCF-REQ-08'), 'the missing section is still reported');
    assert.deepEqual(logged, ['exhibits: TypeError: boom']);

    // Typing in the body: still off, still one diagnostic, not logged or run again.
    text = text.replace('On behalf of', 'For');
    const second = checkSubmission(parser.parse(text), options);
    assert.equal(second.filter((f) => f.code === 'FMT-LIMIT').length, 1);
    assert.equal(logged.length, 1);
    assert.equal(calls, 1);

    // A new frontmatter: tried again, and it works now.
    exhibits.run = run;
    text = text.replace('confidential: true', 'confidential: false');
    const third = checkSubmission(parser.parse(text), options);
    assert.ok(!third.some((f) => f.code === 'FMT-LIMIT'));
    assert.ok(third.some((f) => f.code === 'CCF-REC-04'));
  });
});
