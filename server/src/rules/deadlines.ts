// Time limits and dated conditions: revision within six months (T-CCF-04), the appeal notice's
// period (T-X-01, T-X-03), the portal-only channel (CCF-REQ-09). The limits themselves are worked
// out in timeLimits.ts, which the code lenses read too.
import { daysPhrase } from '../data/messages';
import { PORTAL_ONLY_FROM } from '../data/requirements';
import { report, type Check, type CheckContext } from './finding';
import { anchorFor, isIsoDate, valueAt, valueSpan } from './keys';
import { timeLimits } from './timeLimits';

export const ccfDeadlines: Check = {
  name: 'CCF time limits',
  rules: ['T-CCF-04', 'CCF-REQ-09'],
  run: checkCcfDeadlines,
};

function checkCcfDeadlines(ctx: CheckContext): void {
  const { sub } = ctx;
  const date = valueAt(sub, 'date');
  const filedOn = isIsoDate(date) ? date : ctx.today;

  const revision = timeLimits(sub).find((t) => t.act === 'revision');
  if (revision && revision.lastDay < filedOn) {
    report(ctx, 'T-CCF-04', valueSpan(sub, revision.startKey), 'revision.late', { discovered: revision.start, date: filedOn });
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
  const limit = timeLimits(ctx.sub).find((t) => t.act === 'appeal-notice');
  if (!limit?.rule || !('days' in limit.period)) return;
  if (!limit.measured) {
    // The quick fix writes a prompt for the date: from then on the prompt is what is missing.
    const prompt = ctx.sub.frontmatter?.placeholders.get('date');
    if (prompt) report(ctx, limit.rule, prompt, 'key.placeholder', { key: 'date' }, { severity: 'warning' });
    else {
      const written = ctx.sub.frontmatter?.locations.has('date');
      report(ctx, limit.rule, anchorFor(ctx.sub, 'date'), 'appeal.noDate', {}, { severity: 'warning', fixes: written ? [] : [{ kind: 'add-key', path: 'date' }] });
    }
    return;
  }
  if (limit.measured.date > limit.lastDay) {
    report(ctx, limit.rule, valueSpan(ctx.sub, 'date'), 'appeal.late', {
      date: limit.measured.date,
      days: daysPhrase(limit.period.days, ctx.language),
      decision: limit.start,
      deadline: limit.lastDay,
    });
  }
}
