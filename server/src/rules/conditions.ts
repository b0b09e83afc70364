// The named conditions of data/requirements.ts, evaluated against a submission.
import { REQUEST_TYPES, type RequestType } from '../vocabulary';
import type { Submission } from '../core/model';
import { APPEAL_LIMITS, type Condition } from '../data/requirements';
import type { RuleId } from '../data/rules';
import { isIsoDate, valueAt } from './keys';

export function requestTypes(sub: Submission): RequestType[] {
  const value = valueAt(sub, 'request');
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is RequestType => REQUEST_TYPES.includes(v as RequestType));
}

export interface AppealTiming {
  limit: number;
  code: RuleId;
  decision: string;
  deadline: string;
  date: string | undefined;
  late: boolean;
}

/** The time limit counts the day of the decision: Part 1, day + 6; Part 2, day + 13 (T-X-01, T-X-03). */
export function appealTiming(sub: Submission): AppealTiming | undefined {
  const regime = valueAt(sub, 'regime');
  const limit = typeof regime === 'string' ? APPEAL_LIMITS[regime] : undefined;
  const decision = valueAt(sub, 'decision.date');
  if (!limit || !isIsoDate(decision)) return undefined;
  const deadline = addDays(decision, limit.days - 1);
  const date = valueAt(sub, 'date');
  const dated = isIsoDate(date) ? date : undefined;
  return { limit: limit.days, code: limit.code, decision, deadline, date: dated, late: dated !== undefined && dated > deadline };
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

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
      return appealTiming(sub)?.late === true;
  }
}
