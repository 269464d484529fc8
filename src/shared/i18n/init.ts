import i18next, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

import { FALLBACK_LANGUAGE, type Language, LANGUAGES, toLanguage } from './catalogue';

export const LANGUAGE_STORAGE_KEY = 'friend-console.language';

export interface InitI18nOptions {
  resources: Resource;
  namespaces: readonly string[];
  /** A fixed language (tests); without it the language is detected in the browser. */
  language?: Language;
}

/**
 * Initialises the app-wide i18next instance, which `useTranslation` and `i18next.t` read.
 * Detection order: `?lang=` in the URL (and it is stored, so it sticks), then localStorage,
 * then the browser's languages, then English. `<html lang>` follows every change.
 */
export function initI18n({ resources, namespaces, language }: InitI18nOptions) {
  const instance = i18next.use(initReactI18next);
  if (!language) instance.use(LanguageDetector);
  void instance.init({
    resources,
    ns: namespaces,
    defaultNS: 'common',
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: LANGUAGES,
    // Catalogues are bundled, so everything is ready synchronously: no Suspense, no flash.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (detected: string) => toLanguage(detected) ?? detected,
    },
  });
  followHtmlLang(instance.resolvedLanguage ?? FALLBACK_LANGUAGE);
  instance.on('languageChanged', followHtmlLang);
  return instance;
}

function followHtmlLang(language: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = toLanguage(language) ?? FALLBACK_LANGUAGE;
  }
}

/** The language in use, narrowed to one we speak. */
export function currentLanguage(): Language {
  return toLanguage(i18next.resolvedLanguage ?? i18next.language) ?? FALLBACK_LANGUAGE;
}

/**
 * `t` for a key chosen at run time (an error code, a contract issue), which typed keys cannot
 * check; the catalogue test checks these namespaces are complete instead.
 */
export function translateDynamic(key: string, values: Record<string, unknown> = {}): string {
  return (i18next.t as (key: string, values: Record<string, unknown>) => string)(key, values);
}
