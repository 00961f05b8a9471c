/**
 * Issue 6 in real Chromium: hostile raw files (tests/fixtures/hostile/) published next to the corpus must
 * not run, must read as their literal text, and must not break the page or its Content-Security-Policy.
 *
 * Expects dist/ and content/docs/ to have been built from the corpus PLUS the fixture folder:
 *
 *   npm exec -- tsx tests/fixtures/make-hostile.ts --build-input tests/.tmp/hostile-input
 *   CORPUS_INPUT=tests/.tmp/hostile-input npm run build
 *   npm run test:browser
 *
 * (`--build-input` copies content/raw and the fixtures, without the fixture README, into one folder.)
 * SITE_ROOT=<dir> points the harness (tests/browser/helpers.ts) at another checkout's dist/ and content/docs/.
 * Without the fixtures in the build, every test here fails with a message saying how to build them in.
 *
 * Every payload tries to set a `window.__pwned…` property; each page is checked for such a property after
 * the network is idle, for console errors, uncaught exceptions and CSP violations, for inline or foreign
 * scripts, for event-handler attributes and script URLs anywhere, and for any element in the document body
 * other than the p / h2–h5 blocks the pipeline writes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../scripts/pipeline/report.ts';
import { hostileFixtures, type HostileFixture } from '../fixtures/make-hostile.ts';
import { DIST, LOCALES, newPage, openSite, readDoc, readReport, type Site } from './helpers.ts';

const report = readReport();
const fixtures = hostileFixtures();
const published = fixtures.filter((f) => f.expected.status !== 'rejected');
const BUILD_HINT =
  'Build the site with the hostile fixtures first:\n' +
  '  npm exec -- tsx tests/fixtures/make-hostile.ts --build-input tests/.tmp/hostile-input\n' +
  '  CORPUS_INPUT=tests/.tmp/hostile-input npm run build';

function fileEntry(name: string): FileReport | undefined {
  return report.files.find((f) => f.name === name);
}

/** Slugs of the documents holding a fixture's text: its own, or the one it was merged into. */
function slugsOf(f: HostileFixture): string[] {
  const entry = fileEntry(f.name);
  return entry ? [...new Set([...entry.documents, ...entry.mergedInto.map((m) => m.into)])] : [];
}

/** Fail every test with a clear message unless dist/ holds the fixture documents. */
function requireHostileBuild(): void {
  const missing = published.filter((f) => slugsOf(f).length === 0).map((f) => f.name);
  if (missing.length > 0) {
    throw new Error(`content/docs/report.json does not list the hostile fixtures as published (${missing.slice(0, 3).join(', ')}…).\n${BUILD_HINT}`);
  }
  for (const f of published) {
    for (const slug of slugsOf(f)) {
      for (const locale of LOCALES) {
        const file = path.join(DIST, locale.path, 'docs', slug, 'index.html');
        if (!existsSync(file) || (f.id && !readFileSync(file, 'utf8').includes(f.id))) {
          throw new Error(`${file} is missing or lacks ${f.id}: dist/ was not built from the current content/docs (or the site did not generate this page).\n${BUILD_HINT}`);
        }
      }
    }
  }
}

/** Every built HTML page that is not a document page (indexes, about/report, source, year, search, 404). */
function otherPages(dir = DIST, prefix = ''): string[] {
  if (!existsSync(dir)) return []; // beforeAll then fails with the build hint
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) {
      if (!/^zh-han[st]\/docs$/.test(rel) && rel !== 'pagefind' && rel !== '_astro') out.push(...otherPages(dir, rel));
    } else if (name.endsWith('.html')) out.push('/' + rel.replace(/index\.html$/, ''));
  }
  return out;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

interface PageFindings {
  flags: string[];
  title: string;
  /** <script> elements that are inline or load from another origin. */
  foreignScripts: string[];
  /** Attributes named on… anywhere in the document. */
  handlers: string[];
  /** href/src/action/data attributes with a script-capable URL (javascript:, vbscript:, data:text/html). */
  scriptUrls: string[];
  /** Elements inside the document body other than the pipeline's blocks, or blocks with attributes other than id. */
  foreignElements: string[];
}

/** Inspect the loaded page (runs in the browser). */
async function inspect(page: Page): Promise<PageFindings> {
  return page.evaluate(() => {
    const flags = Object.keys(window).filter((k) => k.startsWith('__pwned'));
    const foreignScripts = [...document.querySelectorAll('script')]
      .filter((s) => !s.src || new URL(s.src, location.href).origin !== location.origin)
      .map((s) => s.outerHTML.slice(0, 120));
    const all = [...document.querySelectorAll('*')];
    const handlers = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    const scriptUrls = all.flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^(href|src|action|formaction|data|srcdoc|xlink:href)$/i.test(a.name))
        .filter((a) => a.name.toLowerCase() === 'srcdoc' || /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value))
        .map((a) => `${el.tagName} ${a.name}=${a.value.slice(0, 60)}`),
    );
    const body = document.querySelector('.prose');
    const allowed = new Set(['P', 'H2', 'H3', 'H4', 'H5']);
    const foreignElements = body
      ? [...body.querySelectorAll('*')]
          .filter((el) => !allowed.has(el.tagName) || el.parentElement !== body || [...el.attributes].some((a) => a.name !== 'id'))
          .map((el) => el.outerHTML.slice(0, 120))
      : ['(no .prose document body)'];
    return { flags, title: document.title, foreignScripts, handlers, scriptUrls, foreignElements };
  });
}

let site: Site;

beforeAll(async () => {
  requireHostileBuild();
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe.each(LOCALES)('hostile documents in $code', (locale) => {
  it.each(published)('$name: nothing runs, the payloads read as literal text, no error or CSP violation', async (f) => {
    const slugs = slugsOf(f);
    expect(slugs.length).toBeGreaterThan(0);
    let bodyText = '';
    for (const slug of slugs) {
      const { page, problems, context } = await newPage(site);
      await page.goto(`${site.origin}/${locale.path}/docs/${slug}/`, { waitUntil: 'networkidle' });
      const found = await inspect(page);
      expect(found.flags, 'window flags set by a payload').toEqual([]);
      expect(found.title).not.toBe('pwned');
      expect(found.foreignScripts, 'inline or foreign <script>').toEqual([]);
      expect(found.handlers, 'event-handler attributes').toEqual([]);
      expect(found.scriptUrls, 'script URLs').toEqual([]);
      expect(found.foreignElements, 'elements in the document body').toEqual([]);

      // The title is shown exactly as the generated document states it, in the heading and the tab.
      const title = readDoc(locale.path, slug).frontmatter.title;
      expect(await page.textContent('h1#doc-title')).toBe(title);
      expect(found.title).toContain(title);
      // Source file names, however hostile, are listed as text in the provenance section.
      expect(await page.textContent('body')).toContain(f.name);

      bodyText += '\n' + (await page.innerText('.prose'));
      expect(await problems()).toEqual([]);
      await context.close();
    }
    for (const marker of f.visible) expect(fold(bodyText), marker).toContain(fold(marker));
  });
});

describe('other pages built from hostile metadata (indexes, report, sources, years, search)', () => {
  const pages = otherPages();

  it('exist', () => {
    expect(pages.length).toBeGreaterThan(4);
  });

  it.each(pages)('%s: nothing runs, no inline script, no error or CSP violation', async (pathname) => {
    const { page, problems, context } = await newPage(site, { allowNotFound: /404/.test(pathname) });
    await page.goto(site.origin + pathname, { waitUntil: 'networkidle' });
    const found = await inspect(page);
    expect(found.flags).toEqual([]);
    expect(found.foreignScripts).toEqual([]);
    expect(found.handlers).toEqual([]);
    expect(found.scriptUrls).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});

describe('search index under the Content-Security-Policy', () => {
  it.each(LOCALES)('Pagefind loads and finds a payload in $code, and its excerpts carry no markup from the text', async (locale) => {
    const f = published.find((x) => x.name === 'html-script-tags.txt')!;
    const { page, problems, context } = await newPage(site);
    await page.goto(`${site.origin}/${locale.path}/docs/${slugsOf(f)[0]}/`, { waitUntil: 'networkidle' });
    // A string, so that the test runner does not rewrite the browser's dynamic import(). Every shard of
    // the script's index is merged, as the search page does: the payload pages need not be in shard 0.
    const excerpts = (await page.evaluate(`(async () => {
      const { createInstance } = await import('/pagefind/pagefind.js');
      const manifest = await (await fetch('/pagefind/shards.json')).json();
      const [first, ...others] = manifest.languages['${locale.path}'];
      const pagefind = createInstance({ basePath: '/pagefind/' + first + '/', noWorker: true });
      for (const folder of others) await pagefind.mergeIndex('/pagefind/' + folder + '/');
      const { results } = await pagefind.search('pwned');
      return Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).excerpt));
    })()`)) as string[];
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt.replace(/<\/?mark>/g, '')).not.toContain('<');
    // The payload was found and comes back escaped, as text.
    expect(excerpts.some((e) => e.includes('&lt;'))).toBe(true);
    expect((await inspect(page)).flags).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  });
});
