// Who signed a CCF request (CCF-REQ-06): the applicant or the authorised representative. A name
// under `signed.by` that is neither is worth a look before filing: a colleague signing for the
// representative named in the power of attorney, or a name left from another matter.
import { report, type Check, type CheckContext } from './finding';
import { valueAt, valueSpan } from './keys';

export const signatory: Check = {
  name: 'signatory',
  rules: ['CCF-REQ-06'],
  run: checkSignatory,
};

/** Titles and styles written before or after a name, in the four languages. */
const STYLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'esq', 'kc', 'qc', 'hon',
  'm', 'mme', 'mlle', 'me', 'maitre', 'avocat', 'avocate',
  'sr', 'sra', 'srta', 'dra', 'don', 'dona', 'lic', 'licdo', 'licda', 'lcdo', 'lcda', 'abg', 'letrado', 'letrada', 'abogado', 'abogada',
  'السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'المحامي', 'المحامية', 'الدكتور', 'الدكتورة', 'د',
]);

function checkSignatory(ctx: CheckContext): void {
  const { sub } = ctx;
  const by = valueAt(sub, 'signed.by');
  if (typeof by !== 'string' || !by.trim()) return;
  // An entity signs through an officer, a minor through whoever has parental authority: neither is named here.
  if (valueAt(sub, 'applicant.entity') === true || valueAt(sub, 'applicant.minor') === true) return;
  const named = written([valueAt(sub, 'applicant.name'), valueAt(sub, 'representative.name')]);
  const otherNames = valueAt(sub, 'applicant.other_names');
  const names = [...named, ...written(Array.isArray(otherNames) ? otherNames : [otherNames])];
  if (names.length === 0 || names.some((name) => samePerson(by, name))) return;
  report(ctx, 'CCF-REQ-06', valueSpan(sub, 'signed.by'), 'signed.stranger', { by: by.trim(), names: named.join(' / ') }, { severity: 'warning' });
}

function written(values: readonly unknown[]): string[] {
  return values.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
}

/**
 * Whether two written names can be the same person: every word of one (titles left out) is a
 * word of the other, its initial or a short form of it ("J. Smith", "Mª José", "Fco. Ruiz", "Maître
 * Sophie Leroy", "Thomas Reid, for Reid & Partners"). Case, accents and punctuation do not count.
 */
export function samePerson(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return true;
  return within(x, y) || within(y, x);
}

function within(part: readonly string[], whole: readonly string[]): boolean {
  return part.every((w) => whole.some((v) => v === w || abbreviates(w, v) || abbreviates(v, w)));
}

/** An initial ("J"), or a short form made of the word's letters in order ("Fco." Francisco, "Mª" María, "Glez." González). */
function abbreviates(short: string, word: string): boolean {
  if (short.length > 4 || short.length >= word.length || short[0] !== word[0]) return false;
  let at = 0;
  for (const ch of word) if (ch === short[at]) at++;
  return at >= short.length;
}

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STYLES.has(w));
}
