// Sample submissions for the tests and the benchmark (`npm run bench`), not product code:
// - generateSubmission: a long CCF request or extradition skeleton of a chosen size (sections with
//   sub-headings, numbered paragraphs, citations, exhibit references, tables, quotations), in
//   English or French, for the incremental-parse tests and the editor-latency figures;
// - benchmarkSubmissionText: about `pages` A4 pages with everything export handles, for the export
//   figures and the render tests.
// Deterministic: the same arguments always give the same text.

/** Small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Language = 'en' | 'fr';

interface Words {
  kind: string;
  title: string;
  sections: Record<'facts' | 'warrants' | 'bars' | 'relief' | 'annexes', string>;
  sub: string[];
  exhibit: string;
  sentences: string[];
  citations: string[];
  table: string[];
  quote: string;
  relief: string;
  warrantText: (w: Warrant) => string;
}

interface Warrant {
  id: string;
  reference: string;
}

const WORDS: Record<Language, Words> = {
  en: {
    kind: 'extradition-defence',
    title: 'Skeleton argument on behalf of the requested person',
    sections: { facts: 'Statement of facts', warrants: 'Arrest warrant and judicial decisions', bars: 'Bars to extradition', relief: 'Relief sought', annexes: 'Exhibits' },
    sub: ['Background', 'Proceedings in the requesting state', 'Family life', 'Health', 'Delay', 'Prison conditions', 'Evidence of the expert', 'Assurances'],
    exhibit: 'Exhibit',
    sentences: [
      'The requested person has lived in the United Kingdom since 2019 and works as a carpenter',
      'the authorities of the requesting state knew his address from 2020 but took no step for five years',
      'the court is invited to consider the evidence of the expert with care',
      'the offence is of modest gravity and was committed when he was a young man',
      'there is no suggestion that he fled the jurisdiction to avoid the proceedings',
      'his partner and their two children depend on his income and on his presence at home',
      'the judgment was given in his absence and the letter from the court does not guarantee a retrial',
      'extradition would be a disproportionate interference with the family life of all concerned',
      'the psychiatric evidence describes a high and enduring risk of suicide in custody',
      'the respondent has filed no evidence to contradict the account given in his statement',
    ],
    citations: [
      'section 14 of the Extradition Act 2003',
      'section 20 of the Extradition Act 2003',
      'section 21 of the Extradition Act 2003',
      'Article 8 ECHR',
      'Article 3 ECHR',
      'section 25 of the Extradition Act 2003',
      's.2 EA 2003',
    ],
    table: ['Date', 'Event', 'Exhibit'],
    quote: 'The question is always whether the interference with private and family life is outweighed by the public interest in extradition.',
    relief: 'The court is invited to order the discharge of the requested person under section 21(2) of the Extradition Act 2003.',
    warrantText: (w) => `The warrant ${w.id}, issued by the Regional Court under reference ${w.reference}, is a conviction warrant.`,
  },
  fr: {
    kind: 'ccf-request',
    title: "Requête à la Commission de contrôle des fichiers d'INTERPOL",
    sections: { facts: 'Exposé des faits', warrants: "Mandat d'arrêt et décisions judiciaires", bars: 'Règles violées', relief: 'Demande', annexes: 'Pièces jointes' },
    sub: ['Contexte', 'La procédure en Norvalie', 'La vie familiale', 'La santé de la requérante', 'Le délai', 'Les conditions de détention', "L'avis de l'expert", 'Les garanties'],
    exhibit: 'Pièce',
    sentences: [
      'La requérante vit à Lyon depuis 2015 et travaille comme ingénieure dans une société de conseil',
      "les autorités de l'État requérant connaissaient son adresse depuis 2020 mais sont restées inactives",
      'la Commission est invitée à examiner avec soin les pièces produites par la requérante',
      "le litige porte sur le prix de cession de parts sociales et relève du droit commercial",
      "rien ne permet de penser qu'elle se soit soustraite à la justice de son pays",
      'son conjoint et leurs deux enfants dépendent de ses revenus et de sa présence au foyer',
      "le jugement a été rendu par défaut et la citation a été adressée à une ancienne adresse",
      "la notice rouge reprend la condamnation sans indiquer qu'elle a été rendue par défaut",
      'le dossier ne contient aucun élément qui établisse la participation effective de la requérante',
      "les données ne sont ni exactes ni pertinentes au regard des finalités de l'Organisation",
    ],
    citations: [
      "article 3 du Statut d'INTERPOL",
      "article 2 du Statut d'INTERPOL",
      'article 83 du RTD',
      'article 12 du RTD',
      'article 11 du RTD',
      'article 35 du RTD',
    ],
    table: ['Date', 'Événement', 'Pièce'],
    quote: "Le traitement des données doit être conforme au droit de l'Organisation et respecter les droits fondamentaux des personnes.",
    relief: "Par ces motifs, la requérante demande à la Commission d'ordonner l'effacement des données en vertu de l'article 40 du Statut de la CCF.",
    warrantText: (w) => `Le jugement ${w.id}, rendu sous la référence ${w.reference}, fonde la notice rouge.`,
  },
};

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];

function frontmatter(lang: Language, exhibits: string[], warrants: Warrant[]): string {
  const lines = ['---', `submission: ${WORDS[lang].kind}`, `language: ${lang}`, `title: ${WORDS[lang].title}`, 'date: 2026-01-05'];
  if (lang === 'fr') {
    lines.push(
      'request: [deletion]',
      'channel: portal',
      'applicant:',
      '  name: Amina Belkacem',
      '  date_of_birth: 1985-07-23',
      '  nationality: France',
      '  identity_document: P1',
      'representative:',
      '  name: Maître Hélène Rousseau',
      '  firm: Cabinet Rousseau & Associés',
      "  address: 12 rue de l'Université, 75007 Paris, France",
      '  email: h.rousseau@rousseau-avocats.example',
      '  power_of_attorney: P2',
      'data:',
      '  - type: red-notice',
      '    country: République de Norvalie',
      '    reference: A-9876/3-2025',
    );
  } else {
    lines.push(
      "court: Westminster Magistrates' Court",
      'case_reference: EXT/2025/0457',
      'requested_person:',
      '  name: Marek Nowicki',
      '  date_of_birth: 1988-02-17',
      '  nationality: Poland',
      'requesting_state: Republic of Poland',
      'regime: uk-part-1',
      'representative:',
      '  name: Samuel Okafor',
      '  firm: Okafor Lane Solicitors',
      '  address: 3 Chancery Lane, London WC2A 1LS',
    );
  }
  lines.push('warrants:');
  for (const w of warrants) {
    lines.push(`  - id: ${w.id}`, `    type: ${lang === 'fr' ? 'judgment' : 'european-arrest-warrant'}`, '    authority: Regional Court', '    date: 2024-12-01', `    reference: ${w.reference}`, '    status: active');
  }
  lines.push('exhibits:');
  for (const e of exhibits) lines.push(`  - id: ${e}`, `    title: ${lang === 'fr' ? 'Pièce produite' : 'Document produced'} ${e}`, '    date: 2025-10-12');
  lines.push('signed:', `  by: ${lang === 'fr' ? 'Maître Hélène Rousseau' : 'Samuel Okafor'}`, '  date: 2026-01-05', `  place: ${lang === 'fr' ? 'Paris' : 'London'}`, '---', '');
  return lines.join('\n');
}

/**
 * A submission of about `bytes` UTF-16 code units. The tests ask for `brokenNumbering`: a finding
 * in every few paragraphs, whose place and words each incremental check must get as a fresh
 * check does; the bench times a finished draft unless told otherwise.
 */
export function generateSubmission({ bytes, language = 'en', seed = 1, brokenNumbering = false }: { bytes: number; language?: Language; seed?: number; brokenNumbering?: boolean }): string {
  const rand = prng(seed);
  const w = WORDS[language];
  // Only a count here, so that the sections fill the size asked; numberItems writes the numbers.
  let para = 0;
  const prefix = language === 'fr' ? 'P' : 'D';
  const exhibitCount = Math.max(4, Math.min(400, Math.round(bytes / 2500)));
  const exhibits = Array.from({ length: exhibitCount }, (_, i) => `${prefix}${i + 1}`);
  const warrants = [
    { id: 'W1', reference: 'IV Kop 88/25' },
    { id: 'W2', reference: 'II K 1021/18' },
  ];
  let nextExhibit = 0;
  const cite = () => exhibits[nextExhibit++ % exhibits.length];
  const sentence = () => {
    let s = pick(rand, w.sentences);
    if (rand() < 0.35) s += `, as ${language === 'fr' ? 'le montre la' : 'shown in'} ${w.exhibit} ${cite()}`;
    if (rand() < 0.3) s += ` (${pick(rand, w.citations)})`;
    return s;
  };
  const paragraph = () => {
    const n = 2 + Math.floor(rand() * 4);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(sentence());
    const text = parts.map((s) => s[0].toUpperCase() + s.slice(1)).join('. ') + '.';
    return wrap(text);
  };
  const numbered = () => {
    const items: string[] = [];
    const n = 3 + Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) items.push(`${++para}. ${paragraph().replace(/\n/g, '\n   ')}`);
    return items.join('\n\n');
  };
  const table = () => {
    const rows = [`| ${w.table.join(' | ')} |`, '|---|---|---|'];
    const n = 3 + Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) rows.push(`| 2024-0${1 + (i % 9)}-1${i % 10} | ${pick(rand, w.sentences).slice(0, 60)} | ${w.exhibit} ${cite()} |`);
    return rows.join('\n');
  };
  const subsection = (depth: number, label: string) => {
    const parts = [`${'#'.repeat(depth)} ${label}`, paragraph()];
    const r = rand();
    parts.push(numbered());
    if (r < 0.3) parts.push(table());
    else if (r < 0.5) parts.push(`> ${w.quote}`);
    parts.push(paragraph());
    return parts.join('\n\n');
  };

  const out = [frontmatter(language, exhibits, warrants), `# ${w.title}`, paragraph()];
  const fixed = [
    `## ${w.sections.warrants}`,
    warrants.map((x) => w.warrantText(x)).join(' '),
    `## ${w.sections.relief}`,
    w.relief,
    `## ${w.sections.annexes}`,
    exhibits.map((e) => `- ${w.exhibit} ${e}: ${language === 'fr' ? 'pièce produite' : 'document produced'}`).join('\n'),
  ];
  const fixedSize = fixed.join('\n\n').length + out.join('\n\n').length;
  const body: string[] = [];
  let size = fixedSize;
  // Facts take about 60% of the remaining room, bars/rules the rest; each has numbered sub-headings.
  const budget = Math.max(0, bytes - fixedSize);
  for (const [section, share] of [['facts', 0.6], ['bars', 0.4]] as const) {
    body.push(`## ${w.sections[section]}`);
    let used = 0;
    let n = 0;
    do {
      const sub = subsection(3, `${section === 'facts' ? 'A' : 'B'}.${++n} ${pick(rand, w.sub)}`);
      body.push(sub);
      used += sub.length + 2;
    } while (used < budget * share - 200);
    size += used;
  }
  // Every exhibit is cited at least once (an uncited one is only a hint, but keep the run clean).
  while (nextExhibit < exhibits.length) body.push(wrap(`${pick(rand, w.sentences)[0].toUpperCase()}${pick(rand, w.sentences).slice(1)}: ${w.exhibit} ${cite()}.`));
  const [warrantHead, warrantBody, ...rest] = fixed;
  const text = [...out, body[0], ...body.slice(1, body.indexOf(`## ${w.sections.bars}`)), warrantHead, warrantBody, ...body.slice(body.indexOf(`## ${w.sections.bars}`)), ...rest].join('\n\n') + '\n';
  return numberItems(text, w.sections.annexes, brokenNumbering);
}

/**
 * Writes each list item's number in the one sequence the product reads (docs/format.md, "Numbered
 * paragraphs"): a plain paragraph of the body is counted, so the numbers written after it follow
 * it, as in a finished draft. With `brokenNumbering` the plain paragraphs are left out of the
 * count, as the generator did before 2026-12-07: each list then breaks the sequence by the
 * paragraphs before it, hundreds of PARA-SEQ warnings in a long draft (the bench's
 * `--draft=broken`, which times publishing them).
 */
function numberItems(text: string, annexes: string, brokenNumbering: boolean): string {
  let n = 0;
  let body = false;
  return text
    .split('\n\n')
    .map((block) => {
      const head = block.trimStart();
      if (head.startsWith('---')) return block;
      if (head.startsWith(`## ${annexes}`)) body = false;
      else if (head.startsWith('#')) body = true;
      else if (/^\d+\. /.test(head)) return block.replace(/\d+/, String(++n));
      else if (body && !brokenNumbering && !/^(?:\||>|- )/.test(head)) n++;
      return block;
    })
    .join('\n\n');
}

function wrap(text: string, width = 100): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const EXPORT_SENTENCES = [
  'The Red Notice rests on an arrest warrant issued more than a year after the civil court dismissed the same claims.',
  'The National Central Bureau has not explained how the facts alleged amount to an ordinary-law crime.',
  'Article 3 of INTERPOL’s Constitution forbids any intervention or activity of a political character.',
  'The applicant was recognised as a refugee by the authorities of his country of residence (Exhibit A4).',
  'Under Article 83(2)(b)(i) RPD, a Red Notice must contain a succinct and clear description of the criminal activities.',
  'The warrant gives no date, place or description of any act of deception, and repeats the creditors’ allegations.',
  'Independent reporting documents the use of criminal proceedings against critics of the government.',
  'The Commission has consistently held that data must be deleted where the predominant element is political.',
];

/**
 * Markdown of a CCF request of roughly `pages` A4 pages. `arabic: false` leaves out the Arabic
 * passages (which make the DOCX embed its Arabic font and the PDF run the Arabic shaper).
 */
export function benchmarkSubmissionText(pages = 100, options: { arabic?: boolean } = {}): string {
  const arabic = options.arabic ?? true;
  const exhibits = Array.from({ length: 30 }, (_, i) => `  - id: A${i + 1}\n    title: Supporting document number ${i + 1}\n    date: 2024-0${(i % 9) + 1}-1${i % 10}`).join('\n');
  const head = `---
submission: ccf-request
language: en
title: Request for the deletion of a Red Notice (benchmark)
date: 2025-03-14
request: [deletion]
confidential: true
applicant:
  name: Daniel Varga
  identity_document: A1
representative:
  name: Eleanor Whitcombe
  firm: Whitcombe & Hale LLP
  address: 14 Fetter Lane, London EC4A 1BW
  email: e.whitcombe@example.org
  power_of_attorney: A2
data:
  - type: red-notice
    reference: A-1234/5-2024
exhibits:
${exhibits}
signed:
  by: Eleanor Whitcombe
  date: 2025-03-14
  place: London
---
`;
  const parts: string[] = [head];
  // About one section (heading, four paragraphs and extras) per A4 page at 1.5 line spacing.
  const sections = Math.max(1, Math.round(pages * 0.98));
  let note = 0;
  for (let s = 0; s < sections; s++) {
    parts.push(`## Ground ${s + 1}: ${s % 2 ? 'Rules violated' : 'Statement of facts'}\n`);
    for (let p = 0; p < 4; p++) {
      const sentences = Array.from({ length: 5 }, (_, k) => EXPORT_SENTENCES[(s * 7 + p * 3 + k) % EXPORT_SENTENCES.length]);
      if (p === 1) sentences[1] = `**${sentences[1]}** See *Exhibit A${(s % 30) + 1}* and the [Commission's decisions](https://www.interpol.int/Who-we-are/Commission-for-the-Control-of-INTERPOL-s-Files-CCF).`;
      if (p === 2) {
        note++;
        sentences[2] += `[^n${note}]`;
      }
      parts.push(sentences.join(' ') + '\n');
    }
    if (s % 3 === 0) parts.push('- first point of the ground;\n- second point, with *emphasis*;\n  - a nested point.\n');
    if (s % 5 === 1) parts.push('Le requérant rappelle que la notice méconnaît l’article 3 du Statut d’INTERPOL et l’article 83 du RTD.\n');
    if (arabic && s % 7 === 2) parts.push('قدّم السيد أحمد بن علي طلبه إلى لجنة الرقابة على محفوظات الإنتربول بتاريخ 14 مارس 2025 (المرفق A3).\n');
    if (s % 10 === 4) {
      parts.push('| Exhibit | Document | Date |\n|---|---|---|\n' + Array.from({ length: 8 }, (_, i) => `| A${i + 1} | Supporting document number ${i + 1} | 2024-0${(i % 9) + 1}-10 |`).join('\n') + '\n');
    }
  }
  parts.push('## Relief sought\n\nThe Commission is respectfully asked to delete the Red Notice.\n');
  parts.push('## Annexes\n\n' + Array.from({ length: 30 }, (_, i) => `- Exhibit A${i + 1}`).join('\n') + '\n');
  for (let n = 1; n <= note; n++) parts.push(`[^n${n}]: CCF decision ${n}/2024, paragraph ${n + 10}; see also the Commission's annual report.\n`);
  return parts.join('\n');
}

