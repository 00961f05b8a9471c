/**
 * The document list behind the index and filter pages: sorting, filtering, facets, neighbours.
 * Pure functions over small summaries, so pages and tests share one implementation.
 */
import type { Locale } from './locales.ts';

export interface DocSummary {
  slug: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** Source name as shown in this script. */
  source?: string;
  /** URL key of the source, identical in both scripts. */
  sourceKey?: string;
  originalLang: Locale;
  chars: number;
}

export interface DocFilter {
  sourceKey?: string;
  year?: string;
  originalLang?: Locale;
}

export function yearOf(date: string | undefined): string | undefined {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? match[1] : undefined;
}

/** Stable final tie-break: slugs are unique. */
function bySlug(a: DocSummary, b: DocSummary): number {
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * Newest first; undated documents last. A date with less precision (2015) counts as the start of
 * its period, so it sorts after every more precise date within that period (2015-10-09, 2015-03).
 */
export function compareByDate(a: DocSummary, b: DocSummary): number {
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  if (a.date && b.date && a.date !== b.date) {
    const ka = a.date.padEnd(10, '-00');
    const kb = b.date.padEnd(10, '-00');
    if (ka !== kb) return ka < kb ? 1 : -1;
    return a.date.length > b.date.length ? -1 : 1;
  }
  return bySlug(a, b);
}

const collators: Record<Locale, Intl.Collator> = {
  // Simplified readers look titles up by pinyin, Traditional readers by stroke count.
  'zh-Hans': new Intl.Collator('zh-Hans-CN-u-co-pinyin'),
  'zh-Hant': new Intl.Collator('zh-Hant-TW-u-co-stroke'),
};

export function compareByTitle(locale: Locale): (a: DocSummary, b: DocSummary) => number {
  const collator = collators[locale];
  return (a, b) => collator.compare(a.title, b.title) || bySlug(a, b);
}

export function sortByDate(docs: readonly DocSummary[]): DocSummary[] {
  return [...docs].sort(compareByDate);
}

export function sortByTitle(docs: readonly DocSummary[], locale: Locale): DocSummary[] {
  return [...docs].sort(compareByTitle(locale));
}

export function matchesFilter(doc: DocSummary, filter: DocFilter): boolean {
  if (filter.sourceKey !== undefined && doc.sourceKey !== filter.sourceKey) return false;
  if (filter.year !== undefined && yearOf(doc.date) !== filter.year) return false;
  if (filter.originalLang !== undefined && doc.originalLang !== filter.originalLang) return false;
  return true;
}

export function filterDocs(docs: readonly DocSummary[], filter: DocFilter): DocSummary[] {
  return docs.filter((d) => matchesFilter(d, filter));
}

export interface Facet {
  key: string;
  label: string;
  count: number;
}

export interface Facets {
  /** By source name in the page's script (collated), documents without a source are not listed. */
  sources: Facet[];
  /** Newest year first. */
  years: Facet[];
  scripts: { key: Locale; count: number }[];
}

export function facets(docs: readonly DocSummary[], locale: Locale): Facets {
  const sources = new Map<string, Facet>();
  const years = new Map<string, number>();
  const scripts = new Map<Locale, number>();
  for (const d of docs) {
    if (d.sourceKey && d.source) {
      const f = sources.get(d.sourceKey) ?? { key: d.sourceKey, label: d.source, count: 0 };
      f.count += 1;
      sources.set(d.sourceKey, f);
    }
    const y = yearOf(d.date);
    if (y) years.set(y, (years.get(y) ?? 0) + 1);
    scripts.set(d.originalLang, (scripts.get(d.originalLang) ?? 0) + 1);
  }
  const collator = collators[locale];
  return {
    sources: [...sources.values()].sort((a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : 1)),
    years: [...years.entries()].sort(([a], [b]) => (a < b ? 1 : -1)).map(([key, count]) => ({ key, label: key, count })),
    scripts: (['zh-Hans', 'zh-Hant'] as const).filter((k) => scripts.has(k)).map((key) => ({ key, count: scripts.get(key)! })),
  };
}

export interface Neighbours {
  /** The next document back in time. */
  older?: DocSummary;
  /** The next document forward in time. */
  newer?: DocSummary;
}

/**
 * Neighbours in date order (the index order): newer is the one listed above, older below.
 * `at` is the document's position when the caller already knows it.
 */
export function neighbours(sortedByDate: readonly DocSummary[], slug: string, at?: number): Neighbours {
  const i = at ?? sortedByDate.findIndex((d) => d.slug === slug);
  if (i < 0) return {};
  return { newer: i > 0 ? sortedByDate[i - 1] : undefined, older: sortedByDate[i + 1] };
}

/** Query-string names of the filters, shared by the static pages' links and the index script. */
export const FILTER_PARAMS = { sourceKey: 'source', year: 'year', originalLang: 'script' } as const;

/** `?source=…&year=…&script=hant` → a filter (unknown or empty values are ignored). */
export function filterFromQuery(params: URLSearchParams): DocFilter {
  const filter: DocFilter = {};
  const source = params.get(FILTER_PARAMS.sourceKey);
  const year = params.get(FILTER_PARAMS.year);
  const script = params.get(FILTER_PARAMS.originalLang);
  if (source) filter.sourceKey = source;
  if (year && /^\d{4}$/.test(year)) filter.year = year;
  if (script === 'hans') filter.originalLang = 'zh-Hans';
  if (script === 'hant') filter.originalLang = 'zh-Hant';
  return filter;
}

/** A filter → query string (with '?'), or '' when nothing is filtered. Stable parameter order. */
export function filterToQuery(filter: DocFilter): string {
  const params = new URLSearchParams();
  if (filter.sourceKey) params.set(FILTER_PARAMS.sourceKey, filter.sourceKey);
  if (filter.year) params.set(FILTER_PARAMS.year, filter.year);
  if (filter.originalLang) params.set(FILTER_PARAMS.originalLang, filter.originalLang === 'zh-Hans' ? 'hans' : 'hant');
  const query = params.toString();
  return query ? `?${query}` : '';
}
