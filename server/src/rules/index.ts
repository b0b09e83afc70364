// Applies the rule families to a parsed submission and returns findings in document order. Which
// family runs for which kind comes from the rule table (each family names the rules it reports
// under; it runs for the kinds of those rules).
import type { Submission } from '../core/model';
import { MAX_BODY_CHARS } from '../core/parse';
import { lineOf } from '../core/text';
import type { Severity } from '../vocabulary';
import { ccfDeadlines, appealDeadline } from './deadlines';
import { runContained, type CheckFailureLog } from './containment';
import { kindsOf, report, type Check, type CheckContext, type Finding } from './finding';
import { checkFrontmatterSyntax, frontmatterShape, futureDates } from './frontmatter';
import { declaredLanguage } from './language';
import { citedProvisions, exhibits, warrants } from './references';
import { requiredKeys } from './requirements';
import { signatory } from './signatory';
import { paragraphReferences, paragraphSequence } from './paragraphs';
import { unprintableCharacters } from './glyphs';
import { readingLimits } from './limits';
import { placeholders, requiredSections } from './sections';
import { sectionStates, type SectionState } from './sectionStates';

export type { Finding } from './finding';
export type { SectionState } from './sectionStates';

export interface CheckOptions {
  /** YYYY-MM-DD; defaults to today (local time). */
  today?: string;
  /** Whether a file named relative to the submission exists; undefined when it may not be looked at (service/files.ts). */
  fileExists?: (relativePath: string) => boolean | undefined;
  /** Per-code severity, or 'off' to silence a code. */
  severityOverrides?: Record<string, Severity | 'off'>;
  /** Told once when a family of checks fails on a document (rules/containment.ts); stderr by default. */
  onCheckFailed?: CheckFailureLog;
}

/** In order: the placeholder check skips prompts that an earlier check already reported. */
export const CHECKS: readonly Check[] = [
  frontmatterShape,
  futureDates,
  requiredKeys,
  signatory,
  declaredLanguage,
  ccfDeadlines,
  appealDeadline,
  requiredSections,
  warrants,
  exhibits,
  citedProvisions,
  paragraphSequence,
  paragraphReferences,
  placeholders,
  unprintableCharacters,
  readingLimits,
];
const CHECK_KINDS = new Map(CHECKS.map((c) => [c, kindsOf(c)]));

export interface CheckResult {
  findings: Finding[];
  /** The section requirements that apply and how each stands (empty when the kind is unknown). */
  sectionStates: SectionState[];
}

export function checkSubmission(sub: Submission, options: CheckOptions = {}): Finding[] {
  return evaluateSubmission(sub, options).findings;
}

/** The findings and the section states the outline and hover show beside them. */
export function evaluateSubmission(sub: Submission, options: CheckOptions = {}): CheckResult {
  if (!sub.isSubmission) return { findings: [], sectionStates: [] };
  const findings: Finding[] = [];
  const language = sub.language;
  let states: SectionState[] = [];
  checkFrontmatterSyntax({ sub, language, findings });
  if (sub.oversized) {
    const limit = MAX_BODY_CHARS.toLocaleString('en');
    const start = sub.frontmatter?.span.start ?? 0;
    report({ language, findings }, 'FMT-SIZE', { start, end: start + 3 }, 'document.tooLarge', { size: sub.source.length.toLocaleString('en'), limit });
  } else if (sub.kind && !sub.frontmatter?.syntaxErrors.length) {
    states = sectionStates(sub);
    const ctx: CheckContext = {
      sub,
      kind: sub.kind,
      language,
      sectionStates: states,
      today: options.today ?? localToday(),
      fileExists: options.fileExists,
      findings,
    };
    const kind = sub.kind;
    runContained(
      CHECKS.filter((check) => CHECK_KINDS.get(check)!.has(kind)),
      ctx,
      options.onCheckFailed,
    );
  }
  const out = applyOptions(sub, findings, options).sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  return { findings: out, sectionStates: states };
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
