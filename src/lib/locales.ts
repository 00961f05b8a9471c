/**
 * The two scripts the site is published in, and how they appear in URLs.
 * A locale *code* (`zh-Hant`) goes into `lang` attributes; its lowercased *path* (`zh-hant`) into URLs.
 */
export const LOCALES = ['zh-Hans', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalePath = Lowercase<Locale>;

export const DEFAULT_LOCALE: Locale = 'zh-Hans';

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-Hans' || value === 'zh-Hant';
}

export function localePath(locale: Locale): LocalePath {
  return locale.toLowerCase() as LocalePath;
}

/** `zh-hant` → `zh-Hant`; anything else → undefined. */
export function localeFromPath(segment: string): Locale | undefined {
  return LOCALES.find((l) => localePath(l) === segment);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
}

/** Short key of a script used in filter URLs: /script/hans/, /script/hant/. */
export type ScriptKey = 'hans' | 'hant';

export function scriptKey(locale: Locale): ScriptKey {
  return locale === 'zh-Hans' ? 'hans' : 'hant';
}

export function localeFromScriptKey(key: string): Locale | undefined {
  return LOCALES.find((l) => scriptKey(l) === key);
}
