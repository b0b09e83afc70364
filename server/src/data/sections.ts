// Section names in INTERPOL's four working languages (submission format v1, "Sections").
// The first name in each list is the one the product writes (messages, quick fixes, templates).
import type { Kind, Language, Localized, SectionId } from '../vocabulary';

export interface SectionDef {
  id: SectionId;
  names: Record<'en' | 'fr' | 'es' | 'ar', string[]>;
  /** What to write under the heading: shown in skeletons as a placeholder. */
  prompt: Localized;
  /** A kind that calls the section by another name (an appeal's bars are its grounds of appeal). */
  kindNames?: Partial<Record<Kind, Localized>>;
}

export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'facts',
    names: {
      // "Summary of (the) (relevant) facts": an appeal notice must "summarise the relevant facts"
      // (CrimPR r.50.20, catalogue APP-REQ-05, source E23), so lawyers head the section in the
      // rule's words. The rule is English only: no French, Spanish or Arabic counterpart is added.
      en: ['Statement of facts', 'Facts', 'Summary of facts', 'Summary of relevant facts', 'Summary of the facts', 'Summary of the relevant facts'],
      fr: ['Exposé des faits', 'Faits', 'Résumé des faits'],
      es: ['Exposición de los hechos', 'Hechos', 'Resumen de los hechos'],
      ar: ['بيان الوقائع', 'الوقائع', 'ملخص الوقائع'],
    },
    prompt: {
      en: 'Chronology of the case and of the national proceedings',
      fr: 'Chronologie de l’affaire et de la procédure nationale',
      es: 'Cronología del caso y del procedimiento nacional',
      ar: 'التسلسل الزمني للقضية والإجراءات الوطنية',
    },
  },
  {
    id: 'warrants',
    names: {
      en: ['Arrest warrant and judicial decisions', 'The warrant', 'The request', 'Warrants', 'Arrest warrant', 'Decision appealed'],
      fr: ['Mandat d’arrêt et décisions judiciaires', "Mandat d'arrêt et décisions judiciaires", 'Mandat d’arrêt', "Mandat d'arrêt", 'Décision attaquée'],
      es: ['Orden de detención y resoluciones judiciales', 'Orden de detención', 'Resolución recurrida'],
      ar: ['مذكرة التوقيف والقرارات القضائية', 'مذكرة التوقيف', 'القرار المطعون فيه'],
    },
    prompt: {
      en: 'Each warrant or decision by its id (W1): issuing authority, date, reference, status',
      fr: 'Chaque mandat ou décision par son identifiant (W1) : autorité, date, référence, statut',
      es: 'Cada orden o resolución por su identificador (W1): autoridad, fecha, referencia, estado',
      ar: 'كل مذكرة أو قرار بمعرّفه (W1): الجهة المصدرة، التاريخ، المرجع، الحالة',
    },
  },
  {
    id: 'rules-violated',
    names: {
      en: ['Rules violated', 'Grounds', 'Legal grounds', 'Grounds for deletion', 'Grounds for correction'],
      fr: ['Règles violées', 'Moyens', 'Moyens de droit'],
      es: ['Normas infringidas', 'Fundamentos', 'Fundamentos de derecho'],
      ar: ['القواعد المنتهكة', 'الأسباب', 'الأسباب القانونية'],
    },
    prompt: {
      en: "Each rule breached, cited precisely (e.g. Article 3 of INTERPOL's Constitution; Art. 83(2)(b)(i) RPD), and why",
      fr: "Chaque règle violée, citée précisément (p. ex. article 3 du Statut d'INTERPOL ; article 83 du RTD), et pourquoi",
      es: 'Cada norma infringida, citada con precisión (p. ej. artículo 3 del Estatuto de INTERPOL; artículo 83 del RTD), y por qué',
      ar: 'كل قاعدة منتهكة مع ذكرها بدقة (مثل المادة 3 من القانون الأساسي) وسبب الانتهاك',
    },
  },
  {
    id: 'bars',
    names: {
      en: ['Bars to extradition', 'Grounds of opposition', 'Grounds of appeal', 'Bars'],
      fr: ['Motifs de refus', "Moyens d'appel", 'Moyens d’appel', "Motifs d'opposition"],
      es: ['Motivos de denegación', 'Motivos de apelación', 'Motivos de oposición'],
      ar: ['موانع التسليم', 'أسباب الاستئناف'],
    },
    prompt: {
      en: 'Each bar or ground relied on, with its section or article (e.g. section 21 of the Extradition Act 2003; Article 3 ECHR)',
      fr: 'Chaque motif invoqué, avec son article (p. ex. article 3 de la CEDH ; article 9 de la Convention européenne d’extradition)',
      es: 'Cada motivo invocado, con su artículo (p. ej. artículo 3 del CEDH; artículo 9 del Convenio Europeo de Extradición)',
      ar: 'كل مانع أو سبب مع المادة التي يستند إليها (مثل المادة 3 من الاتفاقية الأوروبية لحقوق الإنسان)',
    },
    kindNames: {
      'extradition-appeal': { en: 'Grounds of appeal', fr: "Moyens d'appel", es: 'Motivos de apelación', ar: 'أسباب الاستئناف' },
    },
  },
  {
    id: 'new-fact',
    names: {
      en: ['New fact', 'New facts', 'Newly discovered fact'],
      fr: ['Fait nouveau', 'Faits nouveaux'],
      es: ['Hecho nuevo', 'Hechos nuevos'],
      ar: ['الواقعة الجديدة', 'الوقائع الجديدة'],
    },
    prompt: {
      en: 'The new fact, when it was discovered, and why it could have changed the decision',
      fr: 'Le fait nouveau, la date de sa découverte, et pourquoi il aurait pu changer la décision',
      es: 'El hecho nuevo, la fecha de su descubrimiento, y por qué habría podido cambiar la decisión',
      ar: 'الواقعة الجديدة وتاريخ اكتشافها وسبب تأثيرها المحتمل في القرار',
    },
  },
  {
    id: 'urgency',
    names: {
      en: ['Urgency', 'Provisional measures', 'Request for provisional measures'],
      fr: ['Urgence', 'Mesures provisoires'],
      es: ['Urgencia', 'Medidas provisionales'],
      ar: ['التدابير المؤقتة', 'الاستعجال'],
    },
    prompt: {
      en: 'Why the matter is urgent (imminent arrest or extradition, detention) and the measure asked for',
      fr: 'Pourquoi l’affaire est urgente (arrestation ou extradition imminente, détention) et la mesure demandée',
      es: 'Por qué el asunto es urgente (detención o extradición inminente) y la medida solicitada',
      ar: 'سبب الاستعجال (توقيف أو تسليم وشيك، احتجاز) والتدبير المطلوب',
    },
  },
  {
    id: 'delay',
    names: {
      en: ['Reasons for late service', 'Reasons for delay', 'Late service'],
      fr: ['Motifs du retard'],
      es: ['Motivos del retraso'],
      ar: ['أسباب التأخير'],
    },
    prompt: {
      en: 'Everything reasonably possible that was done to give the notice as soon as it could be given; for a late human-rights appeal, why it is needed to avoid real injustice and why the circumstances are exceptional',
      fr: 'Tout ce qui a été raisonnablement possible pour former l’appel dès qu’il pouvait l’être ; pour un appel tardif fondé sur les droits de l’homme, pourquoi il évite une injustice réelle et en quoi les circonstances sont exceptionnelles',
      es: 'Todo lo razonablemente posible que se hizo para presentar el escrito en cuanto se pudo; para una apelación tardía por derechos humanos, por qué evita una injusticia real y por qué las circunstancias son excepcionales',
      ar: 'كل ما أمكن فعله بصورة معقولة لتقديم الإخطار في أقرب وقت ممكن؛ وفي استئناف حقوق الإنسان المتأخر، لماذا هو ضروري لتفادي ظلم حقيقي ولماذا الظروف استثنائية',
    },
  },
  {
    id: 'relief',
    names: {
      en: ['Relief sought', 'Request', 'Requested measures', 'Conclusion', 'Orders sought'],
      fr: ['Par ces motifs', 'Demande', 'Mesures demandées', 'Conclusions'],
      es: ['Petitorio', 'Solicitud', 'Medidas solicitadas'],
      ar: ['الطلبات', 'الطلب'],
    },
    prompt: {
      en: 'What the Commission or the court is asked to do',
      fr: 'Ce qu’il est demandé à la Commission ou à la juridiction de faire',
      es: 'Lo que se solicita a la Comisión o al tribunal',
      ar: 'ما يُطلب من اللجنة أو المحكمة القيام به',
    },
  },
  {
    id: 'annexes',
    names: {
      en: ['Annexes', 'Exhibits', 'Supporting documents', 'Documents', 'List of exhibits'],
      fr: ['Annexes', 'Pièces jointes', 'Bordereau de pièces', 'Bordereau des pièces'],
      es: ['Anexos', 'Documentos adjuntos'],
      ar: ['المرفقات'],
    },
    prompt: {
      en: 'The exhibits, one per line, each cited as Exhibit A1',
      fr: 'Les pièces, une par ligne, chacune citée comme Pièce A1',
      es: 'Los anexos, uno por línea, cada uno citado como Anexo A1',
      ar: 'المرفقات، كل مرفق في سطر، ويُشار إليه بعبارة المرفق A1',
    },
  },
];

/** The heading the product writes for a section, in a kind and a language. */
export function sectionTitle(id: SectionId, kind: Kind | undefined, language: Language): string {
  const def = SECTION_BY_ID.get(id)!;
  return (kind && def.kindNames?.[kind]?.[language]) ?? def.names[language][0];
}

export const SECTION_BY_ID: ReadonlyMap<SectionId, SectionDef> = new Map(SECTIONS.map((s) => [s.id, s]));

/** The order sections appear in a well-formed submission; quick fixes insert by it. */
export const SECTION_ORDER: readonly SectionId[] = [
  'facts',
  'warrants',
  'rules-violated',
  'bars',
  'new-fact',
  'urgency',
  'delay',
  'relief',
  'annexes',
];

