// The declared language (CCF-REQ-07 / LANG-1) and whether the body is written in it.
import { textOf } from '../core/markdown';
import type { Submission } from '../core/model';
import { detectLanguage } from '../core/language';
import { LANGUAGE_NAMES } from '../data/messages';
import { report, type CheckContext } from './finding';
import { requireKey, valueSpan } from './keys';

// Enough prose to judge; reading a whole 200-page bundle would only cost time.
const SAMPLE_CHARS = 20_000;

export function checkLanguage(ctx: CheckContext): void {
  const { sub } = ctx;
  const code = ctx.profile.languageCode;
  if (!requireKey(ctx, 'language', code)) return;
  const declared = sub.declaredLanguage;
  if (!declared) return; // an invalid value: the shape check reports it
  const guess = detectLanguage(proseSample(sub));
  if (guess.language && guess.language !== declared) {
    const names = (l: typeof declared) => LANGUAGE_NAMES[l][ctx.language];
    report(ctx, code, valueSpan(sub, 'language'), 'language.mismatch', { detected: names(guess.language), declared: names(declared) }, {
      severity: 'warning',
      fixes: [{ kind: 'replace', span: valueSpan(sub, 'language'), text: guess.language, title: `language: ${guess.language}` }],
    });
  }
}

/**
 * Paragraphs, lists and tables only: headings, code and quotations of foreign law mislead. The
 * text of each, until there are more than SAMPLE_CHARS characters.
 */
export function proseSample(sub: Submission): string[] {
  const pieces: string[] = [];
  let length = 0;
  for (const node of sub.tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table') continue;
    const text = textOf(node);
    pieces.push(text);
    length += text.length + 1;
    if (length > SAMPLE_CHARS) break;
  }
  return pieces;
}
