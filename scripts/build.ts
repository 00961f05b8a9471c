/**
 * npm run build: the whole chain into dist/ — corpus pipeline → Astro → Pagefind (scripts/search-index.ts).
 * CORPUS_INPUT=<dir> builds from another raw folder (default content/raw).
 * Astro prints one line per generated page; past the first few they are counted, not printed,
 * so a 10,000-document build keeps a readable log.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { createInterface } from 'node:readline';
import v8 from 'node:v8';
import { missingAssets } from './lib/dist-assets.ts';

/** Per-page lines Astro prints ("  ├─ /zh-hans/docs/…/index.html (+3ms)"). */
const PAGE_LINE = /^\s*[├└]─ /;
const PAGE_LINES_SHOWN = 10;

function run(label: string, command: string, args: string[]): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let pageLines = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (PAGE_LINE.test(line) && ++pageLines > PAGE_LINES_SHOWN) return;
      console.log(line);
    });
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (pageLines > PAGE_LINES_SHOWN) console.log(`  … and ${pageLines - PAGE_LINES_SHOWN} more pages`);
      if (code !== 0) {
        console.error(`build: ${label} failed (exit ${code ?? signal}) after ${seconds} s`);
        process.exit(code ?? 1);
      }
      console.log(`build: ${label} done in ${seconds} s`);
      resolve();
    });
  });
}

/**
 * Share of the machine's memory the Node steps (pipeline, Astro) may use for their heap, when that is
 * more than V8's default (~4 GB here). Measured at 20k documents: the pipeline's main thread peaked at
 * 1.9 GB and Astro at 4.4 GB, both growing with the corpus, so 100k documents need more than the
 * default. The steps run one after the other; NODE_OPTIONS=--max-old-space-size=… wins.
 */
const HEAP_SHARE = 0.75;
const heapMB = Math.floor(Math.max(os.totalmem() * HEAP_SHARE, v8.getHeapStatistics().heap_size_limit) / 2 ** 20);
const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${heapMB}`];

const input = process.env.CORPUS_INPUT || 'content/raw';
await run('corpus', process.execPath, [...heap, '--import', 'tsx', 'scripts/corpus.ts', '--input', input, '--output', 'content/docs']);
await run('astro', process.execPath, [...heap, 'node_modules/astro/bin/astro.mjs', 'build']);
if (process.env.ASTRO_INCREMENTAL === '1') {
  const missing = await missingAssets('dist');
  if (missing.length > 0) {
    console.error(`build: pages copied from Astro's incremental cache name assets this build does not have (${missing.map(([page, asset]) => `${page} → ${asset}`).slice(0, 3).join('; ')}).`);
    console.error('Rebuild without ASTRO_INCREMENTAL=1 once (or delete node_modules/.astro/incremental-build.json).');
    process.exit(1);
  }
}
// Pagefind through its Node API, each Han character indexed as a word (scripts/search-index.ts).
await run('pagefind', process.execPath, ['--import', 'tsx', 'scripts/search-index.ts', '--site', 'dist']);
