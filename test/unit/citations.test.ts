import { strict as assert } from 'node:assert';
import { findCitations } from '../../server/src/core/citations';

// Strings from docs/research/citations.md §4, with the reading each must get.
const CASES: [string, string[]][] = [
  ["Article 3 of INTERPOL's Constitution", ['constitution 3']],
  ['Article 2(1) of the Constitution of the ICPO-INTERPOL', ['constitution 2(1)']],
  ['Art. 83(2)(b)(i) RPD', ['rpd 83(2)(b)(i)']],
  ['Articles 82 and 83 of INTERPOL’s Rules on the Processing of Data', ['rpd 82', 'rpd 83']],
  ['Article 37 of the CCF Statute', ['ccf-statute 37']],
  ['Article 42(2) of the Statute of the Commission for the Control of INTERPOL’s Files', ['ccf-statute 42(2)']],
  ['section 21A of the Extradition Act 2003', ['ea-2003 21A']],
  ['s.14 EA 2003', ['ea-2003 14']],
  ['s 20(3) of the 2003 Act', ['ea-2003 20(3)']],
  ['ss.11–14 of the Extradition Act 2003', ['ea-2003 11', 'ea-2003 14']],
  ['Article 3 ECHR', ['echr 3']],
  ['Article 8 of the European Convention on Human Rights', ['echr 8']],
  ['Article 1 of Protocol No. 1 to the ECHR', []],
  ['Article 14(1)(b) of the European Convention on Extradition', ['ece 14(1)(b)']],
  ['Article 3(b) of the UN Model Treaty on Extradition', ['un-model-treaty 3(b)']],
  ['rule 50.19 of the Criminal Procedure Rules 2020', ['crimpr 50.19']],
  ["Articles 2, 3 and 5 of INTERPOL's Constitution", ['constitution 2', 'constitution 3', 'constitution 5']],
  ['l’article 3 du Statut d’INTERPOL', ['constitution 3']],
  ['article 2(a) du Statut de l’Organisation', ['constitution 2(a)']],
  ["art. 3 du Statut de l'O.I.P.C.-INTERPOL", ['constitution 3']],
  ['article 1er du Statut d’INTERPOL', ['constitution 1']],
  ['article 83 du RTD', ['rpd 83']],
  ['articles 82 et 83 du Règlement sur le traitement des données', ['rpd 82', 'rpd 83']],
  ['article 42 du Statut de la Commission de contrôle des fichiers d’INTERPOL', ['ccf-statute 42']],
  ['article 20 de son Statut', []],
  ['art. 6 § 1 CEDH', ['echr 6§1']],
  ['article 12 de la Convention européenne d’extradition', ['ece 12']],
  ['article 3 du Traité type d’extradition', ['un-model-treaty 3']],
  ['artículo 3 del Estatuto de INTERPOL', ['constitution 3']],
  ['artículo 1.º del Estatuto de INTERPOL', ['constitution 1']],
  ['art. 83.2.b) del RTD', ['rpd 83(2)(b)']],
  ['artículos 82 y 83 del Reglamento sobre el Tratamiento de Datos', ['rpd 82', 'rpd 83']],
  ['artículo 42 del Estatuto de la Comisión', ['ccf-statute 42']],
  ['art. 6.1 CEDH', ['echr 6(1)']],
  ['artículo 5 del Convenio para la Protección de los Derechos Humanos y de las Libertades Fundamentales', ['echr 5']],
  ['artículo 12 del Convenio Europeo de Extradición', ['ece 12']],
  ['المادة 3 من القانون الأساسي للإنتربول', ['constitution 3']],
  ['المادة 2 من قانون المنظمة الأساسي', ['constitution 2']],
  ['المادة ٣ من القانون الأساسي', ['constitution 3']],
  ['وفقاً للمادة 3 من القانون الأساسي للإنتربول', ['constitution 3']],
  ['المادة 59 من نظام الإنتربول لمعاملة البيانات', ['rpd 59']],
  ['المادتان 82 و83 من نظام معاملة البيانات', ['rpd 82', 'rpd 83']],
  ['المادة 42 من النظام الأساسي للجنة الرقابة', ['ccf-statute 42']],
  ['المادة 30 من قواعد تشغيل اللجنة', []],
  ['المادة 8 من الاتفاقية الأوربية لحقوق الإنسان', ['echr 8']],
  ['المادة 12 من الاتفاقية الأوروبية بشأن تسليم المجرمين', ['ece 12']],
  ['المادة (3) من القانون الأساسي', ['constitution 3']],
  ['the EAST wing; an EA is not the Act', []],
  // Forms lawyers write (legal-review §9, REV-10): the instrument first, paragraphs in words.
  ['RPD Article 83', ['rpd 83']],
  ["INTERPOL's Rules on the Processing of Data, Article 83", ['rpd 83']],
  ['EA 2003, s.21A', ['ea-2003 21A']],
  ["l'article 83, paragraphe 1, du RTD", ['rpd 83(1)']],
  ["l'article 83, paragraphe 2, alinéa b), du RTD", ['rpd 83(2)(b)']],
  ['article 42 du Statut de la Commission', ['ccf-statute 42']],
  ['artículo 83, apartado 1, del RTD', ['rpd 83(1)']],
  ['artículo 83, apartado 2, letra b), del RTD', ['rpd 83(2)(b)']],
  ['المادة 83 الفقرة 1 من نظام الإنتربول لمعاملة البيانات', ['rpd 83(1)']],
  // Resolutions of the General Assembly, by reference (CF-9).
  ['under resolution GA-2017-86-RES-09 on refugees', ['ga-resolution GA-2017-86-RES-09']],
  ['the predominance test of AGN/20/RES/11', ['ga-resolution AGN/20/RES/11']],
  // A constitution that names a state is not INTERPOL's (CF-8).
  ['Article 58 of the Constitution of the Republic of Lorvania', []],
  ["l'article 66 de la Constitution de la République d'Aldoria", []],
  ['artículo 24 de la Constitución Española', []],
  ['Article 3 of the Refugee Convention', []],
  ['Article 3 of the Convention against Torture', []],
  ['s.14 of the Theft Act 1968', []],
  ['see section 4 above', []],
  // A section followed by the name of another Act is a section of that Act, not of the EA 2003.
  ['s.2 Fraud Act 2006', []],
  ['s.327 Proceeds of Crime Act 2002', []],
  ['section 93A, Criminal Justice Act 1988', []],
  ['s.6 of the Human Rights Act 1998', []],
  ['s.2 the Fraud Act 2006', []],
  ['ss.1 and 2 Theft Act 1968', []],
  ['s.158 Anti-social Behaviour, Crime and Policing Act 2014', []],
  ['s.2 Extradition Act 1989', []],
  ['s.14 EA 2003 and s.2 Fraud Act 2006', ['ea-2003 14']],
  // A constitution "of" a state, or «ل» and its name, is another one, whatever follows the word.
  ['Article 12 of the Constitution of Veloria for the reasons above', []],
  ['المادة 12 من القانون الأساسي لجمهورية نوران', []],
  ['المادة 12 من القانون الأساسي لأنغولا', []],
];

/** Words whose meaning depends on the kind of submission: the kinds in which each means the instrument. */
const CONTEXTUAL: [string, string, string[]][] = [
  ['Article 3 of the Constitution', 'constitution 3', ['ccf-request']],
  ['article 3 du Statut', 'constitution 3', ['ccf-request']],
  ['artículo 3 del Estatuto', 'constitution 3', ['ccf-request']],
  ['المادة 3 من القانون الأساسي', 'constitution 3', ['ccf-request']],
  ['Article 8 of the Convention', 'echr 8', ['extradition-defence', 'extradition-appeal']],
  ['s.14 (passage of time)', 'ea-2003 14', ['extradition-defence', 'extradition-appeal']],
  ['section 21A of the Act', 'ea-2003 21A', ['extradition-defence', 'extradition-appeal']],
  // Words after "the Constitution" that do not name another constitution.
  ['Article 3 of the Constitution for the reasons set out above', 'constitution 3', ['ccf-request']],
  ['Article 3 of the Constitution on any view', 'constitution 3', ['ccf-request']],
  ['Article 3 of the Constitution because the case is political', 'constitution 3', ['ccf-request']],
  ['Article 3 of the Constitution in that the case is political', 'constitution 3', ['ccf-request']],
  ['article 3 du Statut car la poursuite est politique', 'constitution 3', ['ccf-request']],
  ['article 3 du Statut pour les raisons exposées', 'constitution 3', ['ccf-request']],
  ['artículo 3 del Estatuto porque la causa es política', 'constitution 3', ['ccf-request']],
  ['artículo 3 del Estatuto por las razones expuestas', 'constitution 3', ['ccf-request']],
  ['المادة 3 من القانون الأساسي لأن الملاحقة ذات طابع سياسي', 'constitution 3', ['ccf-request']],
  ['المادة 3 من القانون الأساسي بسبب الطابع السياسي', 'constitution 3', ['ccf-request']],
  ['المادة 3 من القانون الأساسي لعدم احترام الحياد', 'constitution 3', ['ccf-request']],
  // A section followed by something that is no Act's name stays the EA 2003's.
  ['s.21 and the Human Rights Act 1998', 'ea-2003 21', ['extradition-defence', 'extradition-appeal']],
];

describe('citation recognition', () => {
  for (const [text, expected] of CASES) {
    it(text, () => {
      const got = findCitations(text).map((c) => `${c.instrument} ${c.article}${c.subdivision}`);
      assert.deepEqual(got, expected);
    });
  }

  for (const [text, reading, kinds] of CONTEXTUAL) {
    it(`${text} (only in ${kinds.join(', ')})`, () => {
      const got = findCitations(text).map((c) => [`${c.instrument} ${c.article}${c.subdivision}`, [...(c.onlyIn ?? [])]]);
      assert.deepEqual(got, [[reading, kinds]]);
    });
  }

  it('gives offsets into the whole text, past the start it is given', () => {
    const text = 'Intro.\n\nThe notice breaches Article 3 of INTERPOL’s Constitution.';
    const [c] = findCitations(text, 8);
    assert.equal(text.slice(c.span.start, c.span.end), 'Article 3 of INTERPOL’s Constitution');
  });

  it('points each member of a list at its own number', () => {
    const text = 'ss.11 and 14 EA 2003';
    assert.deepEqual(findCitations(text).map((c) => text.slice(c.span.start, c.span.end)), ['11', '14']);
  });
});
