// Recognises citations of the instruments in data/instruments.ts, in the four languages and in the
// orders lawyers write them:
//   "Article 3 of INTERPOL's Constitution", "Art. 83(2)(b)(i) RPD", "ss.11 and 14 EA 2003",
//   "l'article 83, paragraphe 1, du RTD", "artículo 83, apartado 1, del RTD", "المادة 3 من القانون الأساسي";
//   the instrument first: "RPD Article 83", "INTERPOL's Rules on the Processing of Data, Article 83";
//   words whose meaning depends on the kind of submission: "Article 3 of the Constitution" (INTERPOL's
//   in a CCF request), "Article 8 of the Convention", "s.14 (passage of time)" (the ECHR and the
//   Extradition Act 2003 in an extradition case) — such citations carry `onlyIn`;
//   INTERPOL General Assembly resolutions by their reference: "GA-2017-86-RES-09".
import type { InstrumentId, Kind } from '../vocabulary';
import { INSTRUMENTS } from '../data/instruments';
import type { Citation, Submission } from './model';
import { detach, firstAtOrAfter, maskComments, westernDigits } from './text';
import type { Source } from './source';

const ARTICLE_WORD = [
  'articles', 'article', 'arts\\.?', 'art\\.?', 'artículos', 'artículo', 'artigo',
  'sections', 'section', 'secciones', 'sección', 'ss\\.?', 's\\.', 's', 'rules', 'rule', 'règles', 'règle', 'reglas', 'regla', 'r\\.',
  '§',
  // The space after the optional lead-in belongs to it: a bare `\s*` here would let a match start
  // anywhere in a run of spaces and try every length of it, which is quadratic in the run (a long
  // unclosed comment is masked into one).
  '(?:(?:وفقا|وفقاً)\\s*)?[وبلف]{0,2}(?:المادتان|المادتين|المادة|المواد|مادة|البند|القاعدة)',
].join('|');
// "21A", "50.20" (CrimPR), "83.2" (Spanish dotted paragraphs), "1er" / "1.º" (ordinals), "(3)" (Arabic).
// Arabic writes low article numbers as ordinals: "المادة الثالثة" is Article 3.
const ARABIC_ORDINALS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];
const NUMBER = `(?:\\(?[0-9\\u0660-\\u0669]+(?:\\.[0-9]+)*(?:er|\\.?º|[A-Z])?\\)?|${ARABIC_ORDINALS.join('|')})`;
// A paragraph or letter named in words: ", paragraphe 1,", ", apartado 2", ", alinéa b)", ", letra b)".
const WORDED = "(?:\\s*,?\\s*(?:paragraphes?|paragraphs?|sub-?paragraphs?|paras?\\.?|alinéas?|apartados?|párrafos?|incisos?|letras?|lettres?|points?|الفقرة|البند)(?![\\p{L}])\\s*\\(?[0-9a-z\\u0660-\\u0669]{1,4}\\)?(?=[\\s,.;:)]|$))";
const SUBDIVISION = `(?:\\s?\\([0-9a-z\\u0600-\\u06ff]{1,5}\\)|\\.[a-z]\\)|\\s?§\\s?[0-9]+|${WORDED})*,?`;
const LIST_SEP = '(?:\\s*[,،&–-]\\s*(?:و\\s*)?|\\s+(?:and|et|y|e|و|or|ou|o|to)\\s+|\\s+و)';
const CONNECTOR = "(?:\\s*,?\\s+(?:of|under|from|in|du|de\\s+la|des|del|de\\s+los|de|من)\\s+|\\s+de\\s+l['’]\\s*|\\s*,?\\s+)";
const NUMBERS = `${NUMBER}${SUBDIVISION}(?:${LIST_SEP}${NUMBER}${SUBDIVISION})*`;
// A word that names another thing (data/instruments.ts, `contextual.another`): "the Constitution of
// the Republic of X" is not INTERPOL's.
const namesAnother = (words: readonly string[]): string => `(?!\\s*(?:${words.join('|')})[\\s\\p{L}])`;

interface Group {
  key: string;
  instrument: InstrumentId;
  onlyIn?: readonly Kind[];
}

const GROUPS: Group[] = [];

function instrumentAlternatives(): string {
  const named = INSTRUMENTS.filter((inst) => inst.names.length + inst.abbreviations.length > 0).map((inst) => {
    const key = `i${GROUPS.length}`;
    GROUPS.push({ key, instrument: inst.id });
    const forms = [...inst.names, ...inst.abbreviations].map((f) => `(?:(?:the|la|le|el|l['’])\\s*)?(?:${f})`);
    return `(?<${key}>${forms.join('|')})`;
  });
  // Tried after every instrument's own names, so "Statut de la Commission" is the CCF Statute.
  const contextual = INSTRUMENTS.filter((inst) => inst.contextual).map((inst) => {
    const key = `i${GROUPS.length}`;
    GROUPS.push({ key, instrument: inst.id, onlyIn: inst.contextual!.kinds });
    return `(?<${key}>(?:(?:the|la|le|el|l['’])\\s*)?(?:${inst.contextual!.forms.join('|')})${namesAnother(inst.contextual!.another)})`;
  });
  return [...named, ...contextual].join('|');
}

const INSTRUMENT = instrumentAlternatives();

/**
 * The names of every instrument as one alternation of named groups, for other patterns that read
 * an instrument's name (completion after "the RPD, "); instrumentOf tells which one matched.
 */
export const INSTRUMENT_NAMES = INSTRUMENT;

export function instrumentOf(groups: Record<string, string | undefined>): InstrumentId | undefined {
  return GROUPS.find((g) => groups[g.key] !== undefined)?.instrument;
}
const CITATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<word>${ARTICLE_WORD})\\s*(?<numbers>${NUMBERS})${CONNECTOR}(?:${INSTRUMENT})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** The instrument first: "RPD Article 83", "INTERPOL's Rules on the Processing of Data, Article 12". */
const REVERSED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${INSTRUMENT})\\s*,?\\s*(?<word>${ARTICLE_WORD})\\s*(?<numbers>${NUMBERS})(?![\\p{L}\\p{N}])`,
  'giu',
);
/**
 * A section cited with no Act after it ("s.14 (passage of time)", "section 21A"): in a skeleton
 * argument, the Extradition Act 2003. Never when another instrument follows ("s.14 of the Theft Act",
 * "s.2 Fraud Act 2006": OTHER_ACT).
 */
const BARE_SECTION = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?<word>ss?\\.|ss?\\s(?=\\d)|sections?)\\s*(?<numbers>${NUMBERS})(?![\\p{L}\\p{N}])(?!\\s*,?\\s*(?:of|under|in)\\s)(?!\\s*(?:above|below|supra|infra)(?![\\p{L}]))`,
  'giu',
);
/**
 * The name of another Act right after a bare section ("s.2 Fraud Act 2006", "s.327, Proceeds of
 * Crime Act 2002", "s.6 of the Human Rights Act 1998"): the section is that Act's, not the EA 2003's.
 * A title of capitalised words (with "of", "and" … between them) ending in "Act", and a year.
 * Case-sensitive, so "s.21 and the Human Rights Act 1998" keeps its s.21; sticky, tried where a
 * bare section ends. Acts the checker knows were read before, by CITATION.
 */
const TITLE_WORD = "\\p{Lu}[\\p{L}'’-]*";
const OTHER_ACT = new RegExp(
  `\\s*,?\\s*(?:of\\s+)?(?:the\\s+)?(?:${TITLE_WORD}(?:,?\\s+(?:(?:of|and|for|the|on|to|in|with)\\s+)*${TITLE_WORD})*\\s+)?Act(?:\\s+\\([\\p{L}\\s]+\\))?\\s+(?:1[5-9]|20)\\d\\d(?![\\p{L}\\p{N}])`,
  'uy',
);
const EXTRADITION: readonly Kind[] = ['extradition-defence', 'extradition-appeal'];
/** INTERPOL General Assembly resolutions: GA-2017-86-RES-09 (since 2016), AG-2006-RES-04, AGN/20/RES/11. */
const GA_RESOLUTION = /(?<![\p{L}\p{N}/-])(?:(?:GA|AG)-\d{4}-\d{2,3}-RES-\d{1,2}|AG-\d{4}-RES-\d{1,2}|AGN?\/\d{2}\/RES\/\d{1,2})(?![\p{L}\p{N}/-])/giu;
const ONE_NUMBER = new RegExp(`(?<article>${NUMBER})(?<sub>${SUBDIVISION})`, 'giu');

/** Finds every recognised citation in text[from, to). */
export function findCitations(text: string | Source, from = 0, to = text.length): Citation[] {
  let slice = maskComments(text.slice(from, to));
  const citations: Citation[] = [];
  // Each pass masks what it took, so a later, looser pass cannot read the same words again.
  for (const pattern of [CITATION, REVERSED]) {
    const taken: [number, number][] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const groups = m.groups ?? {};
      const group = GROUPS.find((g) => groups[g.key] !== undefined);
      if (!group) continue;
      citations.push(...members(m, group.instrument, from, group.onlyIn));
      taken.push([m.index, m.index + m[0].length]);
    }
    slice = blank(slice, taken);
  }
  BARE_SECTION.lastIndex = 0;
  for (let m = BARE_SECTION.exec(slice); m; m = BARE_SECTION.exec(slice)) {
    OTHER_ACT.lastIndex = m.index + m[0].length;
    if (!OTHER_ACT.test(slice)) citations.push(...members(m, 'ea-2003', from, EXTRADITION));
  }
  GA_RESOLUTION.lastIndex = 0;
  for (let m = GA_RESOLUTION.exec(slice); m; m = GA_RESOLUTION.exec(slice)) {
    const start = from + m.index;
    citations.push({ span: { start, end: start + m[0].length }, instrument: 'ga-resolution', article: m[0].toUpperCase(), subdivision: '', text: detach(m[0]) });
  }
  return citations.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The citations that mean what they say in this kind of submission (see Citation.onlyIn), in
 * document order; made once per submission for the checks and hover that read them.
 */
export function citationsOf(sub: Submission): readonly Citation[] {
  let valid = validCitations.get(sub);
  if (!valid) validCitations.set(sub, (valid = sub.citations.filter((c) => !c.onlyIn || (sub.kind !== undefined && c.onlyIn.includes(sub.kind)))));
  return valid;
}

const validCitations = new WeakMap<Submission, readonly Citation[]>();

/** Those of `citationsOf` that start in [from, to). */
export function citationsBetween(sub: Submission, from: number, to: number): readonly Citation[] {
  const all = citationsOf(sub);
  const first = firstAtOrAfter(all, from, (c) => c.span.start);
  let end = first;
  while (end < all.length && all[end].span.start < to) end++;
  return all.slice(first, end);
}

/**
 * Whether one of `citationsOf` that starts in [from, to) passes `test`, reading them only up to
 * the first that does: a long draft's sections hold thousands, and most checks ask only whether
 * there is one.
 */
export function someCitationBetween(sub: Submission, from: number, to: number, test: (c: Citation) => boolean): boolean {
  const all = citationsOf(sub);
  for (let i = firstAtOrAfter(all, from, (c) => c.span.start); i < all.length && all[i].span.start < to; i++) if (test(all[i])) return true;
  return false;
}

/** One citation per number of a match ("ss.11 and 14" cites two sections). */
function members(m: RegExpExecArray, instrument: InstrumentId, from: number, onlyIn?: readonly Kind[]): Citation[] {
  const groups = m.groups!;
  const numbersStart = m.index + m[0].indexOf(groups.numbers, m[0].indexOf(groups.word) + groups.word.length);
  const found = [...groups.numbers.matchAll(ONE_NUMBER)];
  const matchStart = from + m.index;
  const matchEnd = matchStart + m[0].length;
  return found.map((n) => {
    const { article, subdivision } = splitNumber(instrument, n.groups!.article, n.groups!.sub);
    const numberStart = from + numbersStart + (n.index ?? 0);
    const span = found.length === 1 ? { start: matchStart, end: matchEnd } : { start: numberStart, end: numberStart + n[0].length };
    const citation: Citation = { span, instrument, article, subdivision, text: detach(m[0]) };
    if (onlyIn) citation.onlyIn = onlyIn;
    return citation;
  });
}

function blank(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** "83.2" in Spanish style is article 83, paragraph 2; only the CrimPR numbers rules "50.20". */
function splitNumber(instrument: InstrumentId, number: string, sub: string): { article: string; subdivision: string } {
  const ordinal = ARABIC_ORDINALS.indexOf(number);
  const cleaned = ordinal >= 0 ? String(ordinal + 1) : westernDigits(number).replace(/[()]/g, '').replace(/(?:er|\.?º)$/i, '').toUpperCase();
  let subdivision = words(sub).replace(/[\s,]/g, '');
  let article = cleaned;
  if (instrument !== 'crimpr' && cleaned.includes('.')) {
    const [head, ...rest] = cleaned.split('.');
    article = head;
    subdivision = rest.map((r) => `(${r.toLowerCase()})`).join('') + subdivision;
  }
  subdivision = subdivision.replace(/^\.([a-z])\)/, '($1)').replace(/\.([a-z])\)/g, '($1)');
  return { article, subdivision };
}

/** ", paragraphe 1, alinéa b)" → "(1)(b)". */
function words(sub: string): string {
  return westernDigits(sub).replace(new RegExp(WORDED, 'giu'), (part) => {
    const token = /\(?([0-9a-z]{1,4})\)?\s*$/iu.exec(part.trim());
    return token ? `(${token[1].toLowerCase()})` : part;
  });
}
