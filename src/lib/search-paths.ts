/**
 * URLs of the search conversion data, shared by the build (src/pages/search-data/) and the browser.
 *   /search-data/hant-to-hans.json        the table for the 简体 site (queries typed in 繁體)
 *   /search-data/hant-to-hans/7d61.json   context rules of one character (U+7D61 絡), fetched on demand
 */
import type { Locale } from './locales.ts';

export const DIRECTIONS = ['hans-to-hant', 'hant-to-hans'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Queries typed in the other script are converted into the page's script. */
export function conversionDirection(locale: Locale): Direction {
  return locale === 'zh-Hans' ? 'hant-to-hans' : 'hans-to-hant';
}

/** A character as a file name: its code point in lowercase hex. */
export function charKey(char: string): string {
  return char.codePointAt(0)!.toString(16);
}

export function tableUrl(base: string, direction: Direction): string {
  return `${base}search-data/${direction}.json`;
}

export function rulesUrl(base: string, direction: Direction, char: string): string {
  return `${base}search-data/${direction}/${charKey(char)}.json`;
}

/** A built file's URL: zh-hans/docs/x/index.html → /zh-hans/docs/x/ (how the site serves it). */
export function urlOfBuiltFile(relativePath: string): string {
  return '/' + relativePath.replace(/(^|\/)index\.html$/, '$1');
}
