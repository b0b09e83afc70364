// What the product writes when it adds something for the user: frontmatter key skeletons
// (quick fixes, templates) and the titles of quick fixes. Prompts are in {{double braces}} and
// quoted, so the YAML stays valid and the checks keep flagging them until they are filled in.
import type { Kind, Localized } from '../core/model';

/** YAML for a key, as lines relative to the key's own indentation. */
export const KEY_SKELETONS: Record<string, string[]> = {
  language: ['language: en'],
  title: ['title: "{{Title of the submission}}"'],
  date: ['date: "{{YYYY-MM-DD}}"'],
  request: ['request: "{{access, correction, deletion or revision}}"'],
  applicant: [
    'applicant:',
    '  name: "{{Full name as in the identity document}}"',
    '  date_of_birth: "{{YYYY-MM-DD}}"',
    '  nationality: "{{Nationality}}"',
    '  identity_document: "{{Exhibit id of the passport or identity card}}"',
  ],
  name: ['name: "{{Full name}}"'],
  date_of_birth: ['date_of_birth: "{{YYYY-MM-DD}}"'],
  nationality: ['nationality: "{{Nationality}}"'],
  identity_document: ['identity_document: "{{Exhibit id of the passport or identity card}}"'],
  registration_document: ['registration_document: "{{Exhibit id of the registration extract}}"'],
  signatory_authority: ['signatory_authority: "{{Exhibit id of the proof of the signatory’s authority}}"'],
  relationship_document: ['relationship_document: "{{Exhibit id of the birth certificate}}"'],
  representative: [
    'representative:',
    '  name: "{{Name of counsel}}"',
    '  firm: "{{Firm}}"',
    '  address: "{{Address}}"',
    '  email: "{{E-mail}}"',
    '  power_of_attorney: "{{Exhibit id of the signed power of attorney}}"',
  ],
  power_of_attorney: ['power_of_attorney: "{{Exhibit id of the signed power of attorney}}"'],
  signed: ['signed:', '  by: "{{Name of the signatory}}"', '  date: "{{YYYY-MM-DD}}"', '  place: "{{Place}}"'],
  by: ['by: "{{Name of the signatory}}"'],
  place: ['place: "{{Place}}"'],
  data: ['data:', '  - type: red-notice', '    country: "{{Country that sought the notice}}"', '    reference: "{{Notice reference, if known}}"'],
  new_fact_discovered: ['new_fact_discovered: "{{YYYY-MM-DD}}"'],
  warrants: [
    'warrants:',
    '  - id: W1',
    '    type: arrest-warrant',
    '    authority: "{{Issuing court or authority}}"',
    '    date: "{{YYYY-MM-DD}}"',
    '    reference: "{{Reference}}"',
    '    status: active',
  ],
  exhibits: ['exhibits:', '  - id: A1', '    title: "{{Title of the document}}"'],
  court: ['court: "{{Court}}"'],
  case_reference: ['case_reference: "{{Case reference}}"'],
  requested_person: ['requested_person:', '  name: "{{Full name}}"', '  date_of_birth: "{{YYYY-MM-DD}}"', '  nationality: "{{Nationality}}"'],
  requesting_state: ['requesting_state: "{{Requesting state}}"'],
  regime: ['regime: "{{uk-part-1, uk-part-2, ece or other}}"'],
  arrest_date: ['arrest_date: "{{YYYY-MM-DD}}"'],
  decision: ['decision:', '  description: "{{Decision appealed against}}"', '  date: "{{YYYY-MM-DD}}"'],
  description: ['description: "{{Decision appealed against}}"'],
  served_on: ['served_on:', '  - "{{Person or body served}}"'],
};

/** Frontmatter keys a new document of each kind starts with, in order. */
export const TEMPLATE_KEYS: Record<Kind, string[]> = {
  'ccf-request': ['applicant', 'representative', 'data', 'warrants', 'exhibits', 'signed'],
  'extradition-defence': ['court', 'case_reference', 'requested_person', 'requesting_state', 'regime', 'representative', 'warrants', 'exhibits'],
  'extradition-appeal': ['court', 'case_reference', 'requested_person', 'requesting_state', 'regime', 'arrest_date', 'decision', 'served_on', 'representative', 'warrants', 'exhibits'],
};

export const FIX_TITLES = {
  insertSection: { en: 'Insert the “{name}” section', fr: 'Insérer la section « {name} »', es: 'Insertar la sección «{name}»', ar: 'إدراج قسم «{name}»' },
  addKey: { en: 'Add “{key}” to the frontmatter', fr: 'Ajouter « {key} » au frontmatter', es: 'Añadir «{key}» al frontmatter', ar: 'إضافة «{key}» إلى الترويسة' },
  declareExhibit: { en: 'Declare exhibit {id} under “exhibits”', fr: 'Déclarer la pièce {id} sous « exhibits »', es: 'Declarar el anexo {id} en «exhibits»', ar: 'إعلان المرفق {id} ضمن «exhibits»' },
  renameKey: { en: 'Rename to “{to}”', fr: 'Renommer en « {to} »', es: 'Cambiar a «{to}»', ar: 'إعادة التسمية إلى «{to}»' },
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
