/**
 * The index in both scripts: every document listed across numbered pages (plain links, no JavaScript
 * needed), filters that narrow without JavaScript (separate, also paginated pages) and with it
 * (instant, across the whole corpus, combinable, shareable), sort by title, the timeline and facet
 * counts over the whole corpus.
 *
 * Expects the test build (`npm run build:test`), whose index pages hold 20 rows (INDEX_PAGE_SIZE), so
 * that its few dozen documents span several pages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, newPage, openSite, readReport, type Site } from './helpers.ts';

let site: Site;
const report = readReport();
const slugs = report.documents.map((d) => d.slug).sort();
const PAGED_BUILD_HINT = 'the index fits one page: build the test site with `npm run build:test` (20 rows per page)';

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

interface Row {
  slug: string;
  source: string;
  year: string;
  script: string;
  href: string;
  /** Visible text of the row, cell by cell. */
  text: string;
}

/** Rows of the document table; `visibleOnly` skips rows inside hidden elements (e.g. the page's rows while filter results show). */
async function rows(page: Page, visibleOnly = false): Promise<Row[]> {
  return page.$$eval(
    'table[data-doc-table] tr[data-slug]',
    (trs, visible) =>
      trs
        .filter((tr) => !visible || !tr.closest('[hidden]'))
        .map((tr) => {
          const el = tr as HTMLTableRowElement;
          return {
            slug: el.dataset.slug ?? '',
            source: el.dataset.source ?? '',
            year: el.dataset.year ?? '',
            script: el.dataset.script ?? '',
            href: el.querySelector('a')?.getAttribute('href') ?? '',
            text: [...el.cells].map((c) => (c.textContent ?? '').trim()).join(' | '),
          };
        }),
    visibleOnly,
  );
}

interface ListPage {
  path: string;
  rows: Row[];
}

/** A list read page after page by following its rel=next links from `start` (works without JavaScript). */
async function readList(page: Page, start: string): Promise<ListPage[]> {
  const pages: ListPage[] = [];
  let next: string | null = start;
  while (next) {
    expect(pages.length, `pagination loops at ${next}`).toBeLessThan(50);
    await page.goto(`${site.origin}${next}`);
    pages.push({ path: next, rows: await rows(page) });
    const link = await page.$('nav[data-pagination] a[rel="next"]');
    next = link ? await link.getAttribute('href') : null;
  }
  return pages;
}

const allRows = (pages: ListPage[]) => pages.flatMap((p) => p.rows);

/** With JavaScript: the filter results, after asking for more until every match is shown. */
async function allResults(page: Page): Promise<Row[]> {
  const more = page.locator('[data-filter-more] button');
  while (await more.isVisible()) await more.click();
  return rows(page, true);
}

describe.each(LOCALES)('index in $code', ({ code, path }) => {
  it('lists every document once across its pages, newest first, linking to its page in this script', async () => {
    const { page, problems } = await newPage(site, { javaScriptEnabled: false });
    const pages = await readList(page, `/${path}/`);
    expect(pages.length, PAGED_BUILD_HINT).toBeGreaterThan(1);
    expect(pages.map((p) => p.path)).toEqual(pages.map((_, i) => (i === 0 ? `/${path}/` : `/${path}/page/${i + 1}/`)));
    // Full pages of the same size, the rest on the last one.
    const size = pages[0]!.rows.length;
    for (const p of pages.slice(0, -1)) expect(p.rows, p.path).toHaveLength(size);
    expect(pages.at(-1)!.rows.length).toBeGreaterThan(0);
    expect(pages.at(-1)!.rows.length).toBeLessThanOrEqual(size);

    const listed = allRows(pages);
    expect(listed.map((r) => r.slug).sort()).toEqual(slugs);
    for (const r of listed) expect(r.href).toBe(`/${path}/docs/${r.slug}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(code);
    // Newest first over the whole list: dates never increase from one page to the next.
    const dates: string[] = [];
    for (const p of pages) {
      await page.goto(`${site.origin}${p.path}`);
      dates.push(...(await page.$$eval('tr[data-slug] td.date time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))));
    }
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await problems()).toEqual([]);
  });

  it('links the pages with accessible navigation that works without JavaScript', async () => {
    const { page, problems } = await newPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/${path}/`);
    const nav = page.locator('nav[data-pagination]');
    expect(await nav.getAttribute('aria-label')).toBe(code === 'zh-Hans' ? '分页' : '分頁');
    expect(await nav.locator('a[rel="prev"]').count()).toBe(0);
    expect(await nav.locator('a[aria-current="page"]').textContent()).toBe('1');

    // Follow "next" by clicking it, as a reader would.
    await Promise.all([page.waitForURL(`**/${path}/page/2/`), nav.locator('a[rel="next"]').click()]);
    expect(await nav.locator('a[aria-current="page"]').getAttribute('href')).toBe(`/${path}/page/2/`);
    expect(await nav.locator('a[aria-current="page"]').getAttribute('aria-label')).toBe(code === 'zh-Hans' ? '第 2 页' : '第 2 頁');
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe(`/${path}/`);
    expect(await page.getAttribute('head link[rel="prev"]', 'href')).toBe(`/${path}/`);
    // The page says which page it is, in its title too, and is its own canonical URL.
    expect(await page.title()).toContain(code === 'zh-Hans' ? '第 2 页' : '第 2 頁');
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(new RegExp(`/${path}/page/2/$`));
    // The 简/繁 toggle leads to the same page number in the other script.
    expect(await page.getAttribute('a[data-script-toggle]', 'href')).toMatch(/^\/zh-han[st]\/page\/2\/$/);

    // The last page has no "next", and its number links back to the first page work.
    const last = await nav.locator('a[aria-label]').last().getAttribute('href');
    await page.goto(`${site.origin}${last}`);
    expect(await nav.locator('a[rel="next"]').count()).toBe(0);
    expect(await page.locator('head link[rel="next"]').count()).toBe(0);
    await Promise.all([page.waitForURL(`**/${path}/`), nav.locator(`a[href="/${path}/"]`).first().click()]);
    expect(await problems()).toEqual([]);
  });

  it('shows no pagination on a list that fits one page', async () => {
    const { page } = await newPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/${path}/`);
    const href = (await page.$$eval('.filter-links a[href*="/source/"]', (as) => as.map((a) => a.getAttribute('href') ?? '')))[0];
    expect(href).toBeTruthy();
    await page.goto(`${site.origin}${href}`);
    expect((await rows(page)).length).toBeGreaterThan(0);
    expect(await page.locator('nav[data-pagination]').count()).toBe(0);
    expect(await page.locator('link[rel="next"], link[rel="prev"]').count()).toBe(0);
    expect(await page.locator('[data-page-of]').count()).toBe(0);
  });

  it('links every document page, and each exists', async () => {
    for (const slug of slugs) {
      const res = await fetch(`${site.origin}/${path}/docs/${slug}/`);
      expect(res.status, slug).toBe(200);
    }
  });

  it('offers the same documents sorted by title on separate pages', async () => {
    const { page, problems } = await newPage(site);
    await page.goto(`${site.origin}/${path}/`);
    await page.click(`a[href="/${path}/by-title/"]`);
    await page.waitForURL(`**/${path}/by-title/`);
    const pages = await readList(page, `/${path}/by-title/`);
    expect(pages.length, PAGED_BUILD_HINT).toBeGreaterThan(1);
    expect(pages[1]!.path).toBe(`/${path}/by-title/page/2/`);
    const titles = allRows(pages).map((r) => r.text.split(' | ')[0]!);
    expect(titles).toHaveLength(slugs.length);
    const collator = new Intl.Collator(code === 'zh-Hans' ? 'zh-Hans-CN-u-co-pinyin' : 'zh-Hant-TW-u-co-stroke');
    expect([...titles].sort(collator.compare)).toEqual(titles);
    expect(await problems()).toEqual([]);
  });

  it('draws the per-year timeline and counts the filters over the whole corpus, on every page', async () => {
    const { page } = await newPage(site, { javaScriptEnabled: false });
    const years = new Set(report.documents.map((d) => d.date?.slice(0, 4)).filter(Boolean));
    const dated = report.documents.filter((d) => d.date).length;
    const seen: string[] = [];
    for (const route of [`/${path}/`, `/${path}/page/2/`, `/${path}/by-title/page/2/`]) {
      await page.goto(`${site.origin}${route}`);
      const svg = page.locator('figure.timeline svg[role="img"]');
      expect(await svg.count()).toBe(years.size > 0 ? 1 : 0);
      expect(await svg.locator('title').textContent()).toBeTruthy();
      const desc = (await svg.locator('desc').textContent()) ?? '';
      for (const y of years) expect(desc).toContain(y!);
      seen.push(desc);
      // The year links' counts add up to every dated document, not to the rows of this page.
      const counts = await page.$$eval('.filter-links a[href*="/year/"] + .muted', (spans) => spans.map((s) => Number(s.textContent)));
      expect(counts.reduce((a, b) => a + b, 0), route).toBe(dated);
    }
    expect(new Set(seen).size).toBe(1);
  });
});

describe('filters without JavaScript', () => {
  it.each(LOCALES)('narrow the list on separate pages in $code', async ({ path }) => {
    const { page, problems } = await newPage(site, { javaScriptEnabled: false });
    const all = allRows(await readList(page, `/${path}/`));
    await page.goto(`${site.origin}/${path}/`);
    // Up to three links of each kind (source, year, script) keep the test fast on a large corpus.
    const links = await page.$$eval('.filter-links .group', (groups) =>
      groups.flatMap((g) => [...g.querySelectorAll('a')].slice(0, 3).map((a) => a.getAttribute('href') ?? '')),
    );
    expect(links.some((l) => l.includes('/script/'))).toBe(true);
    let paged = 0;
    for (const href of links) {
      const [, kind, value] = /\/(source|year|script)\/([^/]+)\/$/.exec(href) ?? [];
      const expected = all.filter((r) =>
        kind === 'source' ? r.source === value : kind === 'year' ? r.year === value : r.script === (value === 'hans' ? 'zh-Hans' : 'zh-Hant'),
      );
      expect(expected.length, href).toBeGreaterThan(0);
      const pages = await readList(page, href);
      if (pages.length > 1) paged += 1;
      // Same documents in the same order as the full index, page after page.
      expect(allRows(pages).map((r) => r.slug), href).toEqual(expected.map((r) => r.slug));
      await page.goto(`${site.origin}${href}`);
      expect(await page.getAttribute(`.filter-links a[href="${href}"]`, 'aria-current')).toBe('page');
      // The instant-filter form needs JavaScript and stays hidden without it.
      expect(await page.locator('form[data-doc-filter]').isVisible()).toBe(false);
    }
    // The documents originally in 简体 outnumber a page in the test build: a filter page is paginated too.
    expect(paged, PAGED_BUILD_HINT).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
  });
});

describe('filters with JavaScript', () => {
  it.each(LOCALES)('filter the whole corpus instantly, combine, and keep the state in the URL in $code', async ({ path }) => {
    const noScript = await newPage(site, { javaScriptEnabled: false });
    const all = allRows(await readList(noScript.page, `/${path}/`));
    await noScript.context.close();

    const { page, problems } = await newPage(site);
    const fetched: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('docs-index.json')) fetched.push(new URL(req.url()).pathname);
    });
    await page.goto(`${site.origin}/${path}/`, { waitUntil: 'networkidle' });
    const form = page.locator('form[data-doc-filter]');
    await form.waitFor({ state: 'visible' });
    const firstPage = await rows(page, true);
    expect(firstPage.length).toBeLessThan(all.length);
    // The full list is fetched only when the reader reaches for the filters.
    expect(fetched).toEqual([]);

    // A filter with more matches than a page: every match shows (batch by batch), not only this page's rows.
    await page.selectOption('select[name="script"]', 'hans');
    const hans = all.filter((r) => r.script === 'zh-Hans');
    expect(hans.length, PAGED_BUILD_HINT).toBeGreaterThan(firstPage.length);
    await page.locator('tbody[data-page-rows]').waitFor({ state: 'hidden' });
    expect(await page.locator('[data-filter-more] button').isVisible()).toBe(true);
    expect((await allResults(page)).map((r) => r.slug)).toEqual(hans.map((r) => r.slug));
    expect(fetched).toEqual([`/${path}/docs-index.json`]);
    // The rows built in the browser read exactly like the ones built into the page.
    const rendered = new Map((await rows(page, true)).map((r) => [r.slug, r]));
    for (const r of hans) expect(rendered.get(r.slug)).toEqual(r);
    // The page's own pagination does not apply to the results and is hidden.
    expect(await page.locator('nav[data-pagination]').isVisible()).toBe(false);
    await page.selectOption('select[name="script"]', '');

    const sources = await page.$$eval('select[name="source"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(sources.length).toBeGreaterThan(0);
    const source = sources[0]!;
    await page.selectOption('select[name="source"]', source);
    const bySource = all.filter((r) => r.source === source);
    await expect.poll(async () => (await allResults(page)).map((r) => r.slug)).toEqual(bySource.map((r) => r.slug));
    expect(new URL(page.url()).searchParams.get('source')).toBe(source);
    expect(await page.textContent('[data-filter-status]')).toContain(String(bySource.length));

    // Combine with a year that this source does not have → nothing, with a message; or one it has → the intersection.
    const years = await page.$$eval('select[name="year"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    for (const year of years) {
      await page.selectOption('select[name="year"]', year);
      const expected = all.filter((r) => r.source === source && r.year === year).map((r) => r.slug);
      expect((await allResults(page)).map((r) => r.slug)).toEqual(expected);
      expect(await page.locator('[data-filter-empty]').isVisible()).toBe(expected.length === 0);
    }

    // A shared URL restores the filter, on any page of the index.
    await page.selectOption('select[name="year"]', '');
    const shared = new URL(page.url());
    shared.pathname = `/${path}/page/2/`;
    const other = await newPage(site);
    await other.page.goto(shared.href);
    await other.page.locator('form[data-doc-filter]').waitFor({ state: 'visible' });
    await expect.poll(async () => (await allResults(other.page)).map((r) => r.slug)).toEqual(bySource.map((r) => r.slug));
    expect(await other.page.inputValue('select[name="source"]')).toBe(source);

    // Reset brings back this page's own rows and its pagination.
    await page.click('form[data-doc-filter] button[type="reset"]');
    await expect.poll(async () => (await rows(page, true)).map((r) => r.slug)).toEqual(firstPage.map((r) => r.slug));
    expect(await page.locator('nav[data-pagination]').isVisible()).toBe(true);
    expect(await problems()).toEqual([]);
    expect(await other.problems()).toEqual([]);
  });

  it.each(LOCALES)('keep title order on the by-title pages in $code', async ({ path }) => {
    const noScript = await newPage(site, { javaScriptEnabled: false });
    const byTitle = allRows(await readList(noScript.page, `/${path}/by-title/`));
    await noScript.context.close();

    const { page, problems } = await newPage(site);
    await page.goto(`${site.origin}/${path}/by-title/?script=hans`);
    await page.locator('form[data-doc-filter]').waitFor({ state: 'visible' });
    const expected = byTitle.filter((r) => r.script === 'zh-Hans').map((r) => r.slug);
    await expect.poll(async () => (await allResults(page)).map((r) => r.slug)).toEqual(expected);
    expect(await problems()).toEqual([]);
  });
});
