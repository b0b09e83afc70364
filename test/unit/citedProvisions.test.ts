// Repealed provisions (SK-03, citation.repealed): a citation of the provision or of one of its
// paragraphs is reported, a different provision that only starts with the same digits is not.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSubmission } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { ROOT, TODAY } from '../helpers';

const BASE = fs.readFileSync(path.join(ROOT, 'test/legal/extradition-defence/hostage-taking-en.md'), 'utf8');

/** The citations reported as repealed, by the text they cover, in a skeleton whose bars cite `cited`. */
function repealedIn(cited: string[]): string[] {
  const bars = cited.map((c, i) => `${i + 1}. Counsel relies on ${c} of the Extradition Act 2003.`).join('\n');
  const text = BASE.replace(/## Bars to extradition\n[\s\S]*?\n## /, `## Bars to extradition\n\n${bars}\n\n## `);
  assert.notEqual(text, BASE, 'the fixture no longer has the section this test replaces');
  return checkSubmission(parseSubmission(text), { today: TODAY })
    .filter((f) => f.code === 'SK-03' && /no longer has effect/.test(f.message))
    .map((f) => text.slice(f.span.start, f.span.end));
}

describe('cited provisions: repealed ones', () => {
  it('reports the provision itself and its paragraphs, in any letter case', () => {
    const found = repealedIn(['section 16', 'section 16(2)', 'section 11(1)(e)', 'section 11(1)(e)(i)', 'section 79(1)(D)', 'section 83']);
    assert.equal(found.length, 6, found.join(' | '));
    for (const [i, n] of ['16', '16(2)', '11(1)(e)', '11(1)(e)(i)', '79(1)(D)', '83'].entries()) assert.match(found[i], new RegExp(n.replace(/[()]/g, '\\$&')));
  });

  it('does not report a provision that only begins like a repealed one', () => {
    assert.deepEqual(repealedIn(['section 161', 'section 11(1)(ea)', 'section 11(1)', 'section 79(1)(da)', 'section 831']), []);
  });
});
