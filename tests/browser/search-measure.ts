/**
 * Reader cost of search, measured in headless Chromium against a built site (not a test: no
 * assertions, numbers vary by machine). A cold page (empty cache), then one query typed into the
 * search box; counts every byte fetched for it — Pagefind's JS, WebAssembly, metadata, index chunks,
 * result fragments, and the conversion data for a query in the other script — and the time from the
 * keystroke to the first rendered results.
 *
 *   npm exec -- tsx tests/browser/search-measure.ts [query …]      (against dist/, default queries)
 *
 * `measureSearch(site, …)` is exported for the benchmark (bench/run.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, openSite, type Site } from './helpers.ts';

export interface SearchCost {
  locale: string;
  query: string;
  results: number;
  /** Milliseconds from typing the query to the rendered results (Pagefind loads on first use). */
  timeToResultsMs: number;
  /** Bytes fetched for the search, by kind; `gzip` counts text files as a server would send them gzip-compressed. */
  bytes: Record<string, { files: number; raw: number; gzip: number }>;
  totalRaw: number;
  totalGzip: number;
  /** The search page itself (HTML, CSS, JS) before the box is used. */
  pageGzip: number;
}

/** Pagefind's index files are gzip-compressed by Pagefind; text files are compressed by the server. */
const COMPRESSIBLE = /\.(js|mjs|json|css|html)$|\/$/;

/** What a fetched file is, for any shard of the index (/pagefind/<script>-<k>-<token>/…) or Pagefind's code. */
function kind(pathname: string): string {
  if (pathname.startsWith('/search-data/')) return 'conversion';
  const inIndex = /\/pagefind\/(?:[a-z0-9_]+(?:-[a-z0-9_]+)*-\d+-[0-9a-f]+\/)?(.*)$/.exec(pathname)?.[1];
  if (inIndex === undefined) return 'page';
  if (inIndex.startsWith('index/')) return 'index';
  if (inIndex.startsWith('fragment/')) return 'fragments';
  if (inIndex.startsWith('filter/')) return 'filters';
  if (inIndex.startsWith('wasm.')) return 'wasm';
  if (inIndex.endsWith('.pf_meta') || inIndex === 'pagefind-entry.json' || inIndex === 'shards.json') return 'meta';
  return 'pagefind-js';
}

export function directoryBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    n += e.isDirectory() ? directoryBytes(full) : statSync(full).size;
  }
  return n;
}

/** One cold search: open the search page of `locale`, type `query`, wait for the results. */
export async function measureSearch(site: Site, locale: 'zh-hans' | 'zh-hant', query: string): Promise<SearchCost> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bytes: SearchCost['bytes'] = {};
  let pageGzip = 0;
  let searching = false;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const pathname = new URL(response.url()).pathname;
        const gzip = COMPRESSIBLE.test(pathname) ? gzipSync(body).length : body.length;
        if (!searching) {
          pageGzip += gzip;
          return;
        }
        const b = (bytes[kind(pathname)] ??= { files: 0, raw: 0, gzip: 0 });
        b.files += 1;
        b.raw += body.length;
        b.gzip += gzip;
      })(),
    );
  });
  await page.goto(`${site.origin}/${locale}/search/`, { waitUntil: 'networkidle' });
  await Promise.all(pending.splice(0));
  searching = true;
  const started = Date.now();
  await page.fill('input[data-search-input]', query);
  await page.press('input[data-search-input]', 'Enter');
  await page.waitForFunction((q) => {
    const root = document.querySelector<HTMLElement>('[data-search-root]');
    return root?.dataset.query === q && root.dataset.state !== 'loading';
  }, query.trim(), { timeout: 120_000 });
  const timeToResultsMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending.splice(0));
  const results = await page.locator('[data-search-list] > li').count();
  await context.close();
  const totalRaw = Object.values(bytes).reduce((n, b) => n + b.raw, 0);
  const totalGzip = Object.values(bytes).reduce((n, b) => n + b.gzip, 0);
  return { locale, query, results, timeToResultsMs, bytes, totalRaw, totalGzip, pageGzip };
}

/** Size on disk of what search serves: Pagefind's bundle and the conversion data. */
export function searchIndexBytes(dist = DIST): { pagefind: number; conversion: number } {
  return { pagefind: directoryBytes(path.join(dist, 'pagefind')), conversion: directoryBytes(path.join(dist, 'search-data')) };
}

async function main(): Promise<void> {
  const queries = process.argv.slice(2);
  const cases: ['zh-hans' | 'zh-hant', string][] = queries.length
    ? queries.map((q) => ['zh-hans', q])
    : [
        ['zh-hans', '网络主权'],
        ['zh-hans', '打击网络犯罪'],
        ['zh-hans', '網絡安全'],
        ['zh-hant', '数字鸿沟'],
      ];
  const site = await openSite();
  try {
    for (const [locale, query] of cases) {
      const cost = await measureSearch(site, locale, query);
      const parts = Object.entries(cost.bytes)
        .map(([k, b]) => `${k} ${(b.gzip / 1024).toFixed(1)}`)
        .join(', ');
      console.log(`${locale} ${query}: ${cost.results} results in ${cost.timeToResultsMs} ms; ${(cost.totalGzip / 1024).toFixed(1)} KB transferred (${parts}); search page itself ${(cost.pageGzip / 1024).toFixed(1)} KB`);
    }
    const size = searchIndexBytes();
    console.log(`index on disk: pagefind ${(size.pagefind / 1024).toFixed(0)} KB, conversion data ${(size.conversion / 1024).toFixed(1)} KB`);
  } finally {
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
