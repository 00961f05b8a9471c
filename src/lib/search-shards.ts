/**
 * The search index in shards, shared by the build (scripts/search-index.ts) and the search page.
 *
 * Pagefind's indexer holds every page it indexes in memory (10,000 pages of one script: 5.7 GB here),
 * so a large corpus is indexed in shards of at most `maxPages` pages, each by a service of its own, and
 * the search page merges them at query time (Pagefind's `mergeIndex`):
 *   /pagefind/                  shard 0 of every script (Pagefind's code, WebAssembly, entry file)
 *   /pagefind/shard-1/, …       the other shards (only their entry file, metadata and chunks are fetched)
 *   /pagefind/shards.json       the manifest: how many shards each script has
 *
 * Pages are put into shards newest first (undated last), so shard order is date order: Pagefind
 * ranks a sorted search within each index only, and the search page puts the shards' date orders
 * one after the other (see dateOrderSearches).
 */

export const SHARD_MANIFEST = 'pagefind/shards.json';
/** The synthetic Pagefind filter that tells the shards apart when more than one is merged. */
export const SHARD_FILTER = 'shard';

export interface ShardManifest {
  /** The largest shard the build was asked for (pages). */
  maxPages: number;
  /** Shards per Pagefind language key (`zh-hans`, `zh-hant`). */
  languages: Record<string, number>;
}

export interface DatedPage {
  file: string;
  /** The page's sort date (YYYY[-MM[-DD]]); '0000' or absent for an undated page. */
  date?: string;
}

/** Where shard `k` lives: the primary bundle for 0, a folder inside it for the others. */
export function shardPath(base: string, k: number): string {
  return k === 0 ? `${base}pagefind/` : `${base}pagefind/shard-${k}/`;
}

export function shardManifestUrl(base: string): string {
  return `${base}${SHARD_MANIFEST}`;
}

/**
 * Cut pages into shards of at most `maxPages`: newest first, undated last, equal dates by file name.
 * Within a shard, pages keep file order (the order Pagefind numbers them in, so one shard is the
 * unsharded index exactly).
 */
export function planShards<T extends DatedPage>(pages: readonly T[], maxPages: number): T[][] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new Error(`search shards: maxPages must be a positive integer, got ${maxPages}`);
  const byDate = [...pages].sort((a, b) => {
    const da = a.date ?? '0000';
    const db = b.date ?? '0000';
    if (da !== db) return da < db ? 1 : -1;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
  const shards: T[][] = [];
  for (let i = 0; i < byDate.length; i += maxPages) {
    shards.push(byDate.slice(i, i + maxPages).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }
  return shards;
}

/**
 * The sort date a built page declares for search (SearchDocData.astro's `data-sort-date`), read from
 * the attributes of a real <span> tag: scraped text never holds a raw `<`, attribute values never a
 * raw `"`, so a title or paragraph quoting the attribute cannot stand in for it.
 */
export function pageSortDate(html: string): string | undefined {
  return /<span\b(?:\s+[\w-]+(?:="[^"]*")?)*?\s+data-sort-date="(\d{4}(?:-\d{2}){0,2})"/.exec(html)?.[1];
}

/** Filters of the searches whose results, one after the other, are every page by date: one per shard. */
export function dateOrderSearches(shards: number): Record<string, string>[] {
  return shards <= 1 ? [{}] : Array.from({ length: shards }, (_, k) => ({ [SHARD_FILTER]: String(k) }));
}

/** Shard count of a language in a manifest (1 when the manifest does not name it or its count is not a whole number ≥ 1). */
export function shardCount(manifest: ShardManifest, language: string): number {
  const n = manifest.languages[language.toLowerCase()];
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : 1;
}
