// Files generated from the product's data: docs/rules.md, the snippets, and the characters the
// PDF fonts can print (server/src/data/fontCoverage.json, read from the Amiri files). `npm run generate`
// writes them; test/unit/generated.test.ts fails when a committed copy drifts from the data.
import { KINDS, LANGUAGES, type Kind, type Language } from '../server/src/vocabulary';
import { submissionTemplate } from '../server/src/core/templates';
import { RULES } from '../server/src/data/rules';
import { RULE_DOCS } from '../server/src/data/ruleDocs';
import { KIND_PROFILES } from '../server/src/data/requirements';
import { SECTIONS, sectionTitle } from '../server/src/data/sections';
import { SOURCE_BY_ID } from '../server/src/data/sources';
import { EXHIBIT_WORD } from '../server/src/data/skeletons';
import * as path from 'node:path';
import fontFiles from '../server/src/export/fontFiles.json';
import { isArabicCodePoint, shipsCodePoint } from '../server/src/export/fonts';

const STATUS: Record<string, string> = {
  P: 'confirmed from the text of the instrument',
  S: 'confirmed through a secondary source',
  U: '**UNCONFIRMED** — advisory; verify before relying on it',
  F: 'the submission format itself',
};

export function rulesMarkdown(): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from server/src/data/rules.ts by `npm run generate`. Do not edit by hand. -->',
    '',
    'Every diagnostic has a code. Codes are the ids of the domain catalogue the check enforces (e.g. `CCF-REQ-07`);',
    '`FMT-*` codes concern the submission format itself (docs/format.md). Severity: **error** — a required element is',
    'missing or invalid; **warning** — a likely defect; **hint** — a recommendation. Change a severity with the',
    '`submission.severityOverrides` setting, or silence one diagnostic with `<!-- submission-disable CODE -->` on the',
    'line before it (`<!-- submission-disable-file CODE -->` for the whole file).',
    '',
    '| code | title | severity | kinds |',
    '|---|---|---|---|',
    ...RULES.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.title} | ${r.severity} | ${kindsLabel(r.kinds)} |`),
    '',
  ];
  for (const r of RULES) {
    out.push(`<a id="${r.id.toLowerCase()}"></a>`, '', `## ${r.id} — ${r.title}`, '');
    out.push(`- **Severity:** ${r.severity}`, `- **Applies to:** ${kindsLabel(r.kinds)}`, `- **Rule:** ${r.basis}`, `- **Status of the source:** ${STATUS[r.status]}`);
    out.push(`- **Sources:** ${r.sources.map(sourceText).join('; ')}`, '');
    const doc = RULE_DOCS[r.id];
    out.push(`**Why.** ${r.why.en}`, '', '**What is checked.**', '', ...doc.checks.map((c) => `- ${c}`), '');
    out.push('**Example that raises it.**', '', '```markdown', doc.example, '```', '', `**Fix.** ${doc.fix}`, '');
    const sections = sectionUses(r.id);
    if (sections.length) out.push(`**Sections (any of these headings).** ${sections.join(' ')}`, '');
  }
  return out.join('\n');
}

function kindsLabel(kinds: readonly Kind[]): string {
  return kinds.length === KINDS.length ? 'all kinds' : kinds.map((k) => `\`${k}\``).join(', ');
}

function sourceText(id: string): string {
  const s = SOURCE_BY_ID.get(id);
  if (!s) return id;
  if (id === 'SPEC') return 'Submission format v1 ([docs/format.md](format.md))';
  return s.url ? `${id} [${s.title}](${s.url})` : `${id} ${s.title}`;
}

function sectionUses(code: string): string[] {
  const ids = new Set<string>();
  for (const kind of KINDS) for (const req of KIND_PROFILES[kind].sections) if (req.code === code) [req.section, ...(req.alternatives ?? [])].forEach((s) => ids.add(s));
  return SECTIONS.filter((s) => ids.has(s.id)).map((s) => LANGUAGES.map((l) => s.names[l].map((n) => `“${n}”`).join(', ')).join(' / '));
}

type Snippet = { prefix: string; description: string; body: string[] };

export function snippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  const languageNames: Record<Language, string> = { en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic' };
  for (const kind of KINDS) {
    for (const language of LANGUAGES) {
      const text = submissionTemplate({ kind, language });
      out[`${kind} (${languageNames[language]})`] = {
        prefix: `${kind}-${language}`,
        description: `Skeleton of a ${KIND_PROFILES[kind].label.en} in ${languageNames[language]}: frontmatter and required sections`,
        body: toSnippetBody(text),
      };
    }
  }
  for (const language of LANGUAGES) {
    const names = SECTIONS.map((s) => sectionTitle(s.id, undefined, language).replace(/[,|]/g, '\\$&'));
    out[`Section (${languageNames[language]})`] = {
      prefix: language === 'en' ? 'section' : `section-${language}`,
      description: `A submission section heading in ${languageNames[language]}`,
      body: [`## \${1|${names.join(',')}|}`, '', '$0'],
    };
    out[`Exhibit citation (${languageNames[language]})`] = {
      prefix: language === 'en' ? 'cite-exhibit' : `cite-exhibit-${language}`,
      description: 'Cite an exhibit in the text',
      body: [`${EXHIBIT_WORD[language]} \${1:A1}$0`],
    };
  }
  out['Warrant entry'] = {
    prefix: 'warrant',
    description: 'A warrant or judicial decision under `warrants:` in the frontmatter',
    body: [
      '- id: ${1:W1}',
      '  type: ${2|arrest-warrant,european-arrest-warrant,judgment,indictment,extradition-request,other|}',
      '  authority: ${3:Issuing court or authority}',
      '  date: ${4:YYYY-MM-DD}',
      '  reference: ${5:Reference}',
      '  status: ${6|active,withdrawn,expired,unknown|}',
    ],
  };
  out['Exhibit entry'] = {
    prefix: 'exhibit',
    description: 'An exhibit under `exhibits:` in the frontmatter',
    body: ['- id: ${1:A1}', '  title: ${2:Title of the document}', '  date: ${3:YYYY-MM-DD}', '  file: ${4:annexes/a1.pdf}'],
  };
  return out;
}

/**
 * Each {{prompt}} becomes a tab stop whose default is the prompt itself, so a stop skipped
 * without typing stays flagged as template text. The rest is escaped for the snippet syntax.
 */
function toSnippetBody(text: string): string[] {
  const escape = (t: string) => t.replace(/[$}\\]/g, '\\$&');
  let n = 0;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/"?\{\{[^{}\n]*\}\}"?/g)) {
    out += escape(text.slice(last, m.index)) + `\${${++n}:${escape(m[0])}}`;
    last = m.index! + m[0].length;
  }
  out += escape(text.slice(last));
  return out.replace(/\n+$/, '').split('\n');
}

export function snippetsJson(): string {
  return `${JSON.stringify(snippets(), null, 2)}\n`;
}

/**
 * The code points every face the PDF draws with has a glyph for, as ranges: Amiri regular and bold,
 * and for all but Arabic its italic faces too (italic Arabic is drawn upright and slanted).
 */
export function fontCoverageJson(): string {
  const fontkit = require('fontkit') as { openSync(file: string): { characterSet: number[] } };
  const dir = path.join(__dirname, '..', 'node_modules', '@expo-google-fonts', 'amiri');
  const sets = Object.fromEntries(Object.entries(fontFiles.files).map(([face, file]) => [face, new Set(fontkit.openSync(path.join(dir, file)).characterSet)]));
  // Arabic is drawn with the upright faces in every style (fonts.ts), and only what the bundle keeps counts.
  const faces = ['regular', 'bold', 'italic', 'boldItalic'] as const;
  const covered = [...sets.regular]
    .filter((cp) => faces.every((face) => (isArabicCodePoint(cp) && fontFiles.latinOnly.includes(face)) || (sets[face].has(cp) && shipsCodePoint(face, cp))))
    .sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < covered.length; ) {
    let j = i;
    while (j + 1 < covered.length && covered[j + 1] === covered[j] + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
    ranges.push(i === j ? hex(covered[i]) : `${hex(covered[i])}-${hex(covered[j])}`);
    i = j + 1;
  }
  const json = { $comment: 'Generated by npm run generate from the Amiri fonts (scripts/generators.ts): the characters the PDF export can print. Do not edit.', ranges };
  return `${JSON.stringify(json, null, 1)}\n`;
}