// Offsets → line and column in characters, in one pass (core/positions.ts), as the CLI prints them.
import { strict as assert } from 'node:assert';
import { lineColumns } from '../../server/src/core/positions';
import { computeLineStarts } from '../../server/src/core/text';

/** The definition: count the code points between the start of the line and the offset. */
function reference(text: string, offset: number) {
  const starts = computeLineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line: line + 1, column: [...text.slice(starts[line], offset)].length + 1 };
}

describe('line and column of offsets', () => {
  it('counts columns in characters: Arabic, emoji, CRLF and lone CR', () => {
    const text = 'a😀b\r\nمرحبا 😀😀 x\rlast\n';
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
    const got = lineColumns(text, computeLineStarts(text), offsets);
    offsets.forEach((o, i) => assert.deepEqual(got[i], reference(text, o), `offset ${o}`));
  });

  it('gives each offset its position whatever their order, repeats included', () => {
    const text = 'one\ntwo 😀 three\n\nfour';
    const offsets = [20, 3, 9, 9, 0, 10, 8, 18, 5];
    const got = lineColumns(text, computeLineStarts(text), offsets);
    offsets.forEach((o, i) => assert.deepEqual(got[i], reference(text, o), `offset ${o}`));
  });

  it('reads a long line once for all its findings (work counted, not timed)', () => {
    const line = "Exhibit A1 Article 3 of INTERPOL's Constitution ".repeat(5000);
    const offsets = Array.from({ length: 5000 }, (_, i) => i * 48);
    let reads = 0;
    const text = new Proxy(new String(line), {
      get(target, key) {
        if (key === 'charCodeAt') return (i: number) => (reads++, line.charCodeAt(i));
        const v = Reflect.get(target, key);
        return typeof v === 'function' ? v.bind(line) : v;
      },
    }) as unknown as string;
    const got = lineColumns(text, [0], offsets);
    assert.deepEqual(got[4999], { line: 1, column: 4999 * 48 + 1 });
    assert.ok(reads <= line.length, `${reads} characters read for a line of ${line.length}`);
  });
});
