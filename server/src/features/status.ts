// The completeness summary the client shows in the status bar.
import { KIND_PROFILES } from '../data/requirements';
import type { SubmissionStatus } from '../protocol';
import type { Analysis } from '../service/analysis';

export function submissionStatus(analysis: Analysis | undefined): SubmissionStatus {
  const sub = analysis?.submission;
  if (!analysis || !sub?.isSubmission) return { isSubmission: false, errors: 0, warnings: 0, hints: 0 };
  const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
  return {
    isSubmission: true,
    kind: sub.kind,
    label: sub.kind ? KIND_PROFILES[sub.kind].label.en : 'Submission',
    errors: count('error'),
    warnings: count('warning'),
    hints: count('hint') + count('information'),
  };
}
