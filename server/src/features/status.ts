// The completeness summary the client shows in the status bar, in the document's language.
import { fill } from '../core/text';
import { isolateRightToLeft } from '../core/text';
import { missingElements, STATUS } from '../data/interface';
import { isRightToLeft } from '../data/languages';
import { KIND_PROFILES } from '../data/requirements';
import type { SubmissionStatus } from '../protocol';
import type { Analysis } from '../service/analysis';

export function submissionStatus(analysis: Analysis | undefined): SubmissionStatus {
  const sub = analysis?.submission;
  if (!analysis || !sub?.isSubmission) return { isSubmission: false, errors: 0, warnings: 0, hints: 0 };
  const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
  const lang = sub.language;
  const label = sub.kind ? KIND_PROFILES[sub.kind].label[lang] : 'Submission';
  const errors = count('error');
  const warnings = count('warning');
  const hints = count('hint') + count('information');
  const text = errors > 0 ? fill(STATUS.missing[lang], { label, missing: missingElements(errors, lang) }) : fill(STATUS.complete[lang], { label });
  const rtl = isRightToLeft(lang);
  return {
    isSubmission: true,
    kind: sub.kind,
    label,
    errors,
    warnings,
    hints,
    language: lang,
    text: isolateRightToLeft(text, rtl),
    tooltip: isolateRightToLeft(fill(STATUS.tooltip[lang], { errors, warnings, hints }), rtl),
  };
}
