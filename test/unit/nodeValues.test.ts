// core/nodeValues.ts: a value per top-level node, worked out again only for the nodes an edit changed.
import { strict as assert } from 'node:assert';
import type { RootContent } from 'mdast';
import { NodeValues } from '../../server/src/core/nodeValues';
import { SubmissionParser } from '../../server/src/core/parse';
import { endOf, startOf } from '../../server/src/core/nodes';

const front = '---\nsubmission: ccf-request\nlanguage: en\n---\n';

describe('values per top-level node (NodeValues)', () => {
  const seen: RootContent[] = [];
  const lengths = new NodeValues<number>((node) => {
    seen.push(node);
    return endOf(node) - startOf(node);
  });
  const parser = new SubmissionParser({ recycleTrees: true });
  let text = `${front}## Statement of facts\n\n${Array.from({ length: 50 }, (_, i) => `Paragraph ${i}.`).join('\n\n')}\n`;
  const edit = (from: string, to: string) => {
    const at = text.indexOf(from);
    text = text.slice(0, at) + to + text.slice(at + from.length);
    return parser.parse(text, {}, { prefix: at, suffix: text.length - at - to.length });
  };

  it('works out every node of a first version', () => {
    const sub = parser.parse(text);
    const refining = parser.refineSteps(0, Infinity);
    let step = refining.next();
    while (!step.done) step = refining.next();
    seen.length = 0;
    assert.equal(lengths.of(step.value!.tree.children, step.value!.lineage, step.value!).length, step.value!.tree.children.length);
    assert.equal(seen.length, step.value!.tree.children.length);
    assert.ok(sub);
  });

  it('works out again only the nodes a keystroke changed, and gives each node its own value', () => {
    for (const [from, to] of [['Paragraph 20.', 'Paragraph 20 typed.'], ['Paragraph 3.', 'Paragraph 3.\n\nA new one.'], ['Paragraph 40.\n\n', '']]) {
      const sub = edit(from, to);
      seen.length = 0;
      const values = lengths.of(sub.tree.children, sub.lineage, sub);
      assert.ok(seen.length <= 3, `${from}: worked out ${seen.length} nodes`);
      assert.deepEqual(values, sub.tree.children.map((n) => endOf(n) - startOf(n)), from);
    }
  });

  it('works out every node of a submission from another parser, or of none', () => {
    const other = new SubmissionParser({ recycleTrees: true }).parse(text);
    seen.length = 0;
    lengths.of(other.tree.children, other.lineage, other);
    assert.equal(seen.length, other.tree.children.length);
  });
});
