// The time limits a submission's dates start, worked out once: the appeal notice's period, the
// revision's six months, the CCF's own month to decide admissibility. The deadline checks, the
// code lenses and the hovers all read these, so the date a lawyer sees is the date checked.
import { closedReason, nextOpenDay, type ClosedReason } from '../core/courtDays';
import { addDays, addMonths } from '../core/dates';
import type { Submission } from '../core/model';
import { ADMISSIBILITY_LIMIT, APPEAL_LIMITS, REVISION_LIMIT, type PeriodRule } from '../data/requirements';
import type { RuleId } from '../data/rules';
import { isIsoDate, requestTypes, valueAt } from './keys';

export interface TimeLimit {
  /** Catalogue id of the time limit (T-X-01, T-CCF-04, T-CCF-01). */
  id: string;
  /** The rule that checks it, when one does. */
  rule?: RuleId;
  /** Who must act by the last day. */
  actor: 'appellant' | 'applicant' | 'ccf';
  /** What must be done by the last day. */
  act: 'appeal-notice' | 'revision' | 'admissibility';
  /** The frontmatter key whose date starts the period, and that date. */
  startKey: string;
  start: string;
  period: { days: number } | { months: number };
  /** The last day on which the act is in time, after any move past days the court office is closed. */
  lastDay: string;
  /** When the period's own last day was a day the office was closed: that day, and each day skipped, with why. */
  moved?: { from: string; skipped: { date: string; reason: ClosedReason }[] };
  /** The provision that sets the limit, as a lawyer cites it. */
  basis: string;
  /** Catalogue status of the fact (P, S, U). */
  status: 'P' | 'S' | 'U';
  sources: readonly string[];
  /** The key whose date is measured against the last day (the notice's or request's own date), if written. */
  measured?: { key: string; date: string };
}

/** The appeal notice's regime, when it is one the product counts, and whether the date that starts it is written. */
export function appealPeriod(sub: Submission): { rule: PeriodRule; start: string | undefined } | undefined {
  if (sub.kind !== 'extradition-appeal') return undefined;
  const regime = valueAt(sub, 'regime');
  const rule = typeof regime === 'string' ? APPEAL_LIMITS[regime] : undefined;
  return rule && { rule, start: dateAt(sub, rule.startKey) };
}

export function timeLimits(sub: Submission): TimeLimit[] {
  if (!sub.isSubmission || !sub.kind) return [];
  const out: TimeLimit[] = [];
  const filed = dateAt(sub, 'date');
  const measured = filed ? { key: 'date', date: filed } : undefined;

  const appeal = appealPeriod(sub);
  if (appeal?.start) out.push({ ...limit(appeal.rule, appeal.start), actor: 'appellant', act: 'appeal-notice', measured });

  if (sub.kind === 'ccf-request') {
    const discovered = dateAt(sub, REVISION_LIMIT.startKey);
    if (requestTypes(sub).includes('revision') && discovered) {
      out.push({ ...limit(REVISION_LIMIT, discovered), actor: 'applicant', act: 'revision', measured });
    }
    if (filed) {
      // The CCF's own limit, from receipt; the request's date stands in for the day it is received.
      out.push({
        id: 'T-CCF-01',
        actor: 'ccf',
        act: 'admissibility',
        startKey: 'date',
        start: filed,
        period: ADMISSIBILITY_LIMIT.period,
        lastDay: addMonths(filed, ADMISSIBILITY_LIMIT.period.months),
        basis: ADMISSIBILITY_LIMIT.basis,
        status: ADMISSIBILITY_LIMIT.status,
        sources: ADMISSIBILITY_LIMIT.sources,
      });
    }
  }
  return out;
}

function limit(rule: PeriodRule, start: string): Omit<TimeLimit, 'actor' | 'act'> {
  // "Starting with" the day: that day is the first of the period.
  const nominal = 'days' in rule.period ? addDays(start, rule.period.days - 1) : addMonths(start, rule.period.months);
  const base = { id: rule.code, rule: rule.code, startKey: rule.startKey, start, period: rule.period, basis: rule.basis, status: rule.status, sources: rule.sources };
  if (!rule.closedDaysExtend || !closedReason(nominal)) return { ...base, lastDay: nominal };
  const { day, skipped } = nextOpenDay(nominal);
  return { ...base, lastDay: day, moved: { from: nominal, skipped } };
}

function dateAt(sub: Submission, path: string): string | undefined {
  const value = valueAt(sub, path);
  return isIsoDate(value) ? value : undefined;
}
