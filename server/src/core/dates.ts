// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone moves a day, and
// dates written out in full in the document's language.
import type { Language } from '../vocabulary';
import { LANGUAGE_INFO } from '../data/languages';

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `months` later; a day the month lacks becomes its last (31 August + 6 months = 28/29 February). */
export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * A date written in full, never ambiguous: "2 November 2026", "2 novembre 2026", "2 de noviembre
 * de 2026", "2 نوفمبر 2026"; with `weekday`, "Monday 2 November 2026", "lundi 2 novembre 2026".
 * Anything that is not a valid ISO date gives undefined.
 */
export function writtenDate(date: string | Date, language: Language, options: { weekday?: boolean } = {}): string | undefined {
  const d = typeof date === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? new Date(`${date.trim()}T00:00:00Z`) : undefined) : date;
  if (!d || Number.isNaN(d.getTime())) return undefined;
  const key = `${language}:${options.weekday ? 'w' : ''}`;
  let format = FORMATS.get(key);
  if (!format) {
    const weekday = options.weekday ? ({ weekday: 'long' } as const) : {};
    format = new Intl.DateTimeFormat(LANGUAGE_INFO[language].dateLocale, { ...weekday, day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    FORMATS.set(key, format);
  }
  // English and Spanish put a comma after the weekday ("Monday, 2 November"); a date in a
  // sentence reads better without it. The Arabic comma stays.
  return format
    .formatToParts(d)
    .map((p, i, parts) => (p.type === 'literal' && parts[i - 1]?.type === 'weekday' && p.value.trim() === ',' ? ' ' : p.value))
    .join('');
}
