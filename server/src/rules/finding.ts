// What a check reports: the core's own small type, mapped to LSP or CLI output elsewhere.
import { composeMessage, type MessageArgs } from '../core/messages';
import type { Submission } from '../core/model';
import type { MessageKey } from '../data/messages';
import { rule, RULES, type RuleId } from '../data/rules';
import type { Fix, Kind, Language, Span, Severity } from '../vocabulary';
import type { SectionState } from './sectionStates';

export interface Finding {
  code: RuleId;
  severity: Severity;
  span: Span;
  message: string;
  fixes: Fix[];
}

export interface CheckContext {
  sub: Submission;
  kind: Kind;
  language: Language;
  /** The section requirements that apply and how each stands (rules/sectionStates.ts), worked out once. */
  sectionStates: readonly SectionState[];
  /** YYYY-MM-DD; injected so that checks are pure and tests are stable. */
  today: string;
  /** Absent when no file system is at hand. Whether a file named relative to the submission exists; undefined when it may not be looked at (service/files.ts). */
  fileExists?: (relativePath: string) => boolean | undefined;
  findings: Finding[];
}

/** The part of a context that reporting needs (syntax checks run before the kind is known). */
export type Reporter = Pick<CheckContext, 'language' | 'findings'>;

/**
 * A family of checks: one file in rules/. It runs for every kind that one of its rules applies to
 * (the rule table's `kinds`), so which checks run for which kind is data, not code.
 */
export interface Check {
  name: string;
  /** The rules it reports under. */
  rules: readonly RuleId[];
  run(ctx: CheckContext): void;
}

/** The kinds a check runs for: those of its rules. */
export function kindsOf(check: Check): Set<Kind> {
  const ids = new Set<string>(check.rules);
  return new Set(RULES.filter((r) => ids.has(r.id)).flatMap((r) => r.kinds));
}

export function report(
  ctx: Reporter,
  code: RuleId,
  span: Span,
  key: MessageKey,
  args: MessageArgs = {},
  options: { severity?: Severity; fixes?: Fix[] } = {},
): void {
  ctx.findings.push({
    code,
    severity: options.severity ?? rule(code).severity,
    span,
    message: composeMessage(code, key, args, ctx.language),
    fixes: options.fixes ?? [],
  });
}
