// What docs/rules.md (scripts/generators.ts) and the command line's SARIF report say of each rule
// beyond its title and message: what is checked, a fragment that raises it, how to fix it. Apart
// from data/rules.ts because the language server never shows them: kept there, they were bundled
// into the server, and so into the .vsix, for nothing.
import type { RuleId } from './rules';

export interface RuleDoc {
  /** What the product checks. */
  checks: readonly string[];
  /** A defective fragment that raises it. */
  example: string;
  /** How to fix it. */
  fix: string;
}

/** Every rule's: a rule added to data/rules.ts without its entry here does not compile. */
export const RULE_DOCS: Record<RuleId, RuleDoc> = {
  'FMT-YAML': {
    checks: [
      'The block between the `---` lines is well-formed YAML and is closed by a `---` line (while it is not, the block is taken to end at the first blank line).',
      'While the frontmatter has a syntax error, no other check runs: they would report elements as missing that are only unreadable.',
    ],
    example: '---\nsubmission: ccf-request\napplicant: {name: "Jane Doe"\n---',
    fix: 'Correct the YAML at the place shown (often a missing closing bracket, quote or colon), or close the block with `---`.',
  },
  'FMT-KIND': {
    checks: ['`submission:` is one of `ccf-request`, `extradition-defence`, `extradition-appeal`.'],
    example: 'submission: ccf-deletion',
    fix: 'Choose one of the three kinds; the quick fix offers them.',
  },
  'FMT-KEY': {
    checks: ['Every frontmatter key is one the format defines for the kind (a close match is suggested).'],
    example: 'aplicant:\n  name: Jane Doe',
    fix: 'Correct the spelling (the quick fix renames it to the suggested key) or remove the key.',
  },
  'FMT-VALUE': {
    checks: ['Keys without a rule of their own (`title`, `confidential`, …) hold a value of the documented type.'],
    example: 'confidential: maybe',
    fix: 'Write the value in the documented form (`true`/`false`, a date as YYYY-MM-DD, …).',
  },
  'FMT-DATE': {
    checks: ['`date`, `signed.date`, warrant, exhibit, arrest and decision dates are not after today.'],
    example: 'date: 2062-03-01',
    fix: 'Correct the date.',
  },
  'FMT-SIZE': {
    checks: ['A document larger than the live limit (3 million characters, about 1,000 pages) is not parsed, in the editor or on the command line; `check --max-size` raises the limit on the command line.'],
    example: '(a 10 MB file)',
    fix: 'Keep the submission itself under the limit; put long annexes in their own files and declare them as exhibits with `file:`.',
  },
  'FMT-LIMIT': {
    checks: [
      'Lists and quotations nested so deep that their markers start at column 32 or beyond are read as ordinary text from there on.',
      'A paragraph (or table row) with more than 400 emphasis or bracket marks (`*`, `_`, `~`, `[`, `]`) is read as plain text: no emphasis, links or footnotes in it.',
      'A paragraph of more than 20,000 characters (six pages without a blank line) is read as plain text.',
      'A family of checks that fails on a document is switched off for that document, and says so here; the other checks still run.',
      'In the editor, a document whose check computes for more than 1 second without a pause (10 seconds by the clock on a loaded machine), or needs more than 1 GB of memory, stops the checker, which is restarted without it at once; the document keeps its last diagnostics with this one, and is checked again after a change (docs/robustness.md).',
    ],
    example: '>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> a quotation 40 levels deep',
    fix: 'Nest less deeply, split the paragraph, or remove stray marks; report a failed check with the output of the Submission Checker.',
  },
  'FMT-PLACEHOLDER': {
    checks: ['No `{{…}}` prompt from a template or quick fix is left in the body.'],
    example: '## Statement of facts\n\n{{Chronology of the case}}',
    fix: 'Replace the prompt with the text it asks for.',
  },
  'FMT-GLYPH': {
    checks: [
      'Each character of the body and the frontmatter (outside comments) that the PDF fonts cannot print, not even from its parts, is reported once, at its first place, with how often it occurs: `≤`, `→`, `✓`, `☐`, `ẞ` and other symbols. Letters the fonts compose (Romanian `Ș` `Ț`) and forms they substitute (`™` → `TM`, Arabic presentation forms pasted from a PDF → their letters) are not reported. A letter the fonts lack (Vietnamese `ạ` `ơ`, a letter of the Arabic supplements such as `ݐ`), most often in a name, is reported with the advice to file the DOCX or check the PDF, not to change it.',
    ],
    example: '## Statement of facts\n\nThe sentence is ≤ 5 years.',
    fix: 'Write it out ("at most 5 years") or use a character the font has; the DOCX export uses the reader’s own fonts.',
  },
  'PARA-SEQ': {
    checks: [
      'Each number written in front of a paragraph (a top-level numbered list) is the previous paragraph’s number plus one, counting the plain paragraphs the export numbers itself: no gap, no repeat, no step back, and the first is 1.',
      'The quick fix renumbers the written numbers from that paragraph on.',
      'A line inside a paragraph that starts with the next paragraph number ("٢." on the line after "١. …", or "5." inside paragraph 4) but has no blank line before it is reported: Markdown keeps it in the paragraph above (a list interrupts a paragraph only at 1, and Arabic-Indic digits never make a list), so the export prints it there. The quick fix inserts the blank line.',
    ],
    example: '## Facts\n\n1. First.\n2. Second.\n\n## Grounds\n\n5. Third.',
    fix: 'Correct the number, or use the quick fix to renumber the paragraphs that follow; then check references such as "paragraph 4 above".',
  },
  'PARA-REF': {
    checks: [
      'A reference to a paragraph of the submission ("paragraph 12", "para. 12", "paras 4–6", "§ 12", "§§ 12-15", "paragraphe 12", "párrafo 12", "الفقرة 12") names a number that one of its numbered paragraphs carries, as the export prints it.',
      'A reference written "above" (ci-dessus, más arriba, أعلاه, supra…) points to an earlier paragraph than the one it is written in; "below" (ci-dessous, más abajo, أدناه, infra…) to a later one.',
      'Only the body’s paragraphs and lists are read, outside the annexes; quotations, tables, footnotes, headings, citations of provisions and paragraphs of another text ("paragraph 2 of Article 3", "Soering v UK, para. 88") are left alone. A document without numbered paragraphs is not checked.',
    ],
    example: '## Facts\n\nFirst.\n\nSecond, as explained at paragraph 4 below.',
    fix: 'Correct the number, or the word "above"/"below"; after renumbering, check every reference.',
  },
  'CCF-REQ-01': {
    checks: ['`applicant` with `name` is present.', 'A `representative`, when given, has a `name`.'],
    example: 'applicant:\n  date_of_birth: 1980-01-01',
    fix: 'Add `applicant: {name: …}` (and the representative’s name when there is one).',
  },
  'CCF-REQ-02': {
    checks: [
      '`applicant.identity_document` names a declared exhibit.',
      '`applicant.date_of_birth` is given for a natural person. `applicant.nationality` is not asked: the condition names no nationality, and an applicant may be stateless.',
    ],
    example: 'applicant:\n  name: Jane Doe\n  identity_document: A9   # no exhibit A9 declared',
    fix: 'Declare the passport or identity card under `exhibits` and name its id in `applicant.identity_document`.',
  },
  'CCF-REQ-03': {
    checks: ['When `representative` is present, `representative.power_of_attorney` names a declared exhibit, or is `application-form`.'],
    example: 'representative:\n  name: Maître Dupont',
    fix: 'Declare the signed power of attorney as an exhibit and name it in `representative.power_of_attorney`.',
  },
  'CCF-REQ-04': {
    checks: ['With `applicant.entity: true`: `registration_document` and `signatory_authority` name declared exhibits.'],
    example: 'applicant:\n  entity: true\n  name: Acme Ltd',
    fix: 'Declare the registration extract and the signatory’s authority as exhibits and name them.',
  },
  'CCF-REQ-05': {
    checks: ['With `applicant.minor: true`: `relationship_document` names a declared exhibit.'],
    example: 'applicant:\n  minor: true',
    fix: 'Declare the birth certificate (or equivalent) as an exhibit and name it in `applicant.relationship_document`.',
  },
  'CCF-REQ-06': {
    checks: [
      '`signed` with `by` and `date` is present (`place` is recommended).',
      'A warning when `signed.by` is neither `applicant.name` (or one of `other_names`) nor `representative.name`: titles (Maître, Dr, Letrada, الأستاذ…), case, accents and initials do not count. Not for an entity or a minor, who sign through someone not named in the frontmatter.',
    ],
    example: 'signed:\n  place: Paris',
    fix: 'Add `signed: {by: …, date: YYYY-MM-DD, place: …}`.',
  },
  'CCF-REQ-07': {
    checks: ['`language` is `en`, `fr`, `es` or `ar`.', 'The body is written in the declared language (warning when the detected language differs).'],
    example: 'language: de',
    fix: 'Declare the language the request is written in, one of en, fr, es, ar, and write the whole request in it.',
  },
  'CCF-REQ-08': {
    checks: [
      '`request` lists one or more of `access`, `correction`, `deletion`, `revision`: that is the stated purpose, and for an access request all of it.',
      'A relief section (“Relief sought”, “Par ces motifs”, “Petitorio”, “الطلبات”) saying precisely what the CCF is asked to do is recommended (hint) for correction, deletion and revision requests; it is not an admissibility condition (REV-02).',
    ],
    example: 'language: en\n(no request: key)',
    fix: 'Add `request: [deletion]` (or the types sought); for a correction or deletion, say in a “Relief sought” section exactly which data the CCF is asked to correct or delete.',
  },
  'CCF-REQ-09': {
    checks: ['`channel: email` or `channel: post` on a request dated on or after 2026-03-26.'],
    example: 'date: 2026-05-04\nchannel: email',
    fix: 'File through the portal (`channel: portal`), or explain the exceptional circumstances in the request.',
  },
  'CCF-REQ-10': {
    checks: ['A correction or deletion request has a `data` list naming the notice or diffusion (`type`, and `reference`/`country` where known).'],
    example: 'request: [deletion]\n(no data: key)',
    fix: 'Add `data: [{type: red-notice, country: …, reference: …}]`.',
  },
  'CCF-REQ-11': {
    checks: ['A request for correction or deletion has a “Rules violated” section that is not empty.'],
    example: 'request: [deletion]\n(no “Rules violated” section)',
    fix: 'Add a “Rules violated” section citing each rule breached (the quick fix inserts it).',
  },
  'CCF-REQ-12': {
    checks: [
      'A revision request has `new_fact_discovered: YYYY-MM-DD` and a “New fact” section that is not empty.',
      'A warning when `new_fact_discovered` is before `ccf_decision.date`: a fact discovered before the decision was not unknown to it (Art 42 speaks of a fact that would have changed the decision had it been known).',
    ],
    example: 'request: [revision]\n(no new_fact_discovered, no “New fact” section)',
    fix: 'Add `new_fact_discovered:` and a “New fact” section.',
  },
  'REV-09': {
    checks: ['A revision request has `ccf_decision` with its `date` and `reference`.'],
    example: 'request: [revision]\n(no ccf_decision: key)',
    fix: 'Add `ccf_decision: {date: YYYY-MM-DD, reference: "CCF/…"}` (the quick fix adds it).',
  },
  'T-CCF-04': {
    checks: ['`new_fact_discovered` is no more than six months before `date` (or before today when `date` is absent).'],
    example: 'date: 2026-11-01\nnew_fact_discovered: 2026-01-15',
    fix: 'Check the discovery date; if it is right, the revision is out of time.',
  },
  'CCF-REC-01': {
    checks: ['A correction or deletion request has a “Statement of facts” section that is not empty. An access or revision request needs none (REV-02).'],
    example: '(no “Statement of facts” heading)',
    fix: 'Add a “Statement of facts” section with the chronology of the case (the quick fix inserts it).',
  },
  'CCF-REC-02': {
    checks: [
      'A correction or deletion request about a red notice, a diffusion, or data whose type is not given (`data[].type` `unknown`, or no `data`) declares at least one warrant under `warrants`. Other notices (`other-notice`: blue, yellow…) rest on no warrant, and an access request is often made without knowing of one (REV-02): nothing is required of them.',
      'The “Arrest warrant and judicial decisions” section is present (an error where a warrant is required; a hint for a revision request, where warrants are declared, or while `request` is missing) and mentions every declared warrant by `id` or `reference`.',
    ],
    example: 'warrants:\n  - id: W1\n    reference: 2019/123\n(section never mentions W1 or 2019/123)',
    fix: 'Declare each warrant or decision under `warrants` and discuss each in the warrants section.',
  },
  'CCF-REC-03': {
    checks: [
      'The rules-violated section cites at least one provision the product recognises.',
      'For a correction or deletion, at least one of the section’s citations is of INTERPOL’s rules: its Constitution, the RPD, or a resolution of its General Assembly such as GA-2017-86-RES-09 (error: a section citing only national law, the ECHR or the Refugee Convention states no ground the CCF can uphold; REV-01).',
      'A cited article exists in the instrument and is in force (warning when the catalogue says it does not, or that it was deleted).',
    ],
    example: '## Rules violated\n\nThe notice is political.',
    fix: 'Cite the provision: “Article 3 of INTERPOL’s Constitution”, “Art. 83(2)(b)(i) RPD”, “article 3 du Statut d’INTERPOL”…',
  },
  'CCF-REC-04': {
    checks: [
      'Every exhibit cited in the text (“Exhibit A1”, “Pièce A1”, “Anexo A1”, “المرفق A1”) is declared under `exhibits` (error).',
      'Every declared exhibit is cited somewhere outside the annex list (hint); exhibit ids are unique; a declared `file` exists (warning).',
      'An “Annexes” section is present when any exhibit is declared or cited.',
    ],
    example: 'See Exhibit A7.   # no A7 under exhibits',
    fix: 'Declare the exhibit under `exhibits` (the quick fix adds it) and list it in the “Annexes” section.',
  },
  'CCF-REC-06': {
    checks: ['With `urgent: true`, an “Urgency” (“Provisional measures”) section is present and not empty.'],
    example: 'urgent: true\n(no “Urgency” section)',
    fix: 'Add an “Urgency” section: the imminent arrest or extradition, any detention, and the measure sought.',
  },
  'FMT-LANG': {
    checks: ['`language` is `en`, `fr`, `es` or `ar` (the languages the product writes); the body is written in it (warning). Which language the court works in is REV-07.'],
    example: '(no language: key)',
    fix: 'Add `language: en` (or fr, es, ar).',
  },
  'REV-07': {
    checks: ['`regime: uk-part-1` or `uk-part-2`: `language` is `en`. No rule for `ece` or `other`: the court’s language is not known to the checker.'],
    example: 'regime: uk-part-1\nlanguage: fr',
    fix: 'File the submission in English (draft in another language if you wish, then translate it).',
  },
  'SK-01': {
    checks: [
      '`court`, `case_reference`, `requested_person.name` and `requesting_state` are given; `regime` (Part 1, Part 2, ECE, other) is recommended (warning).',
      'At least one warrant is declared, a warrants section is present, and it mentions every declared warrant.',
    ],
    example: 'submission: extradition-defence\n(no warrants: list)',
    fix: 'Declare the warrant under `warrants` and describe it in the “Arrest warrant and judicial decisions” section.',
  },
  'SK-03': {
    checks: [
      'A “Bars to extradition” section is present, not empty, and cites at least one recognised provision.',
      'A cited section exists (warning); a Part 1 case citing Part 2 bars or the reverse (warning).',
    ],
    example: '## Bars to extradition\n\nExtradition would be unfair.',
    fix: 'Name each bar with its section: “section 14 of the Extradition Act 2003 (passage of time)”, “Article 3 ECHR”…',
  },
  'SK-07': {
    checks: ['As CCF-REC-04, for extradition representations.'],
    example: 'See Exhibit B2.   # not declared',
    fix: 'Declare the exhibit under `exhibits` and list it in the “Exhibits” section.',
  },
  'SK-08': {
    checks: ['A relief section (“Relief sought”, “Conclusion”…) is present and not empty.'],
    example: '(no “Relief sought” section)',
    fix: 'Add a “Relief sought” section (the quick fix inserts it).',
  },
  'SK-09': {
    checks: ['A “Statement of facts” section is present and not empty.'],
    example: '(no “Statement of facts” heading)',
    fix: 'Add a “Statement of facts” section (the quick fix inserts it).',
  },
  'APP-REQ-02': {
    checks: ['`arrest_date` is given.'],
    example: '(no arrest_date: key)',
    fix: 'Add `arrest_date: YYYY-MM-DD`.',
  },
  'APP-REQ-03': {
    checks: ['`decision.description` and `decision.date` are given.'],
    example: 'decision:\n  description: Extradition order',
    fix: 'Add `decision: {description: …, date: YYYY-MM-DD}`.',
  },
  'APP-REQ-04': {
    checks: ['A “Grounds of appeal” section is present, not empty, and cites at least one recognised provision; cited sections exist (warning).'],
    example: '## Grounds of appeal\n\nThe judge was wrong.',
    fix: 'State each ground with the provision it rests on, e.g. “section 21 of the Extradition Act 2003”.',
  },
  'APP-REQ-05': {
    checks: ['A “Statement of facts” section is present and not empty.'],
    example: '(no “Statement of facts” heading)',
    fix: 'Add a “Statement of facts” section (the quick fix inserts it).',
  },
  'APP-REQ-06': {
    checks: ['As CCF-REC-04 for exhibits; and at least one exhibit (the decision appealed, usually) is declared (warning).'],
    example: '(no exhibits: list)',
    fix: 'Declare the decision and the material relied on under `exhibits` and list them.',
  },
  'APP-REQ-07': {
    checks: ['`served_on` lists at least one person or body.'],
    example: '(no served_on: key)',
    fix: 'Add `served_on: [Crown Prosecution Service, …]`.',
  },
  'APP-REQ-08': {
    checks: ['When the notice is dated after the last day of its period (T-X-01 / T-X-03, closed days taken into account), a “Reasons for late service” section is present and not empty.'],
    example: 'regime: uk-part-1\ndecision: {date: 2026-03-02}\ndate: 2026-03-12',
    fix: 'Add a “Reasons for late service” section.',
  },
  'APP-REQ-09': {
    checks: [
      'A relief section (“Relief sought”, “Order sought”, “Conclusion”…) saying what the High Court is asked to order is recommended (hint). The rule asks for it where the appeal alleges an error of fact or law, which the checker cannot tell; the discharge provisions of the extradition hearing (SK-08) are not the appeal court’s powers, and are not cited here.',
    ],
    example: '(no “Relief sought” section in an appeal notice)',
    fix: 'Add a “Relief sought” section saying what the High Court is asked to order (the quick fix inserts it).',
  },
  'T-X-01': {
    checks: ['`regime: uk-part-1`: `date` is no later than the 7th day starting with `decision.date` (the day of the order counts); when that day the court office is closed for the whole day (weekend, bank holiday in England and Wales, a known HMCTS closure), the next day it is open (Mucelli v Albania [2009] UKHL 2). A notice without `date` cannot be checked (warning).'],
    example: 'regime: uk-part-1\ndecision: {date: 2026-03-02}\ndate: 2026-03-09',
    fix: 'Check the dates; if the notice is late, add a “Reasons for late service” section.',
  },
  'T-X-03': {
    checks: ['`regime: uk-part-2`: `date` is no later than the 14th day starting with `informed_of_order`, the day the Secretary of State informed the person of the order (s.100), moved to the next open day as for T-X-01. Without `informed_of_order` lateness cannot be known and is never computed from `decision.date`, which stays the decision appealed (warning).'],
    example: 'regime: uk-part-2\ninformed_of_order: 2026-03-02\ndate: 2026-03-20',
    fix: 'Check the dates; if the notice is late, add a “Reasons for late service” section.',
  },
};
