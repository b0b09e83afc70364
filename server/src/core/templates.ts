// New documents and snippets: a frontmatter skeleton and the sections the kind requires, in the
// chosen language, with {{prompts}} that the checks flag until they are replaced.
import type { Kind, Language, RequestType, SectionId } from '../vocabulary';
import { KIND_PROFILES } from '../data/requirements';
import { SECTION_BY_ID, SECTION_ORDER, sectionTitle } from '../data/sections';
import { ANNEX_ITEM_PROMPT, DOCUMENT_TITLES, EXHIBIT_WORD, TEMPLATE_KEYS, keySkeleton, prompt } from '../data/skeletons';

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
  const types = req.kind === 'ccf-request' ? (req.request?.length ? req.request : ['deletion']) : [];
  if (types.length) lines.push(`request: [${types.join(', ')}]`);
  lines.push(req.today ? `date: ${req.today}` : keySkeleton('date', lang)![0]);
  if (types.includes('revision')) lines.push(...keySkeleton('new_fact_discovered', lang)!);
  // The template declares the exhibits its frontmatter refers to, so those references are ids.
  const exhibitIds: Record<string, string> = req.kind === 'ccf-request' ? { identity_document: 'A1', power_of_attorney: 'A2' } : {};
  for (const key of TEMPLATE_KEYS[req.kind]) {
    if (key === 'data' && !types.some((t) => t === 'correction' || t === 'deletion')) continue;
    if (key === 'exhibits') {
      const titles = req.kind === 'ccf-request' ? [prompt('passportTitle', lang), prompt('powerOfAttorneyTitle', lang)] : [prompt('decisionOrWarrantTitle', lang)];
      lines.push('exhibits:', ...titles.flatMap((title, i) => [`  - id: A${i + 1}`, `    title: "${title}"`]));
      continue;
    }
    for (const line of keySkeleton(key, lang)!) {
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
export function sectionsFor(kind: Kind, types: readonly string[]): SectionId[] {
  const wanted = new Set<SectionId>();
  for (const req of KIND_PROFILES[kind].sections) {
    if (req.when === 'urgent' || req.when === 'late-appeal') continue;
    if (req.when === 'correction-or-deletion' && !types.some((t) => t === 'correction' || t === 'deletion')) continue;
    if (req.when === 'revision' && !types.includes('revision')) continue;
    wanted.add(req.section);
  }
  return SECTION_ORDER.filter((id) => wanted.has(id));
}
