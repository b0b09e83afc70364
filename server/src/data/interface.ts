// What the language server shows besides diagnostics (the outline's labels, hovers), in each
// language: the compiler finds every place a new language must fill.
import type { Localized } from '../vocabulary';

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
  noSummary: {
    en: 'A recognised citation. The product’s catalogue has no summary of this provision.',
    fr: 'Citation reconnue. Le catalogue du produit ne résume pas cette disposition.',
    es: 'Cita reconocida. El catálogo del producto no resume esta disposición.',
    ar: 'إحالة معروفة. لا يتضمن فهرس المنتج ملخصًا لهذا الحكم.',
  },
  sources: { en: 'Sources', fr: 'Sources', es: 'Fuentes', ar: 'المصادر' },
  exhibit: { en: 'Exhibit', fr: 'Pièce', es: 'Anexo', ar: 'المرفق' },
  noTitle: { en: '(no title)', fr: '(sans intitulé)', es: '(sin título)', ar: '(بلا عنوان)' },
  dated: { en: 'Dated {date}', fr: 'Datée du {date}', es: 'De fecha {date}', ar: 'بتاريخ {date}' },
  file: { en: 'File', fr: 'Fichier', es: 'Archivo', ar: 'الملف' },
  exhibitUndeclared: {
    en: '**Exhibit {id}** is not declared under `exhibits`.',
    fr: '**La pièce {id}** n’est pas déclarée sous `exhibits`.',
    es: '**El anexo {id}** no está declarado en `exhibits`.',
    ar: '**المرفق {id}** غير مُعلَن ضمن `exhibits`.',
  },
} satisfies Record<string, Localized>;
