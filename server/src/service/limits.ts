// The limits of a check, the same in the editor and on the command line (docs/robustness.md):
// above MAX_BODY_CHARS characters only the frontmatter is read (FMT-SIZE), nesting and dense marks
// are read as plain text (FMT-LIMIT, core/markdownGuard.ts). The command line may raise the size
// limit with --max-size; the other two are what keeps a parse linear and are not optional.
import { MAX_BODY_CHARS, SubmissionParser } from '../core/parse';
import type { Submission } from '../core/model';

export const DEFAULT_MAX_SIZE = MAX_BODY_CHARS;

/** "3000000", "3m", "500k", "12M": a number of characters. Throws a message for the user otherwise. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([km]?)\s*$/i.exec(value);
  const n = m ? Number(m[1]) * (m[2].toLowerCase() === 'm' ? 1e6 : m[2].toLowerCase() === 'k' ? 1e3 : 1) : NaN;
  if (!Number.isFinite(n) || n < 1) throw new RangeError(`--max-size takes a number of characters, such as 3000000, 500k or 5m (got “${value}”)`);
  return Math.floor(n);
}

/**
 * Parses a whole document the way the editor does on opening it: in blocks (core/incremental.ts),
 * which gives the same Submission as parseSubmission, in a fraction of the memory of one parse of
 * the whole text (micromark keeps every event of what it parses until the end).
 */
export function parseWithin(text: string, maxSize = DEFAULT_MAX_SIZE): Submission {
  return new SubmissionParser().parse(text, { maxBodyChars: maxSize });
}
