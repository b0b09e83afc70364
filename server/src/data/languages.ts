// One row per language the product writes: how documents are tagged and laid out, how dates are
// written in full, and how the language is named. Adding a language means a row here (and the
// Localized texts the compiler then asks for), not `=== 'ar'` tests scattered through the code.
import type { Language, Localized } from '../vocabulary';

export interface LanguageInfo {
  /** BCP 47 tag written into exported documents. */
  tag: string;
  direction: 'ltr' | 'rtl';
  /** Intl locale for dates written in full ("3 March 2025"); Arabic keeps Western digits, as the CCF's Arabic forms do. */
  dateLocale: string;
  /** The language's own name, for pickers. */
  nativeName: string;
  /** The language's name in each language, for messages. */
  name: Localized;
  /** The script its letters are written in. */
  script: 'latin' | 'arabic';
}

export const LANGUAGE_INFO: Record<Language, LanguageInfo> = {
  en: {
    tag: 'en-GB',
    direction: 'ltr',
    dateLocale: 'en-GB',
    nativeName: 'English',
    name: { en: 'English', fr: 'anglais', es: 'inglés', ar: 'الإنجليزية' },
    script: 'latin',
  },
  fr: {
    tag: 'fr-FR',
    direction: 'ltr',
    dateLocale: 'fr-FR',
    nativeName: 'Français',
    name: { en: 'French', fr: 'français', es: 'francés', ar: 'الفرنسية' },
    script: 'latin',
  },
  es: {
    tag: 'es-ES',
    direction: 'ltr',
    dateLocale: 'es-ES',
    nativeName: 'Español',
    name: { en: 'Spanish', fr: 'espagnol', es: 'español', ar: 'الإسبانية' },
    script: 'latin',
  },
  ar: {
    tag: 'ar',
    direction: 'rtl',
    dateLocale: 'ar-u-nu-latn',
    nativeName: 'العربية',
    name: { en: 'Arabic', fr: 'arabe', es: 'árabe', ar: 'العربية' },
    script: 'arabic',
  },
};

/**
 * Letters of the Arabic script: the Arabic, Arabic Supplement and Extended-A blocks and the
 * presentation forms (what a PDF's extracted text or a pasted scan may hold).
 */
export const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export const isRightToLeft = (language: Language): boolean => LANGUAGE_INFO[language].direction === 'rtl';
