// The words export adds to a document (title block, header, footer, annex list, signature), in
// INTERPOL's four working languages. Data only: adding a language means adding a column here.
import type { Kind, Language } from '../vocabulary';
import { writtenDate } from '../core/dates';

export interface ExportLabels {
  kinds: Record<Kind, string>;
  /** Addressee of a CCF request (extradition documents name their court from frontmatter). */
  ccf: string;
  applicant: string;
  requestedPerson: string;
  requestingState: string;
  representative: string;
  caseReference: string;
  noticeReference: string;
  court: string;
  date: string;
  /** "Page {page} of {pages}" split around the two numbers. */
  page: [before: string, between: string, after: string];
  confidential: string;
  draft: string;
  annexList: string;
  annexColumns: [number: string, document: string, date: string];
  /** "Done at {place}, on {date}"; parts with a missing value are left out. */
  doneAt: (place: string | undefined, date: string | undefined) => string;
  signature: string;
  /** Between items of a list written out in a line ("name, firm"). */
  comma: string;
}

export const LABELS: Record<Language, ExportLabels> = {
  en: {
    kinds: {
      'ccf-request': "Request to the Commission for the Control of INTERPOL's Files",
      'extradition-defence': 'Representations opposing extradition',
      'extradition-appeal': 'Notice of appeal against extradition',
    },
    ccf: "Commission for the Control of INTERPOL's Files (CCF)",
    applicant: 'Applicant',
    requestedPerson: 'Requested person',
    requestingState: 'Requesting State',
    representative: 'Represented by',
    caseReference: 'Case reference',
    noticeReference: 'INTERPOL reference',
    court: 'Court',
    date: 'Date',
    page: ['Page ', ' of ', ''],
    confidential: 'CONFIDENTIAL',
    draft: 'DRAFT — incomplete',
    annexList: 'List of annexes',
    annexColumns: ['No.', 'Document', 'Date'],
    doneAt: (place, date) => join(['Done', place && `at ${place}`, date && `on ${date}`], ' ', ','),
    signature: 'Signature',
    comma: ', ',
  },
  fr: {
    kinds: {
      'ccf-request': 'Requête à la Commission de contrôle des fichiers de l’OIPC-INTERPOL',
      'extradition-defence': 'Mémoire en défense — opposition à l’extradition',
      'extradition-appeal': 'Déclaration d’appel — extradition',
    },
    ccf: 'Commission de contrôle des fichiers de l’OIPC-INTERPOL (CCF)',
    applicant: 'Requérant',
    requestedPerson: 'Personne réclamée',
    requestingState: 'État requérant',
    representative: 'Représenté par',
    caseReference: 'Référence de l’affaire',
    noticeReference: 'Référence INTERPOL',
    court: 'Juridiction',
    date: 'Date',
    page: ['Page ', ' sur ', ''],
    confidential: 'CONFIDENTIEL',
    draft: 'PROJET — incomplet',
    annexList: 'Bordereau de pièces',
    annexColumns: ['N°', 'Pièce', 'Date'],
    doneAt: (place, date) => join(['Fait', place && `à ${place}`, date && `le ${date}`], ' ', ','),
    signature: 'Signature',
    comma: ', ',
  },
  es: {
    kinds: {
      'ccf-request': 'Solicitud a la Comisión de Control de los Ficheros de INTERPOL',
      'extradition-defence': 'Escrito de oposición a la extradición',
      'extradition-appeal': 'Recurso de apelación contra la extradición',
    },
    ccf: 'Comisión de Control de los Ficheros de INTERPOL (CCF)',
    applicant: 'Solicitante',
    requestedPerson: 'Persona reclamada',
    requestingState: 'Estado requirente',
    representative: 'Representado por',
    caseReference: 'Referencia del asunto',
    noticeReference: 'Referencia de INTERPOL',
    court: 'Tribunal',
    date: 'Fecha',
    page: ['Página ', ' de ', ''],
    confidential: 'CONFIDENCIAL',
    draft: 'BORRADOR — incompleto',
    annexList: 'Lista de anexos',
    annexColumns: ['N.º', 'Documento', 'Fecha'],
    doneAt: (place, date) => join(['Hecho', place && `en ${place}`, date && `el ${date}`], ' ', ','),
    signature: 'Firma',
    comma: ', ',
  },
  ar: {
    kinds: {
      'ccf-request': 'طلب إلى لجنة الرقابة على محفوظات الإنتربول',
      'extradition-defence': 'مذكرة دفاع ضد طلب التسليم',
      'extradition-appeal': 'مذكرة استئناف ضد قرار التسليم',
    },
    ccf: 'لجنة الرقابة على محفوظات الإنتربول',
    applicant: 'مقدم الطلب',
    requestedPerson: 'الشخص المطلوب تسليمه',
    requestingState: 'الدولة الطالبة',
    representative: 'يمثله',
    caseReference: 'مرجع القضية',
    noticeReference: 'مرجع الإنتربول',
    court: 'المحكمة',
    date: 'التاريخ',
    page: ['الصفحة ', ' من ', ''],
    confidential: 'سري',
    draft: 'مسودة — غير مكتملة',
    annexList: 'قائمة المرفقات',
    annexColumns: ['رقم', 'المستند', 'التاريخ'],
    doneAt: (place, date) => join(['حُرّر', place && `في ${place}`, date && `بتاريخ ${date}`], ' ', '،'),
    signature: 'التوقيع',
    comma: '، ',
  },
};

/** "Done at Lyon, on 3 May 2025": the first part, then the others separated by the comma. */
function join(parts: (string | undefined | false | '')[], space: string, comma: string): string {
  const [head, ...rest] = parts;
  const given = rest.filter((p): p is string => typeof p === 'string' && p.length > 0);
  if (given.length === 0) return '';
  return `${head}${space}${given.join(`${comma}${space}`)}`;
}

/** The draft marking: always carries the English words, so a reviewer in any language sees it. */
export function draftMarking(language: Language): string {
  const local = LABELS[language].draft;
  const en = LABELS.en.draft;
  return local === en ? en : `${local} / ${en}`;
}

/** An ISO date ("2025-03-14") written out in the document's language; anything else as given. */
export function formatDate(value: unknown, language: Language): string | undefined {
  if (value instanceof Date) return writtenDate(value, language);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return writtenDate(value.trim(), language);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
}

