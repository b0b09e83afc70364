// Time limits and dated conditions: revision within six months (T-CCF-04), the appeal notice's
// 7 / 14 days (T-X-01, T-X-03), the portal-only channel (CCF-REQ-09).
import { daysPhrase } from '../data/messages';
import { PORTAL_ONLY_FROM, REVISION_MONTHS } from '../data/requirements';
import { report, type Check, type CheckContext } from './finding';
import { addMonths, appealTiming, holds } from './conditions';
import { anchorFor, isIsoDate, valueAt, valueSpan } from './keys';

export const ccfDeadlines: Check = {
  name: 'CCF time limits',
  rules: ['T-CCF-04', 'CCF-REQ-09'],
  run: checkCcfDeadlines,
};

function checkCcfDeadlines(ctx: CheckContext): void {
  const { sub } = ctx;
  const date = valueAt(sub, 'date');
  const filedOn = isIsoDate(date) ? date : ctx.today;

  const discovered = valueAt(sub, 'new_fact_discovered');
  if (holds('revision', sub) && isIsoDate(discovered) && addMonths(discovered, REVISION_MONTHS) < filedOn) {
    report(ctx, 'T-CCF-04', valueSpan(sub, 'new_fact_discovered'), 'revision.late', { discovered, date: filedOn });
  }

  const channel = valueAt(sub, 'channel');
  if ((channel === 'email' || channel === 'post') && filedOn >= PORTAL_ONLY_FROM) {
    report(ctx, 'CCF-REQ-09', valueSpan(sub, 'channel'), 'channel.portal', { channel, date: filedOn }, {
      fixes: [{ kind: 'replace', span: valueSpan(sub, 'channel'), text: 'portal', title: 'channel: portal' }],
    });
  }
}

export const appealDeadline: Check = {
  name: 'appeal time limit',
  rules: ['T-X-01', 'T-X-03'],
  run: checkAppealDeadline,
};

function checkAppealDeadline(ctx: CheckContext): void {
  const timing = appealTiming(ctx.sub);
  if (!timing) return;
  if (!timing.date) {
    report(ctx, timing.code, anchorFor(ctx.sub, 'date'), 'appeal.noDate', {}, { severity: 'warning', fixes: [{ kind: 'add-key', path: 'date' }] });
    return;
  }
  if (timing.late) {
    report(ctx, timing.code, valueSpan(ctx.sub, 'date'), 'appeal.late', {
      date: timing.date,
      days: daysPhrase(timing.limit, ctx.language),
      decision: timing.decision,
      deadline: timing.deadline,
    });
  }
}
