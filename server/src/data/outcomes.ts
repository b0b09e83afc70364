// What the export and the command line say about their outcome, in the document's language:
// refusals, "already exists", failures, and the lines `check` and `export` print. {name}
// placeholders are filled by core/messages.ts `fill`. Paths and option names stay as they are.
import type { Language, Localized } from '../vocabulary';
import { LANGUAGE_INFO } from './languages';

/** Forms of a counted noun by CLDR plural category (Intl.PluralRules); `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const ERROR_COUNT: Record<Language, PluralForms> = {
  en: { one: '1 error', other: '{n} errors' },
  fr: { one: '{n} erreur', other: '{n} erreurs' },
  es: { one: '1 error', other: '{n} errores' },
  // Arabic: the dual, 3–10 with the plural, 11–99 with the accusative singular.
  ar: { one: 'خطأ واحد', two: 'خطآن', few: '{n} أخطاء', many: '{n} خطأً', other: '{n} خطأ' },
};

export const EXPORT_REFUSALS = {
  notSubmission: {
    en: 'This file is not a submission: its frontmatter has no “submission:” key.',
    fr: 'Ce fichier n’est pas un document à vérifier : son en-tête n’a pas de clé « submission: ».',
    es: 'Este archivo no es un escrito que se pueda verificar: su encabezado no tiene la clave «submission:».',
    ar: 'هذا الملف ليس مستندًا قابلًا للفحص: لا تتضمن ترويسته المفتاح «submission:».',
  },
  hasErrors: {
    en: 'The submission still has {errors}: a required element is missing or invalid. Until that is corrected, it can only be exported as a draft marked “DRAFT — incomplete”.',
    fr: 'Le document comporte encore {errors} : un élément obligatoire manque ou n’est pas valide. Tant que ce n’est pas corrigé, il ne peut être exporté que comme projet, marqué « PROJET — incomplet ».',
    es: 'El escrito aún tiene {errors}: falta un elemento obligatorio o no es válido. Mientras no se corrija, solo puede exportarse como borrador, marcado «BORRADOR — incompleto».',
    ar: 'لا يزال المستند يتضمن {errors}: عنصر إلزامي ناقص أو غير صحيح. وإلى أن يُصحَّح ذلك، لا يمكن تصديره إلا كمسودة تحمل عبارة «مسودة — غير مكتملة».',
  },
  exists: {
    en: '{name} already exists in {folder}.',
    fr: '« {name} » existe déjà dans {folder}.',
    es: '«{name}» ya existe en {folder}.',
    ar: 'الملف «{name}» موجود بالفعل في {folder}.',
  },
  source: {
    en: 'The export would replace the submission itself ({name}); choose another output file or folder.',
    fr: 'L’export remplacerait le document lui-même ({name}) ; choisissez un autre fichier ou dossier de sortie.',
    es: 'La exportación sustituiría al propio escrito ({name}); elija otro archivo o carpeta de destino.',
    ar: 'سيحل الملف المُصدَّر محل المستند نفسه ({name})؛ اختر ملفًا أو مجلدًا آخر للإخراج.',
  },
  notWritten: {
    en: 'The export could not be written: {detail}',
    fr: 'L’export n’a pas pu être écrit : {detail}',
    es: 'No se pudo escribir la exportación: {detail}',
    ar: 'تعذرت كتابة الملف المُصدَّر: {detail}',
  },
  failed: {
    en: 'The export failed: {detail}',
    fr: 'L’export a échoué : {detail}',
    es: 'La exportación falló: {detail}',
    ar: 'فشل التصدير: {detail}',
  },
} satisfies Record<string, Localized>;

/** Lines the command line prints about one file. */
export const CLI_LINES = {
  exported: {
    en: '{file}: exported to {target}',
    fr: '{file} : exporté vers {target}',
    es: '{file}: exportado a {target}',
    ar: '{file}: صُدِّر إلى {target}',
  },
  exportedDraft: {
    en: '{file}: exported to {target} (marked “DRAFT — incomplete”)',
    fr: '{file} : exporté vers {target} (marqué « PROJET — incomplet »)',
    es: '{file}: exportado a {target} (marcado «BORRADOR — incompleto»)',
    ar: '{file}: صُدِّر إلى {target} (مع عبارة «مسودة — غير مكتملة»)',
  },
  /** A refusal or failure about one file. */
  aboutFile: {
    en: '{file}: {message}',
    fr: '{file} : {message}',
    es: '{file}: {message}',
    ar: '{file}: {message}',
  },
  listErrors: {
    en: 'List them with “submission-checker check {file}”, or add --force to export the draft.',
    fr: 'Affichez-les avec « submission-checker check {file} », ou ajoutez --force pour exporter le projet.',
    es: 'Véalos con «submission-checker check {file}», o añada --force para exportar el borrador.',
    ar: 'اعرضها بالأمر «submission-checker check {file}»، أو أضف ‎--force لتصدير المسودة.',
  },
  addOverwrite: {
    en: 'Add --overwrite to replace it.',
    fr: 'Ajoutez --overwrite pour le remplacer.',
    es: 'Añada --overwrite para sustituirlo.',
    ar: 'أضف ‎--overwrite لاستبداله.',
  },
  notSubmission: {
    en: '{file}: not a submission (no “submission:” in the frontmatter); nothing checked',
    fr: '{file} : pas un document à vérifier (pas de « submission: » dans l’en-tête) ; rien n’a été vérifié',
    es: '{file}: no es un escrito que verificar (no hay «submission:» en el encabezado); no se ha comprobado nada',
    ar: '{file}: ليس مستندًا قابلًا للفحص (لا يوجد «submission:» في الترويسة)؛ لم يُفحص شيء',
  },
  complete: {
    en: '{file}: {kind} — complete, no problems found',
    fr: '{file} : {kind} — complet, aucun problème trouvé',
    es: '{file}: {kind} — completo, no se ha encontrado ningún problema',
    ar: '{file}: {kind} — مكتمل، لم يُعثر على أي مشكلة',
  },
} satisfies Record<string, Localized>;

export function countPhrase(forms: Record<Language, PluralForms>, n: number, language: Language): string {
  const category = new Intl.PluralRules(LANGUAGE_INFO[language].tag).select(n);
  return (forms[language][category] ?? forms[language].other).replace('{n}', String(n));
}
