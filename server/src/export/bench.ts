// A long submission for measuring export (`npm run bench` and the render tests; see docs/export.md):
// about `pages` A4 pages once rendered, with everything export handles — numbered paragraphs
// across sections, lists, an exhibit table, footnotes, bold/italic/links, a French and an Arabic
// passage.

const SENTENCES = [
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
      const sentences = Array.from({ length: 5 }, (_, k) => SENTENCES[(s * 7 + p * 3 + k) % SENTENCES.length]);
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

