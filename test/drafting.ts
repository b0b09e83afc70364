// Documents the drafting features' tests share (unit, LSP): exhibits and warrants declared,
// cited in four languages and named by keys.

export const CROSS_REFERENCES = `---
submission: ccf-request
language: en
date: 2026-11-01
request: [deletion]
applicant:
  name: Jane Doe
  identity_document: A1
representative:
  name: John Roe
  power_of_attorney: "A2"
warrants:
  - id: W1
    reference: 12/2024
exhibits:
  - id: A1
    title: Passport
    file: exhibits/passport.pdf
  - id: 'A2'
    title: Power of attorney
  - id: A3
    title: Judgment
---

# Request

Her passport is Exhibit A1 and the judgment Exhibit A3; see also Pièce A3, Anexo A3 and المرفق A3.
Warrant W1 (not W12) rests on nothing. Exhibits A1 and A3 are attached.
<!-- Exhibit A3 in a comment is no citation -->
`;
