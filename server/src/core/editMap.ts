// micromark keeps a document's events in one array and edits it through an EditMap. Its `consume`
// rebuilds the whole array for every edit, and the document tokenizer edits it each time a list item
// closes inside another container (every new item of a nested list, every `- - x` line), so a tight
// nested list costs time quadratic in the length of the document: 400 KB of numbered paragraphs with
// sub-bullets took over a minute. This `consume` gives the same array by splicing each edit in
// place, from the last one back, which moves only what follows an edit (edits come near the end).
// It is installed on the class micromark itself imports, so every parse in the process uses it.
import { splice } from 'micromark-util-chunked';
import { EditMap } from 'micromark-util-edit-map';

type Events = Parameters<EditMap['consume']>[0];
type Edit = [index: number, remove: number, add: Events];
type Internals = { map: Edit[]; index: Map<number, Edit> };

/** The same result as the original `consume`: an edit's removal stops where the next edit starts. */
export function consumeInPlace(this: EditMap, events: Events): undefined {
  const self = this as unknown as Internals;
  const map = self.map.sort((a, b) => a[0] - b[0]);
  for (let i = map.length - 1; i >= 0; i--) {
    const [at, remove, add] = map[i];
    const limit = i + 1 < map.length ? map[i + 1][0] - at : Infinity;
    splice(events, at, Math.min(remove, limit), add);
  }
  map.length = 0;
  self.index.clear();
  return undefined;
}

let installed = false;

export function installLinearEditMap(): void {
  if (installed) return;
  installed = true;
  EditMap.prototype.consume = consumeInPlace;
}
