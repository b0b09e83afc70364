// What provision a lawyer is about to cite, from the text before the cursor: after "Article ",
// "Art. ", "s.", "section ", "article ", "artículo ", "المادة " (the number being typed), or after
// an instrument's name ("the RPD ", "EA 2003 s."). Completion offers the provisions that fit.
import type { InstrumentId, Kind } from '../vocabulary';
import { INSTRUMENTS, type InstrumentDef } from '../data/instruments';
import { findCitations, INSTRUMENT_NAMES, instrumentOf } from './citations';

type Unit = InstrumentDef['unit'];

/** The words that announce a provision, and the units they can announce. */
const WORDS: { pattern: string; units: Unit[] }[] = [
  { pattern: 'articles?|arts?\\.|art|artículos?|artigo', units: ['article'] },
  { pattern: 'sections?|secciones|sección|ss?\\.|§', units: ['section'] },
  { pattern: 'rules?|règles?|reglas?|r\\.', units: ['rule'] },
  // Arabic cites both articles and sections as المادة.
  { pattern: '[وبلف]{0,2}(?:المادتان|المادتين|المادة|المواد|مادة)', units: ['article', 'section'] },
  { pattern: '[وبلف]{0,2}القاعدة', units: ['rule'] },
];
const WORD = WORDS.map((w) => `(${w.pattern})`).join('|');
/** A number being typed: nothing yet, or digits and what may follow them ("21A", "50.2"). */
const PARTIAL = '(?<typed>\\d[0-9A-Za-z.]*)?';
/** After the word: nothing after "s." or "§", else at least a space. */
const GAP = '(?:(?<=[.§])\\s*|\\s+)';
// The word must start a word of its own ("l’article" too): "s." in "applicant's." announces nothing.
const AFTER_WORD = new RegExp(`(?:^|(?<=[\\s(\\[])|(?<=(?<![\\p{L}])l['’]))(?:${WORD})${GAP}${PARTIAL}$`, 'iu');
const AFTER_INSTRUMENT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${INSTRUMENT_NAMES})(?<tail>(?:\\s*,\\s*|\\s+)(?:(?:${WORD})${GAP})?${PARTIAL})$`, 'iu');
/** The rest of a number the cursor is inside of. */
const NUMBER_REST = /^[0-9A-Za-z.]*/;

export interface ProvisionQuery {
  /** The instruments whose provisions fit, those the kind usually cites first. */
  instruments: InstrumentId[];
  /** The part of the number typed so far ("" when none). */
  typed: string;
  /** Offsets of the text a choice replaces: the number typed, or (after an instrument's name) all from the name on. */
  replace: { start: number; end: number };
  /**
   * What a choice writes: `number` when the instrument already follows the cursor ("Article | of
   * the RPD"); `number-and-instrument` after a word ("Article 83 of the RPD"); `citation` after an
   * instrument's name, the whole citation in a form the checks recognise.
   */
  writes: 'number' | 'number-and-instrument' | 'citation';
}

/**
 * @param lineBefore the text of the line before the cursor; `lineAfter` the rest of the line.
 * @param offset where the cursor is in the document (offsets in the result are the document's).
 */
export function provisionQuery(lineBefore: string, lineAfter: string, offset: number, kind: Kind | undefined): ProvisionQuery | undefined {
  const rest = lineBefore && /[0-9A-Za-z.]$/.test(lineBefore) ? NUMBER_REST.exec(lineAfter)![0] : '';
  // "the RPD ", "EA 2003 s.2": the instrument is named first.
  const afterName = AFTER_INSTRUMENT.exec(lineBefore);
  if (afterName) {
    const groups = afterName.groups ?? {};
    // A citation that ends with this name is complete ("Article 3 of the RPD "): nothing to add.
    const nameEnd = lineBefore.length - groups.tail.length;
    const complete = findCitations(lineBefore.slice(0, nameEnd)).some((c) => c.span.end === nameEnd);
    const instrument = instrumentOf(groups);
    if (!complete && instrument) {
      const replace = { start: offset - afterName[0].length, end: offset + rest.length };
      return { instruments: [instrument], typed: groups.typed ?? '', replace, writes: 'citation' };
    }
  }

  const afterWord = AFTER_WORD.exec(lineBefore);
  if (afterWord) {
    const typed = afterWord.groups?.typed ?? '';
    const replace = { start: offset - typed.length, end: offset + rest.length };
    const word = afterWord[0].slice(0, afterWord[0].length - typed.length);
    // "Article | of the RPD": the instrument is written already; only the number is wanted.
    // A bare "section 1" (the Act by context) or a form this kind does not read names no instrument after the cursor.
    const probe = `${word}1`;
    const following = findCitations(`${probe}${lineAfter.slice(rest.length)}`).find(
      (c) => c.span.start === 0 && c.span.end > probe.length && (!c.onlyIn || (kind !== undefined && c.onlyIn.includes(kind))),
    );
    if (following) return { instruments: [following.instrument], typed, replace, writes: 'number' };
    const units = new Set(WORDS.find((_, i) => afterWord[i + 1] !== undefined)!.units);
    // "this section " in a CCF request is prose: a unit only the other kinds cite is not offered there.
    const fitting = INSTRUMENTS.filter((i) => units.has(i.unit) && (i.unit === 'article' || !kind || i.citedIn.includes(kind)));
    if (!fitting.length) return undefined;
    return { instruments: byRelevance(fitting, kind), typed, replace, writes: 'number-and-instrument' };
  }

  return undefined;
}

function byRelevance(instruments: readonly InstrumentDef[], kind: Kind | undefined): InstrumentId[] {
  const rank = (i: InstrumentDef) => (kind && i.citedIn.includes(kind) ? 0 : 1);
  return [...instruments].sort((a, b) => rank(a) - rank(b)).map((i) => i.id);
}
