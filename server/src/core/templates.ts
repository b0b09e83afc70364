// New documents and snippets: a frontmatter skeleton and the sections the kind requires, in the
// chosen language, with {{prompts}} that the checks flag until they are replaced.
import type { Kind, Language, RequestType, SectionId } from '../vocabulary';
import { KIND_PROFILES } from '../data/requirements';
import { SECTION_BY_ID, SECTION_ORDER, sectionTitle } from '../data/sections';
import { keysOf } from '../data/frontmatter';
import type { Condition } from '../data/requirements';
import { ANNEX_ITEM_PROMPT, DOCUMENT_TITLES, EXHIBIT_WORD, prompt } from '../data/skeletons';
import { keySkeleton } from './skeletons';

export interface TemplateRequest {
  kind: Kind;
  language: Language;
  /** CCF requests only; defaults to deletion, the commonest request. */
  request?: RequestType[];
  /** YYYY-MM-DD written as the document date. */
  today?: string;
}

export function submissionTemplate(req: TemplateRequest): string {
  const lang = req.language;
  const lines: string[] = ['---', `submission: ${req.kind}`, `language: ${lang}`];
  const types: readonly RequestType[] = req.kind === 'ccf-request' ? (req.request?.length ? req.request : ['deletion']) : [];
  if (types.length) lines.push(`request: [${types.join(', ')}]`);
  lines.push(req.today ? `date: ${req.today}` : keySkeleton(req.kind, 'date', lang)[0]);
  // The template declares the exhibits its frontmatter refers to, so those references are ids.
  const exhibitIds: Record<string, string> = req.kind === 'ccf-request' ? { identity_document: 'A1', power_of_attorney: 'A2' } : {};
  for (const key of templateKeys(req.kind, types)) {
    if (key === 'exhibits') {
      const titles = req.kind === 'ccf-request' ? [prompt('passportTitle', lang), prompt('powerOfAttorneyTitle', lang)] : [prompt('decisionOrWarrantTitle', lang)];
      lines.push('exhibits:', ...titles.flatMap((title, i) => [`  - id: A${i + 1}`, `    title: "${title}"`]));
      continue;
    }
    for (const line of keySkeleton(req.kind, key, lang)) {
      const id = Object.keys(exhibitIds).find((k) => line.trimStart().startsWith(`${k}:`));
      lines.push(id ? `${line.slice(0, line.indexOf(id))}${id}: ${exhibitIds[id]}` : line);
    }
  }
  lines.push('---', '');
  const text = lines.join('\n');

  const body: string[] = [`# ${DOCUMENT_TITLES[req.kind][req.language]}`, ''];
  for (const id of sectionsFor(req.kind, types)) {
    const def = SECTION_BY_ID.get(id)!;
    body.push(`## ${sectionTitle(id, req.kind, req.language)}`, '');
    if (id === 'annexes') {
      const ids = req.kind === 'ccf-request' ? ['A1', 'A2'] : ['A1'];
      body.push(...ids.map((x) => `- ${EXHIBIT_WORD[req.language]} ${x}: {{${ANNEX_ITEM_PROMPT[req.language]}}}`), '');
    } else {
      body.push(`{{${def.prompt[req.language]}}}`, '');
    }
  }
  return text + body.join('\n');
}

/** The sections a new document of this kind starts with: every one the kind may require. */
export function sectionsFor(kind: Kind, types: readonly RequestType[]): SectionId[] {
  const wanted = new Set(KIND_PROFILES[kind].sections.filter((r) => templateHolds(r.when, types)).map((r) => r.section));
  return SECTION_ORDER.filter((id) => wanted.has(id));
}

/** Written before the keys below: what the document is, in what language, for what, dated when. */
const HEAD_KEYS = new Set(['submission', 'language', 'request', 'date']);

/** The top-level keys a new document starts with, in the table's order: the required ones and those marked for templates. */
function templateKeys(kind: Kind, types: readonly RequestType[]): string[] {
  return keysOf(kind)
    .filter((k) => !k.path.includes('.') && !k.path.includes('[]') && !HEAD_KEYS.has(k.path))
    .filter((k) => k.template || (k.required && templateHolds(k.required.when, types)))
    .map((k) => k.path);
}

/**
 * Whether a requirement applies to a new document asking for `types`: it describes a natural
 * person who is not urgent and not late, and it declares exhibits.
 */
function templateHolds(condition: Condition, types: readonly RequestType[]): boolean {
  switch (condition) {
    case 'always':
    case 'natural-person':
    case 'has-exhibits':
      return true;
    case 'correction-or-deletion':
    // A template's data start as a red notice (the usual case).
    case 'arrest-data-challenged':
      return types.some((t) => t === 'correction' || t === 'deletion');
    case 'warrants-recommended':
      return types.includes('revision') && !types.some((t) => t === 'correction' || t === 'deletion');
    case 'revision':
      return types.includes('revision');
    case 'access-only':
      return types.length > 0 && types.every((t) => t === 'access');
    case 'not-access-only':
      return !(types.length > 0 && types.every((t) => t === 'access'));
    case 'entity':
    case 'minor':
    case 'urgent':
    case 'late-appeal':
      return false;
  }
}
