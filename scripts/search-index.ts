/**
 * The search index step of `npm run build` (after Astro): Pagefind's Node API over the built pages.
 *
 *   tsx scripts/search-index.ts [--site dist]
 *
 * Every page that has a data-pagefind-body element is handed to Pagefind with a word break before
 * and after each Han character (src/lib/search-segment.ts explains why), so the index holds single
 * characters and phrase searches match exact text. The pages on disk are not changed. Pages without
 * data-pagefind-body (index, about, search pages) are skipped, as the Pagefind CLI does.
 * Output: <site>/pagefind/ (pagefind.js, the WebAssembly, one index per <html lang>).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { urlOfBuiltFile } from '../src/lib/search-paths.ts';
import { separateHanInHtml } from '../src/lib/search-segment.ts';

/** Files handed to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const BATCH = 64;

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  const site = path.resolve(values.site!);
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

  const files = await htmlFiles(site);
  let pages = 0;
  let skipped = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    await Promise.all(
      batch.map(async (file) => {
        const html = await readFile(file, 'utf8');
        if (!html.includes('data-pagefind-body')) {
          skipped++;
          return;
        }
        const added = await index.addHTMLFile({ url: urlOfBuiltFile(path.relative(site, file).split(path.sep).join('/')), content: separateHanInHtml(html) });
        if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
        pages++;
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${pages} pages indexed (${skipped} without data-pagefind-body skipped) in ${seconds} s → ${path.relative(process.cwd(), written.outputPath) || written.outputPath}`);
}

await main();
