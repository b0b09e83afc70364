// How an exported submission looks, as data: one row per paragraph role (type size, leading,
// spacing, alignment, indent, keep-with-next, weight) and one numbering scheme per language (the
// paragraph numbers and the markers of nested lists). The PDF writer reads it in points as
// written; the DOCX writer turns the same figures into Word styles and Word numbering. It sits in
// data/ rather than export/ because core/paragraphs.ts needs the paragraph-number scheme too (the
// label a check quotes must be the label the export prints), and core may not import export/.
import type { Language } from '../vocabulary';

/** Figures in points. `leading` is baseline to baseline (Word: "at least" that much). */
export interface ParagraphSpec {
  size: number;
  leading: number;
  /** Space above; dropped at the top of a page. */
  before: number;
  after: number;
  /** 'start' and 'end' follow the paragraph's direction. */
  align: 'justify' | 'start' | 'center' | 'end';
  /** Start indent of the text, besides the nesting of lists and quotations. */
  indent: number;
  keepWithNext?: boolean;
  bold?: boolean;
  italic?: boolean;
}

/** What a paragraph of the exported document is (export/layout.ts gives each paragraph one). */
export type ParagraphRole = 'body' | 'list' | 'quote' | 'code' | 'addressee' | 'kind' | 'title' | 'meta' | 'signature' | 'signatureName';

/** The paragraph roles, and the text of table cells, footnotes and the page header and footer. */
export type ParagraphRoleName = ParagraphRole | 'table' | 'footnote' | 'header';

const CM = 72 / 2.54;

/** Where the text of a numbered paragraph starts: its number hangs in this indent. */
export const NUMBER_INDENT = 36;
/** Each level of a list adds this; its marker hangs in it. */
export const LIST_INDENT = 24;
/** Each level of a quotation adds this on both sides. */
export const QUOTE_INDENT = 30;

export const PARAGRAPH_STYLE: Record<ParagraphRoleName, ParagraphSpec> = {
  body: { size: 12, leading: 18, before: 0, after: 9, align: 'justify', indent: NUMBER_INDENT },
  // Items of a list sit close together; the last one takes the body's space after it.
  list: { size: 12, leading: 18, before: 0, after: 4, align: 'justify', indent: NUMBER_INDENT },
  quote: { size: 11, leading: 15, before: 0, after: 9, align: 'justify', indent: NUMBER_INDENT },
  code: { size: 10.5, leading: 14, before: 0, after: 9, align: 'start', indent: NUMBER_INDENT },
  addressee: { size: 12, leading: 17, before: 0, after: 2, align: 'center', indent: 0, keepWithNext: true, bold: true },
  kind: { size: 13, leading: 18, before: 0, after: 6, align: 'center', indent: 0, keepWithNext: true },
  title: { size: 16, leading: 22, before: 4, after: 14, align: 'center', indent: 0, keepWithNext: true, bold: true },
  meta: { size: 12, leading: 17, before: 0, after: 1, align: 'start', indent: 0, keepWithNext: true },
  // `before` is the space above the first line of the signature block.
  signature: { size: 12, leading: 17, before: 22, after: 1, align: 'end', indent: 0 },
  signatureName: { size: 12, leading: 17, before: 30, after: 1, align: 'end', indent: 0, bold: true },
  table: { size: 10.5, leading: 14, before: 4, after: 10, align: 'start', indent: 0 },
  footnote: { size: 9.5, leading: 12, before: 0, after: 3, align: 'justify', indent: 16 },
  header: { size: 9, leading: 12, before: 0, after: 0, align: 'start', indent: 0 },
};

/** Headings by level (1 = the highest level used in the document); deeper levels use the last row. */
export const HEADING_STYLE: readonly ParagraphSpec[] = [
  { size: 14, leading: 19, before: 16, after: 8, align: 'start', indent: 0, keepWithNext: true, bold: true },
  { size: 13, leading: 18, before: 12, after: 6, align: 'start', indent: 0, keepWithNext: true, bold: true },
  { size: 12, leading: 17, before: 10, after: 5, align: 'start', indent: 0, keepWithNext: true, bold: true, italic: true },
  { size: 12, leading: 17, before: 8, after: 4, align: 'start', indent: 0, keepWithNext: true, italic: true },
];

export const PAGE_STYLE = {
  margin: 2.5 * CM,
  /** A paragraph's first and last lines that stay together (no widow or orphan line). */
  orphanLines: 2,
  /** Cell padding of tables; the header row is shaded. */
  tablePadding: 4,
  footnoteSeparator: 8,
  colors: {
    ink: '000000',
    grey: '555555',
    mark: 'B00020',
    link: '1A4D8F',
    placeholder: 'FFF1A8',
    tableHeader: 'E6E6E6',
    tableBorder: '808080',
    codeShade: 'F2F2F2',
    /** A horizontal rule, the footnote separator. */
    rule: '444444',
    /** The line under the page header. */
    headerRule: '999999',
  },
} as const;

// ---- numbering ------------------------------------------------------------------------------

/**
 * How a counter is written: Western or Arabic-Indic digits, Latin letters, Roman numerals, the
 * Arabic letters in abjad order (أ ب ج د ه و ز …), which is how Arabic legal drafting letters
 * sub-paragraphs (Word's `arabicAbjad`).
 */
export type CounterFormat = 'decimal' | 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'abjad';

/**
 * The digits a document's numbers are written in: the lawyer's choice, read from the source.
 * arabicIndic: ٠١٢٣٤٥٦٧٨٩ (U+0660–0669); persian: ۰۱۲۳۴۵۶۷۸۹ (U+06F0–06F9, whose 4, 5 and 6 differ).
 */
export type Digits = 'western' | 'arabicIndic' | 'persian';

export interface LevelScheme {
  format: CounterFormat;
  /** The marker around the counter, `%` standing for it: "(%)" gives (a), "%." gives 1. */
  pattern: string;
}

export interface NumberingScheme {
  /** The numbered paragraphs of the body (1., 2., … running across sections). */
  paragraph: LevelScheme;
  /** Ordered lists inside a paragraph, by nesting level; deeper levels repeat the cycle. */
  ordered: readonly LevelScheme[];
  /** Bullets by nesting level. */
  bullets: readonly string[];
}

const LATIN_NUMBERING: NumberingScheme = {
  paragraph: { format: 'decimal', pattern: '%.' },
  ordered: [
    { format: 'lowerLetter', pattern: '(%)' },
    { format: 'lowerRoman', pattern: '(%)' },
    { format: 'upperLetter', pattern: '(%)' },
    { format: 'decimal', pattern: '%.' },
  ],
  bullets: ['•', '–', '·'],
};

const ARABIC_NUMBERING: NumberingScheme = {
  paragraph: { format: 'decimal', pattern: '%.' },
  ordered: [
    { format: 'abjad', pattern: '(%)' },
    { format: 'decimal', pattern: '(%)' },
    { format: 'abjad', pattern: '(%)' },
    { format: 'decimal', pattern: '(%)' },
  ],
  bullets: ['•', '–', '·'],
};

export const NUMBERING: Record<Language, NumberingScheme> = {
  en: LATIN_NUMBERING,
  fr: LATIN_NUMBERING,
  es: LATIN_NUMBERING,
  ar: ARABIC_NUMBERING,
};

/**
 * The abjad order of the Arabic letters; the fifth is written هـ so that it is not read as a
 * stray letter.
 */
export const ABJAD_LETTERS: readonly string[] = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];
