/**
 * Full-text search in a real browser, against the built dist/ (never rebuilt here).
 *
 * Expectations come from the corpus itself (content/docs): for a query, the documents whose title or
 * body contains it are the phrase hits and must be the first results, in both scripts; the query's
 * twin in the other script is the corpus's own most frequent rendering of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMdxDocument, type DocumentText } from '../../src/lib/search-corpus.ts';
import { newPage, openSite, SITE_ROOT, type Site, type WatchedPage } from './helpers.ts';

type LocalePath = 'zh-hans' | 'zh-hant';

/** Queries chosen from the corpus (2–8 characters, policy vocabulary), in Simplified. */
const QUERIES = ['网络主权', '打击网络犯罪', '数字鸿沟', '命运共同体', '网络恐怖主义', '个人隐私', '知识产权', '互联网公约', '白皮书', '东盟', '信息技术', '联合国'];
/** A query whose words occur nowhere in the corpus. */
const NO_HITS = '恐龙化石';

interface CorpusDoc extends DocumentText {
  slug: string;
  date?: string;
  source?: string;
  originalLang: string;
}

function readCorpus(locale: LocalePath): CorpusDoc[] {
  const dir = path.join(SITE_ROOT, 'content', 'docs', locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const field = (name: string) => {
        const line = new RegExp(`^${name}: (.*)$`, 'm').exec(text.slice(0, text.indexOf('\n---\n', 4)));
        return line ? (JSON.parse(line[1]!) as string) : undefined;
      };
      return { slug: file.replace(/\.mdx$/, ''), ...parseMdxDocument(text), date: field('date'), source: field('source'), originalLang: field('originalLang') ?? '' };
    });
}

const corpus: Record<LocalePath, CorpusDoc[]> = { 'zh-hans': [], 'zh-hant': [] };

/** Slugs of the documents whose indexed text (title and body) contains `query`. */
function containing(locale: LocalePath, query: string): string[] {
  return corpus[locale]
    .filter((d) => [d.title, ...d.blocks].some((b) => b.includes(query)))
    .map((d) => d.slug)
    .sort();
}

/** The most frequent rendering of a Simplified query in the 繁體 version of the same blocks. */
function traditionalTwin(query: string): string {
  const counts = new Map<string, number>();
  const hant = new Map(corpus['zh-hant'].map((d) => [d.slug, d]));
  for (const doc of corpus['zh-hans']) {
    const other = hant.get(doc.slug);
    if (!other || other.blocks.length !== doc.blocks.length) continue;
    const pairs: [string, string][] = [[doc.title, other.title], ...doc.blocks.map((b, i): [string, string] => [b, other.blocks[i]!])];
    for (const [a, b] of pairs) {
      if (a.length !== b.length) continue;
      for (let at = a.indexOf(query); at >= 0; at = a.indexOf(query, at + 1)) {
        const twin = b.slice(at, at + query.length);
        counts.set(twin, (counts.get(twin) ?? 0) + 1);
      }
    }
  }
  const best = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
  if (!best) throw new Error(`no Traditional rendering of ${query} in the corpus`);
  return best[0];
}

let site: Site;

beforeAll(async () => {
  site = await openSite();
  corpus['zh-hans'] = readCorpus('zh-hans');
  corpus['zh-hant'] = readCorpus('zh-hant');
});

afterAll(async () => {
  await site?.close();
});

interface Result {
  slug: string;
  href: string;
  phrase: boolean;
  excerptMarks: string[];
}

/** Wait until the search page has finished the search for `query` (data-state on the root). */
async function waitForSearch(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const root = document.querySelector<HTMLElement>('[data-search-root]');
      return root?.dataset.query === q && (root.dataset.state === 'done' || root.dataset.state === 'error');
    },
    query,
    { timeout: 15_000 },
  );
}

async function readResults(page: Page): Promise<Result[]> {
  return page.$$eval('[data-search-list] > li', (items) =>
    items.map((li) => {
      const href = li.querySelector('h3 a')?.getAttribute('href') ?? '';
      return {
        href,
        slug: /\/docs\/([^/?#]+)\//.exec(href)?.[1] ?? '',
        phrase: li.querySelector('.result-badge') !== null,
        excerptMarks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

/** Open the search page with a query in the URL and read every result (clicking "show more"). */
async function search(watched: WatchedPage, locale: LocalePath, query: string, extra = ''): Promise<Result[]> {
  const { page } = watched;
  await page.goto(`${site.origin}/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
  await waitForSearch(page, query);
  while (await page.locator('[data-search-more]:visible').count()) {
    const before = await page.locator('[data-search-list] > li').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-list] > li').length > n, before);
  }
  return readResults(page);
}

async function status(page: Page): Promise<string> {
  return (await page.textContent('[data-search-status]')) ?? '';
}

describe('search finds the documents that contain a query', () => {
  it('uses at least ten queries that the corpus contains, in both scripts', () => {
    const found = QUERIES.filter((q) => containing('zh-hans', q).length > 0 && containing('zh-hant', traditionalTwin(q)).length > 0);
    expect(found.length).toBeGreaterThanOrEqual(10);
  });

  for (const query of QUERIES) {
    it(`${query}: the documents containing it come first, marked as phrase hits, on both sites`, async () => {
      const watched = await newPage(site);
      for (const [locale, q] of [
        ['zh-hans', query],
        ['zh-hant', traditionalTwin(query)],
      ] as const) {
        const expected = containing(locale, q);
        if (expected.length === 0) continue;
        const results = await search(watched, locale, q);
        const phraseHits = results.filter((r) => r.phrase).map((r) => r.slug);
        expect(results.slice(0, expected.length).map((r) => r.slug).sort(), `${locale} ${q}`).toEqual(expected);
        expect(phraseHits.sort(), `${locale} ${q}`).toEqual(expected);
        expect(new Set(results.map((r) => r.slug)).size).toBe(results.length);
        // The excerpt of a phrase hit shows the phrase marked.
        for (const r of results.filter((x) => x.phrase)) expect(r.excerptMarks.join('|'), `${locale} ${q} ${r.slug}`).toContain(q);
        expect(await status(watched.page)).toContain(String(results.length));
      }
      expect(await watched.problems()).toEqual([]);
      await watched.context.close();
    });
  }
});

describe('cross-script queries', () => {
  for (const query of ['网络主权', '打击网络犯罪', '网络恐怖主义', '知识产权']) {
    it(`${query}: typed in the other script, gives the same documents in the same order`, async () => {
      const twin = traditionalTwin(query);
      expect(twin).not.toBe(query);
      const watched = await newPage(site);
      const slugs = async (locale: LocalePath, q: string) => (await search(watched, locale, q)).map((r) => r.slug);
      expect(await slugs('zh-hans', twin)).toEqual(await slugs('zh-hans', query));
      expect(await slugs('zh-hant', query)).toEqual(await slugs('zh-hant', twin));
      expect(await status(watched.page)).toContain(twin);
      expect(await watched.problems()).toEqual([]);
      await watched.context.close();
    });
  }

  it('fetches conversion data only for a query in the other script, and only the rules it needs', async () => {
    const watched = await newPage(site);
    const fetched: string[] = [];
    watched.page.on('request', (r) => {
      if (r.url().includes('/search-data/')) fetched.push(new URL(r.url()).pathname);
    });
    await search(watched, 'zh-hans', '网络主权');
    expect(fetched).toEqual([]);
    await search(watched, 'zh-hans', traditionalTwin('网络主权'));
    expect(fetched[0]).toBe('/search-data/hant-to-hans.json');
    expect(fetched.length).toBeLessThanOrEqual(1 + Array.from('网络主权').length);
    await watched.context.close();
  });
});

describe('search page behaviour', () => {
  it('says so when nothing matches', async () => {
    for (const locale of ['zh-hans', 'zh-hant'] as const) {
      expect(corpus[locale].some((d) => [d.title, ...d.blocks].some((b) => b.includes('恐龙') || b.includes('化石')))).toBe(false);
    }
    const watched = await newPage(site);
    expect(await search(watched, 'zh-hans', NO_HITS)).toEqual([]);
    expect(await status(watched.page)).toBe(`没有找到包含“${NO_HITS}”的文献。`);
    expect(await search(watched, 'zh-hant', NO_HITS)).toEqual([]);
    expect(await status(watched.page)).toBe(`沒有找到包含「${NO_HITS}」的文獻。`);
    expect(await watched.page.isHidden('[data-search-results]')).toBe(true);
    expect(await watched.problems()).toEqual([]);
    await watched.context.close();
  });

  it('says search failed, rather than search only some shards, when part of the index cannot be loaded', async () => {
    for (const blocked of ['**/pagefind/shards.json*', '**/pagefind/zh-hans-1-*/pagefind-entry.json*']) {
      const watched = await newPage(site, { allowNotFound: true });
      await watched.page.route(blocked, (route) => route.fulfill({ status: 404, body: '' }));
      expect(await search(watched, 'zh-hans', '网络'), blocked).toEqual([]);
      expect(await watched.page.getAttribute('[data-search-root]', 'data-state'), blocked).toBe('error');
      expect(await status(watched.page), blocked).toBe('搜索功能加载失败，请稍后重试。');
      await watched.context.close();
    }
  });

  it('narrows results with the year, script and source filters', async () => {
    const watched = await newPage(site);
    const bySlug = new Map(corpus['zh-hans'].map((d) => [d.slug, d]));
    const all = await search(watched, 'zh-hans', '网络安全');
    const years = [...new Set(all.map((r) => bySlug.get(r.slug)?.date?.slice(0, 4)).filter(Boolean))];
    expect(years.length).toBeGreaterThan(1);

    const year = years[0]!;
    const inYear = await search(watched, 'zh-hans', '网络安全', `&year=${year}`);
    expect(inYear.length).toBeGreaterThan(0);
    expect(inYear.length).toBeLessThan(all.length);
    for (const r of inYear) expect(bySlug.get(r.slug)?.date?.slice(0, 4)).toBe(year);
    expect(await watched.page.inputValue('select[name="year"]')).toBe(year);

    const traditionalOriginals = await search(watched, 'zh-hans', '网络安全', '&script=hant');
    expect(traditionalOriginals.length).toBeGreaterThan(0);
    expect(traditionalOriginals.length).toBeLessThan(all.length);
    for (const r of traditionalOriginals) expect(bySlug.get(r.slug)?.originalLang).toBe('zh-Hant');

    // A source: pick one offered by the form, then check every result comes from it.
    await search(watched, 'zh-hans', '网络安全');
    const options = await watched.page.$$eval('select[name="source"] option', (os) => (os as HTMLOptionElement[]).map((o) => ({ value: o.value, label: o.textContent ?? '' })).filter((o) => o.value));
    const withResults = options.find((o) => all.some((r) => bySlug.get(r.slug)?.source === o.label));
    expect(withResults).toBeDefined();
    await watched.page.selectOption('select[name="source"]', withResults!.value);
    await watched.page.waitForFunction((v) => location.search.includes(`source=${v}`), withResults!.value);
    await waitForSearch(watched.page, '网络安全');
    const fromSource = await readResults(watched.page);
    expect(fromSource.length).toBeGreaterThan(0);
    for (const r of fromSource) expect(bySlug.get(r.slug)?.source).toBe(withResults!.label);
    expect(await watched.problems()).toEqual([]);
    await watched.context.close();
  });

  it('sorts by date, newest first, undated last', async () => {
    const watched = await newPage(site);
    const bySlug = new Map(corpus['zh-hant'].map((d) => [d.slug, d]));
    const results = await search(watched, 'zh-hant', traditionalTwin('网络安全'), '&sort=date');
    expect(results.length).toBeGreaterThan(3);
    const dates = results.map((r) => bySlug.get(r.slug)?.date?.padEnd(10, '-00') ?? '0000');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await watched.page.inputValue('select[name="sort"]')).toBe('date');
    expect(await watched.problems()).toEqual([]);
    await watched.context.close();
  });

  it('keeps the search in the URL while typing, so it can be shared', async () => {
    const watched = await newPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/zh-hans/search/`);
    await page.fill('input[data-search-input]', '数字鸿沟');
    await waitForSearch(page, '数字鸿沟');
    expect(new URL(page.url()).searchParams.get('q')).toBe('数字鸿沟');
    await page.selectOption('select[name="sort"]', 'date');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'date');
    await waitForSearch(page, '数字鸿沟');
    const byDate = (await readResults(page)).map((r) => r.slug);
    expect(byDate.length).toBeGreaterThan(0);
    // The shared URL reproduces the same search: the same results in the same order.
    const shared = page.url();
    const again = await newPage(site);
    await again.page.goto(shared);
    await waitForSearch(again.page, '数字鸿沟');
    expect(await again.page.inputValue('input[data-search-input]')).toBe('数字鸿沟');
    expect(await again.page.inputValue('select[name="sort"]')).toBe('date');
    expect((await readResults(again.page)).map((r) => r.slug)).toEqual(byDate);
    await again.context.close();
    expect(await watched.problems()).toEqual([]);
    await watched.context.close();
  });

  it('opening a result scrolls to the hit and highlights it', async () => {
    const watched = await newPage(site);
    const { page } = watched;
    const results = await search(watched, 'zh-hans', '网络恐怖主义');
    const first = results[0]!;
    expect(first.phrase).toBe(true);
    await Promise.all([page.waitForURL(/\/docs\//), page.click('[data-search-list] > li:first-child h3 a')]);
    await page.waitForSelector('mark.search-hit-first');
    const hit = await page.$eval('mark.search-hit-first', (m) => {
      const r = m.getBoundingClientRect();
      return { text: m.textContent, inView: r.top >= 0 && r.bottom <= innerHeight, inBody: m.closest('[data-anchors]') !== null };
    });
    expect(hit).toEqual({ text: '网络恐怖主义', inView: true, inBody: true });
    expect(new URL(page.url()).pathname).toBe(`/zh-hans/docs/${first.slug}/`);
    const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['网络恐怖主义']));
    expect(await watched.problems()).toEqual([]);
    await watched.context.close();
  });

  it('renders excerpts as text: markup in a query or document never becomes an element', async () => {
    const watched = await newPage(site);
    await search(watched, 'zh-hans', '<img src=x onerror=window.__pwned=1>网络主权');
    expect(await watched.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await watched.page.$$eval('[data-search-list] img, [data-search-list] script', (els) => els.length)).toBe(0);
    await watched.context.close();
  });
});

describe('keyboard and screen readers', () => {
  it('`/` focuses the search box on any page, and the header box leads to the search page', async () => {
    const watched = await newPage(site, { viewport: { width: 1280, height: 800 } });
    const { page } = watched;
    const doc = corpus['zh-hant'][0]!;
    await page.goto(`${site.origin}/zh-hant/docs/${doc.slug}/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('網絡主權');
    await Promise.all([page.waitForURL(/\/zh-hant\/search\/\?q=/), page.keyboard.press('Enter')]);
    await waitForSearch(page, '網絡主權');
    expect((await readResults(page)).length).toBeGreaterThan(0);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
    expect(await watched.problems()).toEqual([]);
    await watched.context.close();
  });

  it('labels the box and announces result counts in a live region, in the page script', async () => {
    const watched = await newPage(site);
    const { page } = watched;
    for (const [locale, label, query] of [
      ['zh-hans', '搜索文献', '数字鸿沟'],
      ['zh-hant', '搜尋文獻', '數字鴻溝'],
    ] as const) {
      await page.goto(`${site.origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
      await waitForSearch(page, query);
      expect(await page.getByRole('searchbox', { name: label, exact: true }).count()).toBe(1);
      expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
      expect(await page.getByRole('status').textContent()).toMatch(/\d+/);
    }
    expect(await watched.problems()).toEqual([]);
    await watched.context.close();
  });

  it('without JavaScript says search needs it and links to the index', async () => {
    const watched = await newPage(site, { javaScriptEnabled: false });
    const { page } = watched;
    await page.goto(`${site.origin}/zh-hant/search/?q=網絡`);
    expect(await page.isHidden('form[data-search-form]')).toBe(true);
    const message = page.locator('.noscript');
    expect(await message.textContent()).toContain('需要啟用 JavaScript');
    expect(await message.locator('a').getAttribute('href')).toBe('/zh-hant/');
    await watched.context.close();
  });
});
