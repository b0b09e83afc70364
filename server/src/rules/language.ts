// The declared language (CCF-REQ-07 / LANG-1) and whether the body is written in it.
import { textOf } from '../core/markdown';
import type { Submission } from '../core/model';
import { addCounts, countWords, guessLanguage, noCounts, type Counts, type LanguageGuess } from '../core/language';
import { LANGUAGE_INFO } from '../data/languages';
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
  const guess = sampleLanguage(sub);
  if (guess.language && guess.language !== declared) {
    const names = (l: typeof declared) => LANGUAGE_INFO[l].name[ctx.language];
    report(ctx, code, valueSpan(sub, 'language'), 'language.mismatch', { detected: names(guess.language), declared: names(declared) }, {
      severity: 'warning',
      fixes: [{ kind: 'replace', span: valueSpan(sub, 'language'), text: guess.language, title: `language: ${guess.language}` }],
    });
  }
}

/**
 * The language of the prose sample below, counted node by node. The counts of a node are kept
 * with it: while typing, the server reuses the nodes of every paragraph and list item the
 * keystroke did not touch (their text never changes, only their positions), so only the one being
 * typed in is counted again. A list is counted by item, its text being its items' separated by
 * spaces.
 */
export function sampleLanguage(sub: Submission): LanguageGuess {
  const total = noCounts();
  let length = 0;
  for (const node of sub.tree.children) {
    if (node.type === 'paragraph' || node.type === 'table') {
      length += add(total, node) + 1;
    } else if (node.type === 'list') {
      for (const item of node.children) length += add(total, item) + 1;
    } else continue;
    if (length > SAMPLE_CHARS) break;
  }
  return guessLanguage(total);
}

const countsByNode = new WeakMap<object, { counts: Counts; length: number }>();

function add(total: Counts, node: Parameters<typeof textOf>[0]): number {
  let known = countsByNode.get(node);
  if (!known) {
    const text = textOf(node);
    known = { counts: countWords(text), length: text.length };
    countsByNode.set(node, known);
  }
  addCounts(total, known.counts);
  return known.length;
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
