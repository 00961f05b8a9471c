/**
 * Site-wide behaviour: language negotiation at `/`, 404 pages in both scripts, sitemap and
 * robots.txt, alias redirects, the theme switch, the Content-Security-Policy (no inline code
 * in any built page, no violations at run time), pages that fit a phone's width, and a search index
 * that is the same on every build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, documentsByLength, LOCALES, newPage, openSite, readReport, type Site } from './helpers.ts';

let site: Site;
const report = readReport();

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('language negotiation at /', () => {
  it.each([
    ['zh-TW', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-CN', 'zh-hans'],
    ['en-US', 'zh-hans'],
  ])('browser language %s opens /%s/', async (locale, expected) => {
    const { page, problems } = await newPage(site, { locale });
    await page.goto(`${site.origin}/`);
    await page.waitForURL(`**/${expected}/`);
    expect(await problems()).toEqual([]);
  });

  it('a stored choice wins over the browser language', async () => {
    const { page } = await newPage(site, { locale: 'zh-CN' });
    await page.goto(`${site.origin}/zh-hans/about/`);
    await page.evaluate(() => localStorage.setItem('script', 'zh-Hant'));
    await page.goto(`${site.origin}/`);
    await page.waitForURL('**/zh-hant/');
  });

  it('the toggle stores the choice that / then follows', async () => {
    const { page } = await newPage(site, { locale: 'zh-TW' });
    await page.goto(`${site.origin}/zh-hant/`);
    await Promise.all([page.waitForURL('**/zh-hans/'), page.click('a[data-script-toggle]')]);
    await page.goto(`${site.origin}/`);
    await page.waitForURL('**/zh-hans/');
  });

  it('without JavaScript / offers a plain link to each script', async () => {
    const { page } = await newPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    const links = await page.$$eval('a[hreflang]', (as) => as.map((a) => `${a.getAttribute('hreflang')} ${a.getAttribute('href')}`));
    expect(links).toEqual(['zh-Hans /zh-hans/', 'zh-Hant /zh-hant/']);
  });
});

describe('not found', () => {
  it.each(LOCALES)('a missing page under /$path/ answers 404 with the page in $code', async ({ code, path }) => {
    const { page, problems } = await newPage(site, { allowNotFound: true });
    const res = await page.goto(`${site.origin}/${path}/docs/no-such-document/`);
    expect(res?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(code);
    expect(await page.textContent('h1')).toBe(code === 'zh-Hans' ? '找不到页面' : '找不到頁面');
    expect(await page.getAttribute(`a[href="/${path}/"]`, 'href')).toBe(`/${path}/`);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    expect(await problems()).toEqual([]);
  });

  it('a missing page elsewhere answers 404 in both scripts', async () => {
    const { page, problems } = await newPage(site, { allowNotFound: true });
    const res = await page.goto(`${site.origin}/no/such/page`);
    expect(res?.status()).toBe(404);
    const headings = await page.$$eval('h1', (hs) => hs.map((h) => `${h.closest('[lang]')?.getAttribute('lang')} ${h.textContent}`));
    expect(headings).toEqual(['zh-Hans 找不到页面', 'zh-Hant 找不到頁面']);
    expect(await problems()).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  it('sitemap.xml lists every document in both scripts, with hreflang links, and no 404 page', async () => {
    const index = await (await fetch(`${site.origin}/sitemap.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    let xml = '';
    for (const s of sitemaps) {
      const part = await (await fetch(`${site.origin}${s}`)).text();
      xml += part;
      urls.push(...[...part.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    }
    for (const d of report.documents) {
      expect(urls).toContain(`/zh-hans/docs/${d.slug}/`);
      expect(urls).toContain(`/zh-hant/docs/${d.slug}/`);
    }
    expect(urls.some((u) => u.includes('404'))).toBe(false);
    expect(xml).toContain('hreflang="zh-Hant"');
  });

  it('robots.txt points to the sitemap', async () => {
    const robots = await (await fetch(`${site.origin}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

describe('aliases of merged documents', () => {
  it('redirect to the surviving document without script', async () => {
    const aliases = report.documents.flatMap((d) => d.aliases.map((alias) => ({ alias, slug: d.slug })));
    const { page } = await newPage(site, { javaScriptEnabled: false });
    for (const { alias, slug } of aliases) {
      if (report.documents.some((d) => d.slug === alias)) continue; // an alias never shadows a document
      const html = await (await fetch(`${site.origin}/zh-hans/docs/${alias}/`)).text();
      expect(html).toContain(`content="0; url=/zh-hans/docs/${slug}/"`);
      await page.goto(`${site.origin}/zh-hant/docs/${alias}/`);
      await page.waitForURL(`**/zh-hant/docs/${slug}/`);
    }
  });
});

describe('theme', () => {
  it('follows the system, switches manually, and remembers the choice without a flash', async () => {
    const { page, problems } = await newPage(site, { colorScheme: 'dark' });
    await page.goto(`${site.origin}/zh-hans/about/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await page.click('button[data-theme-toggle]'); // auto → dark (same look, now explicit)
    await page.click('button[data-theme-toggle]'); // dark → light
    const light = await background();
    expect(light).not.toBe(dark);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    // On the next page the stored theme is applied before any content is painted.
    await page.goto(`${site.origin}/zh-hant/`, { waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await background()).toBe(light);
    expect(await problems()).toEqual([]);
  });
});

describe('phones', () => {
  it('no page, and no document list, scrolls sideways on a 360 px wide screen: the longest documents, index, search results and about pages', async () => {
    const width = 360;
    const { context, page, problems } = await newPage(site, { viewport: { width, height: 740 } });
    const docs = documentsByLength(report).slice(0, 8);
    const query = '网络';
    const paths = LOCALES.flatMap(({ path: p }) => [`/${p}/`, `/${p}/search/?q=${query}`, `/${p}/about/`, ...docs.map((d) => `/${p}/docs/${d.slug}/`)]);
    const wide: string[] = [];
    for (const p of paths) {
      await page.goto(`${site.origin}${p}`);
      // Search results are drawn by the page script: measure once they are there.
      if (p.includes('?q=')) await page.waitForSelector('[data-search-root][data-state="done"] [data-search-list] > li');
      // The page, and the document list inside its own scrolling box: on phones each document is a card.
      const [scrollWidth, list] = await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector('.doc-table')?.scrollWidth ?? 0]);
      if (scrollWidth > width) wide.push(`${p}: ${scrollWidth} px`);
      if (list > width) wide.push(`${p} document list: ${list} px`);
    }
    expect(wide).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});

describe('content security policy', () => {
  /** An HTML start tag, its quoted attribute values consumed whole. */
  const TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  const ATTRIBUTE = /\s+([^\s"'=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

  function htmlFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
    );
  }

  it('every built page carries the CSP and has no inline script, style element or style attribute', () => {
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(report.documents.length * 2);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const rel = path.relative(DIST, file);
      expect(html, rel).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`);
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, rel).toMatch(/\ssrc="/);
      expect(html, rel).not.toMatch(/<style[\s>]/);
      // Attribute names of every tag: `<` inside a quoted value (a scraped title in a meta description) is text, not a tag.
      const attributes = [...html.matchAll(TAG)].flatMap((m) => [...(m[1] ?? '').matchAll(ATTRIBUTE)].map((a) => a[1]!.toLowerCase()));
      expect(attributes.length, rel).toBeGreaterThan(10);
      expect(attributes.filter((name) => name === 'style' || name.startsWith('on')), rel).toEqual([]);
      // Source comments stay in the source: outside tags (where a scraped value may hold a raw `<`), none is shipped.
      expect(html.replace(TAG, '').includes('<!--'), rel).toBe(false);
    }
  });
});

describe('search index', () => {
  /** Path → SHA-256 of every file under a folder. */
  function digests(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!e.isFile()) continue;
      const full = path.join(e.parentPath, e.name);
      out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
    return out;
  }

  it('stores each paragraph once per result fragment: paragraph anchors carry their id and position, not their text', () => {
    // Every shard's fragments (pagefind/<script>-<k>-<token>/fragment/).
    const files = readdirSync(path.join(DIST, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pf_fragment'));
    let paragraphAnchors = 0;
    for (const file of files) {
      const raw = gunzipSync(readFileSync(path.join(DIST, 'pagefind', file))).toString('utf8');
      const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; anchors: { element: string; id: string; text: string; location: number }[] };
      for (const a of fragment.anchors.filter((x) => /^p\d+$/.test(x.id))) {
        expect(a.text, `${fragment.url} #${a.id}`).toBe('');
        paragraphAnchors++;
      }
    }
    expect(paragraphAnchors).toBeGreaterThan(50);
  });

  it('is byte-identical when rebuilt from the same pages, one index per script, in the shards the manifest names', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'pagefind', 'shards.json'), 'utf8')) as { maxPages: number; chunkBytes: number; languages: Record<string, string[]> };
    // The test site is built with small shards (scripts/build-test-site.ts) so that search runs on merged shards.
    expect(Object.keys(manifest.languages).sort()).toEqual(['zh-hans', 'zh-hant']);
    const expectedShards = Math.ceil(report.documents.length / manifest.maxPages);
    expect(expectedShards).toBeGreaterThan(1);
    const copy = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    try {
      cpSync(DIST, copy, { recursive: true });
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/search-index.ts', '--site', copy, '--shard-pages', String(manifest.maxPages), '--chunk-bytes', String(manifest.chunkBytes)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const [language, folders] of Object.entries(manifest.languages)) {
        expect(folders.length, language).toBe(expectedShards);
        // One folder per shard, named by script, number and content; only the data and the WebAssembly in it.
        folders.forEach((folder, k) => expect(folder).toMatch(new RegExp(`^${language}-${k}-[0-9a-f]{7}$`)));
        let pages = 0;
        for (const folder of folders) {
          const dir = path.join(copy, 'pagefind', folder);
          expect(readdirSync(dir).filter((f) => !/^(pagefind-entry\.json|pagefind\..*\.pf_meta|wasm\.unknown\.pagefind|index|fragment|filter)$/.test(f))).toEqual([]);
          const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          expect(entry.languages[language]!.page_count).toBeLessThanOrEqual(manifest.maxPages);
          pages += entry.languages[language]!.page_count;
        }
        expect(pages, language).toBe(report.documents.length);
      }
      expect(digests(path.join(copy, 'pagefind'))).toEqual(digests(path.join(DIST, 'pagefind')));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
