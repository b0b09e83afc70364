// The named conditions of data/requirements.ts, evaluated against a submission.
import { isQuotedForeignCitation } from '../core/exhibits';
import type { Submission } from '../core/model';
import type { Condition } from '../data/requirements';
import { requestTypes, valueAt } from './keys';
import { timeLimits } from './timeLimits';

export function holds(condition: Condition, sub: Submission): boolean {
  const types = requestTypes(sub);
  switch (condition) {
    case 'always':
      return true;
    case 'natural-person':
      return valueAt(sub, 'applicant.entity') !== true;
    case 'entity':
      return valueAt(sub, 'applicant.entity') === true;
    case 'minor':
      return valueAt(sub, 'applicant.minor') === true;
    case 'correction-or-deletion':
      return types.includes('correction') || types.includes('deletion');
    case 'arrest-data-challenged':
      return (types.includes('correction') || types.includes('deletion')) && challengesArrestData(sub);
    case 'warrants-recommended':
      return (types.length === 0 || types.includes('revision') || sub.warrants.length > 0) && !holds('arrest-data-challenged', sub);
    case 'access-only':
      return types.length > 0 && types.every((t) => t === 'access');
    case 'not-access-only':
      return !(types.length > 0 && types.every((t) => t === 'access'));
    case 'revision':
      return types.includes('revision');
    case 'urgent':
      return valueAt(sub, 'urgent') === true;
    case 'has-exhibits':
      // An undeclared id quoted from another text is not a citation of this submission's.
      return sub.exhibits.length > 0 || sub.exhibitCitations.some((c) => !isQuotedForeignCitation(sub, c));
    case 'late-appeal':
      return timeLimits(sub).some((t) => t.act === 'appeal-notice' && t.measured !== undefined && t.measured.date > t.lastDay);
  }
}

/** Data types that seek an arrest, or may: the warrant is what they rest on. */
const ARREST_DATA = new Set(['red-notice', 'diffusion', 'unknown']);

/** Whether the data challenged include a red notice or a diffusion, or are not said (`data` absent or untyped). */
function challengesArrestData(sub: Submission): boolean {
  const data = valueAt(sub, 'data');
  if (!Array.isArray(data) || data.length === 0) return true;
  return data.some((d) => {
    const type = d && typeof d === 'object' ? (d as Record<string, unknown>).type : undefined;
    return typeof type !== 'string' || ARREST_DATA.has(type);
  });
}
