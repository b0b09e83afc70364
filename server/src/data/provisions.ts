// Provisions the domain catalogue describes (../shared/domain/catalogue.md §2.4 and §3.3), kept as
// data for hover and for telling a real provision from a mistyped one. `article` is the number as
// cited without paragraphs; `status` is the catalogue's: P primary text seen, S secondary, U unconfirmed.
import type { InstrumentId, Language, Localized } from '../vocabulary';
import { PROVISION_TRANSLATIONS } from './provisionTranslations';

export type SourceStatus = 'P' | 'S' | 'U';

export interface Provision {
  id: string;
  instrument: InstrumentId;
  /** Article/section numbers this row covers. */
  articles: string[];
  title: string;
  paraphrase: string;
  status: SourceStatus;
  sources: string[];
  /** Extradition Act 2003 only: the Part the catalogue places the section in. */
  part?: 1 | 2;
  /** What a reader must know before relying on the paraphrase (a later amendment not yet read). */
  caveat?: Localized;
}

/** The catalogue's REV-08: these CCF Statute articles were amended in 2025; the text was not read. */
const AMENDED_2025: Localized = {
  en: 'Amended in 2025 (catalogue REV-08, secondary source): this summary is of the earlier text and is UNCONFIRMED until the 2025 text is read.',
  fr: 'Modifié en 2025 (catalogue REV-08, source secondaire) : ce résumé porte sur le texte antérieur et reste NON CONFIRMÉ tant que le texte de 2025 n’a pas été lu.',
  es: 'Modificado en 2025 (catálogo REV-08, fuente secundaria): este resumen se refiere al texto anterior y NO ESTÁ CONFIRMADO mientras no se lea el texto de 2025.',
  ar: 'عُدِّلت في 2025 (الفهرس REV-08، مصدر ثانوي): يخص هذا الملخص النص السابق ويبقى غير مؤكَّد إلى أن يُطَّلع على نص 2025.',
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export const PROVISIONS: readonly Provision[] = [
  { id: 'R-CONST-2', instrument: 'constitution', articles: ['2'], title: 'Aims — human rights; ordinary-law crime', paraphrase: 'INTERPOL is to promote the widest mutual police assistance within national laws and in the spirit of the Universal Declaration of Human Rights (2(1)); it develops institutions to prevent and suppress ordinary-law crime (2(2)).', status: 'P', sources: ['S16', 'S35'] },
  { id: 'R-CONST-3', instrument: 'constitution', articles: ['3'], title: 'Neutrality', paraphrase: 'INTERPOL is strictly barred from any intervention or activity of a political, military, religious or racial character.', status: 'P', sources: ['S16'] },
  { id: 'R-CONST-5-36', instrument: 'constitution', articles: ['5', '36'], title: 'CCF as organ / functions', paraphrase: 'The CCF is an INTERPOL body; Article 36 gives it supervisory, advisory and request-processing functions.', status: 'P', sources: ['S01'] },
  { id: 'R-CCF-3', instrument: 'ccf-statute', articles: ['3'], title: 'Competence and powers', paraphrase: "The CCF ensures that processing complies with INTERPOL's rules, advises, and examines and decides requests for access, correction or deletion; its decisions bind the Organization.", status: 'U', sources: ['S01'], caveat: AMENDED_2025 },
  { id: 'R-CCF-8', instrument: 'ccf-statute', articles: ['8'], title: 'Requests Chamber', paraphrase: 'Composition of the Requests Chamber.', status: 'S', sources: ['S15'] },
  { id: 'R-CCF-29', instrument: 'ccf-statute', articles: ['29'], title: 'Lodging requests', paraphrase: 'Basis on which a person or entity (or a representative) submits a request.', status: 'S', sources: ['S06'] },
  { id: 'R-CCF-30', instrument: 'ccf-statute', articles: ['30'], title: 'Admissibility', paraphrase: "Admissibility conditions of requests; the CCF's admissibility document lists: proper applicant, identity document, power of attorney, signature, working language, stated purpose. The exact list in the article is UNCONFIRMED.", status: 'U', sources: ['S03'] },
  { id: 'R-CCF-31', instrument: 'ccf-statute', articles: ['31'], title: 'Contact point', paraphrase: "The CCF is the applicant's only point of contact while the request is examined.", status: 'S', sources: ['S08'] },
  { id: 'R-CCF-32', instrument: 'ccf-statute', articles: ['32'], title: 'Admissibility decision', paraphrase: 'The CCF checks admissibility and tells the applicant as soon as possible and at the latest one month after receipt.', status: 'S', sources: ['S07'] },
  { id: 'R-CCF-33', instrument: 'ccf-statute', articles: ['33'], title: 'Identification of data', paraphrase: 'On an admissible request, the CCF first checks whether data on the applicant are processed in the INTERPOL Information System.', status: 'U', sources: ['S08'], caveat: AMENDED_2025 },
  { id: 'R-CCF-34', instrument: 'ccf-statute', articles: ['34'], title: 'Further information', paraphrase: 'The CCF may ask the applicant, the data source, the General Secretariat or others for more information.', status: 'S', sources: ['S08'] },
  { id: 'R-CCF-35', instrument: 'ccf-statute', articles: ['35'], title: 'Communication of information / restrictions', paraphrase: 'Information linked to a request is accessible to the applicant and the source, subject to reasoned restrictions on listed grounds (security, crime prevention, confidentiality of an investigation…).', status: 'S', sources: ['S08', 'S09'] },
  { id: 'R-CCF-37', instrument: 'ccf-statute', articles: ['37'], title: 'Provisional measures', paraphrase: 'In urgent cases the CCF can order provisional measures (e.g. the data blocked) while the request is examined.', status: 'S', sources: ['S11', 'S12'] },
  { id: 'R-CCF-40', instrument: 'ccf-statute', articles: ['40'], title: 'Time limits', paraphrase: 'The CCF generally decides access requests within 4 months and correction/deletion requests within 9 months of the admissibility date.', status: 'S', sources: ['S07', 'S08'] },
  { id: 'R-CCF-42', instrument: 'ccf-statute', articles: ['42'], title: 'Revision', paraphrase: 'Revision only for newly discovered decisive facts; apply within 6 months of the discovery.', status: 'S', sources: ['S10'] },
  { id: 'R-RPD-10', instrument: 'rpd', articles: ['10'], title: 'Purposes of processing', paraphrase: 'Lists the permitted purposes (locating wanted persons, identification, investigations, alerts, security checks…; border management added 2023).', status: 'S', sources: ['S27'] },
  { id: 'R-RPD-10-18', instrument: 'rpd', articles: range(13, 18), title: 'Principles on information processing', paraphrase: 'Chapter of general data-processing principles (lawfulness, quality, etc.).', status: 'S', sources: ['S25'] },
  { id: 'R-RPD-11', instrument: 'rpd', articles: ['11'], title: 'Lawfulness (as commonly cited)', paraphrase: 'Title and content UNCONFIRMED.', status: 'U', sources: [] },
  { id: 'R-RPD-12', instrument: 'rpd', articles: ['12'], title: 'Quality of data (as commonly cited)', paraphrase: 'Title and content UNCONFIRMED.', status: 'U', sources: [] },
  { id: 'R-RPD-34', instrument: 'rpd', articles: ['34'], title: 'Compliance with the Constitution', paraphrase: 'Checking compliance with the Constitution; the Repository of Practice on Articles 2 and 3 is issued under Article 34(4).', status: 'S', sources: ['S22'] },
  { id: 'R-RPD-35', instrument: 'rpd', articles: ['35'], title: 'Interest of data for international police cooperation (as often cited)', paraphrase: 'Content UNCONFIRMED.', status: 'U', sources: [] },
  { id: 'R-RPD-44', instrument: 'rpd', articles: ['44'], title: 'Status of person', paraphrase: "The recording entity must specify the person's status (convicted, suspect, witness, missing…).", status: 'S', sources: ['S41'] },
  { id: 'R-RPD-73-81', instrument: 'rpd', articles: range(73, 81), title: 'Notices and diffusions — general', paraphrase: 'General rules on the colour-coded notice system.', status: 'S', sources: ['S25', 'S41'] },
  { id: 'R-RPD-82', instrument: 'rpd', articles: ['82'], title: 'Aim of red notices', paraphrase: 'Red notices seek the location and arrest, detention or restriction of movement of a wanted person with a view to extradition, surrender or similar lawful action.', status: 'S', sources: ['S25', 'S41', 'S45'] },
  { id: 'R-RPD-83', instrument: 'rpd', articles: ['83'], title: 'Conditions for red notices', paraphrase: 'Red notices only for serious ordinary-law crimes above a penalty threshold (2 years / 6 months), not for behavioural or cultural-norm offences, family or private matters or administrative breaches (83(1)); minimum content: identifiers and judicial data, including a summary of facts (83(2)(b)(i)), charges, law, penalty and a valid arrest warrant or judicial decision (83(2)). Sub-paragraph letters beyond (2)(b)(i) are UNCONFIRMED.', status: 'S', sources: ['S28', 'S29', 'S30', 'S31', 'S32', 'S42'] },
  { id: 'R-RPD-84-87', instrument: 'rpd', articles: range(84, 87), title: 'Other red-notice provisions', paraphrase: 'Guarantees by the requesting source, legal review, action on location… Contents UNCONFIRMED.', status: 'U', sources: ['S25'] },
  { id: 'R-RPD-97-101', instrument: 'rpd', articles: range(97, 101), title: 'Diffusions', paraphrase: 'Diffusions are sent directly by an NCB via INTERPOL channels, recorded in the IIS and not pre-approved by the General Secretariat. Which article sets their conditions (often said to be 99) is UNCONFIRMED.', status: 'S', sources: ['S25', 'S46', 'S47'] },
  { id: 'X-ECE-1', instrument: 'ece', articles: ['1'], title: 'Obligation to extradite', paraphrase: 'Parties surrender persons prosecuted or wanted to serve a sentence or detention order.', status: 'P', sources: ['E01'] },
  { id: 'X-ECE-2', instrument: 'ece', articles: ['2'], title: 'Extraditable offences / dual criminality', paraphrase: 'Offence punishable in both states by a maximum of at least 1 year; if already sentenced, at least 4 months imposed.', status: 'P', sources: ['E01'] },
  { id: 'X-ECE-3', instrument: 'ece', articles: ['3'], title: 'Political offences', paraphrase: 'No extradition for political offences, nor where the request aims at punishment on account of race, religion, nationality or political opinion.', status: 'P', sources: ['E07'] },
  { id: 'X-ECE-4', instrument: 'ece', articles: ['4'], title: 'Military offences', paraphrase: '(title only)', status: 'P', sources: ['E06'] },
  { id: 'X-ECE-5', instrument: 'ece', articles: ['5'], title: 'Fiscal offences', paraphrase: '(title only)', status: 'P', sources: ['E06'] },
  { id: 'X-ECE-6', instrument: 'ece', articles: ['6'], title: 'Extradition of nationals', paraphrase: '(title only)', status: 'P', sources: ['E06'] },
  { id: 'X-ECE-8', instrument: 'ece', articles: ['8'], title: 'Pending proceedings for the same offences', paraphrase: '(title only)', status: 'P', sources: ['E06'] },
  { id: 'X-ECE-9', instrument: 'ece', articles: ['9'], title: 'Non bis in idem', paraphrase: 'Refusal where the requested state has passed final judgment for the same offence; third-state final judgments bar extradition, with exceptions (as amended 1975).', status: 'P', sources: ['E05'] },
  { id: 'X-ECE-10', instrument: 'ece', articles: ['10'], title: 'Lapse of time', paraphrase: 'No extradition if immune from prosecution or punishment by lapse of time under either state’s law.', status: 'P', sources: ['E02'] },
  { id: 'X-ECE-11', instrument: 'ece', articles: ['11'], title: 'Capital punishment', paraphrase: 'Extradition may be refused unless sufficient assurance is given that the death penalty will not be carried out.', status: 'P', sources: ['E02'] },
  { id: 'X-ECE-12', instrument: 'ece', articles: ['12'], title: 'Request and supporting documents', paraphrase: 'Written request with the warrant or judgment, a statement of the offences (time, place, legal description), the text of the law and a description of the person.', status: 'P', sources: ['E02', 'E03'] },
  { id: 'X-ECE-13', instrument: 'ece', articles: ['13'], title: 'Supplementary information', paraphrase: 'Content UNCONFIRMED.', status: 'U', sources: ['E06'] },
  { id: 'X-ECE-14', instrument: 'ece', articles: ['14'], title: 'Rule of speciality', paraphrase: 'Content UNCONFIRMED.', status: 'U', sources: ['E06'] },
  { id: 'X-ECE-16', instrument: 'ece', articles: ['16'], title: 'Provisional arrest', paraphrase: 'Urgent provisional arrest, possibly requested through INTERPOL; release possible after 18 days without the request, never beyond 40 days.', status: 'P', sources: ['E08'] },
  { id: 'X-ECE-18', instrument: 'ece', articles: ['18'], title: 'Surrender', paraphrase: 'Reasons for refusal; if not taken over on the date fixed, release possible after 15 days, mandatory after 30.', status: 'P', sources: ['E09'] },
  { id: 'X-ECE-23', instrument: 'ece', articles: ['23'], title: 'Language to be used', paraphrase: 'Content UNCONFIRMED.', status: 'U', sources: ['E06'] },
  { id: 'X-UN-2', instrument: 'un-model-treaty', articles: ['2'], title: 'Extraditable offences', paraphrase: 'Punishable in both states by at least [one/two] year(s); for sentences, at least [four/six] months left to serve; conduct-based dual criminality.', status: 'P', sources: ['E11'] },
  { id: 'X-UN-3', instrument: 'un-model-treaty', articles: ['3'], title: 'Mandatory grounds for refusal', paraphrase: 'Political offence; persecution grounds; the rest of the list is UNCONFIRMED.', status: 'P', sources: ['E11'] },
  { id: 'X-UN-5', instrument: 'un-model-treaty', articles: ['5'], title: 'Communication and required documents', paraphrase: 'Content UNCONFIRMED.', status: 'U', sources: [] },
  { id: 'X-EA-2', instrument: 'ea-2003', part: 1, articles: ['2'], title: 'Part 1 warrant and certificate', paraphrase: 'A Part 1 warrant issued by a judicial authority of a category 1 territory, with the accusation or conviction statement and the particulars the section lists.', status: 'P', sources: ['E16'] },
  { id: 'X-EA-10', instrument: 'ea-2003', articles: ['10'], title: 'Initial stage of extradition hearing', paraphrase: 'The judge decides whether the offence is an extradition offence; if not, the person is discharged.', status: 'P', sources: ['E12'] },
  { id: 'X-EA-11', instrument: 'ea-2003', part: 1, articles: ['11'], title: 'Bars to extradition (Part 1)', paraphrase: 'Double jeopardy; absence of prosecution decision; extraneous considerations; passage of time; age; speciality; earlier extradition or transfer; forum. Any bar → discharge. (1)(e) hostage-taking is omitted from the current text.', status: 'P', sources: ['E12'] },
  { id: 'X-EA-12', instrument: 'ea-2003', articles: ['12'], title: 'Double jeopardy', paraphrase: 'Barred if the person would be discharged under UK rules on previous acquittal or conviction.', status: 'P', sources: ['E13'] },
  { id: 'X-EA-13', instrument: 'ea-2003', articles: ['13'], title: 'Extraneous considerations', paraphrase: 'Warrant really aimed at race, religion, nationality, gender, sexual orientation or political opinions, or risk of prejudice on those grounds.', status: 'P', sources: ['E14'] },
  { id: 'X-EA-14', instrument: 'ea-2003', articles: ['14'], title: 'Passage of time', paraphrase: 'Barred if unjust or oppressive by reason of the time passed since the alleged offence or since becoming unlawfully at large.', status: 'P', sources: ['E15'] },
  { id: 'X-EA-15', instrument: 'ea-2003', articles: ['15'], title: 'Age', paraphrase: 'Age of criminal responsibility bar; content UNCONFIRMED.', status: 'P', sources: ['E16'] },
  { id: 'X-EA-17', instrument: 'ea-2003', articles: ['17'], title: 'Speciality', paraphrase: 'Speciality arrangements; the 45-day permitted period appears in the Bill; enacted wording UNCONFIRMED.', status: 'U', sources: ['E26'] },
  { id: 'X-EA-19B', instrument: 'ea-2003', articles: ['12A', '19B'], title: 'Absence of prosecution decision / forum', paraphrase: 'Bar names confirmed through s.11; section numbers UNCONFIRMED.', status: 'U', sources: ['E12'] },
  { id: 'X-EA-20', instrument: 'ea-2003', part: 1, articles: ['20'], title: 'Conviction in absence (Part 1)', paraphrase: 'Was the person convicted in their presence; if not, deliberately absent; if not, entitled to a retrial or review; otherwise discharge.', status: 'P', sources: ['E17', 'E25'] },
  { id: 'X-EA-21', instrument: 'ea-2003', part: 1, articles: ['21'], title: 'Human rights (Part 1, unlawfully at large)', paraphrase: 'Extradition must be compatible with Convention rights under the Human Rights Act 1998; if not, discharge.', status: 'P', sources: ['E18'] },
  { id: 'X-EA-21A', instrument: 'ea-2003', articles: ['21A'], title: 'Accused persons: human rights and proportionality', paraphrase: 'Referred to by s.11(5); content UNCONFIRMED.', status: 'U', sources: ['E12'] },
  { id: 'X-EA-25', instrument: 'ea-2003', part: 1, articles: ['25'], title: 'Physical or mental condition (Part 1)', paraphrase: 'Title confirmed; content UNCONFIRMED (its Part 2 twin, s.91: discharge or adjourn if unjust or oppressive).', status: 'U', sources: ['E16', 'E20'] },
  { id: 'X-EA-26', instrument: 'ea-2003', part: 1, articles: ['26'], title: 'Appeal against extradition order (Part 1)', paraphrase: 'The requested person may appeal with leave; a late notice may be entertained if everything reasonably possible was done (s.26(5)).', status: 'S', sources: ['E25'] },
  { id: 'X-EA-28', instrument: 'ea-2003', part: 1, articles: ['28'], title: 'Appeal against discharge (Part 1)', paraphrase: "The issuing authority's appeal; 7-day period.", status: 'S', sources: ['E25'] },
  { id: 'X-EA-32', instrument: 'ea-2003', part: 1, articles: ['32'], title: 'Appeal to the Supreme Court (Part 1)', paraphrase: 'Leave and a certified point of law of general public importance are needed.', status: 'P', sources: ['E22'] },
  { id: 'X-EA-36', instrument: 'ea-2003', articles: ['36'], title: 'Extradition following appeal', paraphrase: 'Surrender within 10 days after the appeal decision is final (or a later agreed date).', status: 'P', sources: ['E22'] },
  { id: 'X-EA-70', instrument: 'ea-2003', part: 2, articles: ['70'], title: 'Part 2 request and certificate', paraphrase: "A valid request made in the approved way leads to the Secretary of State's certificate.", status: 'P', sources: ['E16'] },
  { id: 'X-EA-75', instrument: 'ea-2003', part: 2, articles: ['75'], title: 'Date of extradition hearing (Part 2)', paraphrase: 'Hearing fixed within 2 months of the first appearance unless a later date is in the interests of justice.', status: 'P', sources: ['E24'] },
  { id: 'X-EA-78', instrument: 'ea-2003', part: 2, articles: ['78'], title: 'Initial stages of extradition hearing (Part 2)', paraphrase: 'Document check; identity; extradition offence; service of documents.', status: 'P', sources: ['E20'] },
  { id: 'X-EA-79', instrument: 'ea-2003', part: 2, articles: ['79'], title: 'Bars to extradition (Part 2)', paraphrase: 'As enacted: double jeopardy, extraneous considerations, passage of time, hostage-taking (forum added later). The current list is UNCONFIRMED.', status: 'P', sources: ['E13'] },
  { id: 'X-EA-84', instrument: 'ea-2003', part: 2, articles: ['84'], title: 'Case to answer (Part 2)', paraphrase: 'Evidence sufficient to make a case requiring an answer at a summary trial, except for designated territories.', status: 'P', sources: ['E20'] },
  { id: 'X-EA-85', instrument: 'ea-2003', part: 2, articles: ['85'], title: 'Conviction in absence (Part 2)', paraphrase: 'Content UNCONFIRMED.', status: 'U', sources: ['E19'] },
  { id: 'X-EA-87', instrument: 'ea-2003', part: 2, articles: ['87'], title: 'Human rights (Part 2)', paraphrase: 'Compatible with Convention rights → case sent to the Secretary of State; if not → discharge.', status: 'P', sources: ['E19'] },
  { id: 'X-EA-91', instrument: 'ea-2003', part: 2, articles: ['91'], title: 'Physical or mental condition (Part 2)', paraphrase: 'If extradition would be unjust or oppressive because of the condition → discharge or adjourn.', status: 'P', sources: ['E20'] },
  { id: 'X-EA-103', instrument: 'ea-2003', part: 2, articles: ['103'], title: 'Appeal where case sent to the Secretary of State', paraphrase: 'Leave required; 14 days from the Secretary of State informing the person of the order.', status: 'P', sources: ['E22'] },
  { id: 'X-EA-108', instrument: 'ea-2003', part: 2, articles: ['108'], title: 'Appeal against extradition order (Part 2)', paraphrase: 'Leave required; 14 days; late human-rights appeals only to avoid real injustice in exceptional circumstances; late notice accepted if everything reasonably possible was done (s.108(7A)).', status: 'P', sources: ['E22'] },
  { id: 'X-EA-114', instrument: 'ea-2003', part: 2, articles: ['114'], title: 'Appeal to the Supreme Court (Part 2)', paraphrase: 'As s.32: 14 / 14 / 28 days.', status: 'P', sources: ['E22'] },
  { id: 'X-EA-206', instrument: 'ea-2003', articles: ['206'], title: 'Burden and standard of proof', paraphrase: 'Where the requesting side must prove a matter, it must do so to the criminal standard.', status: 'S', sources: ['E17'] },
  { id: 'X-CPR-50.5', instrument: 'crimpr', articles: ['50.5'], title: 'Part 1 hearing timetable', paraphrase: 'The extradition hearing starts within 21 days of arrest unless a later date is in the interests of justice.', status: 'P', sources: ['E24'] },
  { id: 'X-CPR-50.9', instrument: 'crimpr', articles: ['50.9'], title: 'Part 2 hearing timetable', paraphrase: 'The hearing starts within 2 months unless a later date is in the interests of justice.', status: 'P', sources: ['E24'] },
  { id: 'X-CPR-50.20', instrument: 'crimpr', articles: ['50.20'], title: 'Form of appeal notice', paraphrase: 'The appeal notice must give the arrest date, the decision and its date, each ground, a summary of facts, the documents needed, the persons served and, if late, the reasons.', status: 'P', sources: ['E23'] },
];

const BY_ARTICLE = new Map<string, Provision>();
for (const p of PROVISIONS) for (const a of p.articles) BY_ARTICLE.set(`${p.instrument}:${a.toUpperCase()}`, p);

/**
 * The Parts of the Extradition Act 2003 by section: Part 1 (category 1 territories, warrant-based)
 * ss.1–68A, Part 2 (category 2 territories, request-based) ss.69–141 (INS-EA2003, P, for what each
 * Part is; the boundaries as legislation.gov.uk lays out the Act, E12b part/1 and E16b part/2
 * cross-headings: S, not quoted in the catalogue). Sections inserted later keep their number's
 * place (s.21A, s.83A–E). A provision row's own `part` comes first.
 */
const EA_2003_PARTS: readonly { part: 1 | 2; from: number; to: number }[] = [
  { part: 1, from: 1, to: 68 },
  { part: 2, from: 69, to: 141 },
];

/** The Part of the Extradition Act 2003 a section is in ("21A" → 1, "82" → 2), if it is in Part 1 or 2. */
export function partOfEaSection(article: string): 1 | 2 | undefined {
  // Asked for every section of the Act cited, at every keystroke: a few hundred distinct numbers.
  if (partByArticle.has(article)) return partByArticle.get(article);
  const row = findProvision('ea-2003', article);
  const n = Number.parseInt(article, 10);
  const part = row?.part === 1 || row?.part === 2 ? row.part : EA_2003_PARTS.find((p) => n >= p.from && n <= p.to)?.part;
  if (partByArticle.size < 4_096) partByArticle.set(article, part);
  return part;
}

const partByArticle = new Map<string, 1 | 2 | undefined>();

export function findProvision(instrument: InstrumentId, article: string): Provision | undefined {
  return BY_ARTICLE.get(`${instrument}:${article.toUpperCase()}`);
}

/**
 * A provision's short title and paraphrase in `language`. Texts other than English are the
 * product's own translations of its English catalogue (`ownTranslation`), never the official wording.
 */
export function provisionText(p: Provision, language: Language): { title: string; paraphrase: string; ownTranslation: boolean } {
  const translated = language === 'en' ? undefined : PROVISION_TRANSLATIONS[p.id]?.[language];
  return translated ? { title: translated[0], paraphrase: translated[1], ownTranslation: true } : { title: p.title, paraphrase: p.paraphrase, ownTranslation: false };
}
