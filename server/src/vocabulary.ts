// The words every layer shares: kinds of submission, languages, request types, sections,
// instruments, severities, spans and fixes. A leaf: it imports nothing, so the data tables, the
// parser, the checks, the export and the protocol can all speak of the same things.

export const KINDS = ['ccf-request', 'extradition-defence', 'extradition-appeal'] as const;
export type Kind = (typeof KINDS)[number];

/** INTERPOL's working languages, which are also the languages the product writes in. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
/** A text in every language the product writes: the compiler finds each place a new language must fill. */
export type Localized = Record<Language, string>;

export const REQUEST_TYPES = ['access', 'correction', 'deletion', 'revision'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** UTF-16 code-unit offsets into the whole document text (what TextDocument.positionAt takes). */
export interface Span {
  start: number;
  end: number;
}

export type SectionId =
  | 'facts'
  | 'rules-violated'
  | 'bars'
  | 'warrants'
  | 'relief'
  | 'annexes'
  | 'new-fact'
  | 'urgency'
  | 'delay';

export type InstrumentId =
  | 'constitution'
  | 'rpd'
  | 'ccf-statute'
  | 'ea-2003'
  | 'echr'
  | 'ece'
  | 'un-model-treaty'
  | 'crimpr'
  /** INTERPOL General Assembly resolutions (GA-2017-86-RES-09, AGN/20/RES/11): INTERPOL's rules too. */
  | 'ga-resolution';

/** What kind of YAML mistake, so the message can say it in the document's language. */
export type YamlErrorKind =
  | 'unclosed-frontmatter'
  | 'unclosed-quote'
  | 'unclosed-bracket'
  | 'indentation'
  | 'tab'
  | 'duplicate-key'
  | 'not-key-value'
  | 'unexpected'
  | 'other';

/** A quick fix a check proposes, as intent; core/fixes.ts turns it into text edits. */
export type Fix =
  | { kind: 'insert-section'; section: SectionId }
  | { kind: 'add-key'; path: string }
  | { kind: 'declare-exhibit'; id: string }
  | { kind: 'rename-key'; span: Span; to: string }
  | { kind: 'replace'; span: Span; text: string; title: string }
  /** Renumber from the paragraph numbering's break `break` (an index in its breaks) to the end of the sequence. */
  | { kind: 'renumber'; break: number };
