/**
 * Every URL the site links to, built in one place. All paths are absolute and end with '/'.
 * The same page exists under both locale prefixes; `switchLocale` maps one onto the other.
 */
import { localePath, type Locale, type ScriptKey } from './locales.ts';

const prefix = (locale: Locale) => `/${localePath(locale)}/`;

export const routes = {
  home: (locale: Locale) => prefix(locale),
  byTitle: (locale: Locale) => `${prefix(locale)}by-title/`,
  doc: (locale: Locale, slug: string) => `${prefix(locale)}docs/${slug}/`,
  source: (locale: Locale, sourceKey: string) => `${prefix(locale)}source/${sourceKey}/`,
  year: (locale: Locale, year: string) => `${prefix(locale)}year/${year}/`,
  script: (locale: Locale, key: ScriptKey) => `${prefix(locale)}script/${key}/`,
  about: (locale: Locale) => `${prefix(locale)}about/`,
  search: (locale: Locale) => `${prefix(locale)}search/`,
  /** Every document in compact form, for the index's instant filters (src/lib/docs-index.ts). */
  docsIndex: (locale: Locale) => `${prefix(locale)}docs-index.json`,
  notFound: (locale: Locale) => `${prefix(locale)}404.html`,
} as const;

const LOCALE_PREFIX = /^\/zh-han[st](?=\/|$)/i;

/**
 * The same page in another script: `/zh-hans/docs/x/` → `/zh-hant/docs/x/`.
 * Paths without a locale prefix (the root chooser) map to that locale's home page.
 */
export function switchLocale(pathname: string, to: Locale): string {
  if (!LOCALE_PREFIX.test(pathname)) return routes.home(to);
  return pathname.replace(LOCALE_PREFIX, `/${localePath(to)}`);
}

/** Absolute URL on the configured site (for canonical links, citations and sitemaps). */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return new URL(path, site ?? 'https://example.org').href;
}
