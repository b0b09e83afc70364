// Applies every rule family to a parsed submission and returns findings in document order.
import type { Severity } from '../vocabulary';
import type { Submission } from '../core/model';
import { KIND_PROFILES } from '../data/requirements';
import { lineOf } from '../core/text';
import { report, type CheckContext, type Finding } from './finding';
import { MAX_BODY_CHARS } from '../core/parse';
import { checkFrontmatterShape, checkFrontmatterSyntax, checkFutureDates } from './frontmatter';
import { checkLanguage } from './language';
import { checkCcfParties, checkExtraditionParties } from './parties';
import { checkCitedProvisions, checkExhibits, checkWarrants } from './references';
import { checkPlaceholders, checkSections } from './sections';
import { checkAppealDeadline, checkCcfDeadlines } from './deadlines';
import { checkParagraphSequence } from './paragraphs';

export type { Finding } from './finding';

export interface CheckOptions {
  /** YYYY-MM-DD; defaults to today (local time). */
  today?: string;
  fileExists?: (relativePath: string) => boolean;
  /** Per-code severity, or 'off' to silence a code. */
  severityOverrides?: Record<string, Severity | 'off'>;
}

export function checkSubmission(sub: Submission, options: CheckOptions = {}): Finding[] {
  if (!sub.isSubmission) return [];
  const findings: Finding[] = [];
  const language = sub.language;
  checkFrontmatterSyntax({ sub, language, findings });
  if (sub.oversized) {
    const limit = MAX_BODY_CHARS.toLocaleString('en');
    report({ language, findings }, 'FMT-SIZE', { start: sub.frontmatter?.span.start ?? 0, end: (sub.frontmatter?.span.start ?? 0) + 3 }, 'document.tooLarge', { size: sub.text.length.toLocaleString('en'), limit });
  } else if (sub.kind && !sub.frontmatter?.syntaxErrors.length) {
    const ctx: CheckContext = {
      sub,
      kind: sub.kind,
      profile: KIND_PROFILES[sub.kind],
      language,
      today: options.today ?? localToday(),
      fileExists: options.fileExists,
      findings,
    };
    checkFrontmatterShape(ctx);
    checkFutureDates(ctx);
    checkLanguage(ctx);
    if (sub.kind === 'ccf-request') {
      checkCcfParties(ctx);
      checkCcfDeadlines(ctx);
    } else {
      checkExtraditionParties(ctx);
      if (sub.kind === 'extradition-appeal') checkAppealDeadline(ctx);
    }
    checkSections(ctx);
    checkWarrants(ctx);
    checkExhibits(ctx);
    checkCitedProvisions(ctx);
    checkPlaceholders(ctx);
    checkParagraphSequence(ctx);
  }
  return applyOptions(sub, findings, options).sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

function applyOptions(sub: Submission, findings: Finding[], options: CheckOptions): Finding[] {
  const { file, lines } = sub.suppressions;
  const out: Finding[] = [];
  for (const f of findings) {
    if (file.has(f.code)) continue;
    if (lines.size && lines.get(lineOf(sub.lineStarts, f.span.start))?.has(f.code)) continue;
    const override = options.severityOverrides?.[f.code];
    if (override === 'off') continue;
    out.push(override ? { ...f, severity: override } : f);
  }
  return out;
}

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
