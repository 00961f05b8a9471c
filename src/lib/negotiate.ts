/**
 * Which script to open at `/`: the reader's stored choice, else their browser languages.
 * zh-TW, zh-HK, zh-MO and any zh-Hant tag → 繁體; every other Chinese tag, or none → 简体.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

/** Regions whose written Chinese is Traditional by default. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/** The script a single language tag asks for, or undefined when it is not Chinese. */
export function scriptOfTag(tag: string): Locale | undefined {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return undefined;
  // An explicit script subtag wins over the region: zh-Hans-HK is Simplified.
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.slice(1).some((p) => TRADITIONAL_REGIONS.has(p)) ? 'zh-Hant' : 'zh-Hans';
}

export function negotiateLocale(stored: string | null | undefined, languages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of languages) {
    const script = scriptOfTag(tag);
    if (script) return script;
  }
  return DEFAULT_LOCALE;
}
