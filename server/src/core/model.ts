// The parsed submission: the one model that checks, outline, hover, completion and export read.
// Offsets are UTF-16 code-unit offsets into the whole document text (what TextDocument.positionAt takes).
import type { Source } from './source';
import type { Root } from 'mdast';
import type { InstrumentId, Kind, Language, SectionId, Span, YamlErrorKind } from '../vocabulary';

/** Where a YAML key and its value sit in the document. */
export interface YamlLocation {
  key?: Span;
  value: Span;
  /** Column (in characters) of the key, for inserting siblings with the same indentation. */
  indent: number;
}

export interface Frontmatter {
  /** The whole block, fences included. */
  span: Span;
  /** The YAML text between the fences. */
  content: Span;
  /** Plain data as YAML gives it (after placeholders were taken out), or undefined when it is not a mapping. */
  raw: Record<string, unknown> | undefined;
  /** dotted path ("applicant.name", "warrants.0.id") → location. */
  locations: Map<string, YamlLocation>;
  /** dotted path → span of a value that is still a template placeholder ("{{...}}"). */
  placeholders: Map<string, Span>;
  /** False when no closing `---` was found: the block is taken to end at the first blank line. */
  closed: boolean;
  syntaxErrors: YamlSyntaxError[];
}

export interface YamlSyntaxError {
  kind: YamlErrorKind;
  /** The YAML library's own English text, for logs. */
  detail: string;
  span: Span;
}

export interface Heading {
  depth: number;
  /** Heading text as written (inline markup flattened). */
  text: string;
  span: Span;
  /** The recognised section, if the heading names one. */
  section?: SectionId;
}

export interface Section {
  id: SectionId;
  heading: Heading;
  /** From the heading's start to the start of the next heading of the same or a higher level. */
  span: Span;
  /** The part after the heading line. */
  body: Span;
  /** No prose under it, or only template placeholders. */
  empty: boolean;
}

export interface Citation {
  span: Span;
  instrument: InstrumentId;
  /** Article or section number as cited ("83", "21A"). */
  article: string;
  /** Paragraph path as cited ("(2)(b)(i)"), possibly empty. */
  subdivision: string;
  /** The matched text. */
  text: string;
  /**
   * Set when the instrument was named only by a word whose meaning depends on the kind of
   * submission ("the Constitution" is INTERPOL's in a CCF request, a national one in an
   * extradition case): the kinds in which it means this instrument.
   */
  onlyIn?: readonly Kind[];
}

export interface ExhibitCitation {
  id: string;
  span: Span;
}

export interface Warrant {
  id?: string;
  type?: string;
  authority?: string;
  date?: string;
  reference?: string;
  status?: string;
  index: number;
}

export interface Exhibit {
  id?: string;
  title?: string;
  date?: string;
  file?: string;
  index: number;
}

export interface Suppressions {
  /** code → suppressed for the whole file */
  file: Set<string>;
  /** line number (0-based) → codes suppressed on that line */
  lines: Map<number, Set<string>>;
}

export interface Submission {
  /** The whole text as one string, made when first asked for (a copy of all of it: see `source`). */
  readonly text: string;
  /**
   * The same text as the parser read it (core/source.ts), by characters and slices: what a check
   * that runs at every keystroke reads, so that the new version is never made one string.
   */
  readonly source: Source;
  frontmatter: Frontmatter | undefined;
  /** true when the frontmatter has the key `submission`; nothing else is checked otherwise. */
  isSubmission: boolean;
  kind: Kind | undefined;
  declaredLanguage: Language | undefined;
  /** The language messages are written in: the declared one, else English. */
  language: Language;
  tree: Root;
  headings: Heading[];
  sections: Section[];
  citations: Citation[];
  exhibitCitations: ExhibitCitation[];
  warrants: Warrant[];
  exhibits: Exhibit[];
  /** Template placeholders ("{{...}}") left in the body. */
  placeholders: Span[];
  suppressions: Suppressions;
  /** The body was too large to parse (see parse.ts MAX_BODY_CHARS): only the frontmatter was read. */
  oversized: boolean;
  /** Offsets where lines start, for line lookups without a TextDocument. */
  lineStarts: number[];
  /**
   * The same object in every version one SubmissionParser makes of a document: a check may keep
   * what it worked out for one version and reuse the part an edit left alone in the next
   * (paragraph numbering does). Absent where a submission is made once.
   */
  lineage?: object;
}
