// What the product writes when it adds something for the user: frontmatter key skeletons
// (quick fixes, templates) and the titles of quick fixes. Prompts are in {{double braces}} and
// quoted, so the YAML stays valid and the checks keep flagging them until they are filled in.
import type { Kind, Language, Localized } from '../vocabulary';

/**
 * YAML for a key, as lines relative to the key's own indentation, where the product writes more
 * than the key table says (core/skeletons.ts derives the rest). Looked up by path, then by the
 * key's own name. `{{@name}}` stands for the prompt PROMPTS.name in the document's language; keys
 * and enumerated values stay in English, since they are the format's vocabulary, not prose.
 */
export const KEY_SKELETONS: Record<string, string[]> = {
  title: ['title: "{{@title}}"'],
  date: ['date: "{{@ymd}}"'],
  request: ['request: "{{@requestTypes}}"'],
  applicant: [
    'applicant:',
    '  name: "{{@fullNameAsInId}}"',
    '  date_of_birth: "{{@ymd}}"',
    '  nationality: "{{@nationality}}"',
    '  identity_document: "{{@idDocumentExhibit}}"',
  ],
  name: ['name: "{{@fullName}}"'],
  date_of_birth: ['date_of_birth: "{{@ymd}}"'],
  nationality: ['nationality: "{{@nationality}}"'],
  identity_document: ['identity_document: "{{@idDocumentExhibit}}"'],
  registration_document: ['registration_document: "{{@registrationExhibit}}"'],
  signatory_authority: ['signatory_authority: "{{@signatoryAuthorityExhibit}}"'],
  relationship_document: ['relationship_document: "{{@relationshipExhibit}}"'],
  representative: [
    'representative:',
    '  name: "{{@counselName}}"',
    '  firm: "{{@firm}}"',
    '  address: "{{@address}}"',
    '  email: "{{@email}}"',
    '  power_of_attorney: "{{@powerOfAttorneyExhibit}}"',
  ],
  power_of_attorney: ['power_of_attorney: "{{@powerOfAttorneyExhibit}}"'],
  signed: ['signed:', '  by: "{{@signatory}}"', '  date: "{{@ymd}}"', '  place: "{{@place}}"'],
  by: ['by: "{{@signatory}}"'],
  place: ['place: "{{@place}}"'],
  data: ['data:', '  - type: red-notice', '    country: "{{@noticeCountry}}"', '    reference: "{{@noticeReference}}"'],
  new_fact_discovered: ['new_fact_discovered: "{{@ymd}}"'],
  warrants: [
    'warrants:',
    '  - id: W1',
    '    authority: "{{@issuingAuthority}}"',
    '    date: "{{@ymd}}"',
    '    reference: "{{@reference}}"',
  ],
  exhibits: ['exhibits:', '  - id: A1', '    title: "{{@documentTitle}}"'],
  court: ['court: "{{@court}}"'],
  case_reference: ['case_reference: "{{@caseReference}}"'],
  language: ['language: en'],
  requested_person: ['requested_person:', '  name: "{{@fullName}}"', '  date_of_birth: "{{@ymd}}"', '  nationality: "{{@nationality}}"'],
  requesting_state: ['requesting_state: "{{@requestingState}}"'],
  regime: ['regime: "{{@regimes}}"'],
  arrest_date: ['arrest_date: "{{@ymd}}"'],
  decision: ['decision:', '  description: "{{@decisionAppealed}}"', '  date: "{{@ymd}}"'],
  description: ['description: "{{@decisionAppealed}}"'],
  served_on: ['served_on:', '  - "{{@personServed}}"'],
};

/** The prompts the product writes, in each language; {id} is filled in where given. */
export const PROMPTS = {
  title: { en: 'Title of the submission', fr: 'Intitulé de l’acte', es: 'Título del escrito', ar: 'عنوان المذكرة' },
  ymd: { en: 'YYYY-MM-DD', fr: 'AAAA-MM-JJ', es: 'AAAA-MM-DD', ar: 'YYYY-MM-DD' },
  requestTypes: {
    en: 'access, correction, deletion or revision',
    fr: 'access, correction, deletion ou revision',
    es: 'access, correction, deletion o revision',
    ar: 'access أو correction أو deletion أو revision',
  },
  fullNameAsInId: {
    en: 'Full name as in the identity document',
    fr: 'Nom complet tel qu’il figure sur la pièce d’identité',
    es: 'Nombre completo tal como figura en el documento de identidad',
    ar: 'الاسم الكامل كما ورد في وثيقة الهوية',
  },
  fullName: { en: 'Full name', fr: 'Nom complet', es: 'Nombre completo', ar: 'الاسم الكامل' },
  nationality: { en: 'Nationality', fr: 'Nationalité', es: 'Nacionalidad', ar: 'الجنسية' },
  idDocumentExhibit: {
    en: 'Exhibit id of the passport or identity card',
    fr: 'Numéro de la pièce : passeport ou carte d’identité',
    es: 'Número del anexo: pasaporte o documento de identidad',
    ar: 'رقم المرفق: جواز السفر أو بطاقة الهوية',
  },
  registrationExhibit: {
    en: 'Exhibit id of the registration extract',
    fr: 'Numéro de la pièce : extrait d’immatriculation',
    es: 'Número del anexo: extracto del registro',
    ar: 'رقم المرفق: مستخرج السجل',
  },
  signatoryAuthorityExhibit: {
    en: 'Exhibit id of the proof of the signatory’s authority',
    fr: 'Numéro de la pièce : justificatif du pouvoir du signataire',
    es: 'Número del anexo: prueba de las facultades del firmante',
    ar: 'رقم المرفق: ما يثبت صلاحية الموقّع',
  },
  relationshipExhibit: {
    en: 'Exhibit id of the birth certificate',
    fr: 'Numéro de la pièce : acte de naissance',
    es: 'Número del anexo: partida de nacimiento',
    ar: 'رقم المرفق: شهادة الميلاد',
  },
  counselName: { en: 'Name of counsel', fr: 'Nom de l’avocat', es: 'Nombre del abogado', ar: 'اسم المحامي' },
  firm: { en: 'Firm', fr: 'Cabinet', es: 'Despacho', ar: 'مكتب المحاماة' },
  address: { en: 'Address', fr: 'Adresse', es: 'Dirección', ar: 'العنوان' },
  email: { en: 'E-mail', fr: 'Courriel', es: 'Correo electrónico', ar: 'البريد الإلكتروني' },
  powerOfAttorneyExhibit: {
    en: 'Exhibit id of the signed power of attorney',
    fr: 'Numéro de la pièce : pouvoir signé',
    es: 'Número del anexo: poder firmado',
    ar: 'رقم المرفق: التوكيل الموقّع',
  },
  signatory: { en: 'Name of the signatory', fr: 'Nom du signataire', es: 'Nombre del firmante', ar: 'اسم الموقّع' },
  place: { en: 'Place', fr: 'Lieu', es: 'Lugar', ar: 'المكان' },
  noticeCountry: {
    en: 'Country that sought the notice',
    fr: 'Pays à l’origine de la notice',
    es: 'País que solicitó la notificación',
    ar: 'البلد الذي طلب النشرة',
  },
  noticeReference: {
    en: 'Notice reference, if known',
    fr: 'Référence de la notice, si elle est connue',
    es: 'Referencia de la notificación, si se conoce',
    ar: 'رقم النشرة إن كان معروفاً',
  },
  issuingAuthority: {
    en: 'Issuing court or authority',
    fr: 'Juridiction ou autorité qui l’a émis',
    es: 'Tribunal o autoridad que la dictó',
    ar: 'المحكمة أو السلطة المُصدِرة',
  },
  reference: { en: 'Reference', fr: 'Référence', es: 'Referencia', ar: 'المرجع' },
  documentTitle: { en: 'Title of the document', fr: 'Intitulé de la pièce', es: 'Título del documento', ar: 'عنوان المستند' },
  court: { en: 'Court', fr: 'Juridiction', es: 'Tribunal', ar: 'المحكمة' },
  caseReference: { en: 'Case reference', fr: 'Numéro de l’affaire', es: 'Número de asunto', ar: 'رقم القضية' },
  requestingState: { en: 'Requesting state', fr: 'État requérant', es: 'Estado requirente', ar: 'الدولة الطالبة' },
  regimes: {
    en: 'uk-part-1, uk-part-2, ece or other',
    fr: 'uk-part-1, uk-part-2, ece ou other',
    es: 'uk-part-1, uk-part-2, ece o other',
    ar: 'uk-part-1 أو uk-part-2 أو ece أو other',
  },
  decisionAppealed: { en: 'Decision appealed against', fr: 'Décision attaquée', es: 'Resolución recurrida', ar: 'القرار المطعون فيه' },
  personServed: {
    en: 'Person or body served',
    fr: 'Personne ou autorité à qui l’acte a été signifié',
    es: 'Persona u órgano notificado',
    ar: 'الشخص أو الجهة المبلَّغة',
  },
  passportTitle: {
    en: 'Passport or identity card of the applicant',
    fr: 'Passeport ou carte d’identité du requérant',
    es: 'Pasaporte o documento de identidad del solicitante',
    ar: 'جواز سفر مقدّم الطلب أو بطاقة هويته',
  },
  powerOfAttorneyTitle: { en: 'Signed power of attorney', fr: 'Pouvoir signé', es: 'Poder firmado', ar: 'التوكيل الموقّع' },
  decisionOrWarrantTitle: { en: 'Decision or warrant', fr: 'Décision ou mandat', es: 'Resolución u orden de detención', ar: 'القرار أو أمر القبض' },
  ccfDecisionReference: {
    en: 'Reference of the CCF decision',
    fr: 'Référence de la décision de la CCF',
    es: 'Referencia de la decisión de la CCF',
    ar: 'مرجع قرار اللجنة',
  },
  exhibitTitle: { en: 'Title of exhibit {id}', fr: 'Intitulé de la pièce {id}', es: 'Título del anexo {id}', ar: 'عنوان المرفق {id}' },
} satisfies Record<string, Localized>;

export type PromptId = keyof typeof PROMPTS;

/** A prompt in braces, as the checks recognise it (FMT-PLACEHOLDER). */
export function prompt(id: PromptId, language: Language, vars: Record<string, string> = {}): string {
  return `{{${PROMPTS[id][language].replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m)}}}`;
}

export const FIX_TITLES = {
  insertSection: { en: 'Insert the “{name}” section', fr: 'Insérer la section « {name} »', es: 'Insertar la sección «{name}»', ar: 'إدراج قسم «{name}»' },
  addKey: { en: 'Add “{key}” to the frontmatter', fr: 'Ajouter « {key} » au frontmatter', es: 'Añadir «{key}» al frontmatter', ar: 'إضافة «{key}» إلى الترويسة' },
  declareExhibit: { en: 'Declare exhibit {id} under “exhibits”', fr: 'Déclarer la pièce {id} sous « exhibits »', es: 'Declarar el anexo {id} en «exhibits»', ar: 'إعلان المرفق {id} ضمن «exhibits»' },
  renameKey: { en: 'Rename to “{to}”', fr: 'Renommer en « {to} »', es: 'Cambiar a «{to}»', ar: 'إعادة التسمية إلى «{to}»' },
  blankLineBefore: { en: 'Start paragraph {written} here (blank line before)', fr: 'Commencer ici le paragraphe {written} (ligne vide avant)', es: 'Empezar aquí el párrafo {written} (línea en blanco antes)', ar: 'بدء الفقرة {written} هنا (سطر فارغ قبلها)' },
} satisfies Record<string, Localized>;

/** Exhibit citation word per language, for annex lists the product writes. */
export const EXHIBIT_WORD: Localized = { en: 'Exhibit', fr: 'Pièce', es: 'Anexo', ar: 'المرفق' };

export const ANNEX_ITEM_PROMPT: Localized = {
  en: 'Title and date of the document',
  fr: 'Intitulé et date de la pièce',
  es: 'Título y fecha del documento',
  ar: 'عنوان المستند وتاريخه',
};

export const DOCUMENT_TITLES: Record<Kind, Localized> = {
  'ccf-request': {
    en: 'Request to the Commission for the Control of INTERPOL’s Files',
    fr: 'Requête à la Commission de contrôle des fichiers d’INTERPOL',
    es: 'Solicitud a la Comisión de Control de los Ficheros de INTERPOL',
    ar: 'طلب إلى لجنة الرقابة على محفوظات الإنتربول',
  },
  'extradition-defence': {
    en: 'Representations on behalf of the requested person',
    fr: 'Conclusions pour la personne réclamée',
    es: 'Escrito en nombre de la persona reclamada',
    ar: 'مذكرة باسم الشخص المطلوب تسليمه',
  },
  'extradition-appeal': {
    en: 'Appeal notice',
    fr: 'Acte d’appel',
    es: 'Escrito de apelación',
    ar: 'إخطار الاستئناف',
  },
};

