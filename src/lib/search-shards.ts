/**
 * The search index in shards, shared by the build (scripts/search-index.ts) and the search page.
 *
 * Pagefind's indexer holds every page it indexes in memory (10,000 pages of one script: 5.7 GB here),
 * so a large corpus is indexed in shards of at most `maxPages` pages, each by a service of its own, and
 * the search page merges them at query time (Pagefind's `mergeIndex`):
 *   /pagefind/pagefind.js               Pagefind's code
 *   /pagefind/<script>-<k>-<token>/     shard k of a script: entry file, metadata, index chunks,
 *                                       fragments, filters, WebAssembly (loaded from shard 0 only).
 *                                       The token changes with the content (scripts/lib/search-compact.ts
 *                                       names files inside by counters): nothing stale from a cache.
 *   /pagefind/shards.json               the manifest: each script's shard folders, in order
 *
 * Pages are put into shards newest first (undated last), and so are they within a shard: a page's
 * compacted name is its rank by date (see planShards, dateRank). An index left as Pagefind wrote it is
 * sorted with Pagefind's date sort, shard by shard, one after the other (see dateOrderSearches).
 */

export const SHARD_MANIFEST = 'pagefind/shards.json';
/** The synthetic Pagefind filter that tells the shards apart when more than one is merged. */
export const SHARD_FILTER = 'shard';

export interface ShardManifest {
  /** The largest shard the build was asked for (pages). */
  maxPages: number;
  /** The size the build cut index chunks to (bytes of CBOR; scripts/lib/search-compact.ts). */
  chunkBytes?: number;
  /** Per Pagefind language key (`zh-hans`, `zh-hant`): the folders of its shards under /pagefind/, in order. */
  languages: Record<string, string[]>;
}

export interface DatedPage {
  file: string;
  /** The page's sort date (YYYY[-MM[-DD]]); '0000' or absent for an undated page. */
  date?: string;
}

/** Where a shard's folder is served. */
export function shardPath(base: string, folder: string): string {
  return `${base}pagefind/${folder}/`;
}

/** A shard folder's name: the script, the shard's number and its content token, as one path segment. */
export function shardFolder(language: string, k: number, token: string): string {
  return `${language}-${k}-${token}`.toLowerCase().replace(/[^a-z0-9-]/g, '_');
}

export function shardManifestUrl(base: string): string {
  return `${base}${SHARD_MANIFEST}`;
}

/**
 * Cut pages into shards of at most `maxPages`: newest first, undated last, equal dates by file name,
 * and in that order within each shard too. Pagefind numbers pages in the order it receives them and
 * the compaction step names them by those numbers, counting on from shard to shard
 * (scripts/lib/search-compact.ts), so a page's name is its rank by date: the search page sorts by
 * date with it (dateRank), and the index needs no sort list of its own (2 bytes a page, ~21 KB of
 * every first search at 10,000 documents).
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
  for (let i = 0; i < byDate.length; i += maxPages) shards.push(byDate.slice(i, i + maxPages));
  return shards;
}

/** The Pagefind sort (SearchDocData.astro's `data-pagefind-sort`) that page names stand for once compacted. */
export const DATE_SORT = 'date';

/**
 * A result's rank by date, newest first, from its page name when the index was compacted (names are
 * counters in base 36, `0` the newest page: see planShards); undefined for a name Pagefind gave.
 */
export function dateRank(id: string): number | undefined {
  return /^[0-9a-z]{1,10}$/.test(id) ? Number.parseInt(id, 36) : undefined;
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

/** The shard folders of a language in a manifest; none when it names none or names something that is not a folder name. */
export function shardFolders(manifest: ShardManifest, language: string): string[] {
  const folders: unknown = manifest.languages?.[language.toLowerCase()];
  return Array.isArray(folders) && folders.every((f) => typeof f === 'string' && /^[a-z0-9_-]+$/.test(f)) ? folders : [];
}
