// Exhibits and warrants as symbols: where each is declared (its `id:` in the frontmatter), where
// the text cites it ("Exhibit A3", "Pièce A3", "المرفق A3", "W1") and which keys point to it
// (`identity_document: A1`). Go to definition, references, highlights and rename all read this.
import type { Span } from '../vocabulary';
import { FRONTMATTER_KEYS } from '../data/frontmatter';
import { EXHIBIT_ID, normalizeExhibitId } from './exhibits';
import type { Submission } from './model';
import { maskComments, wordPattern } from './text';
import type { Source } from './source';

export type ReferenceKind = 'exhibit' | 'warrant';

export interface Occurrence {
  span: Span;
  /** `declaration`: the `id:` of its frontmatter entry; `key`: another key whose value names it. */
  role: 'declaration' | 'citation' | 'key';
}

export interface CrossReference {
  kind: ReferenceKind;
  /** The id as the checks compare it (exhibits upper-cased). */
  id: string;
  /** Its `exhibits`/`warrants` entries (more than one when declared twice, none when only cited). */
  entries: number[];
  occurrences: Occurrence[];
}

/**
 * Keys whose value names an exhibit, as patterns over the frontmatter's dotted paths. Taken from
 * the key table for every kind: a key the table allows in one kind only still names an exhibit
 * when a lawyer writes it elsewhere.
 */
const EXHIBIT_KEY_PATHS = [...new Set(FRONTMATTER_KEYS.filter((k) => k.value.form === 'exhibit').map((k) => k.path))].map(
  (path) => new RegExp(`^${path.replace(/\./g, '\\.').replace(/\[\]/g, '\\.\\d+')}$`),
);
const EXHIBIT_NAME = new RegExp(`^${EXHIBIT_ID}$`, 'iu');
/** Warrant ids are mentioned as words ("W1", "EAW-2"): no spaces, nothing a word boundary would cut. */
const WARRANT_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}_/-]*[\p{L}\p{N}])?$/u;

export function crossReferences(sub: Submission): CrossReference[] {
  const fm = sub.frontmatter;
  const byKey = new Map<string, CrossReference>();
  const get = (kind: ReferenceKind, id: string) => {
    const key = `${kind}:${kind === 'warrant' ? id.toUpperCase() : id}`;
    let ref = byKey.get(key);
    if (!ref) byKey.set(key, (ref = { kind, id, entries: [], occurrences: [] }));
    return ref;
  };

  const entries = [
    ...sub.exhibits.map((e) => ({ kind: 'exhibit' as const, id: e.id, index: e.index, path: `exhibits.${e.index}.id` })),
    ...sub.warrants.map((w) => ({ kind: 'warrant' as const, id: w.id, index: w.index, path: `warrants.${w.index}.id` })),
  ];
  for (const entry of entries) {
    const span = entry.id ? idSpan(sub, entry.path) : undefined;
    if (!entry.id || !span) continue;
    const ref = get(entry.kind, entry.id);
    ref.entries.push(entry.index);
    ref.occurrences.push({ span, role: 'declaration' });
  }

  // Only what is written: "Annexes A1–A4" cites A2 and A3 too, but has no text to go to or rename.
  const exhibitSpans: Span[] = [];
  for (const c of sub.exhibitCitations) {
    if (sub.source.slice(c.span.start, c.span.end).toUpperCase() !== c.id) continue;
    get('exhibit', c.id).occurrences.push({ span: c.span, role: 'citation' });
    exhibitSpans.push(c.span);
  }

  // The annex list names exhibits by their bare ids at the start of a row or item ("| A3 | Judgment
  // | … |", "- A3: Judgment"); elsewhere on the line, "1" may be a day of the month.
  const declared = [...byKey.values()].filter((r) => r.kind === 'exhibit' && r.entries.length);
  for (const section of sub.sections.filter((s) => s.id === 'annexes')) {
    const body = maskComments(sub.source.slice(section.body.start, section.body.end));
    for (const ref of declared) {
      for (const m of body.matchAll(wordPattern(ref.id, 'giu'))) {
        const lineStart = body.lastIndexOf('\n', m.index) + 1;
        if (!/^[\s|*+-]*$/.test(body.slice(lineStart, m.index))) continue;
        const span = { start: section.body.start + m.index, end: section.body.start + m.index + m[0].length };
        if (exhibitSpans.some((s) => s.start < span.end && span.start < s.end)) continue;
        ref.occurrences.push({ span, role: 'citation' });
        exhibitSpans.push(span);
      }
    }
  }

  if (fm) {
    for (const [path, loc] of fm.locations) {
      if (!EXHIBIT_KEY_PATHS.some((p) => p.test(path))) continue;
      const span = unquoted(sub.source, loc.value);
      const id = normalizeExhibitId(sub.source.slice(span.start, span.end));
      // "application-form" and the like are words, not exhibits.
      if (id && byKey.has(`exhibit:${id}`)) get('exhibit', id).occurrences.push({ span, role: 'key' });
    }
  }

  const warrants = [...byKey.values()].filter((r) => r.kind === 'warrant');
  if (warrants.length) {
    const bodyStart = fm?.span.end ?? 0;
    const body = maskComments(sub.source.slice(bodyStart));
    for (const ref of warrants) {
      for (const m of body.matchAll(wordPattern(ref.id, 'giu'))) {
        const span = { start: bodyStart + m.index, end: bodyStart + m.index + m[0].length };
        // "Exhibit W1" cites an exhibit, whatever else is called W1.
        if (exhibitSpans.some((s) => s.start < span.end && span.start < s.end)) continue;
        ref.occurrences.push({ span, role: 'citation' });
      }
    }
  }

  for (const ref of byKey.values()) ref.occurrences.sort((a, b) => a.span.start - b.span.start);
  return [...byKey.values()];
}

/** The exhibit or warrant whose declaration, citation or key the offset touches. */
export function referenceAt(sub: Submission, offset: number, refs = crossReferences(sub)): { ref: CrossReference; occurrence: Occurrence } | undefined {
  for (const ref of refs) {
    const occurrence = ref.occurrences.find((o) => offset >= o.span.start && offset <= o.span.end);
    if (occurrence) return { ref, occurrence };
  }
  return undefined;
}

export type RenameRefusal =
  | { reason: 'nothing' }
  | { reason: 'invalid'; kind: ReferenceKind; name: string }
  | { reason: 'taken'; kind: ReferenceKind; name: string; takenBy: ReferenceKind };

export type RenameOutcome = { ok: true; ref: CrossReference; edits: { span: Span; text: string }[] } | ({ ok: false } & RenameRefusal);

/**
 * Renames the exhibit or warrant at `offset` everywhere: its declaration, every citation in the
 * text (whatever language it is cited in: only the id changes), and the keys that name it. A name
 * the text could not cite, or one another exhibit or warrant already has, is refused.
 */
export function renameReference(sub: Submission, offset: number, newName: string): RenameOutcome {
  const refs = crossReferences(sub);
  const at = referenceAt(sub, offset, refs);
  if (!at) return { ok: false, reason: 'nothing' };
  const { ref } = at;
  const name = newName.trim();
  const valid = ref.kind === 'exhibit' ? EXHIBIT_NAME.test(name) : WARRANT_NAME.test(name);
  if (!valid) return { ok: false, reason: 'invalid', kind: ref.kind, name };
  // Both kinds are mentioned by bare ids in the text, so a name either kind holds is taken. The
  // symbol's own id is not: "a3" → "A3" only changes how it is written.
  const taken = refs.find((r) => r !== ref && (sameId(r.kind, name, r.id) || sameId(ref.kind, name, r.id)));
  if (taken) return { ok: false, reason: 'taken', kind: ref.kind, name, takenBy: taken.kind };
  const edits = ref.occurrences.map((o) => ({
    span: o.span,
    text: o.role === 'citation' || isQuoted(sub.source, o.span) ? name : yamlScalar(name),
  }));
  return { ok: true, ref, edits };
}

/** Where each exhibit's `file:` is written (quotes excluded), for links that open it. */
export function exhibitFiles(sub: Submission): { id?: string; title?: string; file: string; span: Span }[] {
  const out: { id?: string; title?: string; file: string; span: Span }[] = [];
  for (const e of sub.exhibits) {
    if (!e.file) continue;
    const span = idSpan(sub, `exhibits.${e.index}.file`);
    if (span) out.push({ id: e.id, title: e.title, file: e.file, span });
  }
  return out;
}

function sameId(kind: ReferenceKind, a: string, b: string): boolean {
  return kind === 'exhibit' ? normalizeExhibitId(a) === normalizeExhibitId(b) : a.toUpperCase() === b.toUpperCase();
}

function idSpan(sub: Submission, path: string): Span | undefined {
  const loc = sub.frontmatter?.locations.get(path);
  if (!loc || loc.value.end <= loc.value.start) return undefined;
  return unquoted(sub.source, loc.value);
}

/** A YAML value's span without the quotes it was written in. */
function unquoted(text: string | Source, span: Span): Span {
  const first = text.charAt(span.start);
  if ((first === '"' || first === "'") && span.end - span.start >= 2 && text.charAt(span.end - 1) === first) return { start: span.start + 1, end: span.end - 1 };
  return span;
}

/** Whether the span sits between a pair of quotes (its value was written quoted). */
function isQuoted(text: string | Source, span: Span): boolean {
  const before = text.charAt(span.start - 1);
  return (before === '"' || before === "'") && text.charAt(span.end) === before;
}

/** A new id written into YAML as the string it is: quoted where YAML would read something else. */
function yamlScalar(name: string): string {
  const plain = /^(?:[A-Za-z][\w./-]*|\d+)$/.test(name) && !/^(?:true|false|yes|no|on|off|null|y|n)$/i.test(name);
  return plain ? name : `"${name.replace(/["\\]/g, '\\$&')}"`;
}
