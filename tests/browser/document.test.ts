/**
 * Document pages: title, facts, body with stable anchors identical in both scripts, outline,
 * provenance, citation, neighbours; the 简/繁 toggle keeps the reader's paragraph; reading works
 * with JavaScript disabled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, documentsByLength, expectedIds, LOCALES, newPage, openSite, readDoc, readReport, type Site } from './helpers.ts';

let site: Site;
const report = readReport();
/** Page-by-page checks cover the longest documents (all of them on the seed corpus; bounded on a big one). */
const MAX_DOCS = 15;
const docs = documentsByLength(report).slice(0, MAX_DOCS);
const longest = docs[0]!;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe.each(LOCALES)('document pages in $code', ({ code, path }) => {
  it('show title, facts, the body with every block anchored, outline, related documents, provenance and a citation', async () => {
    const { page, problems } = await newPage(site);
    for (const d of docs) {
      const expected = readDoc(path, d.slug);
      const fm = expected.frontmatter;
      await page.goto(`${site.origin}/${path}/docs/${d.slug}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(code);
      expect(await page.textContent('h1')).toBe(fm.title);
      expect(await page.title()).toContain(fm.title);

      const meta = (await page.textContent('.doc-meta')) ?? '';
      if (typeof fm.date === 'string') expect(meta).toContain(fm.date.slice(0, 4));
      if (typeof fm.source === 'string') expect(meta).toContain(fm.source);
      if (typeof fm.author === 'string') expect(meta).toContain(fm.author);

      // Every top-level block carries its positional id, in order.
      const ids = await page.$$eval('[data-anchors] > *', (els) => els.map((e) => `${e.id}:${e.tagName.toLowerCase()}`));
      expect(ids.map((i) => i.split(':')[0])).toEqual(expectedIds(expected));
      expect(ids.every((i) => /^p\d+:p$|^h\d+:h[2-6]$/.test(i))).toBe(true);

      // Provenance names the raw files; the citation is about this document.
      const provenance = (await page.textContent('.provenance')) ?? '';
      for (const file of fm.sources) expect(provenance).toContain(file);
      expect(await page.textContent('[data-cite-plain]')).toContain(fm.title);
      expect(await page.textContent('[data-cite-bibtex]')).toMatch(new RegExp(`^@misc\\{${d.slug},`));

      // The same page in the other script: hreflang alternates, canonical, and prefetch.
      const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
      expect(alternates).toContain(`zh-Hans /zh-hans/docs/${d.slug}/`);
      expect(alternates).toContain(`zh-Hant /zh-hant/docs/${d.slug}/`);
      expect(new URL((await page.getAttribute('link[rel="canonical"]', 'href'))!).pathname).toBe(`/${path}/docs/${d.slug}/`);
      expect(await page.getAttribute('link[rel="prefetch"]', 'href')).toBe(`/${path === 'zh-hans' ? 'zh-hant' : 'zh-hans'}/docs/${d.slug}/`);

      // The outline lists exactly the headings (none without headings) and links to their ids.
      const outline = await page.$$eval('nav.outline a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(outline, d.slug).toEqual(expectedIds(expected).filter((id) => id.startsWith('h')).map((id) => `#${id}`));

      // Related documents: one link each, a jump to the first shared passage when known; no section without relations.
      const related = (fm.related ?? []) as { slug: string; firstSharedBlock?: number }[];
      const section = page.locator('section.related');
      expect(await section.count(), d.slug).toBe(related.length > 0 ? 1 : 0);
      if (related.length > 0) {
        const links = await section.locator('li > a:not(.jump)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect([...links].sort()).toEqual(related.map((r) => `/${path}/docs/${r.slug}/`).sort());
        const jumps = await section.locator('a.jump').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(jumps.length).toBe(related.filter((r) => r.firstSharedBlock !== undefined).length);
        for (const jump of jumps) expect(await page.locator(jump).count(), `${d.slug} ${jump}`).toBe(1);
      }
    }
    expect(await problems()).toEqual([]);
  });

  it('links neighbours by date, newest to oldest', async () => {
    const { page } = await newPage(site);
    const order = await (async () => {
      await page.goto(`${site.origin}/${path}/`);
      return page.$$eval('tr[data-slug]', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.slug ?? ''));
    })();
    const middle = order[Math.floor(order.length / 2)]!;
    await page.goto(`${site.origin}/${path}/docs/${middle}/`);
    const href = async (selector: string) => ((await page.locator(selector).count()) > 0 ? page.getAttribute(selector, 'href') : null);
    const newer = await href('.prev-next .newer a');
    const older = await href('.prev-next .older a');
    const i = order.indexOf(middle);
    expect(newer).toBe(i > 0 ? `/${path}/docs/${order[i - 1]}/` : null);
    expect(older).toBe(i < order.length - 1 ? `/${path}/docs/${order[i + 1]}/` : null);
  });

  it('show an official document\'s issuing number (文号) and editor wherever the pipeline found them', async () => {
    const { page } = await newPage(site);
    const label = code === 'zh-Hans' ? '文号' : '文號';
    const withFacts = report.documents
      .map((d) => ({ slug: d.slug, fm: readDoc(path, d.slug).frontmatter }))
      .filter(({ fm }) => typeof fm.number === 'string' || typeof fm.editor === 'string');
    // The test corpus has such documents (the filing-table page of tests/fixtures/layouts among them).
    expect(withFacts.filter(({ fm }) => typeof fm.number === 'string').length).toBeGreaterThan(0);
    for (const { slug, fm } of withFacts) {
      await page.goto(`${site.origin}/${path}/docs/${slug}/`);
      const facts = await page.$$eval('.doc-meta > div', (divs) => divs.map((d) => `${d.querySelector('dt')?.textContent}=${d.querySelector('dd')?.textContent}`));
      if (typeof fm.number === 'string') expect(facts, slug).toContain(`${label}=${fm.number}`);
      if (typeof fm.editor === 'string') expect(facts.some((f) => f.endsWith(`=${fm.editor}`)), slug).toBe(true);
    }
  });
});

describe('anchors are the same in both scripts', () => {
  it('for every document (read from the built pages)', () => {
    const ids = (locale: string, slug: string) => {
      const html = readFileSync(path.join(DIST, locale, 'docs', slug, 'index.html'), 'utf8');
      const body = html.slice(html.indexOf('data-anchors'));
      return [...body.matchAll(/<(?:p|h[2-6]) id="([ph]\d+)"/g)].map((m) => m[1]);
    };
    for (const d of report.documents) {
      const hans = ids('zh-hans', d.slug);
      expect(hans.length, d.slug).toBeGreaterThan(0);
      expect(ids('zh-hant', d.slug), d.slug).toEqual(hans);
    }
  });
});

describe('the 简/繁 toggle', () => {
  it('lands on the same paragraph in the other script, and back, and remembers the choice', async () => {
    const { page, problems } = await newPage(site, { viewport: { width: 1280, height: 800 } });
    const expected = readDoc('zh-hans', longest.slug);
    const ids = expectedIds(expected).filter((id) => id.startsWith('p'));
    expect(ids.length, 'the longest document should have several paragraphs').toBeGreaterThan(5);
    const target = ids[Math.floor(ids.length * 0.7)]!;

    await page.goto(`${site.origin}/zh-hans/docs/${longest.slug}/`);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), target);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

    await Promise.all([page.waitForURL(`**/zh-hant/docs/${longest.slug}/#${target}`), page.click('a[data-script-toggle]')]);
    await page.waitForLoadState('load');
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target);
    const header = await page.evaluate(() => document.querySelector('[data-sticky-header]')!.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(header - 1);
    expect(top).toBeLessThan(header + 40);
    expect(await page.evaluate(() => localStorage.getItem('script'))).toBe('zh-Hant');

    // Read on a little (into the next paragraph), then switch back.
    const next = ids[ids.indexOf(target) + 1]!;
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), next);
    await Promise.all([page.waitForURL(`**/zh-hans/docs/${longest.slug}/#${next}`), page.click('a[data-script-toggle]')]);
    expect(await page.evaluate(() => localStorage.getItem('script'))).toBe('zh-Hans');
    expect(await problems()).toEqual([]);
  });

  it('the other script\'s page is prefetched, so the switch does not wait for the network', async () => {
    const { page } = await newPage(site);
    const prefetched = page.waitForRequest((req) => req.url().endsWith(`/zh-hant/docs/${longest.slug}/`));
    await page.goto(`${site.origin}/zh-hans/docs/${longest.slug}/`);
    await prefetched;
  });

  it('at the top of a page opens the other script at the top', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.origin}/zh-hant/docs/${longest.slug}/`);
    await Promise.all([page.waitForURL(`**/zh-hans/docs/${longest.slug}/`), page.click('a[data-script-toggle]')]);
    expect(new URL(page.url()).hash).toBe('');
  });

  it('switches any other page to the same page in the other script', async () => {
    const { page } = await newPage(site);
    for (const route of ['/zh-hans/', '/zh-hans/about/', '/zh-hans/search/', '/zh-hans/by-title/']) {
      await page.goto(`${site.origin}${route}`);
      await Promise.all([page.waitForURL(`**${route.replace('zh-hans', 'zh-hant')}`), page.click('a[data-script-toggle]')]);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    }
  });
});

describe('reading without JavaScript', () => {
  it.each(LOCALES)('shows the index and a whole document in $code', async ({ code, path }) => {
    const { page, problems } = await newPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/${path}/`);
    expect(await page.locator('tr[data-slug]').count()).toBeGreaterThan(0);
    // Find the document on the index, following the pagination's plain "next" links.
    const link = page.locator(`tr[data-slug] a[href="/${path}/docs/${longest.slug}/"]`);
    for (let pages = 1; (await link.count()) === 0; pages++) {
      expect(pages, 'document not listed on any index page').toBeLessThan(report.documents.length);
      await page.click('nav[data-pagination] a[rel="next"]');
      await page.waitForLoadState();
    }
    await link.click();
    await page.waitForURL(`**/${path}/docs/${longest.slug}/`);
    const expected = readDoc(path, longest.slug);
    expect(await page.textContent('h1')).toBe(expected.frontmatter.title);
    expect(await page.locator('[data-anchors] > [id]').count()).toBe(expected.blocks.length);
    expect(await page.locator('[data-anchors] > p').last().isVisible()).toBe(true);
    // The toggle is a plain link to the same document in the other script.
    const other = path === 'zh-hans' ? 'zh-hant' : 'zh-hans';
    expect(await page.getAttribute('a[data-script-toggle]', 'href')).toBe(`/${other}/docs/${longest.slug}/`);
    await page.click('a[data-script-toggle]');
    await page.waitForURL(`**/${other}/docs/${longest.slug}/`);
    expect(await page.getAttribute('html', 'lang')).not.toBe(code);
    // Collapsible provenance works natively.
    expect(await page.locator('.provenance').isVisible()).toBe(true);
    // The theme switch needs JavaScript and is not shown.
    expect(await page.locator('button[data-theme-toggle]').isVisible()).toBe(false);
    expect(await problems()).toEqual([]);
  });
});
