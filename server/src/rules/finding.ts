// What a check reports: the core's own small type, mapped to LSP or CLI output elsewhere.
import type { Fix, Kind, Language, Span, Severity } from '../vocabulary';
import { composeMessage, type MessageArgs } from '../core/messages';
import type { Submission } from '../core/model';
import type { MessageKey } from '../data/messages';
import type { KindProfile } from '../data/requirements';
import { rule } from '../data/rules';


export interface Finding {
  code: string;
  severity: Severity;
  span: Span;
  message: string;
  fixes: Fix[];
}

export interface CheckContext {
  sub: Submission;
  kind: Kind;
  profile: KindProfile;
  language: Language;
  /** YYYY-MM-DD; injected so that checks are pure and tests are stable. */
  today: string;
  /** Whether a path relative to the submission exists; undefined when no file system is at hand. */
  fileExists?: (relativePath: string) => boolean;
  findings: Finding[];
}

/** The part of a context that reporting needs (syntax checks run before the kind is known). */
export type Reporter = Pick<CheckContext, 'language' | 'findings'>;

export function report(
  ctx: Reporter,
  code: string,
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
