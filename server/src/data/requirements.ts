// What each kind must contain (submission format v1, "Sections" and "Frontmatter"), as data.
// The conditions are named here and evaluated in rules/conditions.ts.
import type { Kind, Language, Localized, SectionId, Severity } from '../vocabulary';
import type { RuleId } from './rules';

export type Condition =
  | 'always'
  | 'natural-person'
  | 'entity'
  | 'minor'
  | 'correction-or-deletion'
  | 'arrest-data-challenged'
  | 'warrants-recommended'
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
  /**
   * The citations must include one of INTERPOL's rules: the CCF reviews compliance with those only
   * (CCF Statute Art 2(3), Art 3(1)(a); REV-01, P).
   */
  interpolRulesOnly?: true;
}

export interface KindProfile {
  label: Localized;
  sections: SectionRequirement[];
  /** When at least one warrant or decision must be declared under `warrants`. */
  warrantsRequired: Condition;
}

export const KIND_PROFILES: Record<Kind, KindProfile> = {
  'ccf-request': {
    warrantsRequired: 'arrest-data-challenged',
    label: { en: 'CCF request', fr: 'Requête à la CCF', es: 'Solicitud a la CCF', ar: 'طلب إلى لجنة الرقابة على محفوظات الإنتربول' },
    sections: [
      // An access request's purpose is the request itself: it needs no facts, grounds or relief
      // heading. Facts, grounds and the warrant are what a correction or deletion is judged on
      // (merits, not admissibility: REV-02, P).
      { section: 'facts', code: 'CCF-REC-01', when: 'correction-or-deletion' },
      // The warrant is what a red notice rests on (RPD Art 83(2)(b), CCF-REC-02, S); a diffusion
      // seeking arrest is treated alike, and undeclared or unknown data may be either. Other
      // notices (blue, yellow…) rest on none, and an access request cannot be expected to know of
      // one (REV-02, P): no warrant is asked for them. The section is hinted at for a revision,
      // wherever warrants are declared, and while `request` does not say what is sought.
      { section: 'warrants', code: 'CCF-REC-02', when: 'arrest-data-challenged' },
      { section: 'warrants', code: 'CCF-REC-02', when: 'warrants-recommended', severity: 'hint' },
      { section: 'rules-violated', code: 'CCF-REQ-11', when: 'correction-or-deletion', citationCode: 'CCF-REC-03', interpolRulesOnly: true },
      { section: 'new-fact', code: 'CCF-REQ-12', when: 'revision' },
      { section: 'urgency', code: 'CCF-REC-06', when: 'urgent' },
      { section: 'relief', code: 'CCF-REQ-08', when: 'not-access-only', severity: 'hint' },
      { section: 'annexes', code: 'CCF-REC-04', when: 'has-exhibits' },
    ],
  },
  'extradition-defence': {
    warrantsRequired: 'always',
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
    warrantsRequired: 'always',
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
      { section: 'relief', code: 'APP-REQ-09', when: 'always', severity: 'hint' },
      { section: 'annexes', code: 'APP-REQ-06', when: 'has-exhibits' },
    ],
  },
};

/**
 * The language of the court an extradition submission goes to, where the regime says which court:
 * England and Wales work in English (REV-07, S: practice; Welsh may be used in Wales, which the
 * product cannot write). For `ece` and `other` the court is not known to the checker.
 */
export const COURT_LANGUAGE: Partial<Record<string, Language>> = { 'uk-part-1': 'en', 'uk-part-2': 'en' };

/** A time limit and how it is counted, with its source and the catalogue's status for it. */
export interface PeriodRule {
  code: RuleId;
  /** The frontmatter date that starts the period; that day counts as the first ("starting with"). */
  startKey: string;
  period: { days: number } | { months: number };
  /** The provision that sets it, as a lawyer cites it. */
  basis: string;
  status: 'P' | 'S' | 'U';
  sources: readonly string[];
  /** A last day on which the court office is closed moves to the next day it is open (Mucelli; REV-03, S). */
  closedDaysExtend?: true;
}

/**
 * The requested person's appeal notice (legal-review §3–4). Part 1: 7 days starting with the day the
 * order is made (s.26(4); P via Gercans and CrimPR 2014 r.17.19). Part 2: 14 days starting with the
 * day the Secretary of State informs the person of the order under s.100 (s.103(9), s.108(4); P),
 * which is not the date of the decision appealed.
 */
export const APPEAL_LIMITS: Partial<Record<string, PeriodRule>> = {
  'uk-part-1': {
    code: 'T-X-01',
    startKey: 'decision.date',
    period: { days: 7 },
    basis: 'EA 2003 s.26(4)',
    status: 'P',
    sources: ['L06', 'E21'],
    closedDaysExtend: true,
  },
  'uk-part-2': {
    code: 'T-X-03',
    startKey: 'informed_of_order',
    period: { days: 14 },
    basis: 'EA 2003 s.103(9), s.108(4)',
    status: 'P',
    sources: ['L14', 'E22'],
    closedDaysExtend: true,
  },
};

/** Revision within six months of the discovery of the new fact (CCF Statute Art 42(2); T-CCF-04, S). */
export const REVISION_LIMIT: PeriodRule = {
  code: 'T-CCF-04',
  startKey: 'new_fact_discovered',
  period: { months: 6 },
  basis: 'CCF Statute Art 42(2)',
  status: 'S',
  sources: ['S10'],
};

/** The CCF tells the applicant whether the request is admissible within a month of receipt (CCF Statute Art 32; T-CCF-01, S). */
export const ADMISSIBILITY_LIMIT = { period: { months: 1 }, basis: 'CCF Statute Art 32', status: 'S', sources: ['S07'] } as const;

/** From this date requests go through the CCF portal only (S04, T-CCF-06, P). */
export const PORTAL_ONLY_FROM = '2026-03-26';
