/**
 * The search index step of `npm run build` (after Astro): Pagefind's Node API over the built pages.
 *
 *   tsx scripts/search-index.ts [--site dist] [--shard-pages N]
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
 * merges the shards at query time (src/lib/search-shards.ts).
 * Output: <site>/pagefind/ (pagefind.js, the WebAssembly, shard 0 of each language, shards.json) and
 * <site>/pagefind/shard-<k>/ for the other shards.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { urlOfBuiltFile } from '../src/lib/search-paths.ts';
import { emptyParagraphAnchors, separateHanInHtml } from '../src/lib/search-segment.ts';
import { pageSortDate, planShards, SHARD_MANIFEST, shardPath, type DatedPage, type ShardManifest } from '../src/lib/search-shards.ts';

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

type Entry = { version: string; languages: Record<string, unknown>; include_characters: string[] };

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

/** Index some pages in a service of their own, write them to `outputPath`, and stop the service. */
async function indexShard(site: string, files: readonly string[], outputPath: string): Promise<Entry> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const pages = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
    // Requests are sent in file order, without waiting in between: Pagefind numbers pages in the order
    // it receives them, so this keeps the index the same from one build to the next.
    const results = await Promise.all(
      batch.map((file, k) => index.addHTMLFile({ url: urlOfBuiltFile(path.relative(site, file).split(path.sep).join('/')), content: separateHanInHtml(emptyParagraphAnchors(pages[k]!)) })),
    );
    results.forEach((added, k) => {
      if (added.errors.length) throw new Error(`pagefind: ${batch[k]}: ${added.errors.join('; ')}`);
    });
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return JSON.parse(await readFile(path.join(outputPath, ENTRY), 'utf8')) as Entry;
}

function shardPagesOption(value: string | undefined): number {
  const n = Number(value ?? process.env.SEARCH_SHARD_PAGES ?? SHARD_PAGES);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`search index: --shard-pages (or SEARCH_SHARD_PAGES) must be a positive integer, got ${value ?? process.env.SEARCH_SHARD_PAGES}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, 'shard-pages': { type: 'string' } } });
  const site = path.resolve(values.site!);
  const maxPages = shardPagesOption(values['shard-pages']);
  const started = performance.now();

  const byLanguage = new Map<string, DatedPage[]>();
  let skipped = 0;
  for (const file of await htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) {
      skipped++;
      continue;
    }
    const language = pageLanguage(html);
    const pages = byLanguage.get(language) ?? [];
    pages.push({ file, date: pageSortDate(html) });
    byLanguage.set(language, pages);
  }
  const root = path.join(site, 'pagefind');
  await rm(root, { recursive: true, force: true });

  // Each pass writes an entry file naming its own language only: merge them per shard folder.
  const entries = new Map<string, Entry>();
  const manifest: ShardManifest = { maxPages, languages: {} };
  let pages = 0;
  for (const language of [...byLanguage.keys()].sort()) {
    const shards = planShards(byLanguage.get(language)!, maxPages);
    manifest.languages[language] = shards.length;
    for (const [k, shard] of shards.entries()) {
      const outputPath = path.join(site, shardPath('/', k).slice(1));
      const written = await indexShard(site, shard.map((p) => p.file), outputPath);
      const merged = entries.get(outputPath);
      entries.set(outputPath, merged ? { ...merged, ...written, languages: { ...merged.languages, ...written.languages } } : written);
      pages += shard.length;
    }
  }
  for (const [outputPath, entry] of entries) await writeFile(path.join(outputPath, ENTRY), JSON.stringify(entry));
  if (pages > 0) await writeFile(path.join(site, SHARD_MANIFEST), JSON.stringify(manifest));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const shardCount = Object.values(manifest.languages).reduce((a, b) => a + b, 0);
  console.log(
    `search index: ${pages} pages in ${byLanguage.size} languages, ${shardCount} shards of at most ${maxPages} pages (${skipped} without data-pagefind-body skipped) in ${seconds} s → ${path.relative(process.cwd(), root)}`,
  );
}

await main();
