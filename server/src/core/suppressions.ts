// `<!-- submission-disable CODE -->` silences CODE on the next line;
// `<!-- submission-disable-file CODE -->` silences it in the whole file. Several codes may be listed.
import type { Suppressions } from './model';
import { lineOf } from './text';

const DIRECTIVE = /<!--\s*submission-disable(-file)?\s+([^>]*?)\s*-->/g;

export function findSuppressions(text: string, lineStarts: readonly number[]): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes('submission-disable')) return result;
  for (const m of text.matchAll(DIRECTIVE)) {
    const codes = m[2].split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase());
    if (m[1]) {
      for (const c of codes) result.file.add(c);
      continue;
    }
    const line = lineOf(lineStarts, (m.index ?? 0) + m[0].length) + 1;
    const set = result.lines.get(line) ?? new Set<string>();
    for (const c of codes) set.add(c);
    result.lines.set(line, set);
  }
  return result;
}
