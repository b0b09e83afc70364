// What the language server shows besides diagnostics (the outline's labels, hovers), in each
// language: the compiler finds every place a new language must fill.
import type { Language, Localized } from '../vocabulary';

export const OUTLINE = {
  required: { en: 'required ✓', fr: 'obligatoire ✓', es: 'obligatoria ✓', ar: 'مطلوب ✓' },
  requiredEmpty: { en: 'required — empty', fr: 'obligatoire — vide', es: 'obligatoria — vacía', ar: 'مطلوب — فارغ' },
  requiredMissing: { en: 'required — missing', fr: 'obligatoire — manquante', es: 'obligatoria — falta', ar: 'مطلوب — غير موجود' },
  warrants: { en: 'Warrants and decisions', fr: 'Mandats et décisions', es: 'Órdenes y resoluciones', ar: 'المذكرات والقرارات' },
  exhibits: { en: 'Exhibits', fr: 'Pièces', es: 'Anexos', ar: 'المرفقات' },
} satisfies Record<string, Localized>;

/** How far a provision's summary can be trusted: the catalogue's status codes (P, S, U). */
export const SOURCE_STATUS = {
  P: {
    en: 'Confirmed from the text of the instrument.',
    fr: 'Confirmé par le texte de l’instrument.',
    es: 'Confirmado por el texto del instrumento.',
    ar: 'مؤكَّد من نص الصك.',
  },
  S: {
    en: 'Confirmed through a secondary source only.',
    fr: 'Confirmé par une source secondaire seulement.',
    es: 'Confirmado solo por una fuente secundaria.',
    ar: 'مؤكَّد من مصدر ثانوي فقط.',
  },
  U: {
    en: '**UNCONFIRMED** — no source text was seen; verify before relying on this summary.',
    fr: '**NON CONFIRMÉ** — aucun texte source n’a été consulté ; vérifiez avant de vous fonder sur ce résumé.',
    es: '**NO CONFIRMADO** — no se ha consultado el texto de la fuente; verifíquelo antes de basarse en este resumen.',
    ar: '**غير مؤكَّد** — لم يُطَّلع على نص المصدر؛ تحقّق منه قبل الاعتماد على هذا الملخص.',
  },
} satisfies Record<'P' | 'S' | 'U', Localized>;

export const HOVER = {
  article: { en: 'Article', fr: 'Article', es: 'Artículo', ar: 'المادة' },
  section: { en: 'Section', fr: 'Section', es: 'Sección', ar: 'المادة' },
  rule: { en: 'Rule', fr: 'Règle', es: 'Regla', ar: 'القاعدة' },
  resolution: { en: 'Resolution', fr: 'Résolution', es: 'Resolución', ar: 'القرار' },
  noSummary: {
    en: 'A recognised citation. The product’s catalogue has no summary of this provision.',
    fr: 'Citation reconnue. Le catalogue du produit ne résume pas cette disposition.',
    es: 'Cita reconocida. El catálogo del producto no resume esta disposición.',
    ar: 'إحالة معروفة. لا يتضمن فهرس المنتج ملخصًا لهذا الحكم.',
  },
  sources: { en: 'Sources', fr: 'Sources', es: 'Fuentes', ar: 'المصادر' },
  ownTranslation: {
    en: 'Title and summary translated by the product from its English catalogue; not the official text.',
    fr: 'Intitulé et résumé traduits par le produit depuis son catalogue anglais ; ce n’est pas le texte officiel.',
    es: 'Título y resumen traducidos por el producto desde su catálogo en inglés; no es el texto oficial.',
    ar: 'العنوان والملخص ترجمهما المنتج من فهرسه الإنجليزي؛ وليسا النص الرسمي.',
  },
  exhibit: { en: 'Exhibit', fr: 'Pièce', es: 'Anexo', ar: 'المرفق' },
  noTitle: { en: '(no title)', fr: '(sans intitulé)', es: '(sin título)', ar: '(بلا عنوان)' },
  dated: { en: 'Dated {date}', fr: 'Datée du {date}', es: 'De fecha {date}', ar: 'بتاريخ {date}' },
  file: { en: 'File', fr: 'Fichier', es: 'Archivo', ar: 'الملف' },
  paragraph: { en: 'Paragraph {number}', fr: 'Paragraphe {number}', es: 'Párrafo {number}', ar: 'الفقرة {number}' },
  paragraphMissing: {
    en: '**There is no paragraph {number}** in this submission.',
    fr: '**Il n’y a pas de paragraphe {number}** dans cet écrit.',
    es: '**No hay ningún párrafo {number}** en este escrito.',
    ar: '**لا توجد فقرة رقمها {number}** في هذه المذكرة.',
  },
  exhibitUndeclared: {
    en: '**Exhibit {id}** is not declared under `exhibits`.',
    fr: '**La pièce {id}** n’est pas déclarée sous `exhibits`.',
    es: '**El anexo {id}** no está declarado en `exhibits`.',
    ar: '**المرفق {id}** غير مُعلَن ضمن `exhibits`.',
  },
} satisfies Record<string, Localized>;

/** Why a rename of an exhibit or warrant is refused: what is wrong and what to do instead. */
export const RENAME = {
  nothing: {
    en: 'Only exhibits and warrants can be renamed here: put the cursor on an id, in its `exhibits` or `warrants` entry or in a citation such as “Exhibit A3”.',
    fr: 'Seules les pièces et les mandats peuvent être renommés ici : placez le curseur sur un identifiant, dans son entrée `exhibits` ou `warrants` ou dans une citation comme « Pièce A3 ».',
    es: 'Aquí solo se pueden renombrar anexos y órdenes: sitúe el cursor en un identificador, en su entrada `exhibits` o `warrants` o en una cita como «Anexo A3».',
    ar: 'لا يمكن هنا إعادة تسمية إلا المرفقات والمذكرات: ضع المؤشر على مُعرِّف، في مدخله ضمن `exhibits` أو `warrants` أو في إحالة مثل «المرفق A3».',
  },
  invalidExhibit: {
    en: '“{name}” cannot be an exhibit id: the text could not cite it. Use a number, or one to three letters and a number, such as A9 or 12.',
    fr: '« {name} » ne peut pas identifier une pièce : le texte ne pourrait pas la citer. Utilisez un numéro, ou une à trois lettres suivies d’un numéro, comme A9 ou 12.',
    es: '«{name}» no puede identificar un anexo: el texto no podría citarlo. Utilice un número, o de una a tres letras seguidas de un número, como A9 o 12.',
    ar: 'لا يصلح «{name}» مُعرِّفًا لمرفق: لا يمكن للنص الإحالة إليه. استخدم رقمًا، أو حرفًا إلى ثلاثة أحرف لاتينية يليها رقم، مثل A9 أو 12.',
  },
  invalidWarrant: {
    en: '“{name}” cannot be a warrant id: the text mentions a warrant by its id as one word. Use letters and digits without spaces, such as W2.',
    fr: '« {name} » ne peut pas identifier un mandat : le texte mentionne un mandat par son identifiant, en un seul mot. Utilisez des lettres et des chiffres sans espace, comme W2.',
    es: '«{name}» no puede identificar una orden: el texto menciona una orden por su identificador, en una sola palabra. Utilice letras y cifras sin espacios, como W2.',
    ar: 'لا يصلح «{name}» مُعرِّفًا لمذكرة: يذكر النص المذكرة بمُعرِّفها كلمةً واحدة. استخدم حروفًا وأرقامًا بلا مسافات، مثل W2.',
  },
  takenExhibit: {
    en: '“{name}” is already the id of another exhibit: two exhibits cannot share an id. Choose another name, or rename that exhibit first.',
    fr: '« {name} » identifie déjà une autre pièce : deux pièces ne peuvent avoir le même identifiant. Choisissez un autre nom, ou renommez d’abord cette pièce.',
    es: '«{name}» ya identifica otro anexo: dos anexos no pueden tener el mismo identificador. Elija otro nombre, o renombre antes ese anexo.',
    ar: '«{name}» هو بالفعل مُعرِّف مرفق آخر: لا يجوز أن يشترك مرفقان في مُعرِّف واحد. اختر اسمًا آخر، أو أعد تسمية ذلك المرفق أولًا.',
  },
  takenWarrant: {
    en: '“{name}” is already the id of a warrant: the text could no longer tell them apart. Choose another name, or rename that warrant first.',
    fr: '« {name} » identifie déjà un mandat : le texte ne permettrait plus de les distinguer. Choisissez un autre nom, ou renommez d’abord ce mandat.',
    es: '«{name}» ya identifica una orden: el texto ya no permitiría distinguirlos. Elija otro nombre, o renombre antes esa orden.',
    ar: '«{name}» هو بالفعل مُعرِّف مذكرة: لن يعود النص قادرًا على التمييز بينهما. اختر اسمًا آخر، أو أعد تسمية تلك المذكرة أولًا.',
  },
} satisfies Record<string, Localized>;

/**
 * The last day of a time limit, on the date that starts it (code lens and hover). {date} is written
 * in full with its weekday; {period} is "7 days", "6 months"; {basis} the provision that sets it.
 */
export const TIME_LIMIT = {
  'appeal-notice': {
    en: 'Last day to serve the appeal notice: {date} ({period}, {basis})',
    fr: 'Dernier jour pour signifier l’avis d’appel : {date} ({period}, {basis})',
    es: 'Último día para notificar el escrito de apelación: {date} ({period}, {basis})',
    ar: 'آخر يوم لتبليغ إخطار الاستئناف: {date} ({period}، {basis})',
  },
  revision: {
    en: 'Revision must be filed by {date} ({period}, {basis})',
    fr: 'La demande de révision doit être déposée au plus tard le {date} ({period}, {basis})',
    es: 'La solicitud de revisión debe presentarse a más tardar el {date} ({period}, {basis})',
    ar: 'يجب تقديم طلب إعادة النظر في موعد أقصاه {date} ({period}، {basis})',
  },
  admissibility: {
    en: 'The CCF is to say whether the request is admissible by {date} ({period} from receipt, {basis})',
    fr: 'La CCF doit se prononcer sur la recevabilité au plus tard le {date} ({period} après réception, {basis})',
    es: 'La CCF debe pronunciarse sobre la admisibilidad a más tardar el {date} ({period} desde la recepción, {basis})',
    ar: 'على اللجنة أن تبتّ في مقبولية الطلب في موعد أقصاه {date} ({period} من الاستلام، {basis})',
  },
  unconfirmed: {
    en: 'UNCONFIRMED: verify this time limit before relying on it',
    fr: 'NON CONFIRMÉ : vérifiez ce délai avant de vous y fier',
    es: 'NO CONFIRMADO: verifique este plazo antes de basarse en él',
    ar: 'غير مؤكَّد: تحقّق من هذه المهلة قبل الاعتماد عليها',
  },
  receiptNote: {
    en: 'Counted from the request’s date, standing in for the day the CCF receives it.',
    fr: 'Compté à partir de la date de la requête, en lieu et place du jour où la CCF la reçoit.',
    es: 'Contado desde la fecha de la solicitud, en lugar del día en que la CCF la recibe.',
    ar: 'يُحتسب من تاريخ الطلب بدلًا من يوم استلام اللجنة له.',
  },
  measuredLate: {
    en: 'The document is dated {date}: after the last day.',
    fr: 'Le document est daté du {date} : après le dernier jour.',
    es: 'El documento tiene fecha de {date}: después del último día.',
    ar: 'الوثيقة مؤرخة في {date}: بعد آخر يوم.',
  },
  measuredInTime: {
    en: 'The document is dated {date}: in time.',
    fr: 'Le document est daté du {date} : dans le délai.',
    es: 'El documento tiene fecha de {date}: dentro de plazo.',
    ar: 'الوثيقة مؤرخة في {date}: ضمن المهلة.',
  },
} satisfies Record<string, Localized>;

/** The status bar's text and tooltip for the document, in its language. */
export const STATUS = {
  complete: { en: '{label} — complete', fr: '{label} — complète', es: '{label} — completa', ar: '{label} — مكتمل' },
  missing: { en: '{label} — {missing}', fr: '{label} — {missing}', es: '{label} — {missing}', ar: '{label} — {missing}' },
  tooltip: {
    en: '{errors} error(s), {warnings} warning(s), {hints} hint(s). Click to open the Problems view.',
    fr: '{errors} erreur(s), {warnings} avertissement(s), {hints} suggestion(s). Cliquez pour ouvrir la vue Problèmes.',
    es: '{errors} error(es), {warnings} advertencia(s), {hints} sugerencia(s). Haga clic para abrir la vista Problemas.',
    ar: 'الأخطاء: {errors}، التحذيرات: {warnings}، الاقتراحات: {hints}. انقر لفتح عرض المشكلات.',
  },
} satisfies Record<string, Localized>;

/** "3 required elements missing", with the grammar of each language. */
export function missingElements(n: number, language: Language): string {
  switch (language) {
    case 'en':
      return `${n} required element${n === 1 ? '' : 's'} missing`;
    case 'fr':
      return n === 1 ? '1 élément requis manquant' : `${n} éléments requis manquants`;
    case 'es':
      return n === 1 ? 'falta 1 elemento obligatorio' : `faltan ${n} elementos obligatorios`;
    case 'ar':
      return n === 1 ? 'ينقص عنصر مطلوب واحد' : n === 2 ? 'ينقص عنصران مطلوبان' : n <= 10 ? `تنقص ${n} عناصر مطلوبة` : `ينقص ${n} عنصرًا مطلوبًا`;
  }
}

/** What an export says when it is done, in the document's language (refusals: data/outcomes.ts). */
export const EXPORT = {
  done: { en: 'Exported to {name}.', fr: 'Exporté vers {name}.', es: 'Exportado a {name}.', ar: 'صُدِّر إلى {name}.' },
  doneDraft: {
    en: 'Exported to {name} (marked “DRAFT — incomplete”).',
    fr: 'Exporté vers {name} (marqué « PROJET — incomplet »).',
    es: 'Exportado a {name} (marcado «BORRADOR — incompleto»).',
    ar: 'صُدِّر إلى {name} (مع عبارة «مسودة — غير مكتملة»).',
  },
  unsaved: {
    en: 'Save the submission to a file before exporting it: the export is written next to it.',
    fr: 'Enregistrez l’acte dans un fichier avant de l’exporter : l’export est écrit à côté.',
    es: 'Guarde el escrito en un archivo antes de exportarlo: la exportación se escribe a su lado.',
    ar: 'احفظ المذكرة في ملف قبل تصديرها: يُكتب الملف المصدَّر بجانبها.',
  },
} satisfies Record<string, Localized>;
