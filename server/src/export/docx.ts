// ExportDocument → DOCX with the `docx` package. What a lawyer opens in Word must behave like a
// document written in Word: real numbering (one legal list across the whole document, so Word
// renumbers on insert, restarting only where the lawyer's written numbers do), real footnotes,
// header rows that repeat, "Page X of Y" fields, styles the product defines (not the library's)
// from the same table as the PDF (data/style.ts), right-to-left paragraphs and runs for Arabic,
// and optionally a firm's own styles taken from a reference .docx.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBaseParagraphStyleOptions,
  type ILevelsOptions,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
  type IRunOptions,
  type IRunStylePropertiesOptions,
  type ParagraphChild,
} from 'docx';
import { bidiLevels, type Direction } from './bidi';
import { FONT_FAMILY, loadFonts } from './fonts';
import type { ExportDocument, HeadingBlock, Inline, ParagraphBlock, TableBlock } from './layout';
import { inlinesText } from './layout';
import { distributeWidths } from './textlayout';
import { readZipEntry } from './zip';
import { ARABIC_SCRIPT, isRightToLeft, LANGUAGE_INFO } from '../data/languages';
import {
  HEADING_STYLE,
  LIST_INDENT,
  NUMBER_INDENT,
  NUMBERING,
  PAGE_STYLE,
  PARAGRAPH_STYLE,
  QUOTE_INDENT,
  type CounterFormat,
  type Digits,
  type LevelScheme,
  type ParagraphSpec,
} from '../data/style';

export interface DocxOptions {
  paper: 'a4' | 'letter';
  /** A .docx whose styles are used instead of the product's, where it defines them. */
  referenceDocx?: string;
  baseDir: string;
}

/** Latin text: the font courts and firms use; Arabic (complex script): Amiri, embedded when used. */
const LATIN_FONT = 'Times New Roman';
const CODE_FONT = 'Courier New';

const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } };
/** Points → twips (Word's spacing and indents) and half-points (its type sizes). */
const tw = (pt: number) => Math.round(pt * 20);
const half = (pt: number) => Math.round(pt * 2);
const MARGIN = tw(PAGE_STYLE.margin);

/** Style ids (and names, which a reference document may define to restyle them). */
const S = {
  normal: ['Normal', 'Normal'],
  title: ['Title', 'Title'],
  heading: [
    ['Heading1', 'heading 1'],
    ['Heading2', 'heading 2'],
    ['Heading3', 'heading 3'],
    ['Heading4', 'heading 4'],
  ],
  body: ['BodyText', 'Body Text'],
  numbered: ['NumberedParagraph', 'Numbered Paragraph'],
  list: ['ListParagraph', 'List Paragraph'],
  quote: ['Quote', 'Quote'],
  code: ['Code', 'Code'],
  addressee: ['Addressee', 'Addressee'],
  kind: ['SubmissionKind', 'Submission Kind'],
  meta: ['TitleBlockLine', 'Title Block Line'],
  signature: ['Signature', 'Signature'],
  tableText: ['TableText', 'Table Text'],
  footnoteText: ['FootnoteText', 'footnote text'],
  header: ['Header', 'header'],
  footer: ['Footer', 'footer'],
  hyperlink: ['Hyperlink', 'Hyperlink'],
} as const;

export async function renderDocx(doc: ExportDocument, options: DocxOptions): Promise<Uint8Array> {
  const reference = options.referenceDocx ? readReferenceStyles(path.resolve(options.baseDir, options.referenceDocx)) : undefined;
  const id = (pair: readonly [string, string]) => reference?.byName.get(pair[1].toLowerCase()) ?? pair[0];
  // Arabic text carries its font (Amiri, embedded: ~0.4 MB a face) so it looks the same on any
  // machine, including those whose Times New Roman has no Arabic; documents without Arabic
  // embed nothing.
  const embedArabic = isRightToLeft(doc.language) || containsArabic(doc);
  const ctx = new DocxBuilder(doc, id);
  const page = PAGE[options.paper];
  const textWidth = page.width - 2 * MARGIN;

  const children = ctx.body(textWidth);
  const fonts = embedArabic ? loadFonts() : undefined;
  const document = new Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author ?? '',
    keywords: doc.meta.keywords.join(', '),
    description: doc.meta.subject,
    lastModifiedBy: 'Submission Checker',
    externalStyles: reference?.xml,
    styles: productStyles(doc, reference, embedArabic),
    numbering: { config: ctx.numbering() },
    footnotes: ctx.footnotes(),
    features: { updateFields: false },
    // Regular and bold for an Arabic document; the regular face alone (Word emboldens it) for
    // Arabic passages in another language, which keeps those files small and quick to write.
    fonts: fonts ? [{ name: FONT_FAMILY, data: fonts.regular, bold: isRightToLeft(doc.language) ? fonts.bold : undefined }] : undefined,
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 709, footer: 709 },
          },
        },
        headers: { default: new Header({ children: ctx.header(textWidth) }) },
        footers: { default: new Footer({ children: [ctx.footer()] }) },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

class DocxBuilder {
  private readonly rtlDoc: boolean;

  constructor(
    private readonly doc: ExportDocument,
    private readonly id: (pair: readonly [string, string]) => string,
  ) {
    this.rtlDoc = doc.dir === 'rtl';
  }

  body(textWidth: number): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    for (const block of this.doc.blocks) {
      switch (block.type) {
        case 'heading':
          out.push(this.heading(block));
          break;
        case 'paragraph':
          out.push(this.paragraph(block));
          break;
        case 'table':
          out.push(this.table(block, textWidth));
          // Word joins two tables that touch; a paragraph after a table also gives it room.
          out.push(new Paragraph({ style: this.id(S.tableText), bidirectional: block.dir === 'rtl' || undefined, children: [] }));
          break;
        case 'rule':
          out.push(
            new Paragraph({
              bidirectional: this.rtlDoc || undefined,
              spacing: { before: 0, after: 240 },
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: PAGE_STYLE.colors.rule, space: 4 } },
              children: [],
            }),
          );
          break;
      }
    }
    return out;
  }

  private heading(block: HeadingBlock): Paragraph {
    const level = Math.min(block.level, 4) - 1;
    return new Paragraph({
      style: this.id(S.heading[level]),
      bidirectional: block.dir === 'rtl' || undefined,
      children: this.runs(block.inlines, block.dir),
    });
  }

  private paragraph(block: ParagraphBlock): Paragraph {
    const rtl = block.dir === 'rtl';
    const opts: { -readonly [K in keyof IParagraphOptions]: IParagraphOptions[K] } = {
      bidirectional: rtl || undefined,
      children: this.runs(block.inlines, block.dir),
    };
    const quote = tw((block.quoteDepth ?? 0) * QUOTE_INDENT);
    const start = tw(NUMBER_INDENT);
    switch (block.role) {
      case 'body':
        if (block.number !== undefined) {
          opts.style = this.id(S.numbered);
          opts.numbering = { reference: this.paragraphList(block), level: 0 };
        } else opts.style = this.id(S.body);
        break;
      case 'list': {
        const l = block.list!;
        opts.style = this.id(S.list);
        const indent = start + quote + tw(LIST_INDENT) * (l.level + 1);
        if (l.ordinal !== undefined) {
          opts.numbering =
            l.kind === 'ordered'
              ? this.orderedList(l.listId, l.level, l.start)
              : { reference: 'bullet', level: l.level % NUMBERING[this.doc.language].bullets.length };
          if (quote) opts.indent = { start: indent, hanging: tw(LIST_INDENT) };
        } else opts.indent = { start: indent };
        const i = this.doc.blocks.indexOf(block);
        const next = this.doc.blocks[i + 1];
        // The last item of a list takes the space a paragraph has after it.
        if (!(next?.type === 'paragraph' && next.role === 'list')) opts.spacing = { after: tw(PARAGRAPH_STYLE.body.after) };
        break;
      }
      case 'quote':
        opts.style = this.id(S.quote);
        opts.indent = { start: start + quote, end: quote };
        break;
      case 'code':
        opts.style = this.id(S.code);
        if (quote) opts.indent = { start: start + quote };
        break;
      case 'addressee':
        opts.style = this.id(S.addressee);
        break;
      case 'kind':
        opts.style = this.id(S.kind);
        break;
      case 'title':
        opts.style = this.id(S.title);
        break;
      case 'meta':
        opts.style = this.id(S.meta);
        break;
      case 'signature':
      case 'signatureName': {
        opts.style = this.id(S.signature);
        const i = this.doc.blocks.indexOf(block);
        const prev = this.doc.blocks[i - 1];
        const first = prev?.type !== 'paragraph' || (prev.role !== 'signature' && prev.role !== 'signatureName');
        if (block.role === 'signatureName') opts.spacing = { before: tw(PARAGRAPH_STYLE.signatureName.before) };
        else if (first) opts.spacing = { before: tw(PARAGRAPH_STYLE.signature.before) };
        if (block.keepWithNext) opts.keepNext = true;
        break;
      }
    }
    if (block.align === 'center') opts.alignment = AlignmentType.CENTER;
    if (block.align === 'end') opts.alignment = AlignmentType.END;
    return new Paragraph(opts);
  }

  // ---- numbering ----------------------------------------------------------------------------

  /** Word lists by reference: their levels (Word's abstract numbering). */
  private readonly lists = new Map<string, ILevelsOptions[]>();
  private paragraphReference: string | undefined;
  private paragraphLists = 0;

  /**
   * The Word list of the paragraph numbers: one for the whole document, so it runs across
   * sections and Word renumbers on insert; a new one, starting at the written number, where the
   * lawyer's numbers do not follow on (core/paragraphs.ts says where).
   */
  private paragraphList(block: ParagraphBlock): string {
    if (!this.paragraphReference || block.restart) {
      const reference = this.paragraphLists === 0 ? 'legal' : `legal-${this.paragraphLists}`;
      this.paragraphLists++;
      const scheme = NUMBERING[this.doc.language].paragraph;
      this.lists.set(reference, [
        {
          ...wordLevel(scheme, 0, this.doc.digits),
          start: block.number ?? 1,
          style: { paragraph: { indent: { start: tw(NUMBER_INDENT), hanging: tw(NUMBER_INDENT) } } },
        },
      ]);
      this.paragraphReference = reference;
    }
    return this.paragraphReference;
  }

  /** A list inside a paragraph: its own Word list, so each starts at (a) (or where Markdown says). */
  private orderedList(listId: number, level: number, start: number): NonNullable<IParagraphOptions['numbering']> {
    const scheme = NUMBERING[this.doc.language].ordered;
    const levels = (from: (level: number) => number) =>
      scheme.map((l, i) => ({
        ...wordLevel(l, i, this.doc.digits),
        start: from(i),
        style: { paragraph: { indent: listIndent(i) } },
      }));
    const wordLevelIndex = level % scheme.length;
    if (start === 1) {
      if (!this.lists.has('ordered')) this.lists.set('ordered', levels(() => 1));
      return { reference: 'ordered', level: wordLevelIndex, instance: listId };
    }
    const reference = `ordered-${listId}`;
    if (!this.lists.has(reference)) this.lists.set(reference, levels((i) => (i === wordLevelIndex ? start : 1)));
    return { reference, level: wordLevelIndex };
  }

  numbering(): { reference: string; levels: ILevelsOptions[] }[] {
    const bullets = NUMBERING[this.doc.language].bullets.map((text, level) => ({
      level,
      format: LevelFormat.BULLET,
      text,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: listIndent(level) } },
    }));
    return [...[...this.lists].map(([reference, levels]) => ({ reference, levels })), { reference: 'bullet', levels: bullets }];
  }

  private table(block: TableBlock, textWidth: number): Table {
    const cols = block.header.length;
    const texts = [block.header, ...block.rows].map((r) => r.map(inlinesText));
    // Character counts stand in for widths here: Word lays the table out again anyway.
    const min = new Array(cols).fill(0);
    const max = new Array(cols).fill(0);
    for (const row of texts) {
      row.forEach((t, c) => {
        const longest = t.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);
        max[c] = Math.max(max[c], t.length * 105 + 230);
        min[c] = Math.max(min[c], Math.min(longest * 120 + 230, textWidth / cols));
      });
    }
    const widths = distributeWidths(min, max, textWidth).map((w) => Math.round(w));
    const rtl = block.dir === 'rtl';
    const border = { style: BorderStyle.SINGLE, size: 4, color: PAGE_STYLE.colors.tableBorder };
    const cell = (inlines: Inline[], c: number, header: boolean) =>
      new TableCell({
        width: { size: widths[c], type: WidthType.DXA },
        shading: header ? { fill: PAGE_STYLE.colors.tableHeader, color: 'auto', type: 'clear' } : undefined,
        margins: { top: 60, bottom: 60, left: 100, right: 100 },
        children: [
          new Paragraph({
            style: this.id(S.tableText),
            bidirectional: rtl || undefined,
            keepNext: header,
            alignment: alignOf(block.align[c]),
            children: this.runs(
              header ? inlines.map((i) => ({ ...i, bold: true })) : inlines,
              rtl ? 'rtl' : 'ltr',
            ),
          }),
        ],
      });
    return new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      visuallyRightToLeft: rtl,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((c, i) => cell(c, i, true)) }),
        ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
      ],
    });
  }

  footnotes(): Record<string, { children: Paragraph[] }> {
    const out: Record<string, { children: Paragraph[] }> = {};
    for (const note of this.doc.footnotes) {
      out[String(note.number)] = {
        children: note.paragraphs.map(
          (inlines) =>
            new Paragraph({
              style: this.id(S.footnoteText),
              bidirectional: note.dir === 'rtl' || undefined,
              children: this.runs(inlines, note.dir),
            }),
        ),
      };
    }
    return out;
  }

  /** Reference at the start, draft marking in the middle, "CONFIDENTIAL" at the end: a borderless table. */
  header(textWidth: number): (Paragraph | Table)[] {
    const { reference, draft, confidential } = this.doc.header;
    if (!reference && !draft && !confidential) return [new Paragraph({ style: this.id(S.header), children: [] })];
    const third = Math.floor(textWidth / 3);
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const cell = (inlines: Inline[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType], color?: string) =>
      new TableCell({
        width: { size: third, type: WidthType.DXA },
        children: [
          new Paragraph({
            style: this.id(S.header),
            bidirectional: this.rtlDoc || undefined,
            alignment,
            children: this.runs(inlines, this.doc.dir, color ? { color } : {}),
          }),
        ],
      });
    const mark = PAGE_STYLE.colors.mark;
    return [
      new Table({
        width: { size: third * 3, type: WidthType.DXA },
        columnWidths: [third, third, third],
        layout: TableLayoutType.FIXED,
        visuallyRightToLeft: this.rtlDoc,
        borders: { top: none, left: none, right: none, insideHorizontal: none, insideVertical: none, bottom: { style: BorderStyle.SINGLE, size: 4, color: PAGE_STYLE.colors.headerRule } },
        rows: [
          new TableRow({
            children: [
              cell(reference ? [{ text: reference }] : [], AlignmentType.START),
              cell(draft ? [{ text: draft, bold: true }] : [], AlignmentType.CENTER, mark),
              cell(confidential ? [{ text: confidential, bold: true }] : [], AlignmentType.END, mark),
            ],
          }),
        ],
      }),
    ];
  }

  footer(): Paragraph {
    const [before, between, after] = this.doc.footer.page;
    const rtl = this.rtlDoc;
    const text = (t: string) => (t ? this.runs([{ text: t }], this.doc.dir) : []);
    return new Paragraph({
      style: this.id(S.footer),
      alignment: AlignmentType.CENTER,
      bidirectional: rtl || undefined,
      children: [
        ...text(before),
        new TextRun({ children: [PageNumber.CURRENT] }),
        ...text(between),
        new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ...text(after),
      ],
    });
  }

  /**
   * Runs of a paragraph: one per inline style and direction. Right-to-left pieces (odd bidi
   * level: Arabic words and the spaces between them) carry w:rtl and the complex-script
   * formatting; Latin words and digits inside Arabic text do not.
   */
  runs(inlines: Inline[], dir: Direction, extra: IRunOptions = {}): ParagraphChild[] {
    const all = inlinesText(inlines);
    const levels = bidiLevels(all, dir);
    const out: ParagraphChild[] = [];
    let offset = 0;
    for (const inline of inlines) {
      const start = offset;
      offset += inline.text.length;
      if (inline.lineBreak) {
        out.push(new TextRun({ break: 1 }));
        continue;
      }
      if (inline.footnote !== undefined) {
        out.push(new FootnoteReferenceRun(inline.footnote));
        continue;
      }
      const pieces: { text: string; rtl: boolean }[] = [];
      if (!levels) pieces.push({ text: inline.text, rtl: false });
      else {
        let s = 0;
        for (let i = 1; i <= inline.text.length; i++) {
          if (i === inline.text.length || (levels[start + i] & 1) !== (levels[start + s] & 1)) {
            pieces.push({ text: inline.text.slice(s, i), rtl: (levels[start + s] & 1) === 1 });
            s = i;
          }
        }
      }
      const runs = pieces.map(
        (piece) =>
          new TextRun({
            ...extra,
            text: piece.text,
            bold: inline.bold || extra.bold,
            boldComplexScript: inline.bold || extra.bold,
            italics: inline.italic,
            italicsComplexScript: inline.italic,
            strike: inline.strike,
            rightToLeft: piece.rtl || undefined,
            font: inline.code ? { ascii: CODE_FONT, hAnsi: CODE_FONT, cs: CODE_FONT } : undefined,
            highlight: inline.placeholder ? 'yellow' : undefined,
            style: inline.link ? this.id(S.hyperlink) : undefined,
          }),
      );
      if (inline.link) out.push(new ExternalHyperlink({ link: inline.link, children: runs }));
      else out.push(...runs);
    }
    return out;
  }
}

function alignOf(a: TableBlock['align'][number]): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined {
  if (a === 'center') return AlignmentType.CENTER;
  if (a === 'right') return AlignmentType.RIGHT;
  if (a === 'left') return AlignmentType.LEFT;
  return undefined;
}

// ---- numbering ------------------------------------------------------------------------------

const WORD_FORMAT: Record<CounterFormat, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  upperLetter: LevelFormat.UPPER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
  abjad: LevelFormat.ARABIC_ABJAD,
};

/** A level of the numbering scheme as Word writes it: "(%)" at level 2 is "(%3)". */
function wordLevel(scheme: LevelScheme, level: number, digits: Digits): Omit<ILevelsOptions, 'style'> {
  // Word has one format for both Eastern digit sets (hindiNumbers): Persian digits are shown as
  // Arabic-Indic ones in Word, where the PDF prints them as written (docs/export.md).
  const format = scheme.format === 'decimal' && digits !== 'western' ? LevelFormat.HINDI_NUMBERS : WORD_FORMAT[scheme.format];
  return { level, format, text: scheme.pattern.replace('%', `%${level + 1}`), alignment: AlignmentType.START };
}

function listIndent(level: number): { start: number; hanging: number } {
  return { start: tw(NUMBER_INDENT + LIST_INDENT * (level + 1)), hanging: tw(LIST_INDENT) };
}

// ---- styles ---------------------------------------------------------------------------------

interface ReferenceStyles {
  xml: string;
  /** Lower-cased style name → style id in the reference document. */
  byName: Map<string, string>;
  ids: Set<string>;
  hasDefaults: boolean;
}

function readReferenceStyles(file: string): ReferenceStyles {
  let zip: Buffer;
  try {
    zip = fs.readFileSync(file);
  } catch (e) {
    throw new Error(`The reference DOCX (submission.export.referenceDocx) cannot be read: ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let styles: Buffer | undefined;
  try {
    styles = readZipEntry(zip, 'word/styles.xml');
  } catch (e) {
    throw new Error(`The reference DOCX ${file} is not a valid .docx: ${(e as Error).message}`);
  }
  if (!styles) throw new Error(`The reference DOCX ${file} has no styles (word/styles.xml): is it a .docx?`);
  // Numbering the reference's styles point at lives in its numbering.xml, which is not copied.
  const xml = styles.toString('utf8').replace(/<w:numPr>[\s\S]*?<\/w:numPr>/g, '');
  const byName = new Map<string, string>();
  const ids = new Set<string>();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    ids.add(m[1]);
    const name = /<w:name w:val="([^"]+)"/.exec(m[2]);
    if (name) byName.set(name[1].toLowerCase(), m[1]);
  }
  return { xml, byName, ids, hasDefaults: xml.includes('<w:docDefaults') };
}

/** A row of the style table as Word run properties. */
function wordRun(spec: ParagraphSpec): IRunStylePropertiesOptions {
  return {
    size: half(spec.size),
    sizeComplexScript: half(spec.size),
    bold: spec.bold,
    boldComplexScript: spec.bold,
    italics: spec.italic,
    italicsComplexScript: spec.italic,
  };
}

const WORD_ALIGN = { justify: AlignmentType.BOTH, start: undefined, center: AlignmentType.CENTER, end: AlignmentType.END } as const;

/**
 * A row of the style table as Word paragraph properties. The leading is "at least" the PDF's, so
 * a line with taller glyphs (Arabic in Amiri) grows instead of being clipped. Start alignment is
 * left unset: Word then aligns to the start of a right-to-left paragraph too.
 */
function wordParagraph(spec: ParagraphSpec, options: { indent?: boolean } = {}): IParagraphStylePropertiesOptions {
  return {
    spacing: { before: tw(spec.before), after: tw(spec.after), line: tw(spec.leading), lineRule: LineRuleType.AT_LEAST },
    alignment: WORD_ALIGN[spec.align],
    keepNext: spec.keepWithNext,
    indent: options.indent !== false && spec.indent ? { start: tw(spec.indent) } : undefined,
  };
}

function productStyles(doc: ExportDocument, reference: ReferenceStyles | undefined, arabicFont: boolean) {
  const lang = { value: isRightToLeft(doc.language) ? LANGUAGE_INFO.en.tag : doc.lang, bidirectional: 'ar-SA' };
  const cs = arabicFont ? FONT_FAMILY : LATIN_FONT;
  const font = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs, eastAsia: LATIN_FONT };
  const { body, list, quote, code, addressee, kind, title, meta, signature, table, footnote, header } = PARAGRAPH_STYLE;
  const ink = PAGE_STYLE.colors.ink;
  const grey = PAGE_STYLE.colors.grey;
  const has = (pair: readonly [string, string]) => !!reference?.byName.has(pair[1].toLowerCase());
  const para = (
    pair: readonly [string, string],
    options: Omit<IParagraphStyleOptions, 'id' | 'name'>,
  ): IParagraphStyleOptions[] => (has(pair) ? [] : [{ id: pair[0], name: pair[1], ...options }]);
  const heading = (level: number): IBaseParagraphStyleOptions | undefined => {
    if (has(S.heading[level])) return undefined;
    const spec = HEADING_STYLE[level];
    return {
      name: `heading ${level + 1}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font, ...wordRun(spec), bold: !!spec.bold, boldComplexScript: !!spec.bold, color: ink },
      paragraph: { ...wordParagraph(spec), keepLines: true, outlineLevel: level },
    };
  };
  const tableLines = { spacing: { after: 0, line: tw(table.leading), lineRule: LineRuleType.AT_LEAST } };
  const defaults = {
    document: reference?.hasDefaults
      ? undefined
      : {
          run: { font, size: half(body.size), sizeComplexScript: half(body.size), language: lang },
          paragraph: { spacing: { after: tw(body.after), line: tw(body.leading), lineRule: LineRuleType.AT_LEAST } },
        },
    title: has(S.title) ? undefined : { name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font, ...wordRun(title), color: ink }, paragraph: wordParagraph(title) },
    heading1: heading(0),
    heading2: heading(1),
    heading3: heading(2),
    heading4: heading(3),
    listParagraph: has(S.list) ? undefined : { name: 'List Paragraph', basedOn: 'Normal', paragraph: wordParagraph(list, { indent: false }) },
    footnoteText: has(S.footnoteText) ? undefined : { name: 'footnote text', basedOn: 'Normal', run: wordRun(footnote), paragraph: wordParagraph(footnote, { indent: false }) },
    footnoteReference: { run: { superScript: true } },
    hyperlink: { run: { color: PAGE_STYLE.colors.link, underline: {} } },
  };
  const paragraphStyles: IParagraphStyleOptions[] = [
    // The number's hanging indent comes with the Word list.
    ...para(S.numbered, { basedOn: 'Normal', paragraph: wordParagraph(body, { indent: false }) }),
    ...para(S.body, { basedOn: 'Normal', paragraph: wordParagraph(body) }),
    ...para(S.quote, { basedOn: 'Normal', run: wordRun(quote), paragraph: wordParagraph(quote, { indent: false }) }),
    ...para(S.code, {
      basedOn: 'Normal',
      run: { ...wordRun(code), font: { ascii: CODE_FONT, hAnsi: CODE_FONT, cs: CODE_FONT } },
      paragraph: { ...wordParagraph(code), shading: { fill: PAGE_STYLE.colors.codeShade, color: 'auto', type: 'clear' } },
    }),
    ...para(S.addressee, { basedOn: 'Normal', next: 'Normal', run: wordRun(addressee), paragraph: wordParagraph(addressee) }),
    ...para(S.kind, { basedOn: 'Normal', next: 'Normal', run: wordRun(kind), paragraph: wordParagraph(kind) }),
    ...para(S.meta, { basedOn: 'Normal', run: wordRun(meta), paragraph: wordParagraph(meta) }),
    ...para(S.signature, { basedOn: 'Normal', run: wordRun(signature), paragraph: { ...wordParagraph(signature), spacing: { after: tw(signature.after), line: tw(signature.leading), lineRule: LineRuleType.AT_LEAST }, keepLines: true } }),
    ...para(S.tableText, { basedOn: 'Normal', run: wordRun(table), paragraph: tableLines }),
    ...para(S.header, { basedOn: 'Normal', run: { ...wordRun(header), color: grey }, paragraph: wordParagraph(header) }),
    ...para(S.footer, { basedOn: 'Normal', run: { ...wordRun(header), color: grey }, paragraph: { ...wordParagraph(header), alignment: AlignmentType.CENTER } }),
  ];
  return { default: defaults, paragraphStyles };
}

function containsArabic(doc: ExportDocument): boolean {
  const inlines = (list: Inline[]) => list.some((i) => ARABIC_SCRIPT.test(i.text));
  for (const b of doc.blocks) {
    if ((b.type === 'paragraph' || b.type === 'heading') && inlines(b.inlines)) return true;
    if (b.type === 'table' && [b.header, ...b.rows].some((r) => r.some(inlines))) return true;
  }
  return doc.footnotes.some((f) => f.paragraphs.some(inlines));
}
