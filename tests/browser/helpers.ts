/**
 * Shared setup of the browser tests: the built site (dist/, never rebuilt here), the pipeline's
 * report and MDX files as the expected content, Debian's Chromium via playwright-core, and a page
 * watcher that collects console errors, uncaught exceptions and CSP violations.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Report } from '../../scripts/pipeline/report.ts';
import { startServer, type StaticServer } from './server.ts';

/** Project root; SITE_ROOT=<dir> points the tests at another checkout's dist/ and content/docs/. */
export const SITE_ROOT = path.resolve(process.env.SITE_ROOT ?? path.join(import.meta.dirname, '..', '..'));
export const DIST = path.join(SITE_ROOT, 'dist');
const DOCS = path.join(SITE_ROOT, 'content', 'docs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const LOCALES = [
  { code: 'zh-Hans', path: 'zh-hans' },
  { code: 'zh-Hant', path: 'zh-hant' },
] as const;

export function requireBuiltSite(): void {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DOCS, 'report.json'))) {
    throw new Error(`The browser tests need the built site: ${DIST}/index.html and ${DOCS}/report.json are missing. Run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
}

export function readReport(): Report {
  requireBuiltSite();
  return JSON.parse(readFileSync(path.join(DOCS, 'report.json'), 'utf8')) as Report;
}

export interface ExpectedBlock {
  kind: 'p' | 'h';
  level?: number;
}

export interface ExpectedDoc {
  slug: string;
  frontmatter: Record<string, unknown> & { title: string; sources: string[] };
  blocks: ExpectedBlock[];
}

/** Read a generated MDX file: frontmatter values are one-line JSON; blocks are separated by blank lines. */
export function readDoc(localePath: string, slug: string): ExpectedDoc {
  const text = readFileSync(path.join(DOCS, localePath, `${slug}.mdx`), 'utf8');
  const end = text.indexOf('\n---\n', 4);
  const frontmatter: Record<string, unknown> = {};
  for (const line of text.slice(4, end).split('\n')) {
    const colon = line.indexOf(': ');
    if (colon > 0) frontmatter[line.slice(0, colon)] = JSON.parse(line.slice(colon + 2));
  }
  const blocks = text
    .slice(end + 5)
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b): ExpectedBlock => {
      const heading = /^(#{2,6}) /.exec(b);
      return heading ? { kind: 'h', level: heading[1]!.length } : { kind: 'p' };
    });
  return { slug, frontmatter: frontmatter as ExpectedDoc['frontmatter'], blocks };
}

/** The block ids a document must carry, in order: p1, h2, p3, … */
export function expectedIds(doc: ExpectedDoc): string[] {
  return doc.blocks.map((b, i) => `${b.kind}${i + 1}`);
}

export interface Site {
  browser: Browser;
  server: StaticServer;
  origin: string;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  requireBuiltSite();
  const server = await startServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    server,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems(): Promise<string[]>;
}

/** Records CSP violations in the page (init scripts are injected by the browser, not subject to the CSP). */
function recordCspViolations(): void {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
  });
}

/**
 * A fresh context and page. `allowNotFound` tolerates the browser's console error for a 404
 * response of the page itself (the 404 tests request missing pages on purpose).
 */
export async function newPage(site: Site, options: BrowserContextOptions & { allowNotFound?: boolean } = {}): Promise<WatchedPage> {
  const { allowNotFound = false, ...contextOptions } = options;
  const context = await site.browser.newContext(contextOptions);
  const page = await context.newPage();
  const seen: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (allowNotFound && /status of 404/.test(msg.text())) return;
    seen.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => seen.push(`exception: ${err.message}`));
  if (contextOptions.javaScriptEnabled !== false) await page.addInitScript(recordCspViolations);
  return {
    context,
    page,
    problems: async () => {
      let csp: string[] = [];
      if (contextOptions.javaScriptEnabled !== false) {
        csp = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
      }
      return [...seen, ...csp.map((v) => `csp: ${v}`)];
    },
  };
}

/** Documents of the report, longest first (the toggle test wants a long one). */
export function documentsByLength(report: Report): Report['documents'] {
  return [...report.documents].sort((a, b) => b.chars - a.chars || (a.slug < b.slug ? -1 : 1));
}
