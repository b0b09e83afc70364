// Offsets → line and column as a terminal shows them: lines from 1, columns from 1 counted in
// characters (code points), so that Arabic and emoji line up with editors. Computed for all the
// offsets of a report at once, in one pass over the text: counting each column from the start of
// its line costs the length of the line per finding, which is quadratic when thousands of findings
// sit on one long line.
import { lineOf } from './text';

export interface LineColumn {
  line: number;
  column: number;
}

export function lineColumns(text: string, lineStarts: readonly number[], offsets: readonly number[]): LineColumn[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a] - offsets[b]);
  const out = new Array<LineColumn>(offsets.length);
  let line = -1;
  // Characters counted from the start of `line` up to `at`.
  let at = 0;
  let column = 0;
  for (const i of order) {
    const target = Math.max(0, Math.min(offsets[i], text.length));
    const l = lineOf(lineStarts, target);
    if (l !== line) {
      line = l;
      at = lineStarts[l];
      column = 0;
    }
    while (at < target) {
      const c = text.charCodeAt(at);
      // The second half of a pair the previous offset split: the pair is already counted.
      if (isLowSurrogate(c) && at > lineStarts[l] && isHighSurrogate(text.charCodeAt(at - 1))) {
        at++;
        continue;
      }
      // A surrogate pair is one character, unless the offset falls between its halves.
      const pair = isHighSurrogate(c) && at + 1 < target && isLowSurrogate(text.charCodeAt(at + 1));
      at += pair ? 2 : 1;
      column++;
    }
    out[i] = { line: line + 1, column: column + 1 };
  }
  return out;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
