// What bench/run.mjs and bench/first-keystrokes.ts share, so that both time the same keystrokes on
// the same documents and summarise them alike. Plain JavaScript, so that run.mjs imports it before
// anything is bundled; its types are in shared.d.mts.

/** The sizes of `--sizes` (and `--size`): the table's label and the generated text's bytes. */
export const SIZES = { '25k': ['25 KB', 25_000], '250k': ['250 KB', 250_000], '1m': ['1 MB', 1_000_000], '2m': ['2 MB', 2_000_000], '3m': ['3 MB', 3_000_000] };

/** Typed a character at a time: each version is a text never seen before. */
export const TYPED = ' and the court held that the request was disproportionate';

/** Where the benchmark types: right after the number of a numbered paragraph in the middle. */
export function typingPlace(text) {
  return text.indexOf('. ', text.length >> 1) + 1;
}

/** The LSP position (0-based line, UTF-16 character) of an offset. */
export function lineCharacter(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}

/** The smallest value at or above 95 % of the others (of 40, the third slowest). */
export function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.max(0, Math.ceil(0.95 * s.length) - 1)] : NaN;
}
