// Time limits and dated conditions: revision within six months (T-CCF-04), the appeal notice's
// period (T-X-01, T-X-03), the portal-only channel (CCF-REQ-09). The limits themselves are worked
// out in timeLimits.ts, which the code lenses read too.
import { fill } from '../core/text';
import { writtenDate } from '../core/dates';
import { CLOSED_DAY_MOVE, daysPhrase, PERIOD_STARTS } from '../data/messages';
import { PORTAL_ONLY_FROM } from '../data/requirements';
import { report, type Check, type CheckContext } from './finding';
import { anchorFor, isIsoDate, valueAt, valueSpan } from './keys';
import { appealPeriod, timeLimits } from './timeLimits';

export const ccfDeadlines: Check = {
  name: 'CCF time limits',
  rules: ['T-CCF-04', 'CCF-REQ-09', 'CCF-REQ-12'],
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

  // Revision rests on a fact that, had it been known, would have changed the decision (CCF Statute
  // Art 42, R-CCF-42, S): a fact discovered before the decision was not new to it. A warning, not
  // an error: the applicant may have learnt it too late to put it to the Commission.
  const discovered = valueAt(sub, 'new_fact_discovered');
  const decided = valueAt(sub, 'ccf_decision.date');
  if (revision && isIsoDate(discovered) && isIsoDate(decided) && discovered < decided) {
    report(ctx, 'CCF-REQ-12', valueSpan(sub, 'new_fact_discovered'), 'revision.beforeDecision', { discovered, decision: decided }, { severity: 'warning' });
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
  const { sub, language } = ctx;
  const appeal = appealPeriod(sub);
  if (!appeal) return;
  const code = appeal.rule.code;
  if (!appeal.start) {
    // Part 2 runs from the day the person is informed of the order: never guess it from another date.
    if (appeal.rule.startKey === 'informed_of_order') {
      // As for `date` below: once the quick fix has written a prompt, the prompt is what is missing.
      const prompt = sub.frontmatter?.placeholders.get('informed_of_order');
      if (prompt) report(ctx, code, prompt, 'key.placeholder', { key: 'informed_of_order' }, { severity: 'warning' });
      else {
        const written = sub.frontmatter?.locations.has('informed_of_order');
        report(ctx, code, anchorFor(sub, 'informed_of_order'), 'appeal.noInformed', {}, { severity: 'warning', fixes: written ? [] : [{ kind: 'add-key', path: 'informed_of_order' }] });
      }
    }
    return; // a missing decision date is reported as a missing key (APP-REQ-03)
  }
  const limit = timeLimits(sub).find((t) => t.act === 'appeal-notice')!;
  if (!limit.measured) {
    // The quick fix writes a prompt for the date: from then on the prompt is what is missing.
    const prompt = sub.frontmatter?.placeholders.get('date');
    if (prompt) report(ctx, code, prompt, 'key.placeholder', { key: 'date' }, { severity: 'warning' });
    else {
      const written = sub.frontmatter?.locations.has('date');
      report(ctx, code, anchorFor(sub, 'date'), 'appeal.noDate', {}, { severity: 'warning', fixes: written ? [] : [{ kind: 'add-key', path: 'date' }] });
    }
    return;
  }
  if (limit.measured.date <= limit.lastDay || !('days' in limit.period)) return;
  const written = (iso: string) => writtenDate(iso, language) ?? iso;
  const moved = limit.moved ? fill(CLOSED_DAY_MOVE[language], { nominal: written(limit.moved.from) }) : '';
  report(ctx, code, valueSpan(sub, 'date'), 'appeal.late', {
    date: written(limit.measured.date),
    days: daysPhrase(limit.period.days, language),
    start: fill(PERIOD_STARTS[limit.startKey][language], { date: written(limit.start) }),
    deadline: written(limit.lastDay) + moved,
  });
}
