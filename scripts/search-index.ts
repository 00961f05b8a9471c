/**
 * The search index step of `npm run build` (after Astro): Pagefind's Node API over the built pages.
 *
 *   tsx scripts/search-index.ts [--site dist] [--shard-pages N] [--chunk-bytes N] [--cache .cache/search | --no-cache]
 *
 * Every page that has a data-pagefind-body element is handed to Pagefind with a word break before
 * and after each Han character (src/lib/search-segment.ts explains why), so the index holds single
 * characters and phrase searches match exact text, and with its paragraph anchors emptied (the
 * fragments would otherwise hold each paragraph twice). The pages on disk are not changed. Pages without
 * data-pagefind-body (index, about, search pages) are skipped, as the Pagefind CLI does.
 *
 * Memory: a Pagefind service holds every page it indexes. Each language (`<html lang>`) is indexed
 * apart, and a language with more than --shard-pages pages (default SHARD_PAGES, or the environment's
 * SEARCH_SHARD_PAGES) in shards, each by a service of its own, one after the other; the search page
 * merges the shards at query time (src/lib/search-shards.ts). Each shard is then rewritten for
 * smaller first searches (scripts/lib/search-compact.ts: index chunks of --chunk-bytes, default
 * CHUNK_BYTES, or the environment's SEARCH_CHUNK_BYTES; pages and chunks named by counters).
 * Output: <site>/pagefind/pagefind.js, <site>/pagefind/shards.json and a folder per language and shard,
 * named by its content (src/lib/search-shards.ts shows the layout).
 *
 * A shard whose pages, options and indexing code are unchanged since the last build is copied from
 * --cache instead of indexed again (scripts/lib/shard-cache.ts): the output is the same either way.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { CHUNK_BYTES, compactBundle, TOKEN_LENGTH, type CompactOptions } from './lib/search-compact.ts';
import { moduleTreeVersion, ShardCache, ShardKey } from './lib/shard-cache.ts';
import { urlOfBuiltFile } from '../src/lib/search-paths.ts';
import { emptyParagraphAnchors, separateHanInHtml } from '../src/lib/search-segment.ts';
import { DATE_SORT, pageSortDate, planShards, SHARD_MANIFEST, shardFolder, type DatedPage, type ShardManifest } from '../src/lib/search-shards.ts';

/** Files handed to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const BATCH = 64;
/**
 * Pages per shard (per script). Measured here at 10,000 documents: one service for 10,000 pages peaked
 * at 5.7 GB; shards of 5,000 at 3.2 GB, but a first search then fetched 50–130 KB more (every shard has
 * its own posting chunks for the query's characters). 10,000 keeps the reader's cost of a 10k corpus and
 * still bounds the indexer's memory for any corpus size.
 */
const SHARD_PAGES = 10_000;
/** Pagefind's list of the languages it has an index for (read by pagefind.js). */
const ENTRY = 'pagefind-entry.json';

type Entry = { version: string; languages: Record<string, { hash: string }>; include_characters: string[] };

/** A page to index: where it is, its sort date, and a hash of its HTML (taken when it is first read, for the shard cache). */
interface SitePage extends DatedPage {
  digest: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

/** `<html lang>` of a page, lowercased as Pagefind keys its indexes. */
function pageLanguage(html: string): string {
  return (/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown').toLowerCase();
}

/** The URL a built file is served at. */
function urlOf(site: string, file: string): string {
  return urlOfBuiltFile(path.relative(site, file).split(path.sep).join('/'));
}

/** Index some pages in a service of their own, write them to `outputPath`, and stop the service. */
async function indexShard(site: string, files: readonly string[], outputPath: string): Promise<Entry> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const pages = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
    // Requests are sent in the shard's order (by date), without waiting in between: Pagefind numbers
    // pages in the order it receives them, and their names carry that order (src/lib/search-shards.ts).
    const results = await Promise.all(batch.map((file, k) => index.addHTMLFile({ url: urlOf(site, file), content: separateHanInHtml(emptyParagraphAnchors(pages[k]!)) })));
    results.forEach((added, k) => {
      if (added.errors.length) throw new Error(`pagefind: ${batch[k]}: ${added.errors.join('; ')}`);
    });
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return JSON.parse(await readFile(path.join(outputPath, ENTRY), 'utf8')) as Entry;
}

/** What a shard folder keeps of what Pagefind writes: its data and the WebAssembly (loaded from shard 0). */
const SHARD_FILE = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/;

/**
 * Index one shard of one language into a folder of its own under `root`: Pagefind writes it, the
 * compaction step rewrites it, Pagefind's code goes (one copy stays in `root`), and the folder is
 * named by its content. Returns the folder's name, and whether the compaction step rewrote it.
 */
async function buildShard(site: string, root: string, language: string, k: number, files: readonly string[], options: CompactOptions): Promise<{ folder: string; compacted: boolean }> {
  const work = path.join(root, `.work-${k}`);
  const entry = await indexShard(site, files, work);
  const info = entry.languages[language] ?? Object.values(entry.languages)[0];
  if (!info) throw new Error(`pagefind wrote no index for ${language}`);
  const compacted = await compactBundle(work, language, info.hash, options);
  let token: string;
  if (compacted.skipped !== undefined) {
    console.warn(`search index: ${language} shard ${k} left as Pagefind wrote it: ${compacted.skipped}`);
    token = info.hash.slice(-TOKEN_LENGTH);
  } else {
    info.hash = compacted.metaHash;
    token = compacted.token;
  }
  await writeFile(path.join(work, ENTRY), JSON.stringify(entry));
  const code = path.join(root, 'pagefind.js');
  if (!existsSync(code)) await rename(path.join(work, 'pagefind.js'), code);
  for (const name of await readdir(work)) if (!SHARD_FILE.test(name)) await rm(path.join(work, name), { recursive: true });
  const folder = shardFolder(language, k, token);
  await rename(work, path.join(root, folder));
  return { folder, compacted: compacted.skipped === undefined };
}

/** A positive integer from the command line, else the environment, else the default. */
function countOption(flag: string, env: string, value: string | undefined, fallback: number): number {
  const given = value ?? process.env[env];
  const n = Number(given ?? fallback);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`search index: --${flag} (or ${env}) must be a positive integer, got ${given}`);
    process.exit(2);
  }
  return n;
}

/**
 * A shard from the cache when its key (the index code, the shard's place and options, its pages) is
 * there, else indexed and then kept in the cache.
 */
async function cachedShard(cache: ShardCache | undefined, version: string, site: string, root: string, language: string, k: number, pages: readonly SitePage[], options: CompactOptions): Promise<string> {
  const files = pages.map((p) => p.file);
  if (!cache) return (await buildShard(site, root, language, k, files, options)).folder;
  const key = pages.reduce((key, p) => key.page(urlOf(site, p.file), p.digest), new ShardKey(version, { language, k, ...options })).digest();
  const restored = cache.restore(key, root);
  if (restored !== undefined) return restored;
  const { folder, compacted } = await buildShard(site, root, language, k, files, options);
  // A shard left as Pagefind wrote it is not kept: the next build tries again, and warns again.
  if (compacted) cache.store(key, root, folder);
  return folder;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      'shard-pages': { type: 'string' },
      'chunk-bytes': { type: 'string' },
      cache: { type: 'string', default: '.cache/search' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const site = path.resolve(values.site!);
  const maxPages = countOption('shard-pages', 'SEARCH_SHARD_PAGES', values['shard-pages'], SHARD_PAGES);
  const chunkBytes = countOption('chunk-bytes', 'SEARCH_CHUNK_BYTES', values['chunk-bytes'], CHUNK_BYTES);
  const started = performance.now();

  const byLanguage = new Map<string, SitePage[]>();
  let skipped = 0;
  for (const file of await htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) {
      skipped++;
      continue;
    }
    const language = pageLanguage(html);
    const pages = byLanguage.get(language) ?? [];
    pages.push({ file, date: pageSortDate(html), digest: createHash('sha256').update(html).digest('hex') });
    byLanguage.set(language, pages);
  }
  const root = path.join(site, 'pagefind');
  await rm(root, { recursive: true, force: true });
  const cache = values['no-cache'] ? undefined : new ShardCache(path.resolve(values.cache!));
  const version = moduleTreeVersion(import.meta.filename, path.resolve(import.meta.dirname, '..'));

  const manifest: ShardManifest = { maxPages, chunkBytes, languages: {} };
  let pages = 0;
  for (const language of [...byLanguage.keys()].sort()) {
    const folders: string[] = [];
    let firstPage = 0;
    for (const [k, shard] of planShards(byLanguage.get(language)!, maxPages).entries()) {
      folders.push(await cachedShard(cache, version, site, root, language, k, shard, { chunkBytes, firstPage, pageOrderSort: DATE_SORT }));
      firstPage += shard.length;
    }
    manifest.languages[language] = folders;
    pages += firstPage;
  }
  if (pages > 0) await writeFile(path.join(site, SHARD_MANIFEST), JSON.stringify(manifest));
  cache?.prune();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const shardCount = Object.values(manifest.languages).reduce((a, b) => a + b.length, 0);
  console.log(
    `search index: ${pages} pages in ${byLanguage.size} languages, ${shardCount} shards of at most ${maxPages} pages (${skipped} without data-pagefind-body skipped) in ${seconds} s → ${path.relative(process.cwd(), root)}${cache ? ` (${cache.hits} of ${shardCount} shards unchanged, copied from ${path.relative(process.cwd(), path.resolve(values.cache!)) || '.'})` : ''}`,
  );
}

await main();
