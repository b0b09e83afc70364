// What the text refers to: warrants, exhibits, and the provisions it cites.
import { citationsOf } from '../core/citations';
import { NodeValues } from '../core/nodeValues';
import { writtenDate, writtenMonth } from '../core/dates';
import { isPlainRelativePath, normalizeExhibitId, quotationSpans } from '../core/exhibits';
import { canDeclareExhibits } from '../core/fixes';
import { firstAtOrAfter, maskComments, withinSpans, wordPattern } from '../core/text';
import type { Citation, Exhibit, ExhibitCitation } from '../core/model';
import type { Span } from '../vocabulary';
import { INSTRUMENT_BY_ID, type InstrumentDef, type Repeal } from '../data/instruments';
import { STATUS_CAVEAT } from '../data/messages';
import { partOfEaSection } from '../data/provisions';
import { keysOf, ruleOfPath } from '../data/frontmatter';
import { KIND_PROFILES } from '../data/requirements';
import { report, type Check, type CheckContext } from './finding';
import { holds } from './conditions';
import { anchorFor, valueAt, valueSpan } from './keys';
import { sectionName } from './sections';

export const warrants: Check = {
  name: 'warrants',
  rules: ['CCF-REC-02', 'SK-01'],
  run: checkWarrants,
};

function checkWarrants(ctx: CheckContext): void {
  const { sub } = ctx;
  const code = ruleOfPath(ctx.kind, 'warrants');
  const required = holds(KIND_PROFILES[ctx.kind].warrantsRequired, sub);
  if (sub.warrants.length === 0) {
    if (required && !sub.frontmatter?.locations.has('warrants')) {
      report(ctx, code, anchorFor(sub, 'warrants'), 'warrant.none', {}, { fixes: [{ kind: 'add-key', path: 'warrants' }] });
    } else if (required) {
      report(ctx, code, anchorFor(sub, 'warrants'), 'warrant.none');
    }
    return;
  }
  const sections = sub.sections.filter((s) => s.id === 'warrants' && !s.empty);
  if (sections.length === 0) return; // the section rule reports the missing section
  const text = maskComments(sections.map((s) => sub.source.slice(s.span.start, s.span.end)).join('\n'));
  for (const w of sub.warrants) {
    if (!w.id) continue;
    if (mentions(text, w.id) || (w.reference && mentions(text, w.reference))) continue;
    report(ctx, code, valueSpan(sub, `warrants.${w.index}.id`), 'warrant.notMentioned', { id: w.id, name: sectionName('warrants', ctx) });
  }
}

function mentions(text: string, token: string): boolean {
  return token.trim() !== '' && wordPattern(token).test(text);
}

export const exhibits: Check = {
  name: 'exhibits',
  rules: ['CCF-REC-04', 'SK-07', 'APP-REQ-06'],
  run: checkExhibits,
};

function checkExhibits(ctx: CheckContext): void {
  const { sub } = ctx;
  const code = ruleOfPath(ctx.kind, 'exhibits');
  const { slots, first } = declaredSlots(sub.exhibits);
  for (const e of sub.exhibits) {
    if (!e.id) continue;
    if (first[slots.get(e.id)!] !== e) report(ctx, code, valueSpan(sub, `exhibits.${e.index}.id`), 'exhibit.duplicate', { id: e.id });
    if (e.file && ctx.fileExists) {
      // Only a plain relative path is looked up: never an absolute one, a network share or a URL.
      const found = isPlainRelativePath(e.file) ? ctx.fileExists(e.file) : undefined;
      const span = valueSpan(sub, `exhibits.${e.index}.file`);
      if (found === false) report(ctx, code, span, 'exhibit.file', { id: e.id, file: e.file }, { severity: 'warning' });
      else if (found === undefined) report(ctx, code, span, 'exhibit.fileElsewhere', { id: e.id, file: e.file }, { severity: 'information' });
    }
  }

  // Which declared exhibits are cited outside the annex list, and which citations name none: a
  // long draft cites exhibits thousands of times (3,800 at 1 MB) and a keystroke changes a few.
  // Each citation's slot among the declared ids is worked out once and taken again (NodeValues,
  // keyed by the declared list); citations are in document order, as the annex lists are, so
  // those inside a list are runs of indices, found by halving.
  const citations = sub.exhibitCitations;
  const slotOf = exhibitSlots.of(citations.slice(), sub.lineage, slots, sub.exhibits);
  const used = new Uint8Array(first.length);
  const undeclared = new Set<string>();
  const declarable = canDeclareExhibits(sub);
  // Found only when an undeclared id asks: most drafts declare every exhibit they cite.
  let quotations: Span[] | undefined;
  const annexes = sub.sections.filter((s) => s.id === 'annexes');
  let annex = 0;
  let annexFrom = annexes.length ? firstAtOrAfter(citations, annexes[0].span.start, (c) => c.span.start) : citations.length;
  let annexTo = annexes.length ? firstAtOrAfter(citations, annexes[0].span.end, (c) => c.span.start) : citations.length;
  for (let i = 0; i < citations.length; i++) {
    while (i >= annexTo && ++annex < annexes.length) {
      annexFrom = firstAtOrAfter(citations, annexes[annex].span.start, (c) => c.span.start);
      annexTo = firstAtOrAfter(citations, annexes[annex].span.end, (c) => c.span.start);
    }
    const slot = slotOf[i];
    if (slot >= 0) {
      if (i < annexFrom || i >= annexTo) used[slot] = 1;
      continue;
    }
    const c = citations[i];
    // An id the submission does not declare, inside a quotation, is the quoted text's exhibit
    // ("exhibit JP3" of another court's bundle), not one of this submission's.
    if (withinSpans((quotations ??= quotationSpans(sub)), c.span.start)) continue;
    report(ctx, code, c.span, 'exhibit.undeclared', { id: c.id }, {
      fixes: undeclared.has(c.id) || !declarable ? [] : [{ kind: 'declare-exhibit', id: c.id }],
    });
    undeclared.add(c.id);
  }
  // An exhibit named by a key (identity document, power of attorney, …) counts as used.
  for (const key of keysOf(ctx.kind)) {
    if (key.value.form !== 'exhibit') continue;
    const id = normalizeExhibitId(valueAt(sub, key.path));
    const slot = id === undefined ? undefined : slots.get(id);
    if (slot !== undefined) used[slot] = 1;
  }
  first.forEach((e, slot) => {
    if (!used[slot]) report(ctx, code, valueSpan(sub, `exhibits.${e.index}.id`), 'exhibit.uncited', { id: e.id! }, { severity: 'hint' });
  });
  if (ctx.kind === 'extradition-appeal' && sub.exhibits.length === 0) {
    report(ctx, code, anchorFor(sub, 'exhibits'), 'exhibit.none', {}, { severity: 'warning', fixes: sub.frontmatter?.locations.has('exhibits') ? [] : [{ kind: 'add-key', path: 'exhibits' }] });
  }
}

/**
 * The distinct declared exhibit ids, each with a slot (0, 1, …), and the exhibit that declares
 * each first (a later one with the same id is a duplicate); made once per declared list.
 */
function declaredSlots(exhibits: readonly Exhibit[]): DeclaredSlots {
  let found = slotsByList.get(exhibits);
  if (!found) {
    const slots = new Map<string, number>();
    const first: Exhibit[] = [];
    for (const e of exhibits) if (e.id && !slots.has(e.id)) slots.set(e.id, first.push(e) - 1);
    slotsByList.set(exhibits, (found = { slots, first }));
  }
  return found;
}

interface DeclaredSlots {
  slots: ReadonlyMap<string, number>;
  first: readonly Exhibit[];
}

const slotsByList = new WeakMap<readonly Exhibit[], DeclaredSlots>();

/** By exhibit citation: the slot of the declared id it names, -1 for none (keyed by the declared list). */
const exhibitSlots = new NodeValues<number, ReadonlyMap<string, number>, ExhibitCitation>((c, slots) => slots.get(c.id) ?? -1);

/** Citations of provisions that do not exist, are no longer in force, or belong to the other Part. */
export const citedProvisions: Check = {
  name: 'cited provisions',
  rules: ['CCF-REC-03', 'SK-03', 'APP-REQ-04'],
  run: checkCitedProvisions,
};

function checkCitedProvisions(ctx: CheckContext): void {
  const code = KIND_PROFILES[ctx.kind].sections.find((r) => r.citationCode)?.citationCode;
  if (!code) return;
  const regime = valueAt(ctx.sub, 'regime');
  // Thousands of citations in a long draft, most of them fine, and a keystroke changes a few: each
  // is looked at once (problemOf), and the loop reads only what was found.
  const citations = citationsOf(ctx.sub);
  const problems = citationProblems.of(citations, ctx.sub.lineage, regime, regime);
  for (let i = 0; i < citations.length; i++) {
    const problem = problems[i];
    if (problem === FINE) continue;
    const c = citations[i];
    const label = INSTRUMENT_BY_ID.get(c.instrument)!.title[ctx.language];
    if (problem.kind === 'repealed') {
      const repeal = problem.repeal;
      report(ctx, code, c.span, 'citation.repealed', {
        instrument: label,
        article: `${c.article}${c.subdivision}`,
        by: repeal.by[ctx.language],
        date: repeal.from.length === 7 ? writtenMonth(repeal.from, ctx.language) : (writtenDate(repeal.from, ctx.language) ?? repeal.from),
        caveat: repeal.status === 'P' ? '' : STATUS_CAVEAT[repeal.status][ctx.language],
      }, { severity: 'warning' });
    } else if (problem.kind === 'beyond') {
      const last = problem.last;
      report(ctx, code, c.span, last.status === 'U' ? 'citation.beyondUnconfirmed' : 'citation.beyond', { instrument: label, article: c.article, last: last.number }, { severity: 'warning' });
    } else {
      report(ctx, code, c.span, 'citation.regime', { article: c.article, part: problem.part, regime: problem.regime }, { severity: 'warning' });
    }
  }
}

type CitationProblem =
  | { kind: 'repealed'; repeal: Repeal }
  | { kind: 'beyond'; last: NonNullable<InstrumentDef['last']> }
  | { kind: 'regime'; part: number; regime: string };

/** Nothing wrong with a citation (nearly every one): one constant, passed over without reading it. */
const FINE = undefined;

/**
 * What is wrong with a citation, from its own text and the declared regime: repealed, beyond the
 * instrument's last provision, or of the other Part of the Extradition Act 2003.
 */
function problemOf(c: Citation, regime: unknown): CitationProblem | typeof FINE {
  const inst = INSTRUMENT_BY_ID.get(c.instrument)!;
  const repeal = inst.repealed && repealOf(c, inst.repealed);
  if (repeal) return { kind: 'repealed', repeal };
  if (inst.last) {
    const n = Number.parseInt(c.article, 10);
    if (Number.isFinite(n) && n > inst.last.number) return { kind: 'beyond', last: inst.last };
  }
  if (c.instrument === 'ea-2003' && (regime === 'uk-part-1' || regime === 'uk-part-2')) {
    const part = partOfEaSection(c.article);
    const declared = regime === 'uk-part-1' ? 1 : 2;
    if (part && part !== declared) return { kind: 'regime', part, regime };
  }
  return FINE;
}

/** By citation, taken again for the citations a keystroke left alone (core/nodeValues.ts); the regime is the key. */
const citationProblems = new NodeValues<CitationProblem | typeof FINE, unknown, Citation>(problemOf);

/**
 * The repeal that covers the citation: of the provision itself or of one of its paragraphs
 * ("11(1)(e)(i)" is in "11(1)(e)"). A repeal's text is lower-cased once, with the table row.
 */
function repealOf(c: Citation, repeals: readonly Repeal[]): Repeal | undefined {
  const cited = `${c.article}${c.subdivision}`.toLowerCase();
  for (const r of repeals) {
    let p = repealLower.get(r);
    if (!p) repealLower.set(r, (p = { itself: r.provision.toLowerCase(), paragraph: `${r.provision.toLowerCase()}(` }));
    if (cited === p.itself || cited.startsWith(p.paragraph)) return r;
  }
  return undefined;
}

const repealLower = new WeakMap<Repeal, { itself: string; paragraph: string }>();
