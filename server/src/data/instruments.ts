// The instruments a submission cites, and how lawyers name them in the four languages.
// Names are regular-expression sources matched case-insensitively after the article number,
// joined by "of (the)", "du/de la/de l'", "del/de la", "من"; abbreviations may follow the number directly.
import type { InstrumentId, Kind, Localized } from '../vocabulary';

export interface InstrumentDef {
  id: InstrumentId;
  title: Localized;
  /** What a citation of one provision is called ("Article", "section", "rule"). */
  unit: 'article' | 'section' | 'rule' | 'resolution';
  /**
   * How the product names the instrument after a provision's number when it writes a citation
   * (completion): one of the forms above, joined as the recogniser expects ("83 of the RPD").
   */
  cite: Localized;
  /** The kinds of submission that usually cite it, offered first there (a CCF request: INTERPOL's rules, REV-01). */
  citedIn: readonly Kind[];
  names: string[];
  abbreviations: string[];
  /**
   * Words that name the instrument only in some kinds of submission ("the Constitution" is
   * INTERPOL's in a CCF request; "the Convention" is the ECHR in an extradition case). Tried after
   * every instrument's own names, and never when one of the words in `another` follows, which
   * names another instrument ("the Constitution of Veloria", "the Convention against Torture").
   */
  contextual?: { forms: string[]; kinds: readonly Kind[]; another: string[]; note: string };
  /** Highest provision number, where a source gives it; citations above it are flagged (a warning). */
  last?: { number: number; status: 'P' | 'S' | 'U'; source: string };
  /**
   * One of "INTERPOL's rules" the CCF reviews compliance with: the Constitution and the RPD (CCF
   * Statute Art 2(3), P), and the General Assembly resolutions the CCF takes into account (L12, P).
   */
  interpolRule?: true;
  /** Provisions no longer in force: citing one is relying on law that is gone. */
  repealed?: Repeal[];
}

/** A provision taken out of an instrument, with when and by what, and how sure the product is of it. */
export interface Repeal {
  /** As cited: "94", "16", "11(1)(e)"; its sub-paragraphs are covered too. */
  provision: string;
  /** The day it ceased to have effect (ISO), or the month when only that is known (YYYY-MM). */
  from: string;
  /** What repealed or deleted it. */
  by: Localized;
  status: 'P' | 'S' | 'U';
  sources: readonly string[];
}

/** The hostage-taking bar, removed by the Anti-social Behaviour, Crime and Policing Act 2014 s.158 (legal-review §2). */
const HOSTAGE_TAKING_REPEAL = {
  from: '2014-07-21',
  by: {
    en: 'section 158 of the Anti-social Behaviour, Crime and Policing Act 2014 (in force under SI 2014/1916)',
    fr: 'l’article 158 de l’Anti-social Behaviour, Crime and Policing Act 2014 (entré en vigueur par le SI 2014/1916)',
    es: 'el artículo 158 de la Anti-social Behaviour, Crime and Policing Act 2014 (en vigor por el SI 2014/1916)',
    ar: 'المادة 158 من قانون السلوك المعادي للمجتمع والجريمة والشرطة لعام 2014 (النافذة بموجب اللائحة 2014/1916)',
  },
} as const;

const APOS = "['’]";
/** Words after "the Convention" or "the Act" that name another one ("the Convention against Torture"). */
const NAMES_ANOTHER = ['of', 'de', 'del', `d${APOS}`, 'on', 'against', 'relating', 'for', 'sur', 'contre', 'relative', 'sobre', 'contra', 'para', 'européenne', 'europea', 'الأوروبية', 'الخاصة', 'بشأن', 'ل'];

export const INSTRUMENTS: readonly InstrumentDef[] = [
  {
    id: 'constitution',
    title: {
      en: "INTERPOL's Constitution",
      fr: "le Statut de l'OIPC-INTERPOL",
      es: 'el Estatuto de la OIPC-INTERPOL',
      ar: 'القانون الأساسي للمنظمة الدولية للشرطة الجنائية (الإنتربول)',
    },
    unit: 'article',
    cite: { en: "of INTERPOL's Constitution", fr: 'du Statut d’INTERPOL', es: 'del Estatuto de INTERPOL', ar: 'من القانون الأساسي للإنتربول' },
    citedIn: ['ccf-request'],
    names: [
      `(?:the\\s+)?INTERPOL${APOS}?s?\\s+Constitution`,
      `(?:the\\s+)?Constitution\\s+of\\s+(?:the\\s+)?(?:ICPO[-\\s])?INTERPOL`,
      `(?:the\\s+)?ICPO[-\\s]INTERPOL\\s+Constitution`,
      `(?:du\\s+|le\\s+)?Statut\\s+(?:d${APOS}\\s*|de\\s+l${APOS}\\s*)(?:O\\.?I\\.?P\\.?C\\.?[-\\s])?INTERPOL`,
      `(?:du\\s+|le\\s+)?Statut\\s+de\\s+l${APOS}\\s*Organisation`,
      `(?:la\\s+)?Constitution\\s+d${APOS}\\s*INTERPOL`,
      `(?:el\\s+|del\\s+)?Estatuto\\s+de\\s+(?:la\\s+)?(?:O\\.?I\\.?P\\.?C\\.?[-\\s])?INTERPOL`,
      `(?:el\\s+|del\\s+)?Estatuto\\s+de\\s+la\\s+Organización`,
      `(?:la\\s+)?Constitución\\s+de\\s+(?:la\\s+)?(?:OIPC[-\\s])?INTERPOL`,
      'القانون\\s+الأساسي\\s+(?:للإنتربول|للانتربول|لمنظمة\\s+الإنتربول|للمنظمة(?:\\s+الدولية\\s+للشرطة\\s+الجنائية(?:\\s*[-–]\\s*الإنتربول)?)?)',
      'قانون\\s+المنظمة\\s+الأساسي',
      'دستور\\s+(?:الإنتربول|الانتربول)',
    ],
    abbreviations: ['INTERPOL\\s+Constitution'],
    interpolRule: true,
    contextual: {
      // INTERPOL's own French and Spanish texts call its Constitution "Statut" / "Estatuto" (REV-10).
      // In French and Spanish INTERPOL's is never "Constitution"/"Constitución"; in English only "the Constitution" (legal-review CF-8).
      forms: ['the\\s+Constitution', 'Statut', 'Estatuto', 'القانون\\s+الأساسي'],
      kinds: ['ccf-request'],
      // Only "of"/"de"/«ل» and a name make it another state's constitution (REV-10): "for the
      // reasons", "on any view", «لأن» (because), «لعدم» (for lack of) do not.
      another: ['of', 'de', 'del', 'des', 'du', `d${APOS}`, 'ل(?!(?:أن|أنه|أنها|أنهم|ان|انه|انها|كون|كونه|كونها|ذلك|ذا|كي|كن|كنه|ما|عدم)(?![\\p{L}]))'],
      note: 'In a CCF request the Constitution is INTERPOL’s; in an extradition case it is a national one (REV-10, S).',
    },
    last: { number: 50, status: 'P', source: 'C03' },
  },
  {
    id: 'rpd',
    title: {
      en: "INTERPOL's Rules on the Processing of Data (RPD)",
      fr: "le Règlement d'INTERPOL sur le traitement des données (RTD)",
      es: 'el Reglamento de INTERPOL sobre el Tratamiento de Datos (RTD)',
      ar: 'نظام الإنتربول لمعاملة البيانات',
    },
    unit: 'article',
    cite: { en: 'of the RPD', fr: 'du RTD', es: 'del RTD', ar: 'من نظام الإنتربول لمعاملة البيانات' },
    citedIn: ['ccf-request'],
    names: [
      `(?:the\\s+)?(?:INTERPOL${APOS}?s?\\s+)?Rules\\s+on\\s+the\\s+Processing\\s+of\\s+Data(?:\\s+\\(RPD\\))?`,
      '(?:the\\s+)?RPD',
      `(?:du\\s+)?Règlement\\s+(?:d${APOS}\\s*INTERPOL\\s+)?sur\\s+le\\s+traitement\\s+des\\s+données(?:\\s+\\(RTD\\))?`,
      '(?:du\\s+|el\\s+|del\\s+)?RTD',
      '(?:el\\s+|del\\s+)?Reglamento\\s+(?:de\\s+INTERPOL\\s+)?sobre\\s+el\\s+Tratamiento\\s+de\\s+Datos(?:\\s+\\(RTD\\))?',
      '(?:نظام|قواعد)\\s+(?:الإنتربول\\s+)?(?:بشأن\\s+|ل)?(?:معالجة|معاملة)\\s+البيانات',
    ],
    abbreviations: ['RPD', 'RTD'],
    interpolRule: true,
    last: { number: 135, status: 'S', source: 'C26' },
    repealed: [
      {
        provision: '94',
        from: '2025-11',
        by: {
          en: 'INTERPOL’s General Assembly (93rd session, Marrakech)',
          fr: 'l’Assemblée générale d’INTERPOL (93e session, Marrakech)',
          es: 'la Asamblea General de INTERPOL (93.ª reunión, Marrakech)',
          ar: 'الجمعية العامة للإنتربول (الدورة 93، مراكش)',
        },
        status: 'S',
        sources: ['C25', 'L13'],
      },
    ],
  },
  {
    id: 'ccf-statute',
    title: {
      en: 'Statute of the Commission for the Control of INTERPOL’s Files (CCF Statute)',
      fr: 'le Statut de la Commission de contrôle des fichiers d’INTERPOL',
      es: 'el Estatuto de la Comisión de Control de los Ficheros de INTERPOL',
      ar: 'النظام الأساسي للجنة الرقابة على محفوظات الإنتربول',
    },
    unit: 'article',
    cite: { en: 'of the CCF Statute', fr: 'du Statut de la CCF', es: 'del Estatuto de la CCF', ar: 'من النظام الأساسي للجنة الرقابة على محفوظات الإنتربول' },
    citedIn: ['ccf-request'],
    names: [
      '(?:the\\s+)?CCF\\s+Statute',
      `(?:the\\s+)?Statute\\s+of\\s+the\\s+(?:CCF|Commission\\s+for\\s+the\\s+Control\\s+of\\s+INTERPOL${APOS}?s?\\s+Files)`,
      `(?:du\\s+)?Statut\\s+de\\s+la\\s+(?:CCF|Commission(?:\\s+de\\s+contrôle\\s+des\\s+fichiers(?:\\s+de\\s+l${APOS}\\s*OIPC[-\\s]INTERPOL|\\s+d${APOS}\\s*INTERPOL)?)?)`,
      '(?:del\\s+)?Estatuto\\s+de\\s+la\\s+(?:CCF|Comisión(?:\\s+de\\s+Control\\s+de\\s+(?:los\\s+)?Ficheros(?:\\s+de\\s+(?:la\\s+OIPC[-\\s])?INTERPOL)?)?)',
      'النظام\\s+الأساسي\\s+(?:للجنة\\s+الرقابة\\s+على\\s+(?:محفوظات|ملفات)\\s+(?:الإنتربول|الانتربول)|للجنة)',
    ],
    abbreviations: ['CCF\\s+Statute'],
  },
  {
    id: 'ea-2003',
    title: {
      en: 'Extradition Act 2003',
      fr: 'l’Extradition Act 2003 (loi britannique sur l’extradition)',
      es: 'la Extradition Act 2003 (Ley británica de extradición)',
      ar: 'قانون التسليم البريطاني لعام 2003',
    },
    unit: 'section',
    cite: { en: 'of the Extradition Act 2003', fr: 'de l’Extradition Act 2003', es: 'de la Ley de Extradición de 2003', ar: 'من قانون التسليم لعام 2003' },
    citedIn: ['extradition-defence', 'extradition-appeal'],
    names: [
      '(?:the\\s+)?Extradition\\s+Act\\s+2003',
      // "the Extradition Act" alone, but not another year's Act ("the Extradition Act 1989").
      '(?:the\\s+)?Extradition\\s+Act(?!\\s+(?:1[89]\\d\\d|20(?:0[0-24-9]|[1-9]\\d)))',
      '(?:the\\s+)?EA\\s+2003',
      '(?:the\\s+)?2003\\s+Act',
      `(?:de\\s+l${APOS}\\s*)?Extradition\\s+Act\\s+(?:de\\s+)?2003`,
      '(?:la\\s+)?loi\\s+(?:britannique\\s+)?(?:de\\s+2003\\s+)?sur\\s+l.extradition(?:\\s+de\\s+2003)?',
      '(?:la\\s+)?Ley\\s+(?:británica\\s+)?de\\s+Extradición\\s+de\\s+2003',
      'قانون\\s+(?:التسليم|تسليم\\s+المجرمين)\\s+(?:البريطاني\\s+)?لعام\\s+2003',
    ],
    abbreviations: ['EA\\s+2003', 'EA', 'Extradition\\s+Act\\s+2003'],
    repealed: [
      // The omission of s.11(1)(e) is read in the current text (P); that s.158 also repealed ss.16,
      // 79(1)(d) and 83 is reported by a secondary source only (S).
      { provision: '11(1)(e)', ...HOSTAGE_TAKING_REPEAL, status: 'P', sources: ['E12', 'L02'] },
      { provision: '16', ...HOSTAGE_TAKING_REPEAL, status: 'S', sources: ['REV', 'L02'] },
      { provision: '79(1)(d)', ...HOSTAGE_TAKING_REPEAL, status: 'S', sources: ['E13', 'REV', 'L02'] },
      { provision: '83', ...HOSTAGE_TAKING_REPEAL, status: 'S', sources: ['REV', 'L02'] },
    ],
    contextual: {
      // A skeleton argument cites the Act it is argued under as "the Act" or by section alone.
      forms: ['(?:the\\s+)?Act'],
      kinds: ['extradition-defence', 'extradition-appeal'],
      another: NAMES_ANOTHER,
      note: 'In an extradition submission "the Act" and a bare "s.14" are the Extradition Act 2003.',
    },
    last: { number: 227, status: 'U', source: 'C30' },
  },
  {
    id: 'echr',
    title: {
      en: 'European Convention on Human Rights (ECHR)',
      fr: 'la Convention européenne des droits de l’homme (CEDH)',
      es: 'el Convenio Europeo de Derechos Humanos (CEDH)',
      ar: 'الاتفاقية الأوروبية لحقوق الإنسان',
    },
    unit: 'article',
    cite: { en: 'ECHR', fr: 'de la CEDH', es: 'del CEDH', ar: 'من الاتفاقية الأوروبية لحقوق الإنسان' },
    citedIn: ['extradition-defence', 'extradition-appeal'],
    names: [
      '(?:the\\s+)?European\\s+Convention\\s+on\\s+Human\\s+Rights',
      '(?:the\\s+)?ECHR',
      '(?:la\\s+)?Convention\\s+européenne\\s+des\\s+droits\\s+de\\s+l.homme',
      `(?:la\\s+)?Convention\\s+de\\s+sauvegarde\\s+des\\s+droits\\s+de\\s+l${APOS}\\s*homme(?:\\s+et\\s+des\\s+libertés\\s+fondamentales)?`,
      '(?:la\\s+|del\\s+|el\\s+)?CEDH',
      '(?:el\\s+)?(?:Convenio|Convención)\\s+Europe[oa]\\s+(?:de|para\\s+la\\s+Protección\\s+de\\s+los)\\s+Derechos\\s+Humanos',
      '(?:el\\s+)?Convenio\\s+para\\s+la\\s+Protección\\s+de\\s+los\\s+Derechos\\s+Humanos\\s+y\\s+de\\s+las\\s+Libertades\\s+Fundamentales',
      'الاتفاقية\\s+(?:الأوروبية|الأوربية)\\s+لحقوق\\s+الإنسان',
      'اتفاقية\\s+حماية\\s+حقوق\\s+الإنسان\\s+والحريات\\s+الأساسية',
    ],
    abbreviations: ['ECHR', 'CEDH'],
    contextual: {
      forms: ['Convention', 'Convenio', 'الاتفاقية'],
      kinds: ['extradition-defence', 'extradition-appeal'],
      another: NAMES_ANOTHER,
      note: 'In an extradition submission "the Convention" is the ECHR, the Convention rights of the Human Rights Act 1998 (REV-10, S).',
    },
    last: { number: 59, status: 'P', source: 'C40' },
  },
  {
    id: 'ece',
    title: {
      en: 'European Convention on Extradition (ETS No. 24)',
      fr: 'la Convention européenne d’extradition (STE n° 24)',
      es: 'el Convenio Europeo de Extradición (STE n.º 24)',
      ar: 'الاتفاقية الأوروبية لتسليم المجرمين',
    },
    unit: 'article',
    cite: { en: 'of the European Convention on Extradition', fr: 'de la Convention européenne d’extradition', es: 'del Convenio Europeo de Extradición', ar: 'من الاتفاقية الأوروبية لتسليم المجرمين' },
    citedIn: ['extradition-defence', 'extradition-appeal'],
    names: [
      '(?:the\\s+)?European\\s+Convention\\s+on\\s+Extradition',
      '(?:the\\s+)?ECE',
      `(?:la\\s+)?Convention\\s+européenne\\s+d${APOS}\\s*extradition`,
      '(?:el\\s+)?Convenio\\s+Europeo\\s+de\\s+Extradición',
      'الاتفاقية\\s+(?:الأوروبية|الأوربية)\\s+(?:لتسليم\\s+المجرمين|للتسليم|بشأن\\s+تسليم\\s+المجرمين)',
    ],
    abbreviations: ['ECE'],
    last: { number: 32, status: 'P', source: 'C44' },
  },
  {
    id: 'un-model-treaty',
    title: {
      en: 'UN Model Treaty on Extradition',
      fr: 'le Traité type d’extradition des Nations Unies',
      es: 'el Tratado modelo de extradición de las Naciones Unidas',
      ar: 'معاهدة الأمم المتحدة النموذجية لتسليم المجرمين',
    },
    unit: 'article',
    cite: { en: 'of the UN Model Treaty on Extradition', fr: 'du Traité type d’extradition', es: 'del Tratado modelo de extradición', ar: 'من معاهدة الأمم المتحدة النموذجية لتسليم المجرمين' },
    citedIn: ['extradition-defence', 'extradition-appeal'],
    names: [
      '(?:the\\s+)?(?:UN\\s+|United\\s+Nations\\s+)?Model\\s+Treaty\\s+on\\s+Extradition',
      '(?:the\\s+)?UN\\s+Model\\s+Treaty',
      `(?:du\\s+)?Traité\\s+type\\s+d${APOS}\\s*extradition`,
      '(?:del\\s+)?Tratado\\s+modelo\\s+de\\s+extradición',
      '(?:ال)?معاهدة\\s+(?:الأمم\\s+المتحدة\\s+)?النموذجية\\s+(?:لتسليم\\s+المجرمين|بشأن\\s+تسليم\\s+المجرمين)',
    ],
    abbreviations: [],
    last: { number: 18, status: 'S', source: 'C49' },
  },
  {
    id: 'crimpr',
    title: {
      en: 'Criminal Procedure Rules (England and Wales)',
      fr: 'les Criminal Procedure Rules (Angleterre et pays de Galles)',
      es: 'las Criminal Procedure Rules (Inglaterra y Gales)',
      ar: 'قواعد الإجراءات الجنائية (إنجلترا وويلز)',
    },
    unit: 'rule',
    cite: { en: 'of the Criminal Procedure Rules', fr: 'des Criminal Procedure Rules', es: 'de la CrimPR', ar: 'من CrimPR' },
    citedIn: ['extradition-appeal', 'extradition-defence'],
    names: ['(?:the\\s+)?Criminal\\s+Procedure\\s+Rules(?:\\s+20(?:14|15|20|25))?', '(?:the\\s+)?CrimPR(?:\\s+20(?:14|15|20|25))?'],
    abbreviations: ['CrimPR', 'Crim\\s?PR'],
  },
  {
    id: 'ga-resolution',
    title: {
      en: 'resolution of INTERPOL’s General Assembly',
      fr: 'résolution de l’Assemblée générale d’INTERPOL',
      es: 'resolución de la Asamblea General de INTERPOL',
      ar: 'قرار الجمعية العامة للإنتربول',
    },
    unit: 'resolution',
    interpolRule: true,
    // Cited by reference alone ("GA-2017-86-RES-09"), never after a number: nothing to write after one.
    cite: { en: '', fr: '', es: '', ar: '' },
    citedIn: ['ccf-request'],
    // Cited by their reference alone (core/citations.ts, GA_RESOLUTION); no article number.
    names: [],
    abbreviations: [],
  },
];

export const INSTRUMENT_BY_ID: ReadonlyMap<InstrumentId, InstrumentDef> = new Map(INSTRUMENTS.map((i) => [i.id, i]));

/** The word for one provision when the product writes a citation, in each language. */
export const UNIT_WORD: Record<InstrumentDef['unit'], Localized> = {
  article: { en: 'Article', fr: 'article', es: 'artículo', ar: 'المادة' },
  section: { en: 'section', fr: 'section', es: 'sección', ar: 'المادة' },
  rule: { en: 'rule', fr: 'règle', es: 'regla', ar: 'القاعدة' },
  resolution: { en: 'resolution', fr: 'résolution', es: 'resolución', ar: 'القرار' },
};
