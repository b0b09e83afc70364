// Submission → a neutral document: the blocks both renderers draw (title block, headings, legal
// numbered paragraphs, lists, tables, footnotes, annex list, signature), with the direction of
// every paragraph already decided. Nothing here knows about PDF or DOCX.
//
// Decisions a lawyer sees (docs/export.md):
// - Paragraph numbers are core/paragraphs.ts's: the numbers written in a top-level ordered list,
//   counted ones for plain paragraphs, one sequence across sections, nothing in the annexes
//   section. Ordered lists inside a paragraph become (a), (b)…, nested ones (i), (ii)….
// - A first "# Title" heading that repeats (or stands in for) the frontmatter title is the title.
// - The annex list is generated from the declared exhibits: in the annexes section it replaces
//   lists and tables that only enumerate exhibits (or placeholders); with no annexes section it
//   follows the signature.
import type { Language } from '../vocabulary';
import type { Nodes, PhrasingContent, Root, RootContent, Table, List, ListItem, FootnoteDefinition } from 'mdast';
import type { Exhibit, ExhibitCitation, Submission } from '../core/model';
import { numberParagraphs, WRITTEN_PARAGRAPH_NUMBER, type NumberedParagraph, type ParagraphNumbering } from '../core/paragraphs';
import type { Digits, ParagraphRole } from '../data/style';
import { endOf, startOf } from '../core/nodes';
import { firstAtOrAfter } from '../core/text';
import { paragraphDirection, type Direction } from './bidi';
import { draftMarking, formatDate, LABELS } from './labels';
import { LANGUAGE_INFO } from '../data/languages';

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  link?: string;
  /** A footnote reference; `text` is its number. */
  footnote?: number;
  /** A template placeholder ("{{...}}") still in the text. */
  placeholder?: boolean;
  /** A hard line break; `text` is "\n". */
  lineBreak?: boolean;
  /** The id of an exhibit this text cites (Submission.exhibitCitations): `text` is the id as written. */
  exhibit?: string;
}

export type { ParagraphRole } from '../data/style';

export interface ListMark {
  kind: 'bullet' | 'ordered';
  /** Nesting depth, 0 for a top-level list. */
  level: number;
  /** Distinct per list, so each ordered list restarts at (a). */
  listId: number;
  /** 0-based position of the item; undefined on the second and later paragraphs of an item. */
  ordinal?: number;
  /** The number the Markdown list starts at (1 unless written otherwise). */
  start: number;
}

export interface ParagraphBlock {
  type: 'paragraph';
  role: ParagraphRole;
  inlines: Inline[];
  dir: Direction;
  /** Legal paragraph number, running across sections (core/paragraphs.ts). */
  number?: number;
  /** The number as printed ("12."). */
  label?: string;
  /** The number is not the previous one plus one: a new Word list starts here at `number`. */
  restart?: boolean;
  /** Where a numbered paragraph starts in the submission's text (for a preview to go back to it). */
  source?: number;
  list?: ListMark;
  /** Blockquote nesting. */
  quoteDepth?: number;
  align?: 'start' | 'center' | 'end';
  keepWithNext?: boolean;
}

export interface HeadingBlock {
  type: 'heading';
  /** 1 = top level of this document (Markdown levels are shifted so the highest used is 1). */
  level: number;
  inlines: Inline[];
  text: string;
  dir: Direction;
}

export interface TableBlock {
  type: 'table';
  header: Inline[][];
  rows: Inline[][][];
  align: ('left' | 'center' | 'right' | undefined)[];
  dir: Direction;
  role: 'table' | 'annexes';
}

export interface RuleBlock {
  type: 'rule';
}

export type Block = ParagraphBlock | HeadingBlock | TableBlock | RuleBlock;

export interface Footnote {
  number: number;
  paragraphs: Inline[][];
  dir: Direction;
}

export interface ExportDocument {
  language: Language;
  /** BCP 47 tag for metadata (PDF /Lang, DOCX w:lang). */
  lang: string;
  dir: Direction;
  /** The digits the lawyer numbered paragraphs in; nested lists' numbers follow them. */
  digits: Digits;
  meta: { title: string; author?: string; subject: string; keywords: string[] };
  header: { reference?: string; confidential?: string; draft?: string };
  footer: { page: [string, string, string] };
  blocks: Block[];
  footnotes: Footnote[];
}

export interface LayoutOptions {
  draft: boolean;
  /** Text written after each exhibit citation (the filing bundle's ", p. 45"); none when undefined. */
  exhibitSuffix?: (id: string) => string | undefined;
}

const DOCUMENT_DIRECTED: ReadonlySet<ParagraphRole> = new Set(['addressee', 'kind', 'title', 'meta', 'signature', 'signatureName']);
const PLACEHOLDER_PART = /(\{\{[^{}\r\n]*\}\})/;

type Data = Record<string, unknown>;

export function layoutSubmission(sub: Submission, options: LayoutOptions): ExportDocument {
  return new Layout(sub, options).run();
}

class Layout {
  private readonly raw: Data;
  private readonly language: Language;
  private readonly dir: Direction;
  private readonly labels;
  private readonly blocks: Block[] = [];
  private readonly definitions = new Map<string, string>();
  private readonly footnoteDefs = new Map<string, FootnoteDefinition>();
  private readonly footnoteNumbers = new Map<string, number>();
  private readonly footnotes: Footnote[] = [];
  private readonly numbering: ParagraphNumbering;
  /** Exhibit citations in source order, one per span (a range's expanded ids share one). */
  private readonly citations: ExhibitCitation[];
  private listCount = 0;
  private headingShift = 0;

  constructor(
    private readonly sub: Submission,
    private readonly options: LayoutOptions,
  ) {
    this.raw = sub.frontmatter?.raw ?? {};
    this.language = sub.language;
    this.dir = LANGUAGE_INFO[this.language].direction;
    this.labels = LABELS[this.language];
    this.numbering = numberParagraphs(sub);
    this.citations = citationsBySpan(sub);
  }

  run(): ExportDocument {
    const tree = this.sub.tree;
    collect(tree, (node) => {
      if (node.type === 'definition') this.definitions.set(node.identifier, node.url);
      if (node.type === 'footnoteDefinition') this.footnoteDefs.set(node.identifier, node);
    });

    const body = tree.children.filter((n) => n.type !== 'yaml');
    let title = text(this.raw.title);
    const first = body.find((n) => n.type !== 'html' && n.type !== 'definition' && n.type !== 'footnoteDefinition');
    if (first?.type === 'heading' && first.depth === 1) {
      const h1 = plain(first).trim();
      const kindLabel = this.sub.kind ? this.labels.kinds[this.sub.kind] : undefined;
      if (!title || fold(h1) === fold(title) || (kindLabel && fold(h1) === fold(kindLabel))) {
        title = title ?? h1;
        body.splice(body.indexOf(first), 1);
      }
    }
    const depths = body.filter((n) => n.type === 'heading').map((n) => (n as { depth: number }).depth);
    this.headingShift = depths.length ? Math.min(...depths) - 1 : 0;

    this.titleBlock(title);
    this.body(body);
    this.signature();
    if (this.pendingAnnexes) this.appendAnnexSection();

    const kindLabel = this.sub.kind ? this.labels.kinds[this.sub.kind] : '';
    return {
      language: this.language,
      lang: LANGUAGE_INFO[this.language].tag,
      dir: this.dir,
      digits: this.numbering.digits,
      meta: {
        title: title ?? kindLabel ?? '',
        author: this.author(),
        subject: kindLabel,
        keywords: this.references(),
      },
      header: {
        reference: this.references().join(' · ') || undefined,
        confidential: this.raw.confidential === true ? this.labels.confidential : undefined,
        draft: this.options.draft ? draftMarking(this.language) : undefined,
      },
      footer: { page: this.labels.page },
      blocks: this.blocks,
      footnotes: this.footnotes,
    };
  }

  // ---- title block -------------------------------------------------------------------------

  private titleBlock(title: string | undefined): void {
    const kind = this.sub.kind;
    const addressee = kind === 'ccf-request' ? this.labels.ccf : text(this.raw.court);
    if (addressee) this.para('addressee', [{ text: addressee }], { align: 'center' });
    if (kind) this.para('kind', [{ text: this.labels.kinds[kind] }], { align: 'center' });
    if (title && title !== (kind ? this.labels.kinds[kind] : undefined)) this.para('title', [{ text: title, bold: true }], { align: 'center' });

    const meta: [string, string | undefined][] = [];
    const applicant = field(this.raw, 'applicant', 'name');
    const requested = field(this.raw, 'requested_person', 'name');
    if (kind === 'ccf-request' || (applicant && !requested)) meta.push([this.labels.applicant, applicant]);
    if (kind !== 'ccf-request' && requested) meta.push([this.labels.requestedPerson, requested]);
    meta.push([this.labels.requestingState, text(this.raw.requesting_state)]);
    const rep = [field(this.raw, 'representative', 'name'), field(this.raw, 'representative', 'firm')].filter(Boolean).join(this.labels.comma);
    meta.push([this.labels.representative, rep || undefined]);
    meta.push([this.labels.caseReference, text(this.raw.case_reference)]);
    const notices = this.noticeReferences();
    meta.push([this.labels.noticeReference, notices.join(this.labels.comma) || undefined]);
    meta.push([this.labels.date, formatDate(this.raw.date, this.language)]);
    for (const [label, value] of meta) {
      if (!value) continue;
      this.para('meta', [{ text: `${label}${this.language === 'fr' ? ' :' : ':'} `, bold: true }, ...this.textInlines(value)]);
    }
    this.blocks.push({ type: 'rule' });
  }

  // ---- body --------------------------------------------------------------------------------

  private inAnnexes: number | undefined; // depth of the annexes heading while inside its section
  private annexesPlaced = false;
  private get pendingAnnexes(): boolean {
    return !this.annexesPlaced && this.sub.exhibits.length > 0;
  }

  private body(nodes: RootContent[]): void {
    for (const node of nodes) {
      if (node.type === 'heading') {
        if (this.inAnnexes !== undefined && node.depth <= this.inAnnexes) this.leaveAnnexes();
        const section = this.sub.headings.find((h) => h.span.start === (node.position?.start.offset ?? -1))?.section;
        const inlines = this.inlines(node.children);
        this.blocks.push({
          type: 'heading',
          level: Math.max(1, node.depth - this.headingShift),
          inlines,
          text: inlinesText(inlines).trim(),
          dir: this.direction(inlines),
        });
        if (section === 'annexes') this.inAnnexes = node.depth;
        continue;
      }
      if (this.inAnnexes !== undefined) {
        if (isPlaceholderOnly(node)) continue;
        if ((node.type === 'list' || node.type === 'table') && this.enumeratesExhibits(node)) {
          this.annexTable();
          continue;
        }
      }
      this.block(node, { top: true, quoteDepth: 0, listLevel: -1 });
    }
    if (this.inAnnexes !== undefined) this.leaveAnnexes();
  }

  private leaveAnnexes(): void {
    this.inAnnexes = undefined;
    this.annexTable();
  }

  private block(node: RootContent, ctx: { top: boolean; quoteDepth: number; listLevel: number }): void {
    switch (node.type) {
      case 'paragraph': {
        const numbered = ctx.top ? this.numbering.byStart.get(startOf(node)) : undefined;
        const inlines = this.inlines(node.children);
        if (numbered) {
          if (numbered.written) stripWrittenNumber(inlines);
          this.para('body', inlines, numberOf(numbered));
          return;
        }
        if (!inlines.some((i) => i.text.trim())) return;
        this.para(ctx.quoteDepth > 0 ? 'quote' : 'body', inlines, { quoteDepth: ctx.quoteDepth || undefined });
        return;
      }
      case 'heading': {
        // Headings inside lists or quotes: shown as bold paragraphs.
        const inlines = this.inlines(node.children).map((i) => ({ ...i, bold: true }));
        this.para(ctx.quoteDepth > 0 ? 'quote' : 'body', inlines, { quoteDepth: ctx.quoteDepth || undefined });
        return;
      }
      case 'list':
        if (ctx.top && node.children[0] && this.numbering.byStart.has(startOf(node.children[0]))) this.numberedItems(node);
        else this.list(node, ctx.listLevel + 1, ctx.quoteDepth);
        return;
      case 'blockquote':
        for (const child of node.children) this.block(child, { top: false, quoteDepth: ctx.quoteDepth + 1, listLevel: ctx.listLevel });
        return;
      case 'code': {
        const lines = node.value.split(/\r?\n/);
        const inlines: Inline[] = [];
        lines.forEach((line, i) => {
          if (i > 0) inlines.push({ text: '\n', lineBreak: true });
          inlines.push({ text: line || ' ', code: true });
        });
        this.para('code', inlines, { quoteDepth: ctx.quoteDepth || undefined });
        return;
      }
      case 'table':
        this.table(node);
        return;
      case 'thematicBreak':
        this.blocks.push({ type: 'rule' });
        return;
      default:
        // html (comments such as submission-disable), definitions, footnote definitions, yaml.
        return;
    }
  }

  private list(node: List, level: number, quoteDepth: number): void {
    const listId = ++this.listCount;
    const kind = node.ordered ? 'ordered' : 'bullet';
    const start = node.start ?? 1;
    node.children.forEach((item: ListItem, ordinal) => {
      let first = true;
      for (const child of item.children) {
        if (child.type === 'paragraph' || child.type === 'heading') {
          const raw = this.inlines(child.children);
          const inlines = child.type === 'heading' ? raw.map((i) => ({ ...i, bold: true })) : raw;
          if (item.checked === true || item.checked === false) {
            if (first) inlines.unshift({ text: item.checked ? '[x] ' : '[ ] ' });
          }
          this.para('list', inlines, {
            list: { kind, level, listId, ordinal: first ? ordinal : undefined, start },
            quoteDepth: quoteDepth || undefined,
          });
          first = false;
        } else if (child.type === 'list') {
          this.list(child, level + 1, quoteDepth);
        } else {
          this.block(child, { top: false, quoteDepth, listLevel: level });
        }
      }
      if (first) {
        // An empty item still shows its marker.
        this.para('list', [{ text: ' ' }], { list: { kind, level, listId, ordinal, start } });
      }
    });
  }

  /** A top-level ordered list read as numbered paragraphs: each item is a body paragraph with its number. */
  private numberedItems(node: List): void {
    for (const item of node.children) {
      const numbered = this.numbering.byStart.get(startOf(item));
      let first = true;
      for (const child of item.children) {
        if (first && numbered && (child.type === 'paragraph' || child.type === 'heading')) {
          const raw = this.inlines(child.children);
          this.para('body', child.type === 'heading' ? raw.map((i) => ({ ...i, bold: true })) : raw, numberOf(numbered));
        } else {
          if (first && numbered) this.para('body', [{ text: ' ' }], numberOf(numbered));
          if (child.type === 'list') this.list(child, 0, 0);
          else this.block(child, { top: false, quoteDepth: 0, listLevel: -1 });
        }
        first = false;
      }
      if (first && numbered) this.para('body', [{ text: ' ' }], numberOf(numbered));
    }
  }

  private table(node: Table): void {
    const [head, ...rest] = node.children;
    if (!head) return;
    const cells = (row: (typeof node.children)[number]) => row.children.map((cell) => this.inlines(cell.children));
    const header = cells(head);
    const rows = rest.map(cells);
    const width = Math.max(header.length, ...rows.map((r) => r.length));
    const pad = (r: Inline[][]) => (r.length < width ? [...r, ...Array.from({ length: width - r.length }, () => [])] : r);
    const all = [header, ...rows].flat().map(inlinesText).join(' ');
    this.blocks.push({
      type: 'table',
      header: pad(header),
      rows: rows.map(pad),
      align: Array.from({ length: width }, (_, i) => node.align?.[i] ?? undefined),
      dir: paragraphDirection(all, this.dir),
      role: 'table',
    });
  }

  // ---- annexes -----------------------------------------------------------------------------

  private exhibitIds: RegExp | undefined;

  private enumeratesExhibits(node: List | Table): boolean {
    if (!this.exhibitIds) {
      const ids = this.sub.exhibits.map((e) => e.id).filter((id): id is string => !!id).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      this.exhibitIds = ids.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${ids.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : /(?!)/;
    }
    const items = node.type === 'list' ? node.children.map((c) => plain(c)) : node.children.slice(1).map((r) => plain(r));
    if (items.length === 0) return false;
    return items.every((t) => PLACEHOLDER_ONLY.test(t) || this.exhibitIds!.test(t));
  }

  private annexTable(): void {
    if (this.annexesPlaced || this.sub.exhibits.length === 0) return;
    this.annexesPlaced = true;
    const [no, doc, date] = this.labels.annexColumns;
    const rows = this.sub.exhibits.map((e: Exhibit) => [
      this.textInlines(e.id ?? String(e.index + 1)),
      this.textInlines(e.title ?? e.file ?? ''),
      this.textInlines(formatDate(e.date, this.language) ?? ''),
    ]);
    const all = rows.flat().map(inlinesText).join(' ');
    this.blocks.push({
      type: 'table',
      header: [[{ text: no }], [{ text: doc }], [{ text: date }]],
      rows,
      align: [undefined, undefined, undefined],
      dir: paragraphDirection(`${this.labels.annexList} ${all}`, this.dir),
      role: 'annexes',
    });
  }

  private appendAnnexSection(): void {
    const inlines = [{ text: this.labels.annexList }];
    this.blocks.push({ type: 'heading', level: 1, inlines, text: this.labels.annexList, dir: this.dir });
    this.annexTable();
  }

  // ---- signature ---------------------------------------------------------------------------

  private signature(): void {
    const signed = (this.raw.signed && typeof this.raw.signed === 'object' ? this.raw.signed : {}) as Data;
    const place = text(signed.place);
    const date = formatDate(signed.date ?? this.raw.date, this.language);
    const by = text(signed.by) ?? field(this.raw, 'representative', 'name');
    const done = this.labels.doneAt(place, date);
    const lines: [ParagraphRole, string][] = [];
    if (done) lines.push(['signature', done]);
    if (by) lines.push(['signatureName', by]);
    const repName = field(this.raw, 'representative', 'name');
    if (!by || !repName || by === repName) {
      for (const key of ['firm', 'address', 'email']) {
        const v = field(this.raw, 'representative', key);
        if (v) lines.push(['signature', v]);
      }
    }
    if (lines.length === 0) return;
    lines.forEach(([role, value], i) => {
      const inlines = this.textInlines(value).map((x) => (role === 'signatureName' ? { ...x, bold: true } : x));
      this.para(role, inlines, { align: 'end', keepWithNext: i < lines.length - 1 });
    });
  }

  // ---- inlines -----------------------------------------------------------------------------

  private inlines(nodes: PhrasingContent[], style: Omit<Inline, 'text'> = {}): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) this.inline(node, style, out);
    return merge(out);
  }

  private inline(node: PhrasingContent, style: Omit<Inline, 'text'>, out: Inline[]): void {
    switch (node.type) {
      case 'text':
        this.text(node.value, startOf(node), endOf(node), style, out);
        return;
      case 'emphasis':
        for (const c of node.children) this.inline(c, { ...style, italic: true }, out);
        return;
      case 'strong':
        for (const c of node.children) this.inline(c, { ...style, bold: true }, out);
        return;
      case 'delete':
        for (const c of node.children) this.inline(c, { ...style, strike: true }, out);
        return;
      case 'inlineCode':
        out.push({ ...style, text: node.value, code: true });
        return;
      case 'link':
        for (const c of node.children) this.inline(c, { ...style, link: node.url }, out);
        return;
      case 'linkReference': {
        const url = this.definitions.get(node.identifier);
        for (const c of node.children) this.inline(c, url ? { ...style, link: url } : style, out);
        return;
      }
      case 'image':
      case 'imageReference':
        if (node.alt) out.push({ ...style, text: node.alt, italic: true });
        return;
      case 'break':
        out.push({ text: '\n', lineBreak: true });
        return;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) out.push({ text: '\n', lineBreak: true });
        return;
      case 'footnoteReference': {
        const n = this.footnoteNumber(node.identifier);
        if (n !== undefined) out.push({ text: String(n), footnote: n });
        return;
      }
      default:
        return;
    }
  }

  /** A text node's text, with its exhibit citations cut out as inlines of their own. */
  private text(value: string, start: number, end: number, style: Omit<Inline, 'text'>, out: Inline[]): void {
    const flat = (t: string) => t.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
    const cited = this.citationsIn(start, end);
    if (cited.length === 0) {
      pushText(out, flat(value), style);
      return;
    }
    const offsets = valueOffsets(value, this.sub.text, start);
    let at = 0;
    for (const c of cited) {
      const i = offsets(c.span.start);
      const j = offsets(c.span.end);
      if (i < at || j <= i) continue;
      pushText(out, flat(value.slice(at, i)), style);
      out.push({ ...style, text: value.slice(i, j), exhibit: c.id });
      const suffix = this.options.exhibitSuffix?.(c.id);
      if (suffix) out.push({ ...style, text: suffix });
      at = j;
    }
    pushText(out, flat(value.slice(at)), style);
  }

  private citationsIn(start: number, end: number): ExhibitCitation[] {
    const list = this.citations;
    const out: ExhibitCitation[] = [];
    for (let k = firstAtOrAfter(list, start, (c) => c.span.start); k < list.length && list[k].span.end <= end; k++) out.push(list[k]);
    return out;
  }

  private textInlines(value: string): Inline[] {
    const out: Inline[] = [];
    pushText(out, value, {});
    return out;
  }

  private footnoteNumber(identifier: string): number | undefined {
    const known = this.footnoteNumbers.get(identifier);
    if (known !== undefined) return known;
    const def = this.footnoteDefs.get(identifier);
    if (!def) return undefined;
    const n = this.footnotes.length + 1;
    this.footnoteNumbers.set(identifier, n);
    const note: Footnote = { number: n, paragraphs: [], dir: this.dir };
    this.footnotes.push(note);
    const paragraphs: Inline[][] = [];
    const walk = (nodes: RootContent[], prefix: string) => {
      for (const child of nodes) {
        if (child.type === 'paragraph') {
          const inl = this.inlines(child.children).filter((i) => i.footnote === undefined);
          paragraphs.push(prefix ? [{ text: prefix }, ...inl] : inl);
        } else if (child.type === 'list') {
          child.children.forEach((item, i) => walk(item.children, child.ordered ? `${(child.start ?? 1) + i}. ` : '• '));
        } else if (child.type === 'blockquote') {
          walk(child.children, prefix);
        } else if (child.type === 'code') {
          paragraphs.push([{ text: child.value, code: true }]);
        }
      }
    };
    walk(def.children, '');
    note.paragraphs = paragraphs.length ? paragraphs : [[{ text: ' ' }]];
    note.dir = this.direction(paragraphs.flat());
    return n;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private para(
    role: ParagraphRole,
    inlines: Inline[],
    extra: Partial<Omit<ParagraphBlock, 'type' | 'role' | 'inlines' | 'dir'>> = {},
  ): void {
    // The title block and the signature follow the document's direction even where a line is
    // all Latin (an e-mail address in an Arabic document), so the block stays aligned.
    const dir = DOCUMENT_DIRECTED.has(role) ? this.dir : this.direction(inlines);
    this.blocks.push({ type: 'paragraph', role, inlines, dir, ...extra });
  }

  private direction(inlines: Inline[]): Direction {
    return paragraphDirection(inlinesText(inlines), this.dir);
  }

  private noticeReferences(): string[] {
    const data = Array.isArray(this.raw.data) ? this.raw.data : [];
    return data
      .map((d) => (d && typeof d === 'object' ? text((d as Data).reference) : undefined))
      .filter((r): r is string => !!r);
  }

  private references(): string[] {
    const refs = [text(this.raw.case_reference), ...this.noticeReferences()].filter((r): r is string => !!r);
    return [...new Set(refs)];
  }

  private author(): string | undefined {
    return (
      field(this.raw, 'representative', 'name') ??
      field(this.raw, 'signed', 'by') ??
      field(this.raw, 'applicant', 'name') ??
      field(this.raw, 'requested_person', 'name')
    );
  }
}

// ---- plain helpers ---------------------------------------------------------------------------

function numberOf(p: NumberedParagraph): Pick<ParagraphBlock, 'number' | 'label' | 'restart' | 'source'> {
  return { number: p.number, label: p.label, restart: p.restart || undefined, source: p.span.start };
}

/** Takes a number typed at the start of a plain paragraph ("١. ") out of its text: it is the label. */
function stripWrittenNumber(inlines: Inline[]): void {
  const first = inlines[0];
  if (first && !first.exhibit) first.text = first.text.replace(WRITTEN_PARAGRAPH_NUMBER, '');
}

/**
 * Source offset → offset in a text node's value. The value is the source less what Markdown takes
 * out (a list item's indentation on its later lines, a blockquote's ">", backslash escapes), so
 * walking both together finds each character.
 */
function valueOffsets(value: string, source: string, start: number): (offset: number) => number {
  if (source.startsWith(value, start)) return (offset) => Math.min(value.length, Math.max(0, offset - start));
  const at: number[] = [];
  for (let i = 0, j = start; i < value.length && j < source.length; j++) {
    if (value[i] === source[j]) at[i++] = j;
  }
  return (offset) => {
    let i = 0;
    while (i < at.length && at[i] < offset) i++;
    return i;
  };
}

/** One citation per span, sorted: the expanded ids of a range ("A1–A3" → A2) share the last id's span. */
function citationsBySpan(sub: Submission): ExhibitCitation[] {
  const bySpan = new Map<number, ExhibitCitation>();
  for (const c of sub.exhibitCitations) {
    const written = sub.text.slice(c.span.start, c.span.end).toUpperCase();
    const known = bySpan.get(c.span.start);
    if (!known || (known.id !== written && c.id === written)) bySpan.set(c.span.start, c);
  }
  return [...bySpan.values()].sort((a, b) => a.span.start - b.span.start);
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return undefined;
}

function field(raw: Data, key: string, sub: string): string | undefined {
  const v = raw[key];
  return v && typeof v === 'object' && !Array.isArray(v) ? text((v as Data)[sub]) : undefined;
}

function pushText(out: Inline[], value: string, style: Omit<Inline, 'text'>): void {
  if (!value) return;
  for (const part of value.split(PLACEHOLDER_PART)) {
    if (!part) continue;
    out.push(PLACEHOLDER_PART.test(part) ? { ...style, text: part, placeholder: true } : { ...style, text: part });
  }
}

const SAME_KEYS: (keyof Inline)[] = ['bold', 'italic', 'code', 'strike', 'link', 'placeholder', 'exhibit'];

/** Joins neighbours with the same style, so renderers draw fewer, longer runs. */
function merge(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of inlines) {
    const last = out[out.length - 1];
    if (
      last &&
      !last.lineBreak &&
      !i.lineBreak &&
      last.footnote === undefined &&
      i.footnote === undefined &&
      SAME_KEYS.every((k) => last[k] === i[k])
    ) {
      last.text += i.text;
    } else out.push({ ...i });
  }
  return out;
}

export function inlinesText(inlines: Inline[]): string {
  let s = '';
  for (const i of inlines) s += i.text;
  return s;
}

/** Plain text of any mdast node, for matching only. */
function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join(' ');
  return '';
}

function collect(tree: Root, visit: (node: Nodes) => void): void {
  const walk = (node: Nodes) => {
    visit(node);
    if ('children' in node) for (const c of node.children as Nodes[]) walk(c);
  };
  walk(tree);
}

const PLACEHOLDER_ONLY = /^\s*(?:\{\{[^{}\r\n]*\}\}\s*)+$/;

function isPlaceholderOnly(node: RootContent): boolean {
  if (node.type === 'html') return false;
  const t = plain(node);
  return PLACEHOLDER_ONLY.test(t);
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
