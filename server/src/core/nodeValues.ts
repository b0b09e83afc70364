// Values worked out per top-level node of a submission, taken again by position for the nodes an
// edit left alone. The incremental parser gives the same node objects, in the same order, before
// and after the edit (core/incremental.ts): comparing the two versions' arrays of nodes, end to
// end, finds them without a lookup per node. A WeakMap per rule did that lookup for each of a
// 1 MB draft's ~1,400 nodes at every keystroke, several memory reads each. A value that holds
// nothing is best a shared constant, which a rule can tell apart without reading it.
//
// A value must depend on the node's own text only (offsets relative to its start): the nodes
// taken again have moved. The same holds for other things the parser keeps from one keystroke to
// the next, moved (citations, core/scans.ts): `Item` is then their type. What a value depends on
// beyond the item (a frontmatter key) is its `key`: values of another key are not taken again.
import type { RootContent } from 'mdast';
import type { Submission } from './model';

export class NodeValues<T, Context = Submission, Item extends object = RootContent> {
  /** By Submission.lineage: the last version's items, their values and the key they were worked out for. */
  private readonly last = new WeakMap<object, { nodes: readonly Item[]; values: readonly T[]; key: unknown }>();

  constructor(private readonly compute: (node: Item, context: Context) => T) {}

  /**
   * One value per node, in order: the top-level nodes of a version of the document `lineage`
   * stands for (Submission.lineage; none: every node is worked out). A caller that changes `nodes`
   * in place must pass a copy: the last version's array is compared with the next one.
   */
  of(nodes: readonly Item[], lineage: object | undefined, context: Context, key?: unknown): readonly T[] {
    const last = lineage ? this.last.get(lineage) : undefined;
    const previous = last && last.key === key ? last : undefined;
    const values = new Array<T>(nodes.length);
    let before = 0;
    let after = 0;
    if (previous) {
      const was = previous.nodes;
      const max = Math.min(nodes.length, was.length);
      while (before < max && nodes[before] === was[before]) {
        values[before] = previous.values[before];
        before++;
      }
      while (after < max - before && nodes[nodes.length - 1 - after] === was[was.length - 1 - after]) {
        values[nodes.length - 1 - after] = previous.values[was.length - 1 - after];
        after++;
      }
    }
    for (let i = before; i < nodes.length - after; i++) values[i] = this.compute(nodes[i], context);
    if (lineage) this.last.set(lineage, { nodes, values, key });
    return values;
  }
}
