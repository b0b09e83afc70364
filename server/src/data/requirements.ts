// What each kind must contain (submission format v1, "Sections" and "Frontmatter"), as data.
// The conditions are named here and evaluated in rules/conditions.ts.
import type { Kind, Localized, SectionId, Severity } from '../vocabulary';
import type { RuleId } from './rules';

export type Condition =
  | 'always'
  | 'natural-person'
  | 'entity'
  | 'minor'
  | 'correction-or-deletion'
  | 'not-access-only'
  | 'access-only'
  | 'revision'
  | 'urgent'
  | 'has-exhibits'
  | 'late-appeal';

export interface SectionRequirement {
  section: SectionId;
  /** Other sections that also satisfy it (a defence may head its bars "Grounds"). */
  alternatives?: SectionId[];
  code: RuleId;
  when: Condition;
  /** Lower than the rule's severity when the section is only recommended. */
  severity?: Severity;
  /** Code raised when the section cites no recognised provision. */
  citationCode?: RuleId;
}

export interface KindProfile {
  label: Localized;
  sections: SectionRequirement[];
}

export const KIND_PROFILES: Record<Kind, KindProfile> = {
  'ccf-request': {
    label: { en: 'CCF request', fr: 'Requête à la CCF', es: 'Solicitud a la CCF', ar: 'طلب إلى لجنة الرقابة على محفوظات الإنتربول' },
    sections: [
      { section: 'facts', code: 'CCF-REC-01', when: 'always' },
      { section: 'warrants', code: 'CCF-REC-02', when: 'not-access-only' },
      { section: 'warrants', code: 'CCF-REC-02', when: 'access-only', severity: 'hint' },
      { section: 'rules-violated', code: 'CCF-REQ-11', when: 'correction-or-deletion', citationCode: 'CCF-REC-03' },
      { section: 'new-fact', code: 'CCF-REQ-12', when: 'revision' },
      { section: 'urgency', code: 'CCF-REC-06', when: 'urgent' },
      { section: 'relief', code: 'CCF-REQ-08', when: 'always' },
      { section: 'annexes', code: 'CCF-REC-04', when: 'has-exhibits' },
    ],
  },
  'extradition-defence': {
    label: {
      en: 'Extradition defence',
      fr: 'Conclusions en défense (extradition)',
      es: 'Escrito de oposición a la extradición',
      ar: 'مذكرة دفاع في التسليم',
    },
    sections: [
      { section: 'facts', code: 'SK-09', when: 'always' },
      { section: 'warrants', code: 'SK-01', when: 'always' },
      { section: 'bars', alternatives: ['rules-violated'], code: 'SK-03', when: 'always', citationCode: 'SK-03' },
      { section: 'relief', code: 'SK-08', when: 'always' },
      { section: 'annexes', code: 'SK-07', when: 'has-exhibits' },
    ],
  },
  'extradition-appeal': {
    label: {
      en: 'Extradition appeal notice',
      fr: 'Acte d’appel (extradition)',
      es: 'Escrito de apelación (extradición)',
      ar: 'إخطار استئناف في التسليم',
    },
    sections: [
      { section: 'facts', code: 'APP-REQ-05', when: 'always' },
      { section: 'warrants', code: 'SK-01', when: 'always' },
      { section: 'bars', alternatives: ['rules-violated'], code: 'APP-REQ-04', when: 'always', citationCode: 'APP-REQ-04' },
      { section: 'delay', code: 'APP-REQ-08', when: 'late-appeal' },
      { section: 'relief', code: 'SK-08', when: 'always' },
      { section: 'annexes', code: 'APP-REQ-06', when: 'has-exhibits' },
    ],
  },
};

/** Time limits for an appeal notice, counting the day of the decision (T-X-01, T-X-03). */
export const APPEAL_LIMITS: Partial<Record<string, { days: number; code: RuleId }>> = {
  'uk-part-1': { days: 7, code: 'T-X-01' },
  'uk-part-2': { days: 14, code: 'T-X-03' },
};

/** Revision must be filed within this many months of the discovery (CCF Statute Art 42(2), T-CCF-04). */
export const REVISION_MONTHS = 6;

/** From this date requests go through the CCF portal only (S04, T-CCF-06). */
export const PORTAL_ONLY_FROM = '2026-03-26';

