// Exhibits (CCF-REC-04): what is cited and declared, checked as the server keeps a document. The
// server's parser moves what it keeps from one keystroke to the next (recycleTrees) and the check
// works out each citation's exhibit once; after every edit its findings must be a fresh check's.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, TODAY } from '../helpers';
import { typedInto } from '../support/typedInto';

const BASE = fs.readFileSync(path.join(ROOT, 'test/legal/ccf-request/access-en.md'), 'utf8');

describe('exhibits: typed into, as the server keeps a document', () => {
  it('reports after each edit what a fresh check reports: undeclared, uncited, inside and outside the annex list', () => {
    const text = BASE.replace('signed:', '  - id: F3\n    title: Letter from the border police\n    date: 2026-06-01\nsigned:').replace(
      '- Exhibit F2: Power of attorney of 2 November 2026',
      '- Exhibit F2: Power of attorney of 2 November 2026\n- Exhibit F3: Letter from the border police',
    );
    assert.notEqual(text, BASE, 'the fixture no longer has what this test changes');
    const edit = typedInto(text, TODAY);
    const exhibitFindings = (what: string, from?: string, to?: string) => edit(what, from, to).filter((f) => f.startsWith('CCF-REC-04'));
    const has = (found: string[], id: string, message: RegExp) => found.some((f) => f.includes(id) && message.test(f));
    // F3 is listed in the annexes only: declared, never cited in the text.
    assert.ok(has(exhibitFindings('first version'), 'F3', /never cited/));
    const cited = exhibitFindings('F3 cited in the text', 'at Exhibit F2 he', 'at Exhibit F2 (and the letter at Exhibit F3) he');
    assert.ok(!has(cited, 'F3', /never cited/), cited.join(' | '));
    exhibitFindings('a word typed before the citations', 'We act for', 'We now act for');
    assert.ok(has(exhibitFindings('an exhibit cited that is not declared', 'This is a request', 'See Exhibit F9. This is a request'), 'F9', /not declared|declare/i));
    assert.ok(has(exhibitFindings('F3 cited only in the annex list again', ' (and the letter at Exhibit F3)', ''), 'F3', /never cited/));
    // Not the annex list any more: its lines cite F1, F2 and F3 in the text.
    assert.ok(!has(exhibitFindings('the annex heading renamed', '## Annexes', '## Further observations'), 'F3', /never cited/));
    assert.ok(has(exhibitFindings('and back', '## Further observations', '## Annexes'), 'F3', /never cited/));
    // The declared list changes: F3 becomes F4, so the list's F3 names nothing and F4 is never cited.
    const renamed = exhibitFindings('F3 declared as F4', '  - id: F3\n', '  - id: F4\n');
    assert.ok(has(renamed, 'F4', /never cited/) && has(renamed, 'F3', /not declared|declare/i), renamed.join(' | '));
    exhibitFindings('the undeclared citation removed', 'See Exhibit F9. ', '');
  });
});
