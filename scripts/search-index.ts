/**
 * The search index step of `npm run build` (after Astro): Pagefind's Node API over the built pages.
 *
 *   tsx scripts/search-index.ts [--site dist]
 *
 * Every page that has a data-pagefind-body element is handed to Pagefind with a word break before
 * and after each Han character (src/lib/search-segment.ts explains why), so the index holds single
 * characters and phrase searches match exact text. The pages on disk are not changed. Pages without
 * data-pagefind-body (index, about, search pages) are skipped, as the Pagefind CLI does. Each language
 * (`<html lang>`) is indexed by a Pagefind service of its own, one after the other, to bound memory.
 * Output: <site>/pagefind/ (pagefind.js, the WebAssembly, one index per <html lang>).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { urlOfBuiltFile } from '../src/lib/search-paths.ts';
import { separateHanInHtml } from '../src/lib/search-segment.ts';

/** Files handed to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const BATCH = 64;
/** Pagefind's list of the languages it has an index for (read by pagefind.js). */
const ENTRY = 'pagefind-entry.json';

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

/** Index the pages of one language in a service of its own, write it out, and stop the service. */
async function indexLanguage(site: string, files: string[]): Promise<{ pages: number; languages: Record<string, unknown> }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let added = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const pages = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
    // Requests are sent in file order, without waiting in between: Pagefind numbers pages in the order
    // it receives them, so this keeps the index the same from one build to the next.
    const results = await Promise.all(
      batch.map((file, k) => index.addHTMLFile({ url: urlOfBuiltFile(path.relative(site, file).split(path.sep).join('/')), content: separateHanInHtml(pages[k]!) })),
    );
    results.forEach((added, k) => {
      if (added.errors.length) throw new Error(`pagefind: ${batch[k]}: ${added.errors.join('; ')}`);
    });
    added += batch.length;
  }
  const outputPath = path.join(site, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const entry = JSON.parse(await readFile(path.join(outputPath, ENTRY), 'utf8')) as { languages: Record<string, unknown> };
  return { pages: added, languages: entry.languages };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  const site = path.resolve(values.site!);
  const started = performance.now();

  // Pages by language. Each language is indexed by a Pagefind service of its own, one after the other:
  // the service holds every page it indexes in memory, so this halves its peak (10k documents: ~7 GB).
  const byLanguage = new Map<string, string[]>();
  let skipped = 0;
  for (const file of await htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) {
      skipped++;
      continue;
    }
    const language = pageLanguage(html);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), file]);
  }
  await rm(path.join(site, 'pagefind'), { recursive: true, force: true });
  let pages = 0;
  const entry = { version: '', languages: {} as Record<string, unknown>, include_characters: [] as string[] };
  for (const language of [...byLanguage.keys()].sort()) {
    const result = await indexLanguage(site, byLanguage.get(language)!);
    pages += result.pages;
    // Each pass writes an entry file naming its own language only; the final one names them all.
    const written = JSON.parse(await readFile(path.join(site, 'pagefind', ENTRY), 'utf8')) as typeof entry;
    Object.assign(entry, written, { languages: { ...entry.languages, ...result.languages } });
  }
  if (pages > 0) await writeFile(path.join(site, 'pagefind', ENTRY), JSON.stringify(entry));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${pages} pages in ${byLanguage.size} languages indexed (${skipped} without data-pagefind-body skipped) in ${seconds} s → ${path.relative(process.cwd(), path.join(site, 'pagefind'))}`);
}

await main();
