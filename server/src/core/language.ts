// Which of INTERPOL's four working languages (LANG-1) a text is written in. Restricted to those
// four on purpose: the only question asked is "does the body match the declared language?".
import type { Language } from './model';

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

/**
 * The sample is the first 20,000 characters of prose, which most keystrokes in a long submission
 * leave unchanged: the last answer is kept, since detection costs a couple of milliseconds a check.
 */
let last: { text: string; guess: LanguageGuess } | undefined;

export function detectLanguage(text: string): LanguageGuess {
  if (last?.text === text) return last.guess;
  const guess = detect(text);
  last = { text, guess };
  return guess;
}

function detect(text: string): LanguageGuess {
  let arabic = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (arabic + latin < 40) return { language: undefined, evidence: arabic + latin };
  if (arabic > latin) return { language: 'ar', evidence: arabic };

  const scores = { en: 0, fr: 0, es: 0 };
  let words = 0;
  for (const match of text.toLowerCase().matchAll(/[a-zà-ÿ]+/g)) {
    words++;
    const w = match[0];
    for (const lang of ['en', 'fr', 'es'] as const) scores[lang] += WEIGHTS[lang].get(w) ?? 0;
    // Letters that settle the question quickly.
    if (/[ñ]|ci[oó]n(?:es)?$/.test(w)) scores.es += 2;
    else if (/[áíóú]/.test(w)) scores.es += 1;
    if (/[èêëçœùâîûé]/.test(w)) scores.fr += 1;
  }
  if (words < MIN_WORDS) return { language: undefined, evidence: words };
  const ranked = (Object.entries(scores) as ['en' | 'fr' | 'es', number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // A margin keeps a French text quoting an English judgment from being called English.
  if (best[1] < 5 || best[1] < second[1] * 1.5) return { language: undefined, evidence: words };
  return { language: best[0], evidence: words };
}
