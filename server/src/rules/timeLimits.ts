// The time limits a submission's dates start, worked out once: the appeal notice's period, the
// revision's six months, the CCF's own month to decide admissibility. The deadline checks, the
// code lenses and the hovers all read these, so the date a lawyer sees is the date checked.
import type { Submission } from '../core/model';
import { APPEAL_LIMITS, REVISION_MONTHS } from '../data/requirements';
import type { RuleId } from '../data/rules';
import { addDays, addMonths } from '../core/dates';
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
  /** The last day on which the act is in time. */
  lastDay: string;
  /** The provision that sets the limit, as a lawyer cites it. */
  basis: string;
  /** Catalogue status of the fact (P, S, U). */
  status: 'P' | 'S' | 'U';
  /** The key whose date is measured against the last day (the notice's or request's own date), if written. */
  measured?: { key: string; date: string };
}

export function timeLimits(sub: Submission): TimeLimit[] {
  if (!sub.isSubmission || !sub.kind) return [];
  const out: TimeLimit[] = [];
  const filed = dateAt(sub, 'date');
  const measured = filed ? { key: 'date', date: filed } : undefined;

  if (sub.kind === 'extradition-appeal') {
    const regime = valueAt(sub, 'regime');
    const limit = typeof regime === 'string' ? APPEAL_LIMITS[regime] : undefined;
    const start = dateAt(sub, 'decision.date');
    if (limit && start) {
      // "Starting with" the day: that day counts as the first of the period (CrimPR 2014 r.17.19).
      out.push({
        id: limit.code,
        rule: limit.code,
        actor: 'appellant',
        act: 'appeal-notice',
        startKey: 'decision.date',
        start,
        period: { days: limit.days },
        lastDay: addDays(start, limit.days - 1),
        basis: limit.code === 'T-X-01' ? 'EA 2003 s.26(4)' : 'EA 2003 s.103(9), s.108(4)',
        status: 'P',
        measured,
      });
    }
  }

  if (sub.kind === 'ccf-request') {
    const discovered = dateAt(sub, 'new_fact_discovered');
    if (requestTypes(sub).includes('revision') && discovered) {
      out.push({
        id: 'T-CCF-04',
        rule: 'T-CCF-04',
        actor: 'applicant',
        act: 'revision',
        startKey: 'new_fact_discovered',
        start: discovered,
        period: { months: REVISION_MONTHS },
        lastDay: addMonths(discovered, REVISION_MONTHS),
        basis: 'CCF Statute Art 42(2)',
        status: 'S',
        measured,
      });
    }
    if (filed) {
      // The CCF's own limit, from receipt; the request's date stands in for the day it is received.
      out.push({
        id: 'T-CCF-01',
        actor: 'ccf',
        act: 'admissibility',
        startKey: 'date',
        start: filed,
        period: { months: 1 },
        lastDay: addMonths(filed, 1),
        basis: 'CCF Statute Art 32',
        status: 'S',
      });
    }
  }
  return out;
}

function dateAt(sub: Submission, path: string): string | undefined {
  const value = valueAt(sub, path);
  return isIsoDate(value) ? value : undefined;
}
