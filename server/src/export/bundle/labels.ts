// The words a filing bundle adds (index, dividers, placeholders, file names of a split bundle), in
// INTERPOL's four working languages. Data only: a language is a column here.
import type { Kind, Language, Localized } from '../../vocabulary';

export interface BundleLabels {
  /** Title of the index page. */
  index: string;
  /** Index columns: tab, document, date, pages. */
  columns: [tab: string, document: string, date: string, pages: string];
  /** "Exhibit" before an exhibit id, by kind: a CCF request has annexes, a court bundle exhibits. */
  exhibit: Record<'ccf' | 'court', string>;
  /** The index's note on an exhibit left out with --skip-missing. */
  notIncluded: string;
  /** Placeholder page: the heading, then the reason. */
  placeholder: string;
  /** A page range in the index: "12–15"; a single page: "12". */
  range: (first: string, last: string) => string;
  /** Added after an exhibit citation in the bundled submission: ", p. 45". */
  citationPage: (page: string) => string;
  /** The submission's file name in a split bundle ("01 Request.pdf"). */
  submissionFile: Record<Kind, string>;
}

export const BUNDLE_LABELS: Record<Language, BundleLabels> = {
  en: {
    index: 'Index',
    columns: ['Tab', 'Document', 'Date', 'Pages'],
    exhibit: { ccf: 'Annex', court: 'Exhibit' },
    notIncluded: 'not included',
    placeholder: 'This document is not included in the bundle.',
    range: (a, b) => (a === b ? a : `${a}–${b}`),
    citationPage: (n) => `, p. ${n}`,
    submissionFile: { 'ccf-request': 'Request', 'extradition-defence': 'Representations', 'extradition-appeal': 'Notice of appeal' },
  },
  fr: {
    index: 'Bordereau',
    columns: ['Onglet', 'Document', 'Date', 'Pages'],
    exhibit: { ccf: 'Annexe', court: 'Pièce' },
    notIncluded: 'non jointe',
    placeholder: 'Ce document n’est pas joint au dossier.',
    range: (a, b) => (a === b ? a : `${a}–${b}`),
    citationPage: (n) => `, p. ${n}`,
    submissionFile: { 'ccf-request': 'Requête', 'extradition-defence': 'Mémoire en défense', 'extradition-appeal': 'Déclaration d’appel' },
  },
  es: {
    index: 'Índice',
    columns: ['Pestaña', 'Documento', 'Fecha', 'Páginas'],
    exhibit: { ccf: 'Anexo', court: 'Anexo' },
    notIncluded: 'no incluido',
    placeholder: 'Este documento no se incluye en el legajo.',
    range: (a, b) => (a === b ? a : `${a}–${b}`),
    citationPage: (n) => `, pág. ${n}`,
    submissionFile: { 'ccf-request': 'Solicitud', 'extradition-defence': 'Escrito de oposición', 'extradition-appeal': 'Recurso de apelación' },
  },
  ar: {
    index: 'الفهرس',
    columns: ['الرقم', 'المستند', 'التاريخ', 'الصفحات'],
    exhibit: { ccf: 'المرفق', court: 'المرفق' },
    notIncluded: 'غير مرفق',
    placeholder: 'هذا المستند غير مرفق بالملف.',
    range: (a, b) => (a === b ? a : `${a}–${b}`),
    citationPage: (n) => `، ص ${n}`,
    submissionFile: { 'ccf-request': 'الطلب', 'extradition-defence': 'مذكرة الدفاع', 'extradition-appeal': 'مذكرة الاستئناف' },
  },
};

/** "Exhibit A3" / "Annexe A3" / "المرفق A3". */
export function exhibitName(language: Language, kind: Kind | undefined, id: string): string {
  const word = BUNDLE_LABELS[language].exhibit[kind === 'ccf-request' ? 'ccf' : 'court'];
  return `${word} ${id}`;
}

/** Why an exhibit could not be put in the bundle: what the user reads, in the document's language. */
export type ExhibitProblemReason = 'no-file' | 'not-found' | 'unreadable' | 'encrypted' | 'corrupt' | 'unsupported' | 'too-large' | 'empty';

export const PROBLEM_TEXT: Record<ExhibitProblemReason, Localized> = {
  'no-file': {
    en: 'no file is declared for it: add “file:” with the path of the PDF or scan to its entry under “exhibits:”',
    fr: 'aucun fichier n’est déclaré : ajoutez « file: » avec le chemin du PDF ou du scan à son entrée sous « exhibits: »',
    es: 'no se declara ningún archivo: añada «file:» con la ruta del PDF o del escaneo a su entrada en «exhibits:»',
    ar: 'لم يُحدَّد له ملف: أضف «file:» مع مسار ملف PDF أو الصورة الممسوحة إلى مدخله تحت «exhibits:»',
  },
  'not-found': {
    en: 'the file {file} does not exist (the path is taken from the submission’s folder)',
    fr: 'le fichier {file} n’existe pas (le chemin part du dossier de la requête)',
    es: 'el archivo {file} no existe (la ruta parte de la carpeta del escrito)',
    ar: 'الملف {file} غير موجود (يُحسب المسار من مجلد المذكرة)',
  },
  unreadable: {
    en: 'the file {file} cannot be read ({detail})',
    fr: 'le fichier {file} ne peut pas être lu ({detail})',
    es: 'el archivo {file} no se puede leer ({detail})',
    ar: 'تعذّرت قراءة الملف {file} ({detail})',
  },
  encrypted: {
    en: 'the PDF {file} is protected by a password: save an unprotected copy (print to PDF) and point “file:” at it',
    fr: 'le PDF {file} est protégé par un mot de passe : enregistrez-en une copie non protégée (impression en PDF) et indiquez-la dans « file: »',
    es: 'el PDF {file} está protegido con contraseña: guarde una copia sin protección (imprimir en PDF) e indíquela en «file:»',
    ar: 'ملف PDF {file} محمي بكلمة مرور: احفظ نسخة غير محمية (الطباعة إلى PDF) وضع مسارها في «file:»',
  },
  corrupt: {
    en: 'the file {file} is damaged or incomplete ({detail}): a copied or downloaded file may have been cut short; get it again',
    fr: 'le fichier {file} est endommagé ou incomplet ({detail}) : une copie ou un téléchargement a pu être interrompu ; récupérez-le à nouveau',
    es: 'el archivo {file} está dañado o incompleto ({detail}): una copia o descarga pudo interrumpirse; obténgalo de nuevo',
    ar: 'الملف {file} تالف أو ناقص ({detail}): ربما انقطع نسخه أو تنزيله؛ احصل عليه من جديد',
  },
  unsupported: {
    en: 'the file {file} is not a PDF, JPEG or PNG: convert it to PDF first',
    fr: 'le fichier {file} n’est ni un PDF, ni un JPEG, ni un PNG : convertissez-le d’abord en PDF',
    es: 'el archivo {file} no es un PDF, JPEG ni PNG: conviértalo antes a PDF',
    ar: 'الملف {file} ليس PDF ولا JPEG ولا PNG: حوّله أولاً إلى PDF',
  },
  'too-large': {
    en: 'the image {file} is too large to place on a page ({detail}): scan it again at 300 dpi, or save it as a PDF',
    fr: 'l’image {file} est trop grande pour être placée sur une page ({detail}) : numérisez-la à 300 dpi ou enregistrez-la en PDF',
    es: 'la imagen {file} es demasiado grande para colocarla en una página ({detail}): escanéela a 300 ppp o guárdela como PDF',
    ar: 'الصورة {file} أكبر من أن توضع في صفحة ({detail}): امسحها ضوئياً بدقة 300 نقطة في البوصة أو احفظها بصيغة PDF',
  },
  empty: {
    en: 'the PDF {file} has no pages',
    fr: 'le PDF {file} ne contient aucune page',
    es: 'el PDF {file} no tiene páginas',
    ar: 'ملف PDF {file} لا يحتوي على صفحات',
  },
};

export function problemText(language: Language, reason: ExhibitProblemReason, file: string | undefined, detail?: string): string {
  return fill(PROBLEM_TEXT[reason][language], { file: file ?? '', detail: detail ?? '' });
}

/** What the user should know that does not stop the bundle. */
export const WARNING_TEXT: Record<'restricted' | 'citationPagesUnavailable' | 'citationPagesUnstable', Localized> = {
  restricted: {
    en: '{exhibit}: the PDF {file} is protected against changes but opens without a password; its pages were included as they are',
    fr: '{exhibit} : le PDF {file} est protégé contre les modifications mais s’ouvre sans mot de passe ; ses pages ont été jointes telles quelles',
    es: '{exhibit}: el PDF {file} está protegido contra cambios pero se abre sin contraseña; sus páginas se incluyeron tal cual',
    ar: '{exhibit}: ملف PDF {file} محمي من التعديل لكنه يُفتح دون كلمة مرور؛ أُدرجت صفحاته كما هي',
  },
  citationPagesUnavailable: {
    en: 'Bundle page numbers after exhibit citations are not available in this version: the submission was bundled without them',
    fr: 'Les numéros de page du dossier après les renvois aux pièces ne sont pas disponibles dans cette version : la requête a été jointe sans eux',
    es: 'Los números de página del legajo tras las referencias a los anexos no están disponibles en esta versión: el escrito se incluyó sin ellos',
    ar: 'أرقام صفحات الملف بعد الإحالات إلى المرفقات غير متاحة في هذا الإصدار: أُدرجت المذكرة دونها',
  },
  citationPagesUnstable: {
    en: 'Adding page numbers after exhibit citations kept changing the submission’s length: the submission was bundled without them, so that no number is wrong',
    fr: 'L’ajout des numéros de page après les renvois aux pièces modifiait sans cesse la longueur de la requête : elle a été jointe sans eux, pour qu’aucun numéro ne soit faux',
    es: 'Añadir los números de página tras las referencias a los anexos cambiaba sin cesar la longitud del escrito: se incluyó sin ellos, para que ningún número sea erróneo',
    ar: 'كانت إضافة أرقام الصفحات بعد الإحالات إلى المرفقات تغيّر طول المذكرة باستمرار: أُدرجت دونها حتى لا يكون أي رقم خاطئاً',
  },
};

export function warningText(language: Language, key: keyof typeof WARNING_TEXT, values: { exhibit?: string; file?: string } = {}): string {
  return fill(WARNING_TEXT[key][language], values);
}

/** The outcome of a bundle request, as the CLI and the editor say it. */
export const OUTCOME_TEXT: Record<'notSubmission' | 'hasErrors' | 'exhibits' | 'skipHint' | 'exists' | 'overSource' | 'overExhibit' | 'cancelled' | 'overLimit', Localized> = {
  notSubmission: {
    en: 'This file is not a submission: its frontmatter has no “submission:” key.',
    fr: 'Ce fichier n’est pas une requête : son en-tête n’a pas de clé « submission: ».',
    es: 'Este archivo no es un escrito: su encabezado no tiene la clave «submission:».',
    ar: 'هذا الملف ليس مذكرة: لا يحتوي رأسه على المفتاح «submission:».',
  },
  hasErrors: {
    en: 'The submission still has {n} error(s): a required element is missing or invalid. Fix them first, or build the bundle anyway as a draft marked “DRAFT” on every page.',
    fr: 'La requête comporte encore {n} erreur(s) : un élément requis manque ou n’est pas valable. Corrigez-les d’abord, ou constituez quand même le dossier comme projet, marqué « PROJET » sur chaque page.',
    es: 'El escrito aún tiene {n} error(es): falta un elemento obligatorio o no es válido. Corríjalos primero, o genere igualmente el legajo como borrador, marcado «BORRADOR» en cada página.',
    ar: 'لا تزال المذكرة تتضمن {n} خطأ: عنصر مطلوب ناقص أو غير صالح. صحّحها أولاً، أو أنشئ الملف رغم ذلك كمسودة تحمل كلمة «مسودة» على كل صفحة.',
  },
  exhibits: {
    en: 'The bundle was not built: {n} exhibit(s) cannot be included.',
    fr: 'Le dossier n’a pas été constitué : {n} pièce(s) ne peuvent pas être jointes.',
    es: 'El legajo no se generó: {n} anexo(s) no pueden incluirse.',
    ar: 'لم يُنشأ الملف: تعذّر إدراج {n} من المرفقات.',
  },
  skipHint: {
    en: 'Fix the files, or build the bundle with a placeholder page for each of them.',
    fr: 'Corrigez les fichiers, ou constituez le dossier avec une page d’attente pour chacun d’eux.',
    es: 'Corrija los archivos, o genere el legajo con una página provisional para cada uno.',
    ar: 'صحّح الملفات، أو أنشئ الملف مع صفحة بديلة لكل منها.',
  },
  exists: {
    en: '{file} already exists.',
    fr: '{file} existe déjà.',
    es: '{file} ya existe.',
    ar: '{file} موجود بالفعل.',
  },
  overSource: {
    en: 'The bundle would replace the submission itself; choose another file name.',
    fr: 'Le dossier remplacerait la requête elle-même ; choisissez un autre nom de fichier.',
    es: 'El legajo sustituiría al propio escrito; elija otro nombre de archivo.',
    ar: 'سيحلّ الملف محل المذكرة نفسها؛ اختر اسماً آخر للملف.',
  },
  overExhibit: {
    en: 'The bundle would replace the file of {exhibit} ({file}); choose another file name.',
    fr: 'Le dossier remplacerait le fichier de la {exhibit} ({file}) ; choisissez un autre nom de fichier.',
    es: 'El legajo sustituiría al archivo del {exhibit} ({file}); elija otro nombre de archivo.',
    ar: 'سيحلّ الملف محل ملف {exhibit} ({file})؛ اختر اسماً آخر للملف.',
  },
  cancelled: {
    en: 'The bundle was cancelled; nothing was written.',
    fr: 'La constitution du dossier a été annulée ; rien n’a été écrit.',
    es: 'Se canceló el legajo; no se escribió nada.',
    ar: 'أُلغي إنشاء الملف؛ لم يُكتب أي شيء.',
  },
  // The CCF portal's own size limit is not known from its User Guide (catalogue F-03, S06: U).
  overLimit: {
    en: '{file} is {size} MB, over the limit of {limit} MB set for uploads (submission.bundle.splitSizeLimitMb); the portal may refuse it. The CCF portal’s own limit is not confirmed: check its User Guide.',
    fr: '{file} pèse {size} Mo, au-delà de la limite de {limit} Mo fixée pour les envois (submission.bundle.splitSizeLimitMb) ; le portail peut le refuser. La limite propre au portail de la CCF n’est pas confirmée : consultez son guide d’utilisation.',
    es: '{file} ocupa {size} MB, más del límite de {limit} MB fijado para los envíos (submission.bundle.splitSizeLimitMb); el portal puede rechazarlo. El límite propio del portal de la CCF no está confirmado: consulte su guía de usuario.',
    ar: 'حجم {file} هو {size} ميغابايت، أي أكثر من الحد المحدد للتحميل وهو {limit} ميغابايت (submission.bundle.splitSizeLimitMb)؛ قد يرفضه البوابة. الحد الخاص ببوابة اللجنة غير مؤكد: راجع دليل المستخدم.',
  },
};

export function outcomeText(language: Language, key: keyof typeof OUTCOME_TEXT, values: Record<string, string | number> = {}): string {
  return fill(OUTCOME_TEXT[key][language], values);
}

/** A text with its {names} replaced by their values. */
function fill(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (values[k] !== undefined ? String(values[k]) : m));
}
