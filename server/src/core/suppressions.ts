// `<!-- submission-disable CODE -->` silences CODE on the next line;
// `<!-- submission-disable-file CODE -->` silences it in the whole file. Several codes may be listed.
import type { Span } from '../vocabulary';
import type { Suppressions } from './model';
import { lineOf } from './text';
import type { Source } from './source';

const DIRECTIVE = /<!--\s*submission-disable(-file)?\s+([^>]*?)\s*-->/g;

/** One directive as written: where, for the whole file or the next line, and the codes. */
export interface Directive {
  span: Span;
  file: boolean;
  codes: string[];
}

/**
 * The directives in text[from, to). A directive lies inside one HTML comment, so a stretch whose
 * ends no comment runs across (the parser's rescan cuts) holds whole directives only.
 */
export function findDirectives(text: string | Source, from = 0, to = text.length): Directive[] {
  const found: Directive[] = [];
  const stretch = text.slice(from, to);
  // Most drafts have none: one search, not a regular expression, over the stretch.
  if (!stretch.includes('submission-disable')) return found;
  for (const m of stretch.matchAll(DIRECTIVE)) {
    const codes = m[2].split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase());
    const start = from + (m.index ?? 0);
    found.push({ span: { start, end: start + m[0].length }, file: !!m[1], codes });
  }
  return found;
}

/** What the directives silence; `lineStarts` gives the line after each one. */
export function suppressionsOf(directives: readonly Directive[], lineStarts: readonly number[]): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  for (const d of directives) {
    if (d.file) {
      for (const c of d.codes) result.file.add(c);
      continue;
    }
    const line = lineOf(lineStarts, d.span.end) + 1;
    const set = result.lines.get(line) ?? new Set<string>();
    for (const c of d.codes) set.add(c);
    result.lines.set(line, set);
  }
  return result;
}
