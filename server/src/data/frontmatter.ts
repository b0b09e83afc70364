// Every frontmatter key of the submission format, as data: where it is allowed (kinds), the form
// of its value, the rule that owns it (its shape errors and its absence are reported under that
// rule), and when it is required. From this one table come the zod schemas (core/schema.ts), the
// presence checks (rules/requirements.ts), the "did you mean" suggestions, the keys that name an
// exhibit, the dates checked for being in the future, the completion of enumerated values, and
// the keys a new document starts with.
//
// Adding a key that a rule requires is one row here (and its fixture): the rule's id, when it is
// required, and the value's form.
import { KINDS, LANGUAGES, REQUEST_TYPES, type Kind, type Severity } from '../vocabulary';
import type { Condition } from './requirements';
import type { RuleId } from './rules';
import type { PromptId } from './skeletons';

export const WARRANT_TYPES = ['arrest-warrant', 'european-arrest-warrant', 'judgment', 'indictment', 'extradition-request', 'other'] as const;
export const WARRANT_STATUSES = ['active', 'withdrawn', 'expired', 'unknown'] as const;
export const DATA_TYPES = ['red-notice', 'diffusion', 'other-notice', 'unknown'] as const;
export const REGIMES = ['uk-part-1', 'uk-part-2', 'ece', 'other'] as const;
export const CHANNELS = ['portal', 'email', 'post'] as const;

/** The form of a value. */
export type ValueForm =
  | { form: 'text' }
  | { form: 'date' }
  | { form: 'boolean' }
  | { form: 'email' }
  /** Text or a number: references, case numbers, ids ("W1", 2024). */
  | { form: 'reference' }
  /** An exhibit id (text or number); `orValues` are words accepted instead (CCF-REQ-03's application form). */
  | { form: 'exhibit'; orValues?: readonly string[] }
  /** One text or a list of texts (nationalities, other names). */
  | { form: 'texts' }
  | { form: 'text-list' }
  | { form: 'enum'; values: readonly string[] }
  /** One value or a non-empty list of values. */
  | { form: 'enum-or-list'; values: readonly string[] }
  /** A mapping whose keys are the rows below it (`applicant.name` under `applicant`). */
  | { form: 'mapping' }
  /** A list of mappings whose keys are the rows below it (`warrants[].id` under `warrants`). */
  | { form: 'list' };

export interface Requirement {
  when: Condition;
  /** Lower than the owning rule's severity when the key is only recommended. */
  severity?: Severity;
}

export interface KeyDef {
  /** Dotted path; `[]` marks the items of a list (`warrants[].id`). */
  path: string;
  kinds: readonly Kind[];
  value: ValueForm;
  /** The rule its shape errors and absence are reported under, per kind when it differs. */
  rule: RuleId | Partial<Record<Kind, RuleId>>;
  /**
   * Required when the condition holds. A key under a mapping is only required where that mapping
   * is written and, if itself required, present.
   */
  required?: Requirement;
  /** Inside a list item, the item is invalid without it (an exhibit with no id). */
  itemKey?: true;
  /** Written into a new document of the kind even when not required. */
  template?: true;
  /** What the product writes as the value when it adds the key (dates and mappings need none). */
  prompt?: PromptId;
}

const ALL = KINDS;
const CCF: readonly Kind[] = ['ccf-request'];
const EXTRADITION: readonly Kind[] = ['extradition-defence', 'extradition-appeal'];
const APPEAL: readonly Kind[] = ['extradition-appeal'];

const text = { form: 'text' } as const;
const date = { form: 'date' } as const;
const boolean = { form: 'boolean' } as const;
const reference = { form: 'reference' } as const;
const exhibit = { form: 'exhibit' } as const;
const mapping = { form: 'mapping' } as const;
const list = { form: 'list' } as const;
const always: Requirement = { when: 'always' };

/** The person keys shared by a CCF applicant and a requested person. */
const person = (prefix: string, kinds: readonly Kind[], rule: RuleId): KeyDef[] => [
  { path: `${prefix}.name`, kinds, value: text, rule, required: always },
  { path: `${prefix}.other_names`, kinds, value: { form: 'texts' }, rule },
  { path: `${prefix}.date_of_birth`, kinds, value: date, rule },
  { path: `${prefix}.place_of_birth`, kinds, value: text, rule },
  { path: `${prefix}.nationality`, kinds, value: { form: 'texts' }, rule },
];

export const FRONTMATTER_KEYS: readonly KeyDef[] = [
  // ── Every kind ──────────────────────────────────────────────────────────────────────────
  { path: 'submission', kinds: ALL, value: { form: 'enum', values: KINDS }, rule: 'FMT-KIND' },
  {
    path: 'language',
    kinds: ALL,
    value: { form: 'enum', values: LANGUAGES },
    rule: { 'ccf-request': 'CCF-REQ-07', 'extradition-defence': 'FMT-LANG', 'extradition-appeal': 'FMT-LANG' },
    required: always,
  },
  { path: 'request', kinds: CCF, value: { form: 'enum-or-list', values: REQUEST_TYPES }, rule: 'CCF-REQ-08', required: always },
  { path: 'title', kinds: ALL, value: text, rule: 'FMT-VALUE' },
  { path: 'date', kinds: ALL, value: date, rule: 'FMT-VALUE' },
  { path: 'new_fact_discovered', kinds: CCF, value: date, rule: 'CCF-REQ-12', required: { when: 'revision' } },
  // The decision whose revision is sought (CCF Statute Art 42; REV-09, S).
  { path: 'ccf_decision', kinds: CCF, value: mapping, rule: 'REV-09', required: { when: 'revision' } },
  { path: 'ccf_decision.date', kinds: CCF, value: date, rule: 'REV-09', required: always },
  { path: 'ccf_decision.reference', kinds: CCF, value: reference, rule: 'REV-09', required: always, prompt: 'ccfDecisionReference' },
  { path: 'confidential', kinds: ALL, value: boolean, rule: 'FMT-VALUE' },

  // ── The parties (CCF): CCF admissibility conditions, S03 ─────────────────────────────────
  { path: 'applicant', kinds: CCF, value: mapping, rule: 'CCF-REQ-01', required: always },
  ...person('applicant', CCF, 'CCF-REQ-01').map((k): KeyDef => {
    if (k.path === 'applicant.date_of_birth') return { ...k, rule: 'CCF-REQ-02', required: { when: 'natural-person' } };
    // Nationality is not asked: no admissibility condition names it (the identity document shows
    // name, date of birth and photograph, CCF-REQ-02), and an applicant may be stateless.
    return k;
  }),
  { path: 'applicant.address', kinds: CCF, value: text, rule: 'FMT-VALUE' },
  { path: 'applicant.email', kinds: CCF, value: { form: 'email' }, rule: 'FMT-VALUE' },
  { path: 'applicant.identity_document', kinds: CCF, value: exhibit, rule: 'CCF-REQ-02', required: { when: 'natural-person' } },
  { path: 'applicant.entity', kinds: CCF, value: boolean, rule: 'CCF-REQ-04' },
  { path: 'applicant.registration', kinds: CCF, value: reference, rule: 'CCF-REQ-04' },
  { path: 'applicant.registration_date', kinds: CCF, value: date, rule: 'CCF-REQ-04' },
  { path: 'applicant.registration_document', kinds: CCF, value: exhibit, rule: 'CCF-REQ-04', required: { when: 'entity' } },
  { path: 'applicant.signatory_authority', kinds: CCF, value: exhibit, rule: 'CCF-REQ-04', required: { when: 'entity' } },
  { path: 'applicant.minor', kinds: CCF, value: boolean, rule: 'CCF-REQ-05' },
  { path: 'applicant.relationship_document', kinds: CCF, value: exhibit, rule: 'CCF-REQ-05', required: { when: 'minor' } },

  // ── The case (extradition): EA 2003 s.2 / s.70, SK-01 ─────────────────────────────────────
  { path: 'court', kinds: EXTRADITION, value: text, rule: 'SK-01', required: always },
  { path: 'case_reference', kinds: EXTRADITION, value: reference, rule: 'SK-01', required: always },
  { path: 'requested_person', kinds: EXTRADITION, value: mapping, rule: 'SK-01', required: always },
  ...person('requested_person', EXTRADITION, 'SK-01'),
  { path: 'requesting_state', kinds: EXTRADITION, value: text, rule: 'SK-01', required: always },
  // Part 1 or Part 2 decides which bars and which appeal time limit apply.
  { path: 'regime', kinds: EXTRADITION, value: { form: 'enum', values: REGIMES }, rule: 'SK-01', required: { when: 'always', severity: 'warning' } },

  // ── The appeal notice: CrimPR r.50.20, APP-REQ-02/03/07 ───────────────────────────────────
  { path: 'arrest_date', kinds: APPEAL, value: date, rule: 'APP-REQ-02', required: always },
  { path: 'decision', kinds: APPEAL, value: mapping, rule: 'APP-REQ-03', required: always },
  { path: 'decision.description', kinds: APPEAL, value: text, rule: 'APP-REQ-03', required: always },
  { path: 'decision.date', kinds: APPEAL, value: date, rule: 'APP-REQ-03', required: always },
  { path: 'served_on', kinds: APPEAL, value: { form: 'texts' }, rule: 'APP-REQ-07', required: always },
  // Part 2: the day the Secretary of State informed the person of the order (s.100), from which the
  // 14 days run (s.103(9), s.108(4); REV-04, P). Checked by the time-limit rule, not as a required key.
  { path: 'informed_of_order', kinds: APPEAL, value: date, rule: 'T-X-03' },

  // ── Every kind: counsel, the INTERPOL data, warrants, exhibits, signature ──────────────────
  { path: 'representative', kinds: ALL, value: mapping, rule: 'FMT-VALUE', template: true },
  { path: 'representative.name', kinds: CCF, value: text, rule: 'CCF-REQ-01', required: always },
  { path: 'representative.name', kinds: EXTRADITION, value: text, rule: 'FMT-VALUE' },
  { path: 'representative.firm', kinds: ALL, value: text, rule: 'FMT-VALUE' },
  { path: 'representative.address', kinds: ALL, value: text, rule: 'FMT-VALUE' },
  { path: 'representative.email', kinds: ALL, value: { form: 'email' }, rule: 'FMT-VALUE' },
  { path: 'representative.phone', kinds: ALL, value: reference, rule: 'FMT-VALUE' },
  { path: 'representative.qualification', kinds: ALL, value: text, rule: 'FMT-VALUE' },
  {
    path: 'representative.power_of_attorney',
    kinds: CCF,
    // "application-form": the CCF's own form carries the authorisation (CCF-REQ-03, S03).
    value: { form: 'exhibit', orValues: ['application-form'] },
    rule: 'CCF-REQ-03',
    required: always,
  },
  { path: 'representative.power_of_attorney', kinds: EXTRADITION, value: { form: 'exhibit', orValues: ['application-form'] }, rule: 'FMT-VALUE' },

  { path: 'data', kinds: CCF, value: list, rule: 'CCF-REQ-10', required: { when: 'correction-or-deletion' } },
  { path: 'data[].type', kinds: CCF, value: { form: 'enum', values: DATA_TYPES }, rule: 'CCF-REQ-10', itemKey: true },
  { path: 'data[].reference', kinds: CCF, value: reference, rule: 'CCF-REQ-10' },
  { path: 'data[].country', kinds: CCF, value: text, rule: 'CCF-REQ-10' },
  { path: 'data[].date', kinds: CCF, value: date, rule: 'CCF-REQ-10' },

  {
    path: 'warrants',
    kinds: ALL,
    value: list,
    rule: { 'ccf-request': 'CCF-REC-02', 'extradition-defence': 'SK-01', 'extradition-appeal': 'SK-01' },
    template: true,
  },
  { path: 'warrants[].id', kinds: ALL, value: reference, rule: { 'ccf-request': 'CCF-REC-02', 'extradition-defence': 'SK-01', 'extradition-appeal': 'SK-01' }, itemKey: true },
  { path: 'warrants[].type', kinds: ALL, value: { form: 'enum', values: WARRANT_TYPES }, rule: { 'ccf-request': 'CCF-REC-02', 'extradition-defence': 'SK-01', 'extradition-appeal': 'SK-01' } },
  { path: 'warrants[].authority', kinds: ALL, value: text, rule: { 'ccf-request': 'CCF-REC-02', 'extradition-defence': 'SK-01', 'extradition-appeal': 'SK-01' } },
  { path: 'warrants[].date', kinds: ALL, value: date, rule: { 'ccf-request': 'CCF-REC-02', 'extradition-defence': 'SK-01', 'extradition-appeal': 'SK-01' } },
  { path: 'warrants[].reference', kinds: ALL, value: reference, rule: { 'ccf-request': 'CCF-REC-02', 'extradition-defence': 'SK-01', 'extradition-appeal': 'SK-01' } },
  { path: 'warrants[].status', kinds: ALL, value: { form: 'enum', values: WARRANT_STATUSES }, rule: { 'ccf-request': 'CCF-REC-02', 'extradition-defence': 'SK-01', 'extradition-appeal': 'SK-01' } },

  {
    path: 'exhibits',
    kinds: ALL,
    value: list,
    rule: { 'ccf-request': 'CCF-REC-04', 'extradition-defence': 'SK-07', 'extradition-appeal': 'APP-REQ-06' },
    template: true,
  },
  { path: 'exhibits[].id', kinds: ALL, value: reference, rule: { 'ccf-request': 'CCF-REC-04', 'extradition-defence': 'SK-07', 'extradition-appeal': 'APP-REQ-06' }, itemKey: true },
  { path: 'exhibits[].title', kinds: ALL, value: text, rule: { 'ccf-request': 'CCF-REC-04', 'extradition-defence': 'SK-07', 'extradition-appeal': 'APP-REQ-06' } },
  { path: 'exhibits[].date', kinds: ALL, value: date, rule: { 'ccf-request': 'CCF-REC-04', 'extradition-defence': 'SK-07', 'extradition-appeal': 'APP-REQ-06' } },
  { path: 'exhibits[].file', kinds: ALL, value: text, rule: { 'ccf-request': 'CCF-REC-04', 'extradition-defence': 'SK-07', 'extradition-appeal': 'APP-REQ-06' } },

  { path: 'urgent', kinds: CCF, value: boolean, rule: 'CCF-REC-06' },
  { path: 'channel', kinds: CCF, value: { form: 'enum', values: CHANNELS }, rule: 'CCF-REQ-09' },

  { path: 'signed', kinds: CCF, value: mapping, rule: 'CCF-REQ-06', required: always },
  { path: 'signed', kinds: EXTRADITION, value: mapping, rule: 'FMT-VALUE' },
  { path: 'signed.by', kinds: CCF, value: text, rule: 'CCF-REQ-06', required: always },
  { path: 'signed.date', kinds: CCF, value: date, rule: 'CCF-REQ-06', required: always },
  { path: 'signed.place', kinds: CCF, value: text, rule: 'CCF-REQ-06', required: { when: 'always', severity: 'warning' } },
  { path: 'signed.by', kinds: EXTRADITION, value: text, rule: 'FMT-VALUE' },
  { path: 'signed.date', kinds: EXTRADITION, value: date, rule: 'FMT-VALUE' },
  { path: 'signed.place', kinds: EXTRADITION, value: text, rule: 'FMT-VALUE' },
];

/** The rows of one kind, in table order. */
export function keysOf(kind: Kind): readonly KeyDef[] {
  return KEYS_BY_KIND[kind];
}

const KEYS_BY_KIND = Object.fromEntries(KINDS.map((k) => [k, FRONTMATTER_KEYS.filter((d) => d.kinds.includes(k))])) as unknown as Record<Kind, readonly KeyDef[]>;

/** The rules that own some key (of `rows`, by default all): what the checks of keys report under. */
export function rulesOfKeys(rows: readonly KeyDef[] = FRONTMATTER_KEYS): RuleId[] {
  return [...new Set(rows.flatMap((k) => (typeof k.rule === 'string' ? [k.rule] : Object.values(k.rule))))];
}

/** The rule a key belongs to in a kind. */
export function ruleOfKey(def: KeyDef, kind: Kind): RuleId {
  return typeof def.rule === 'string' ? def.rule : def.rule[kind]!;
}

/**
 * The rule a written key path ("warrants.0.date", "applicant.email") is reported under in a kind:
 * its own row's, else its nearest ancestor's, else FMT-VALUE.
 */
export function ruleOfPath(kind: Kind, path: string): RuleId {
  const parts = path.replace(/\.\d+(?=\.|$)/g, '[]').split('.');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    const row = ROW_BY_PATH[kind].get(prefix) ?? ROW_BY_PATH[kind].get(prefix.replace(/\[\]$/, ''));
    if (row) return ruleOfKey(row, kind);
  }
  return 'FMT-VALUE';
}

const ROW_BY_PATH = Object.fromEntries(KINDS.map((k) => [k, new Map(KEYS_BY_KIND[k].map((d) => [d.path, d]))])) as unknown as Record<Kind, ReadonlyMap<string, KeyDef>>;
