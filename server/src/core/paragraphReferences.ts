// The submission's references to its own numbered paragraphs, resolved against the numbering the
// export prints: the check that warns of a reference to nothing (or "above" pointing below), and
// hover and go to definition on a reference, all read this, computed once per parsed submission.
//
// Only where the lawyer argues: top-level paragraphs and lists of the body outside the annexes.
// Quotations, code, tables, footnotes and headings often quote or cite another text's paragraphs
// ("the judgment, at paragraph 45"), so they are left out, at any depth (a judgment quoted under a
// numbered paragraph, indented `   > …`, is a quotation too); so are citations of provisions.
import type { Nodes } from 'mdast';
import type { Span } from '../vocabulary';
import { endOf, forEachSetApart, startOf } from './nodes';
import type { Submission } from './model';
import { NodeValues } from './nodeValues';
import { maskComments } from './text';
import { EXHIBIT_ID, findExhibitCitations } from './exhibits';
import { findParagraphReferences, numberParagraphs, WRITTEN_PARAGRAPH_NUMBER, type NumberedParagraph, type ParagraphNumbering, type ParagraphReference } from './paragraphs';
import type { Source } from './source';

export interface ResolvedTarget {
  number: number;
  /** The digits written; a range's inner numbers share the span of its last number. */
  span: Span;
  /** The first paragraph with that number (undefined when none has it). */
  paragraph?: NumberedParagraph;
}

export interface ResolvedReference extends ParagraphReference {
  targets: ResolvedTarget[];
  /** The numbered paragraph the reference is written in (or after, in its sub-list). */
  within?: NumberedParagraph;
}

export interface ParagraphIndex {
  numbering: ParagraphNumbering;
  /** In document order. */
  references: ResolvedReference[];
  /** Each number → the first and last paragraph written with it (two when a number is repeated). */
  byNumber: ReadonlyMap<number, { first: NumberedParagraph; last: NumberedParagraph }>;
}

const cache = new WeakMap<Submission, ParagraphIndex>();

export function paragraphIndex(sub: Submission): ParagraphIndex {
  let index = cache.get(sub);
  if (!index) cache.set(sub, (index = buildIndex(sub)));
  return index;
}

/** The reference whose written number (or whose words) the offset touches, and the target there. */
export function paragraphReferenceAt(sub: Submission, offset: number): { reference: ResolvedReference; target?: ResolvedTarget } | undefined {
  const refs = paragraphIndex(sub).references;
  // References are in document order: a binary search keeps a hover cheap on a long document.
  let lo = 0;
  let hi = refs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = refs[mid];
    if (offset < r.span.start) hi = mid - 1;
    else if (offset > r.span.end) lo = mid + 1;
    else {
      const written = r.targets.filter((t) => offset >= t.span.start && offset <= t.span.end);
      // On a range's last number, the number written there; elsewhere in the words, the first target.
      return { reference: r, target: written[written.length - 1] ?? r.targets[0] };
    }
  }
  return undefined;
}

/** A case cited just before: "Soering v UK, para. 88", "X c. France, § 45", "the Respondent’s paragraph 12". */
const ANOTHER_TEXT_BEFORE = /(?:,\s*|['’]s\s+|\s(?:v|vs|c)\.?\s[^.;\n]{0,60}\b(?:at|en|au|dans)\s+)$/iu;

// ---- pinpoints into another document ---------------------------------------------------------
// "Exhibit D1 at paragraph 12", "(Annex A3 para. 12)", "D2 at para 9", "Pièce P3, page 2, au § 4",
// "Anexo A3, en el párrafo 4", "المرفق A3، الفقرة 12", "the District Judge's ruling of 6 October at
// paragraph 21", "Dr Marsh's report at para 4", "Celinski at para 12", "[2015] EWHC 1274 (Admin) at
// para 12", "ibid. at para 3": the paragraph is the document's, not the submission's.

/** Between the document and the paragraph: a comma, a page, "at" / "au" / "en el" / "في", an opening bracket. */
const PINPOINT_GAP =
  '\\s*(?:[,:،]\\s*)?(?:(?:p|pp|page|pages|pág|págs|ص)\\.?\\s*[0-9\\u0660-\\u0669]+(?:\\s*[-–]\\s*[0-9\\u0660-\\u0669]+)?\\s*[,،]?\\s*)?' +
  '(?:(?<!\\p{L})(?:at|au|à|en|dans|في)(?:\\s+(?:the|le|la|el|su|its|son|sa))?\\s+)?\\(?\\s*';
const AFTER_PINPOINT_GAP = new RegExp(`^${PINPOINT_GAP}$`, 'iu');
/** Documents that are not exhibit citations but are cited the same way: "Appendix 2", "Tab 4", "Documento 3". */
const OTHER_DOCUMENT_BEFORE = new RegExp(
  `(?<!\\p{L})(?:appendix|appendices|appendice|apéndice|tab|documents?|documentos?)\\s+(?:n[°o]s?\\.?\\s*)?${EXHIBIT_ID}(?![\\p{L}\\p{N}])${PINPOINT_GAP}$`,
  'iu',
);
/** A judgment, decision or report, possibly named or dated, then "at": "the judgment of the District Judge at". */
const DECISION_BEFORE = new RegExp(
  '(?<!\\p{L})(?:[Jj]udge?ments?|[Dd]ecisions?|[Rr]ulings?|[Dd]etermination|[Rr]eport|[Oo]pinion|[Jj]ugement|[Aa]rrêt|[Dd]écision|[Oo]rdonnance|[Rr]apport|[Aa]vis|' +
    '[Ss]entencia|[Aa]uto|[Rr]esolución|[Dd]ecisión|[Ii]nforme|[Dd]ictamen|[وبل]{0,2}(?:الحكم|القرار|التقرير))(?!\\p{L})' +
    // named or dated: "of the District Judge", "du 3 mai 2024", "Soering", "Love v USA"
    '(?:\\s+(?:of|dated|du|de|del|d[\'’])\\s*[^,.;:!?\\n]{1,50}?|\\s+\\p{Lu}[\\p{L}\'’-]*(?:\\s+(?:v|vs|c)\\.?\\s+\\p{Lu}[\\p{L}\'’-]*)?)?' +
    '\\s*[,،]?\\s*(?<!\\p{L})(?:at|au|à|en|dans|في)(?:\\s+(?:the|le|la|el|su|its|son|sa))?\\s+$',
  'u',
);
/** A case by its name or its neutral citation, then "at": "Celinski at", "[2015] EWHC 1274 (Admin) at"; "ibid." / "id." . */
const CASE_BEFORE =
  /(?:(?<!\p{L})(?!(?:Again|Also|Even|Hence|Here|Only|See|Then|There|Thus)\b)\p{Lu}\p{Ll}{2,}|\[\d{4}\]\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?\s+\d+(?:\s*\([A-Za-z]+\))?)\s+at\s+$|(?<!\p{L})(?:ibid|ibidem|id|op\.?\s*cit|loc\.?\s*cit)\.\s*,?\s*(?:at\s+)?$/u;

/**
 * A paragraph reference written as a pinpoint into an exhibit, an annex or another document.
 * `before` is the text of the node up to the reference, comments masked; `declared` matches the
 * submission's exhibit ids written alone ("D2 at para 9").
 */
export function pinpointsAnotherDocument(before: string, declared?: RegExp): boolean {
  const cited = findExhibitCitations(before);
  const last = cited[cited.length - 1];
  if (last && AFTER_PINPOINT_GAP.test(before.slice(last.span.end))) return true;
  if (declared?.test(before)) return true;
  return OTHER_DOCUMENT_BEFORE.test(before) || DECISION_BEFORE.test(before) || CASE_BEFORE.test(before);
}

/** The declared exhibit ids that hold a letter ("D1", not "3"), written alone just before a pinpoint. */
function declaredIdsBefore(sub: Submission): { key: string; pattern?: RegExp } {
  const ids = [...new Set(sub.exhibits.map((e) => e.id).filter((id): id is string => !!id && /\p{L}/u.test(id) && /\d/.test(id)))];
  if (ids.length === 0) return { key: '' };
  const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { key: ids.join(' '), pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])${PINPOINT_GAP}$`, 'iu') };
}

function buildIndex(sub: Submission): ParagraphIndex {
  const numbering = numberParagraphs(sub);
  // Made when first read: a draft that refers to none of its paragraphs (most keystrokes of most
  // drafts) has no use for a map of thousands of numbers at every keystroke.
  let byNumber: ParagraphIndex['byNumber'] | undefined;
  const references: ResolvedReference[] = [];
  const index: ParagraphIndex = {
    numbering,
    references,
    get byNumber() {
      return (byNumber ??= numbersOf(numbering.paragraphs));
    },
  };
  if (numbering.paragraphs.length === 0) return index;

  let citations: Submission['citations'] | undefined;
  let citationCursor = 0;
  let paragraphCursor = -1;
  const annexes = sub.sections.filter((s) => s.id === 'annexes').map((s) => s.span);
  let annexCursor = 0;
  const bodyStart = sub.frontmatter?.span.end ?? 0;
  const markedOnly = sub.kind === 'extradition-appeal';
  let declared: { key: string; pattern?: RegExp } | undefined;

  const nodes = sub.tree.children as Nodes[];
  const mentioning = mentions.of(sub.tree.children, sub.lineage, sub);
  for (let n = 0; n < nodes.length; n++) {
    // Most paragraphs and lists of a long draft mention no paragraph: nothing more is read of them
    // at each keystroke, not even their position.
    if (!mentioning[n]) continue;
    const node = nodes[n];
    if (node.type !== 'paragraph' && node.type !== 'list') continue;
    const from = startOf(node);
    if (from < bodyStart) continue;
    while (annexCursor < annexes.length && annexes[annexCursor].end <= from) annexCursor++;
    if (annexes[annexCursor] && annexes[annexCursor].start <= from) continue;
    // A list is read item by item: the items are kept while a keystroke falls in another one,
    // where the list itself is joined anew (incremental.ts gives the same list only when no part changed).
    for (const unit of node.type === 'list' ? node.children : [node]) {
      const candidates = candidatesIn(sub.source, unit);
      // An item that mentions none, in a list where another does.
      if (candidates.length === 0) continue;
      const at = startOf(unit);
      const to = endOf(unit);
      citations ??= [...sub.citations].sort((a, b) => a.span.start - b.span.start);
      while (citationCursor < citations.length && citations[citationCursor].span.end <= at) citationCursor++;
      const exclude: Span[] = [];
      for (let i = citationCursor; i < citations.length && citations[i].span.start < to; i++) exclude.push(citations[i].span);
      // Quotations and code inside a list item: another text, like those at the top level.
      forEachSetApart(unit, (_, start, end) => exclude.push({ start, end }));
      declared ??= declaredIdsBefore(sub);
      const own = ownReferences(sub.source, unit, candidates, declared, markedOnly);
      for (let i = 0; i < candidates.length; i++) {
        if (!own[i]) continue;
        const start = at + candidates[i].span.start;
        const end = at + candidates[i].span.end;
        if (exclude.some((s) => s.start < end && start < s.end)) continue;
        const ref = shiftReference(candidates[i], at);
        while (paragraphCursor + 1 < numbering.paragraphs.length && numbering.paragraphs[paragraphCursor + 1].span.start <= ref.span.start) paragraphCursor++;
        references.push({
          ...ref,
          targets: ref.targets.map((t) => ({ ...t, paragraph: index.byNumber.get(t.number)?.first })),
          within: numbering.paragraphs[paragraphCursor],
        });
      }
    }
  }
  return index;
}

/** Each number → the first and last paragraph written with it. */
function numbersOf(paragraphs: readonly NumberedParagraph[]): Map<number, { first: NumberedParagraph; last: NumberedParagraph }> {
  const numbers = new Map<number, { first: NumberedParagraph; last: NumberedParagraph }>();
  for (const p of paragraphs) {
    const known = numbers.get(p.number);
    if (known) known.last = p;
    else numbers.set(p.number, { first: p, last: p });
  }
  return numbers;
}

/**
 * What a paragraph or list item could hold as references, before citations of provisions and
 * quotations are left out, relative to its start and kept with the node: the incremental parser
 * reuses a node (positions shifted) while its block is unchanged, so a keystroke reads again only
 * the node it touched. Leaving a span out only drops the matches that overlap it (the scan goes on
 * after a dropped match as after a kept one), so it can be done afterwards, at each check.
 */
const candidatesByNode = new WeakMap<Nodes, ParagraphReference[]>();

function candidatesIn(text: string | Source, node: Nodes): ParagraphReference[] {
  let kept = candidatesByNode.get(node);
  if (!kept) {
    const from = startOf(node);
    kept = findParagraphReferences(text, { from, to: endOf(node) }).map((r) => shiftReference(r, -from));
    candidatesByNode.set(node, kept);
  }
  return kept;
}

/**
 * Whether a top-level paragraph, or an item of a top-level list, holds a candidate: worked out
 * again only for the nodes a keystroke changed (core/nodeValues.ts), the candidates being relative
 * to each node's start.
 */
const mentions = new NodeValues<boolean>((node, sub) => {
  if (node.type === 'paragraph') return candidatesIn(sub.source, node).length > 0;
  return node.type === 'list' && node.children.some((item) => candidatesIn(sub.source, item).length > 0);
});

/**
 * Which of a node's candidates are references to the submission's own paragraphs, judged by the
 * words around them inside the node; kept with the node, keyed by what else the judgement reads
 * (the declared exhibit ids, which the frontmatter may change while the node stays, and the kind).
 */
const ownByNode = new WeakMap<Nodes, { key: string; own: boolean[] }>();

function ownReferences(text: string | Source, node: Nodes, candidates: readonly ParagraphReference[], declared: { key: string; pattern?: RegExp }, markedOnly: boolean): boolean[] {
  const key = `${declared.key}|${markedOnly}`;
  const kept = ownByNode.get(node);
  if (kept?.key === key) return kept.own;
  const from = startOf(node);
  const to = endOf(node);
  const own = candidates.map((candidate) => {
    const ref = shiftReference(candidate, from);
    if (ref.position) return true;
    // Grounds of appeal cite the judgment below by its paragraphs at every turn ("At paragraph
    // 34 the District Judge held", "the findings at paragraphs 30–33"): in an appeal notice a
    // paragraph is the notice's own only when it says so ("above", "of these grounds"). Else a
    // renumbering would rewrite the judgment's numbers too.
    if (markedOnly) return OWN_DOCUMENT_AFTER.test(text.slice(ref.span.end, Math.min(to, ref.span.end + 60)));
    const before = maskComments(text.slice(Math.max(from, ref.span.start - 200), ref.span.start));
    return !ANOTHER_TEXT_BEFORE.test(before) && !pinpointsAnotherDocument(before, declared.pattern);
  });
  ownByNode.set(node, { key, own });
  return own;
}

/** "of this notice", "of these grounds", "de la présente requête", "del presente escrito", "من هذا الإخطار". */
const OWN_DOCUMENT_AFTER =
  /^\s*,?\s*(?:(?:of|in)\s+(?:this|these|the\s+present)\s+(?:notice|grounds?|skeleton|submissions?|document|appeal)|(?:de|du)\s+(?:la\s+)?(?:présente?|cet(?:te)?|ces)\s+\p{L}+|(?:de|del)\s+(?:la\s+)?(?:presente|este|esta)\s+\p{L}+|من\s+(?:هذا|هذه))/iu;

function shiftReference(ref: ParagraphReference, by: number): ParagraphReference {
  const shift = (span: Span): Span => ({ start: span.start + by, end: span.end + by });
  return { ...ref, span: shift(ref.span), targets: ref.targets.map((t) => ({ ...t, span: shift(t.span) })) };
}

/** The start of a paragraph as one line, without its written number: what a hover shows of it. */
export function paragraphExcerpt(sub: Submission, p: NumberedParagraph, max = 100): string {
  const head = maskComments(sub.source.slice(p.span.start, Math.min(p.span.end, p.span.start + max * 4)));
  const text = (p.source === 'item' ? head.replace(/^[ \t]*\d{1,9}[.)][ \t]*/, '') : head.replace(WRITTEN_PARAGRAPH_NUMBER, '')).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}
