/**
 * The search-index rewrite (scripts/lib/search-compact.ts) as Pagefind's own code reads it, in
 * Chromium. The test site's document pages are indexed by Pagefind once and served three ways: as
 * Pagefind wrote them, rewritten into one chunk (every word at hand: what Pagefind's search means to
 * find), and rewritten into small chunks. Every query must give the same pages in the same order, with
 * the same scores, excerpts and paragraph anchors and filter counts, from small chunks as from one; and
 * never fewer pages than from Pagefind's own chunks, which can hold a word apart from the words that
 * extend it (a search then misses those). The queries cover Han characters (words of their own in this
 * index), phrases, Latin and number prefixes (Pagefind extends a query word, or falls back to an indexed
 * word that begins it, among the words of the chunk it loads) and words found nowhere.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactBundle } from '../../scripts/lib/search-compact.ts';
import type { Anchor } from '../../src/lib/search-anchors.ts';
import { anchorForHit } from '../../src/lib/search-query.ts';
import { emptyParagraphAnchors, separateHanInHtml } from '../../src/lib/search-segment.ts';
import { DIST, openSite, type Site } from './helpers.ts';
import { startServer, type StaticServer } from './server.ts';

const QUERIES = ['网', '网 络 安 全', '"网 络 主 权"', '合 作 共 赢', '的', 'cyber', 'pwn', 'alert', '20', '2024', '"恐 龙 化 石"', 'zzzz'];

let site: Site;
let server: StaticServer;
let root = '';

/** A search and what it shows, through one Pagefind instance (`basePath`), in the page. */
async function searchIn(browser: Browser, basePath: string): Promise<unknown> {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/`);
    // A string, so that the test runner does not rewrite the browser's dynamic import().
    return await page.evaluate(`(async () => {
      const { createInstance } = await import('/original/pagefind.js');
      const pf = createInstance({ basePath: '${basePath}', noWorker: true });
      const out = { filters: await pf.filters(), queries: {} };
      for (const q of ${JSON.stringify(QUERIES)}) {
        const found = await pf.search(q);
        const shown = await Promise.all(found.results.slice(0, 12).map(async (r) => {
          const d = await r.data();
          return { score: r.score, url: d.url, excerpt: d.excerpt, anchors: d.sub_results.map((s) => s.url + ' ' + s.excerpt), markers: d.anchors, locations: d.locations };
        }));
        out.queries[q] = { count: found.results.length, counts: found.filters, shown };
      }
      return out;
    })()`);
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  site = await openSite();
  root = mkdtempSync(path.join(tmpdir(), 'search-compact-browser-'));
  const docs = path.join(DIST, 'zh-hans', 'docs');
  const { index } = await pagefind.createIndex({});
  for (const slug of readdirSync(docs).sort()) {
    const html = readFileSync(path.join(docs, slug, 'index.html'), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    await index!.addHTMLFile({ url: `/zh-hans/docs/${slug}/`, content: separateHanInHtml(emptyParagraphAnchors(html)) });
  }
  await index!.writeFiles({ outputPath: path.join(root, 'original') });
  await pagefind.close();
  for (const [name, chunkBytes] of [['one-chunk', Number.MAX_SAFE_INTEGER], ['compacted', 512]] as const) {
    cpSync(path.join(root, 'original'), path.join(root, name), { recursive: true });
    const entryFile = path.join(root, name, 'pagefind-entry.json');
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
    const result = await compactBundle(path.join(root, name), 'zh-hans', entry.languages['zh-hans']!.hash, { chunkBytes });
    if (result.skipped !== undefined) throw new Error(result.skipped);
    entry.languages['zh-hans']!.hash = result.metaHash;
    writeFileSync(entryFile, JSON.stringify(entry));
  }
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="zh-hans"><title>search</title></html>');
  server = await startServer(root);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the rewritten search index in Pagefind', () => {
  it('answers every query in small chunks as in one, and finds no fewer pages than in Pagefind’s chunks', async () => {
    type Shown = { url: string; markers: Anchor[]; locations: number[] };
    type Answers = { queries: Record<string, { count: number; shown: Shown[] }> };
    const oneChunk = (await searchIn(site.browser, '/one-chunk/')) as Answers;
    const compacted = (await searchIn(site.browser, '/compacted/')) as Answers;
    const original = (await searchIn(site.browser, '/original/')) as Answers;
    expect(compacted).toEqual(oneChunk);
    for (const q of QUERIES) expect(oneChunk.queries[q]!.count, q).toBeGreaterThanOrEqual(original.queries[q]!.count);
    // The queries test something: most find pages, a prefix finds the words it begins, a phrase found nowhere nothing.
    expect(Object.values(oneChunk.queries).filter((q) => q.count > 0).length).toBeGreaterThanOrEqual(QUERIES.length - 3);
    expect(oneChunk.queries['pwn']!.count).toBeGreaterThan(0);
    expect(oneChunk.queries['"恐 龙 化 石"']!.count).toBe(0);
    // A result links to the same paragraph from packed paragraph markers as from Pagefind's own.
    let linked = 0;
    let packed = 0;
    for (const q of QUERIES) {
      for (const hit of original.queries[q]!.shown) {
        const same = compacted.queries[q]!.shown.find((h) => h.url === hit.url);
        if (!same) continue;
        if (same.markers.filter((a) => a.element === 'span').length < hit.markers.filter((a) => a.element === 'span').length) packed++;
        expect(anchorForHit(same.markers, same.locations), `${q} ${hit.url}`).toBe(anchorForHit(hit.markers, hit.locations));
        if (anchorForHit(hit.markers, hit.locations)?.startsWith('p')) linked++;
      }
    }
    expect(linked).toBeGreaterThan(20);
    expect(packed).toBeGreaterThan(20);
  }, 90_000);

  it('is cut into many more chunks than Pagefind made, so the lookup is exercised', () => {
    const chunks = (dir: string) => readdirSync(path.join(root, dir, 'index')).length;
    expect(chunks('compacted')).toBeGreaterThan(5 * chunks('original'));
    expect(chunks('one-chunk')).toBe(1);
  });
});
