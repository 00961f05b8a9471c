/**
 * The index in both scripts: every document listed, filters that narrow without JavaScript
 * (separate pages) and with it (instant, combinable, shareable), sort by title, the timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, newPage, openSite, readReport, type Site } from './helpers.ts';

let site: Site;
const report = readReport();
const slugs = report.documents.map((d) => d.slug).sort();

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
}

async function rows(page: import('playwright-core').Page, visibleOnly = false): Promise<Row[]> {
  return page.$$eval(
    'tr[data-slug]',
    (trs, visible) =>
      trs
        .filter((tr) => !visible || !(tr as HTMLElement).hidden)
        .map((tr) => {
          const el = tr as HTMLElement;
          return {
            slug: el.dataset.slug ?? '',
            source: el.dataset.source ?? '',
            year: el.dataset.year ?? '',
            script: el.dataset.script ?? '',
            href: el.querySelector('a')?.getAttribute('href') ?? '',
          };
        }),
    visibleOnly,
  );
}

describe.each(LOCALES)('index in $code', ({ code, path }) => {
  it('lists every document of the report, linking to its page in this script', async () => {
    const { page, problems } = await newPage(site);
    await page.goto(`${site.origin}/${path}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(code);
    const listed = await rows(page);
    expect(listed.map((r) => r.slug).sort()).toEqual(slugs);
    for (const r of listed) expect(r.href).toBe(`/${path}/docs/${r.slug}/`);
    // Newest first: dated rows come before undated ones and dates never increase.
    const dates = await page.$$eval('tr[data-slug] td.date time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await problems()).toEqual([]);
  });

  it('links every document page, and each exists', async () => {
    for (const slug of slugs) {
      const res = await fetch(`${site.origin}/${path}/docs/${slug}/`);
      expect(res.status, slug).toBe(200);
    }
  });

  it('offers the same documents sorted by title on a separate page', async () => {
    const { page, problems } = await newPage(site);
    await page.goto(`${site.origin}/${path}/`);
    await page.click(`a[href="/${path}/by-title/"]`);
    await page.waitForURL(`**/${path}/by-title/`);
    const titles = await page.$$eval('tr[data-slug] th a', (as) => as.map((a) => a.textContent ?? ''));
    expect(titles).toHaveLength(slugs.length);
    const collator = new Intl.Collator(code === 'zh-Hans' ? 'zh-Hans-CN-u-co-pinyin' : 'zh-Hant-TW-u-co-stroke');
    expect([...titles].sort(collator.compare)).toEqual(titles);
    expect(await problems()).toEqual([]);
  });

  it('draws an accessible per-year timeline', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.origin}/${path}/`);
    const years = new Set(report.documents.map((d) => d.date?.slice(0, 4)).filter(Boolean));
    const svg = page.locator('figure.timeline svg[role="img"]');
    expect(await svg.count()).toBe(years.size > 0 ? 1 : 0);
    if (years.size > 0) {
      expect(await svg.locator('title').textContent()).toBeTruthy();
      const desc = (await svg.locator('desc').textContent()) ?? '';
      for (const y of years) expect(desc).toContain(y!);
    }
  });
});

describe('filters without JavaScript', () => {
  it.each(LOCALES)('narrow the list on separate pages in $code', async ({ path }) => {
    const { page, problems } = await newPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/${path}/`);
    const all = await rows(page);
    // Up to three links of each kind (source, year, script) keep the test fast on a large corpus.
    const links = await page.$$eval('.filter-links .group', (groups) =>
      groups.flatMap((g) => [...g.querySelectorAll('a')].slice(0, 3).map((a) => a.getAttribute('href') ?? '')),
    );
    expect(links.some((l) => l.includes('/script/'))).toBe(true);
    for (const href of links) {
      await page.goto(`${site.origin}${href}`);
      const [, kind, value] = /\/(source|year|script)\/([^/]+)\/$/.exec(href) ?? [];
      const expected = all.filter((r) =>
        kind === 'source' ? r.source === value : kind === 'year' ? r.year === value : r.script === (value === 'hans' ? 'zh-Hans' : 'zh-Hant'),
      );
      expect(expected.length, href).toBeGreaterThan(0);
      expect((await rows(page)).map((r) => r.slug), href).toEqual(expected.map((r) => r.slug));
      expect(await page.getAttribute(`.filter-links a[href="${href}"]`, 'aria-current')).toBe('page');
      // The instant-filter form needs JavaScript and stays hidden without it.
      expect(await page.locator('form[data-doc-filter]').isVisible()).toBe(false);
    }
    expect(await problems()).toEqual([]);
  });
});

describe('filters with JavaScript', () => {
  it.each(LOCALES)('filter the index instantly, combine, and keep the state in the URL in $code', async ({ path }) => {
    const { page, problems } = await newPage(site);
    await page.goto(`${site.origin}/${path}/`);
    const form = page.locator('form[data-doc-filter]');
    await form.waitFor({ state: 'visible' });
    const all = await rows(page);

    const sources = await page.$$eval('select[name="source"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(sources.length).toBeGreaterThan(0);
    const source = sources[0]!;
    await page.selectOption('select[name="source"]', source);
    const bySource = all.filter((r) => r.source === source);
    expect((await rows(page, true)).map((r) => r.slug)).toEqual(bySource.map((r) => r.slug));
    expect(new URL(page.url()).searchParams.get('source')).toBe(source);
    expect(await page.textContent('[data-filter-status]')).toContain(String(bySource.length));

    // Combine with a year that this source does not have → nothing, with a message; or one it has → the intersection.
    const years = await page.$$eval('select[name="year"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    for (const year of years) {
      await page.selectOption('select[name="year"]', year);
      const expected = all.filter((r) => r.source === source && r.year === year).map((r) => r.slug);
      expect((await rows(page, true)).map((r) => r.slug)).toEqual(expected);
      expect(await page.locator('[data-filter-empty]').isVisible()).toBe(expected.length === 0);
    }

    // A shared URL restores the filter.
    await page.selectOption('select[name="year"]', '');
    const shared = page.url();
    const other = await newPage(site);
    await other.page.goto(shared);
    await other.page.locator('form[data-doc-filter]').waitFor({ state: 'visible' });
    expect((await rows(other.page, true)).map((r) => r.slug)).toEqual(bySource.map((r) => r.slug));
    expect(await other.page.inputValue('select[name="source"]')).toBe(source);

    // Reset shows everything again.
    await page.click('form[data-doc-filter] button[type="reset"]');
    await expect.poll(async () => (await rows(page, true)).length).toBe(all.length);
    expect(await problems()).toEqual([]);
    expect(await other.problems()).toEqual([]);
  });
});
