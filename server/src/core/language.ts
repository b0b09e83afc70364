// Which of INTERPOL's four working languages (LANG-1) a text is written in. Restricted to those
// four on purpose: the only question asked is "does the body match the declared language?".
import type { Language } from '../vocabulary';

// Frequent function words, distinctive between English, French and Spanish.
const STOPWORDS: Record<'en' | 'fr' | 'es', string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'was', 'for', 'by', 'with', 'which', 'on', 'his', 'her', 'has', 'have', 'been', 'this', 'not', 'are', 'were', 'from', 'at', 'be', 'it', 'its', 'an', 'would', 'had'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'que', 'qui', 'dans', 'pour', 'par', 'sur', 'une', 'un', 'au', 'aux', 'ne', 'pas', 'son', 'sa', 'ses', 'été', 'a', 'avec', 'cette', 'ce', 'il', 'elle'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'que', 'en', 'por', 'para', 'con', 'una', 'un', 'es', 'su', 'sus', 'se', 'no', 'al', 'lo', 'como', 'fue', 'ha', 'sido', 'este', 'esta', 'pero', 'sobre', 'entre'],
};
const WEIGHTS: Record<'en' | 'fr' | 'es', Map<string, number>> = {
  en: new Map(STOPWORDS.en.map((w) => [w, 1])),
  fr: new Map(STOPWORDS.fr.map((w) => [w, 1])),
  es: new Map(STOPWORDS.es.map((w) => [w, 1])),
};

export interface LanguageGuess {
  language: Language | undefined;
  /** Words (Latin) or letters (Arabic) the guess rests on; small samples are not judged. */
  evidence: number;
}

const MIN_WORDS = 25;

/** What one piece of text contributes to a guess; the counts of pieces add up. */
export interface Counts {
  arabic: number;
  latin: number;
  words: number;
  en: number;
  fr: number;
  es: number;
}

/**
 * Guesses the language of pieces of text read in order, each a separate run of words (a
 * paragraph, a list): the same answer as for their concatenation with line breaks between them.
 * The check itself (rules/language.ts) adds counts it keeps with each node; this is the plain form.
 */
export function detectLanguage(pieces: readonly string[]): LanguageGuess {
  const total = noCounts();
  for (const piece of pieces) addCounts(total, countWords(piece));
  return guessLanguage(total);
}

export function noCounts(): Counts {
  return { arabic: 0, latin: 0, words: 0, en: 0, fr: 0, es: 0 };
}

export function addCounts(total: Counts, c: Counts): void {
  total.arabic += c.arabic;
  total.latin += c.latin;
  total.words += c.words;
  total.en += c.en;
  total.fr += c.fr;
  total.es += c.es;
}

/** The counts of one run of text; runs separated by spaces or line breaks add up. */
export function countWords(text: string): Counts {
  const c = noCounts();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)) c.arabic++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) c.latin++;
  }
  for (const match of text.toLowerCase().matchAll(/[a-zà-ÿ]+/g)) {
    c.words++;
    const w = match[0];
    c.en += WEIGHTS.en.get(w) ?? 0;
    c.fr += WEIGHTS.fr.get(w) ?? 0;
    c.es += WEIGHTS.es.get(w) ?? 0;
    // Letters that settle the question quickly (most words are plain ASCII: skip the tests).
    if (isAscii(w) && !w.endsWith('cion') && !w.endsWith('ciones')) continue;
    if (/[ñ]|ci[oó]n(?:es)?$/.test(w)) c.es += 2;
    else if (/[áíóú]/.test(w)) c.es += 1;
    if (/[èêëçœùâîûé]/.test(w)) c.fr += 1;
  }
  return c;
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The guess the counts of a whole sample support. */
export function guessLanguage(c: Counts): LanguageGuess {
  const { arabic, latin, words } = c;
  if (arabic + latin < 40) return { language: undefined, evidence: arabic + latin };
  if (arabic > latin) return { language: 'ar', evidence: arabic };
  if (words < MIN_WORDS) return { language: undefined, evidence: words };
  const ranked = (['en', 'fr', 'es'] as const).map((l): ['en' | 'fr' | 'es', number] => [l, c[l]]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // A margin keeps a French text quoting an English judgment from being called English.
  if (best[1] < 5 || best[1] < second[1] * 1.5) return { language: undefined, evidence: words };
  return { language: best[0], evidence: words };
}

