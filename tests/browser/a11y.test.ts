/**
 * axe-core finds no violations (all rules axe runs by default, WCAG 2.x A/AA and best practices)
 * on the index, a document and the search page, in both scripts and both colour schemes.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsByLength, LOCALES, newPage, openSite, readReport, type Site } from './helpers.ts';

let site: Site;
const longest = documentsByLength(readReport())[0]!;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

function summary(results: AxeResults): string[] {
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

const pages = (path: string) => [
  ['index', `/${path}/`],
  ['document', `/${path}/docs/${longest.slug}/`],
  ['search', `/${path}/search/`],
] as const;

describe.each(LOCALES)('accessibility in $code', ({ path }) => {
  it('later pages of the index and of a filter page (with their pagination) have no axe violations', async () => {
    const { page, problems } = await newPage(site);
    for (const route of [`/${path}/page/2/`, `/${path}/script/hans/page/2/`]) {
      await page.goto(`${site.origin}${route}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(summary(results), route).toEqual([]);
    }
    expect(await problems()).toEqual([]);
  });

  it('the index showing instant-filter results (rows built in the browser) has no axe violations', async () => {
    const { page, problems } = await newPage(site);
    await page.goto(`${site.origin}/${path}/?script=hans`);
    await page.locator('tbody[data-page-rows]').waitFor({ state: 'hidden' });
    const results = await new AxeBuilder({ page }).analyze();
    expect(summary(results)).toEqual([]);
    expect(await problems()).toEqual([]);
  });

  // Colour contrast is the same in both scripts: the dark scheme is checked on the 简体 pages only.
  it.each(path === 'zh-hans' ? (['light', 'dark'] as const) : (['light'] as const))('index, document and search pages have no axe violations (%s)', async (colorScheme) => {
    const { page, problems } = await newPage(site, { colorScheme });
    for (const [name, route] of pages(path)) {
      await page.goto(`${site.origin}${route}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(summary(results), `${name} ${route}`).toEqual([]);
    }
    expect(await problems()).toEqual([]);
  });

  it('about, filter and not-found pages have no axe violations either', async () => {
    const { page } = await newPage(site, { allowNotFound: true });
    const routes = [`/${path}/about/`, `/${path}/by-title/`, `/${path}/script/hans/`, `/${path}/no-such-page/`, ...(path === 'zh-hans' ? ['/no-such-page'] : [])];
    for (const route of routes) {
      await page.goto(`${site.origin}${route}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(summary(results), route).toEqual([]);
    }
  });
});
