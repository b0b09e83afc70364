// What the benchmark types and where, shared by bench/run.mjs (through bench/core.ts) and
// bench/first-keystrokes.ts, so that both time the same keystrokes.

/** Typed a character at a time: each version is a text never seen before. */
export const TYPED = ' and the court held that the request was disproportionate';

/** Where the benchmark types: right after the number of a numbered paragraph in the middle. */
export function typingPlace(text: string): number {
  return text.indexOf('. ', text.length >> 1) + 1;
}

/** The LSP position (0-based line, UTF-16 character) of an offset. */
export function lineCharacter(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
