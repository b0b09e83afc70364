// The declared language (CCF-REQ-07 for CCF requests, FMT-LANG for the format), whether the body is
// written in it, and whether it is the language of the court an extradition submission goes to (REV-07).
import { proseTextOf } from '../core/nodes';
import type { Submission } from '../core/model';
import { addCounts, countWords, guessLanguage, noCounts, type Counts, type LanguageGuess } from '../core/language';
import { LANGUAGE_INFO } from '../data/languages';
import { ruleOfPath } from '../data/frontmatter';
import { COURT_LANGUAGE } from '../data/requirements';
import type { Language } from '../vocabulary';
import { report, type Check } from './finding';
import { valueAt, valueSpan } from './keys';

// Enough prose to judge; reading a whole 200-page bundle would only cost time.
const SAMPLE_CHARS = 20_000;

/**
 * Whether the body is written in the declared language (its presence is a required key), and, for
 * an extradition submission, whether that is the language of the court it goes to (REV-07).
 */
export const declaredLanguage: Check = {
  name: 'declared language',
  rules: ['CCF-REQ-07', 'FMT-LANG', 'REV-07'],
  run(ctx) {
    const { sub } = ctx;
    const declared = sub.declaredLanguage;
    if (!declared) return; // missing (a required key) or invalid (the shape check)
    const names = (l: Language) => LANGUAGE_INFO[l].name[ctx.language];
    const regime = valueAt(sub, 'regime');
    const court = ctx.kind !== 'ccf-request' && typeof regime === 'string' ? COURT_LANGUAGE[regime] : undefined;
    if (court && court !== declared) {
      report(ctx, 'REV-07', valueSpan(sub, 'language'), 'language.court', { declared: names(declared), court: names(court) });
    }
    const guess = sampleLanguage(sub);
    if (guess.language && guess.language !== declared) {
      report(ctx, ruleOfPath(ctx.kind, 'language'), valueSpan(sub, 'language'), 'language.mismatch', { detected: names(guess.language), declared: names(declared) }, {
        severity: 'warning',
        fixes: [{ kind: 'replace', span: valueSpan(sub, 'language'), text: guess.language, title: `language: ${guess.language}` }],
      });
    }
  },
};

/**
 * The language of the prose sample below, counted node by node. The counts of a node are kept
 * with it: while typing, the server reuses the nodes of every paragraph and list item the
 * keystroke did not touch (their text never changes, only their positions), so only the one being
 * typed in is counted again. A list is counted by item, its text being its items' separated by
 * spaces. A quotation or code block inside an item is not counted, as at the top level.
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

function add(total: Counts, node: Parameters<typeof proseTextOf>[0]): number {
  let known = countsByNode.get(node);
  if (!known) {
    const text = proseTextOf(node);
    known = { counts: countWords(text), length: text.length };
    countsByNode.set(node, known);
  }
  addCounts(total, known.counts);
  return known.length;
}

/**
 * Paragraphs, lists and tables only: headings, code and quotations of foreign law mislead, and so
 * do the quotations and code indented in a list item (proseTextOf leaves them out). The text of
 * each, until there are more than SAMPLE_CHARS characters.
 */
export function proseSample(sub: Submission): string[] {
  const pieces: string[] = [];
  let length = 0;
  for (const node of sub.tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table') continue;
    const text = proseTextOf(node);
    pieces.push(text);
    length += text.length + 1;
    if (length > SAMPLE_CHARS) break;
  }
  return pieces;
}
