import i18next, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

import { FALLBACK_LANGUAGE, type Language, LANGUAGES, toLanguage } from './catalogue';

export const LANGUAGE_STORAGE_KEY = 'friend-console.language';

export interface InitI18nOptions {
  /** Catalogues in the first script, there before anything loads. */
  resources: Resource;
  /** Fetches any other catalogue (a chunk of its own) when a language or screen needs it. */
  loadCatalogue: (language: string, namespace: string) => Promise<unknown>;
  /** The namespaces to have loaded, in the language in use, before the promise resolves. */
  namespaces: readonly string[];
  /** A fixed language (tests); without it the language is detected in the browser. */
  language?: Language;
}

/**
 * Initialises the app-wide i18next instance, which `useTranslation` and `i18next.t` read, and
 * resolves once `namespaces` are loaded in the language in use (render after that: no flash).
 * Detection order: `?lang=` in the URL (and it is stored, so it sticks), then localStorage,
 * then the browser's languages, then English. `<html lang>` follows every change.
 */
export async function initI18n({
  resources,
  loadCatalogue,
  namespaces,
  language,
}: InitI18nOptions): Promise<void> {
  const instance = i18next.use(initReactI18next).use(resourcesToBackend(loadCatalogue));
  if (!language) instance.use(LanguageDetector);
  instance.off('languageChanged', followHtmlLang);
  instance.on('languageChanged', followHtmlLang);
  await instance.init({
    resources,
    partialBundledLanguages: true,
    ns: [...namespaces],
    defaultNS: 'common',
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: LANGUAGES,
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
  followHtmlLang(instance.language);
}

/**
 * Loads namespaces in the language in use (and the fallback). Unlike i18next's own
 * `loadNamespaces`, a catalogue that cannot be fetched rejects, so a screen whose words are
 * missing fails like a screen whose chunk is missing, with the reload the error screen offers.
 */
export function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    void i18next.loadNamespaces([...namespaces], (error: unknown) => {
      const first: unknown = Array.isArray(error) ? error[0] : error;
      if (first) reject(first instanceof Error ? first : new Error(String(first)));
      else resolve();
    });
  });
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
