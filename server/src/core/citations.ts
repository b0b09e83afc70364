// Recognises citations of the instruments in data/instruments.ts, in the four languages:
// "Article 3 of INTERPOL's Constitution", "Art. 83(2)(b)(i) RPD", "ss.11 and 14 EA 2003",
// "article 3 du Statut d'INTERPOL", "artículo 83 del RTD", "المادة 3 من القانون الأساسي".
import type { InstrumentId } from '../vocabulary';
import { INSTRUMENTS } from '../data/instruments';
import type { Citation } from './model';
import { detach, maskComments, westernDigits } from './text';

const ARTICLE_WORD = [
  'articles', 'article', 'arts\\.?', 'art\\.?', 'artículos', 'artículo', 'artigo',
  'sections', 'section', 'secciones', 'sección', 'ss\\.?', 's\\.', 's', 'rules', 'rule', 'règles', 'règle', 'reglas', 'regla', 'r\\.',
  '§',
  '(?:وفقا|وفقاً)?\\s*[وبلف]{0,2}(?:المادتان|المادتين|المادة|المواد|مادة|البند|القاعدة)',
].join('|');
// "21A", "50.20" (CrimPR), "83.2" (Spanish dotted paragraphs), "1er" / "1.º" (ordinals), "(3)" (Arabic).
// Arabic writes low article numbers as ordinals: "المادة الثالثة" is Article 3.
const ARABIC_ORDINALS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
const NUMBER = `(?:\\(?[0-9\\u0660-\\u0669]+(?:\\.[0-9]+)*(?:er|\\.?º|[A-Z])?\\)?|${ARABIC_ORDINALS.join('|')})`;
const SUBDIVISION = '(?:\\s?\\([0-9a-z\\u0600-\\u06ff]{1,5}\\)|\\.[a-z]\\)|\\s?§\\s?[0-9]+)*';
const LIST_SEP = '(?:\\s*[,،&–-]\\s*(?:و\\s*)?|\\s+(?:and|et|y|e|و|or|ou|o|to)\\s+|\\s+و)';
const CONNECTOR = "(?:\\s*,?\\s+(?:of|under|from|in|du|de\\s+la|des|del|de\\s+los|de|من)\\s+|\\s+de\\s+l['’]\\s*|\\s*,?\\s+)";

/** One named group per instrument (`i0`, `i1`, … in INSTRUMENTS order), matching any of its names. */
export function instrumentAlternatives(): string {
  return INSTRUMENTS.map((inst, i) => {
    const forms = [...inst.names, ...inst.abbreviations].map((f) => `(?:(?:the|la|le|el|l['’])\\s*)?(?:${f})`);
    return `(?<i${i}>${forms.join('|')})`;
  }).join('|');
}

const CITATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<word>${ARTICLE_WORD})\\s*(?<numbers>${NUMBER}${SUBDIVISION}(?:${LIST_SEP}${NUMBER}${SUBDIVISION})*)${CONNECTOR}(?:${instrumentAlternatives()})(?![\\p{L}\\p{N}])`,
  'giu',
);
const ONE_NUMBER = new RegExp(`(?<article>${NUMBER})(?<sub>${SUBDIVISION})`, 'giu');

/** Finds every recognised citation in text[from, to). */
export function findCitations(text: string, from = 0, to = text.length): Citation[] {
  const slice = maskComments(text.slice(from, to));
  const citations: Citation[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(slice); m; m = CITATION.exec(slice)) {
    const groups = m.groups ?? {};
    const index = INSTRUMENTS.findIndex((_, i) => groups[`i${i}`] !== undefined);
    if (index < 0) continue;
    const instrument: InstrumentId = INSTRUMENTS[index].id;
    const numbersStart = m.index + m[0].indexOf(groups.numbers, groups.word.length);
    const members = [...groups.numbers.matchAll(ONE_NUMBER)];
    const matchStart = from + m.index;
    const matchEnd = matchStart + m[0].length;
    for (const n of members) {
      const { article, subdivision } = splitNumber(instrument, n.groups!.article, n.groups!.sub);
      const numberStart = from + numbersStart + (n.index ?? 0);
      const span = members.length === 1 ? { start: matchStart, end: matchEnd } : { start: numberStart, end: numberStart + n[0].length };
      citations.push({ span, instrument, article, subdivision, text: detach(m[0]) });
    }
  }
  return citations;
}

/** "83.2" in Spanish style is article 83, paragraph 2; only the CrimPR numbers rules "50.20". */
function splitNumber(instrument: InstrumentId, number: string, sub: string): { article: string; subdivision: string } {
  const ordinal = ARABIC_ORDINALS.indexOf(number);
  const cleaned = ordinal >= 0 ? String(ordinal + 1) : westernDigits(number).replace(/[()]/g, '').replace(/(?:er|\.?º)$/i, '').toUpperCase();
  let subdivision = sub.replace(/\s/g, '');
  let article = cleaned;
  if (instrument !== 'crimpr' && cleaned.includes('.')) {
    const [head, ...rest] = cleaned.split('.');
    article = head;
    subdivision = rest.map((r) => `(${r.toLowerCase()})`).join('') + subdivision;
  }
  subdivision = subdivision.replace(/^\.([a-z])\)/, '($1)').replace(/\.([a-z])\)/g, '($1)');
  return { article, subdivision };
}
