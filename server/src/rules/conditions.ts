// The named conditions of data/requirements.ts, evaluated against a submission.
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
    case 'no-correction-or-deletion':
      return !types.includes('correction') && !types.includes('deletion');
    case 'access-only':
      return types.length > 0 && types.every((t) => t === 'access');
    case 'not-access-only':
      return !(types.length > 0 && types.every((t) => t === 'access'));
    case 'revision':
      return types.includes('revision');
    case 'urgent':
      return valueAt(sub, 'urgent') === true;
    case 'has-exhibits':
      return sub.exhibits.length > 0 || sub.exhibitCitations.length > 0;
    case 'late-appeal':
      return timeLimits(sub).some((t) => t.act === 'appeal-notice' && t.measured !== undefined && t.measured.date > t.lastDay);
  }
}
