// Random and mutated submissions for the property-based fuzzer (fast-check). Built from fragments
// a lawyer writes (sections in four languages, citations, exhibits, prompts, tables, quotations)
// and from fragments that break things (unclosed YAML and comments, fences, control characters,
// CRLF, byte order marks, deep nesting, dense marks), so that shrinking ends on a few fragments.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

const ROOT = path.resolve(__dirname, '../..');

const KINDS = ['ccf-request', 'extradition-defence', 'extradition-appeal', 'ccf-deletion', ''];

/** Frontmatter lines, valid and not. */
const YAML_LINES: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'language: en\n',
    'language: fr\n',
    'language: es\n',
    'language: ar\n',
    'language: de\n',
    'date: 2026-11-20\n',
    'date: 2062-01-01\n',
    'date: "{{YYYY-MM-DD}}"\n',
    'date: someday\n',
    'regime: uk-part-1\n',
    'regime: uk-part-2\n',
    'channel: email\n',
    'channel: portal\n',
    'request: [deletion]\n',
    'request: [access, revision]\n',
    'discovered: 2025-01-01\n',
    'title: "{{Title}}"\n',
    'title: Request\n',
    'exhibits:\n  - id: A1\n    title: Passport\n    file: annexes/A1.pdf\n',
    'exhibits:\n  - id: A1\n  - id: A1\n',
    'exhibits:\n  passport: A1\n',
    'exhibits: [{id: A1}]\n',
    'exhibits:\n',
    'exhibits: none\n',
    'exibits:\n  - id: A2\n',
    'warrants:\n  - id: W1\n    type: arrest-warrant\n    status: active\n',
    'warrants:\n  - type: arrest-warrant\n',
    'applicant:\n  name: Daniel Varga\n  nationality: Hungary\n  identity_document: A1\n',
    'applicant:\n  nmae: X\n',
    'representative:\n  name: E. Whitcombe\n  power_of_attorney: A2\n',
    'decision:\n  description: Order\n  date: 2026-11-05\n',
    'requested_person:\n  name: A. Mehta\n',
    'served_on: [CPS]\n',
    'signed:\n  by: E. W.\n  date: 2026-11-16\n',
    'key: value\n',
    ': broken\n',
    '  bad: indent\n',
    'quote: "unclosed\n',
    'list: [unclosed\n',
    '\tkey: tab\n',
    'dup: 1\ndup: 2\n',
    '# a comment\n',
  ),
  fc.string({ maxLength: 12 }).map((s) => `${s}\n`),
);

/** Body fragments. */
const BODY_TOKENS: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(
    '# Request to the CCF\n',
    '## Statement of facts\n',
    '## Relief sought\n',
    '## Rules violated\n',
    '## Arrest warrant and judicial decisions\n',
    '## Urgency\n',
    '## Annexes\n',
    '## Bars to extradition\n',
    '## Grounds of appeal\n',
    '## Reasons for late service\n',
    '## Exposé des faits\n',
    '## Motivos de apelación\n',
    '## بيان الوقائع\n',
    '### 1. Article 3\n',
    'Statement of facts\n==================\n',
    'The applicant is a journalist who has lived in Bristol since 2019. ',
    'Le requérant est journaliste et vit à Lyon. ',
    'El solicitante es periodista. ',
    'المدعي صحفي يقيم في عمّان. ',
    "Article 3 of INTERPOL's Constitution ",
    'Art. 83(2)(b)(i) RPD ',
    'article 3 du Statut d’INTERPOL ',
    'section 14 of the Extradition Act 2003 ',
    'Article 999 of the Constitution ',
    'المادة 3 من القانون الأساسي ',
    'Exhibit A1 ',
    'Exhibits A1–A3 ',
    'Annex 7 ',
    'Pièce D2 ',
    'المرفق A1 ',
    'warrant W1 ',
    '{{Describe the facts}}',
    '{{',
    '}}',
    '<!-- note -->',
    '<!--',
    '-->',
    '<!-- submission-disable CCF-REQ-08 -->\n',
    '<!-- submission-disable-file FMT-PLACEHOLDER -->\n',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '- ',
    '1. ',
    '   - ',
    '> ',
    '| A | B |\n| --- | --- |\n| x | y |\n',
    '```\n',
    '~~~\n',
    '    code\n',
    '---\n',
    '***\n',
    '[a]',
    '[a]: https://example.org\n',
    '[^1]',
    '[^1]: note\n',
    '*',
    '_',
    '**bold**',
    '`',
    '<div>',
    '\\',
    '&amp;',
    'https://example.org ',
    '\t',
    'é',
    '😀',
    '\u0000',
    '\ufeff',
    '\ufffd',
    '\u200f',
    '\ue02a',
  ) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 70 }).chain((k) => fc.constantFrom('*a'.repeat(k * 8), '>'.repeat(k), '- '.repeat(k), '[a]'.repeat(k * 4), ' '.repeat(k * 2) + '- x\n')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** A submission put together from fragments: frontmatter (maybe unclosed), then a body. */
export const randomSubmission: fc.Arbitrary<string> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    yaml: fc.array(YAML_LINES, { maxLength: 8 }),
    closed: fc.boolean(),
    body: fc.array(BODY_TOKENS, { maxLength: 40 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ kind, yaml, closed, body, crlf, bom }) => {
    let text = `---\n${kind ? `submission: ${kind}\n` : ''}${yaml.join('')}${closed ? '---\n' : ''}${body.join('')}`;
    if (crlf) text = text.replace(/\r?\n/g, '\r\n');
    return bom ? `\ufeff${text}` : text;
  });

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(p);
    return e.name.endsWith('.md') && e.name !== 'README.md' ? [p] : [];
  });
}

/** The examples and fixtures: real submissions to mutate. */
export const CORPUS: readonly string[] = [...markdownFiles(path.join(ROOT, 'examples')), ...markdownFiles(path.join(ROOT, 'test/fixtures'))]
  .sort()
  .map((f) => fs.readFileSync(f, 'utf8'))
  .filter((t) => t.length < 20_000);

export interface Mutation {
  /** Where, as a fraction of the length (so that shrinking keeps it in range). */
  at: number;
  remove: number;
  insert: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 400 })),
  insert: fc.oneof(BODY_TOKENS, YAML_LINES),
});

/**
 * Where a mutation applies in `text`: [at, end). Never between the two characters of a CRLF, where
 * no editor can put a cursor and an LSP position cannot point (the spec leaves it undefined).
 */
export function mutationBounds(text: string, m: Mutation): { at: number; end: number } {
  const inCrlf = (i: number) => i > 0 && i < text.length && text[i - 1] === '\r' && text[i] === '\n';
  let at = Math.min(text.length, Math.floor(m.at * (text.length + 1)));
  if (inCrlf(at)) at--;
  let end = Math.min(text.length, at + m.remove);
  if (inCrlf(end)) end++;
  return { at, end };
}

export function applyMutation(text: string, m: Mutation): string {
  const { at, end } = mutationBounds(text, m);
  return text.slice(0, at) + m.insert + text.slice(end);
}

/** A real submission with a few random changes. */
export const mutatedSubmission: fc.Arbitrary<string> = fc
  .record({ base: fc.integer({ min: 0, max: CORPUS.length - 1 }), mutations: fc.array(mutation, { maxLength: 6 }) })
  .map(({ base, mutations }) => mutations.reduce(applyMutation, CORPUS[base]));

export const anySubmission: fc.Arbitrary<string> = fc.oneof(randomSubmission, mutatedSubmission);

/** A starting text and the edits typed into it, one version per edit. */
export const editSequence = fc.record({ start: anySubmission, edits: fc.array(mutation, { minLength: 1, maxLength: 10 }) });
