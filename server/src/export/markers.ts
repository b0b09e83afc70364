// The markers of lists inside paragraphs, from the numbering scheme of the document's language
// (data/style.ts): (a), (i), (A), 1. in English, French and Spanish; (أ), (1) in Arabic, in the
// digits the lawyer numbered paragraphs in. The PDF draws them; the DOCX writes the same scheme
// as Word numbering levels.
import type { Language } from '../vocabulary';
import { formatMarker } from '../core/paragraphs';
import { NUMBERING, type Digits } from '../data/style';

/** The marker of item `index` (0-based) of a list nested `level` deep (0 for a list in a paragraph). */
export function listMarker(kind: 'bullet' | 'ordered', level: number, index: number, language: Language = 'en', digits: Digits = 'western'): string {
  const scheme = NUMBERING[language];
  if (kind === 'bullet') return scheme.bullets[level % scheme.bullets.length];
  return formatMarker(scheme.ordered[level % scheme.ordered.length], index + 1, digits);
}
