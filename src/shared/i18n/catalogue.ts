/** The languages the console speaks; the first is the fallback and the tests' language. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';

/** Each language named in itself, as the switcher shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/** i18next's plural suffixes; a language carries only the ones its Intl.PluralRules uses. */
export const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;
type OptionalPluralKey = `${string}${Exclude<(typeof PLURAL_SUFFIXES)[number], '_other'>}`;

type Translated<T> = T extends string ? string : Catalogue<T>;

/**
 * A translation of the English catalogue `T` (written `as const`): the same keys with any string
 * values. Plural forms other than `_other` are optional, since Chinese has only `_other`; the
 * catalogue test checks each language has exactly the forms its plural rules use.
 */
export type Catalogue<T> = {
  -readonly [K in keyof T as K extends OptionalPluralKey ? never : K]: Translated<T[K]>;
} & {
  -readonly [K in keyof T as K extends OptionalPluralKey ? K : never]?: Translated<T[K]>;
};

/** Narrows any string (a `?lang=`, a stored value, a browser language) to one we speak. */
export function toLanguage(value: string | null | undefined): Language | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase();
  // Every Chinese variant reads Simplified Chinese better than English: the only Chinese we have.
  if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  return undefined;
}
