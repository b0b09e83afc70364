// Hover: what a cited provision says (with its confirmation status), what an exhibit is, which
// paragraph a reference such as "paragraph 12 above" points to, and which rule requires a section.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { citationsOf } from '../core/citations';
import { writtenDate } from '../core/dates';
import { fill } from '../core/text';
import { paragraphExcerpt, paragraphReferenceAt } from '../core/paragraphReferences';
import { digitsOf, formatCounter } from '../core/paragraphs';
import { rightToLeftParagraphs } from '../core/text';
import { HOVER, SOURCE_STATUS, TIME_LIMIT } from '../data/interface';
import { INSTRUMENT_BY_ID } from '../data/instruments';
import { isRightToLeft } from '../data/languages';
import { findProvision, provisionText, type Provision } from '../data/provisions';
import type { Language } from '../vocabulary';
import { rule } from '../data/rules';
import { SOURCE_BY_ID } from '../data/sources';
import type { Analysis } from '../service/analysis';
import { timeLimitNotes, type TimeLimitNote } from './codeLens';
import { toRange } from './diagnostics';

export function hover(doc: TextDocument, analysis: Analysis, position: Position): Hover | undefined {
  const found = hoverMarkdown(doc, analysis, position);
  if (!found) return undefined;
  const value = rightToLeftParagraphs(found.value, isRightToLeft(analysis.submission.language));
  return { contents: { kind: MarkupKind.Markdown, value }, range: found.range };
}

function hoverMarkdown(doc: TextDocument, analysis: Analysis, position: Position): { value: string; range: Hover['range'] } | undefined {
  const sub = analysis.submission;
  if (!sub.isSubmission) return undefined;
  const offset = doc.offsetAt(position);
  const inside = (s: { start: number; end: number }) => offset >= s.start && offset <= s.end;

  const lang = sub.language;
  const notes = timeLimitNotes(analysis).filter((n) => inside(n.span));
  if (notes.length) return { value: notes.map((n) => timeLimitMarkdown(n, lang)).join('\n\n---\n\n'), range: toRange(doc, notes[0].span) };

  const citation = citationsOf(sub).find((c) => inside(c.span));
  if (citation) {
    const inst = INSTRUMENT_BY_ID.get(citation.instrument)!;
    const provision = findProvision(citation.instrument, citation.article);
    const unit = HOVER[inst.unit][lang];
    const head = `**${unit} ${citation.article}${citation.subdivision}** — ${inst.title[lang]}`;
    const body = provision ? provisionMarkdown(provision, lang) : HOVER.noSummary[lang];
    return { value: `${head}\n\n${body}`, range: toRange(doc, citation.span) };
  }

  const exhibitRef = sub.exhibitCitations.find((c) => inside(c.span));
  if (exhibitRef) {
    const exhibit = sub.exhibits.find((e) => e.id === exhibitRef.id);
    const value = exhibit
      ? [
          `**${HOVER.exhibit[lang]} ${exhibit.id}** — ${exhibit.title ?? HOVER.noTitle[lang]}`,
          exhibit.date ? fill(HOVER.dated[lang], { date: exhibit.date }) : '',
          exhibit.file ? `${HOVER.file[lang]}: \`${exhibit.file}\`` : '',
        ]
          .filter(Boolean)
          .join('\n\n')
      : fill(HOVER.exhibitUndeclared[lang], { id: exhibitRef.id });
    return { value, range: toRange(doc, exhibitRef.span) };
  }

  const paragraphRef = paragraphReferenceAt(sub, offset);
  if (paragraphRef?.target) {
    const { target } = paragraphRef;
    const p = target.paragraph;
    const value = p
      ? `**${fill(HOVER.paragraph[lang], { number: formatCounter('decimal', p.number, digitsOf(p.label)) })}**\n\n${p.label} ${paragraphExcerpt(sub, p)}`
      : fill(HOVER.paragraphMissing[lang], { number: formatCounter('decimal', target.number, digitsOf(sub.source.slice(target.span.start, target.span.end))) });
    const span = inside(target.span) ? target.span : paragraphRef.reference.span;
    return { value, range: toRange(doc, span) };
  }

  const section = sub.sections.find((s) => inside(s.heading.span));
  if (section && sub.kind) {
    const reqs = analysis.sectionStates.filter(({ requirement: r }) => r.section === section.id || r.alternatives?.includes(section.id));
    if (reqs.length === 0) return undefined;
    const value = reqs
      .map(({ requirement: r }) => {
        const def = rule(r.code);
        return `**${def.title}** (${def.id}) — ${def.basis}.\n\n${def.why[lang]}`;
      })
      .join('\n\n---\n\n');
    return { value, range: toRange(doc, section.heading.span) };
  }
  return undefined;
}

/**
 * What the catalogue says of a provision, in the document's language: its short title and id, the
 * paraphrase, what to know before relying on it, how far it is confirmed, and its sources. A
 * translation is marked as the product's own. Hover and completion both show this.
 */
export function provisionMarkdown(provision: Provision, lang: Language): string {
  const text = provisionText(provision, lang);
  const parts = [`*${text.title}* (${provision.id})`, text.paraphrase];
  if (provision.caveat) parts.push(provision.caveat[lang]);
  parts.push(SOURCE_STATUS[provision.status][lang]);
  if (text.ownTranslation) parts.push(`_${HOVER.ownTranslation[lang]}_`);
  if (provision.sources.length) parts.push(`${HOVER.sources[lang]}: ${provision.sources.map(sourceLink).join(', ')}`);
  return parts.join('\n\n');
}

/** A time limit on the date that starts it: the last day, whether the document meets it, how sure the rule is. */
function timeLimitMarkdown(note: TimeLimitNote, lang: Language): string {
  const { limit } = note;
  const parts = [`**${note.title}**`];
  if (limit.act === 'admissibility') parts.push(TIME_LIMIT.receiptNote[lang]);
  if (limit.measured) {
    const date = writtenDate(limit.measured.date, lang, { weekday: true }) ?? limit.measured.date;
    parts.push(fill(TIME_LIMIT[limit.measured.date > limit.lastDay ? 'measuredLate' : 'measuredInTime'][lang], { date }));
  }
  parts.push(`${SOURCE_STATUS[limit.status][lang]} (${limit.id})`);
  return parts.join('\n\n');
}

function sourceLink(id: string): string {
  const source = SOURCE_BY_ID.get(id);
  return source?.url ? `[${id}](${source.url})` : id;
}
