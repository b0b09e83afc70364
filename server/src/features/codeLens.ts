// Deadlines in view: on each date that starts a time limit, a code lens with the last day written
// in full in the document's language ("Last day to serve the appeal notice: Monday 2 November
// 2026 (7 days, EA 2003 s.26(4))"). The limits come only from rules/timeLimits.ts, which the
// deadline checks read too: the date shown is the date checked.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import { writtenDate } from '../core/dates';
import { fill } from '../core/text';
import { isolateRightToLeft } from '../core/text';
import { TIME_LIMIT } from '../data/interface';
import { isRightToLeft } from '../data/languages';
import { daysPhrase, monthsPhrase } from '../data/messages';
import { timeLimits, type TimeLimit } from '../rules/timeLimits';
import type { Span } from '../vocabulary';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

export interface TimeLimitNote {
  /** The start date's value in the frontmatter. */
  span: Span;
  /** One line: the act, the last day in full, the period and its basis. */
  title: string;
  limit: TimeLimit;
}

export function timeLimitNotes(analysis: Analysis): TimeLimitNote[] {
  const sub = analysis.submission;
  const lang = sub.language;
  const notes: TimeLimitNote[] = [];
  for (const limit of timeLimits(sub)) {
    const loc = sub.frontmatter?.locations.get(limit.startKey);
    if (!loc) continue;
    const period = 'days' in limit.period ? daysPhrase(limit.period.days, lang) : monthsPhrase(limit.period.months, lang);
    let title = fill(TIME_LIMIT[limit.act][lang], { date: writtenDate(limit.lastDay, lang, { weekday: true }) ?? limit.lastDay, period, basis: limit.basis });
    if (limit.status === 'U') title += ` — ${TIME_LIMIT.unconfirmed[lang]}`;
    notes.push({ span: loc.value, title, limit });
  }
  return notes;
}

export function codeLenses(doc: TextDocument, analysis: Analysis): CodeLens[] {
  if (!analysis.submission.isSubmission) return [];
  const rtl = isRightToLeft(analysis.submission.language);
  // A lens with an empty command is text to read, not a button.
  return timeLimitNotes(analysis).map((n) => ({ range: toRange(doc, n.span), command: { title: isolateRightToLeft(n.title, rtl), command: '' } }));
}
