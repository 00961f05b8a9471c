// @ts-check
import { copyFile, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBlockAnchors } from './src/lib/anchors.ts';
import { rehypeHeadingLevels } from './src/lib/heading-levels.ts';
import remarkUnlinkLiterals from './src/lib/remark-unlink-literals.ts';

/** Canonical origin of the published site; override with SITE_URL=https://… npm run build. */
const site = process.env.SITE_URL || 'https://example.org';

/**
 * Alias slugs (documents merged into others) only redirect: keep them out of the sitemap.
 * Read from the pipeline report, which `npm run build` writes before Astro runs.
 */
async function aliasSlugs() {
  try {
    const report = JSON.parse(await readFile(new URL('./content/docs/report.json', import.meta.url), 'utf8'));
    return new Set(report.documents.flatMap((/** @type {{aliases?: string[]}} */ d) => d.aliases ?? []));
  } catch {
    return new Set();
  }
}
const aliases = await aliasSlugs();

/** @param {string} page absolute URL of a built page */
function inSitemap(page) {
  const { pathname } = new URL(page);
  if (/\/404(\.html|\/)?$/.test(pathname)) return false;
  const doc = /^\/zh-han[st]\/docs\/([^/]+)\/$/.exec(pathname);
  return !(doc && aliases.has(doc[1]));
}

/**
 * Files static hosts look for under fixed names:
 * - sitemap.xml: @astrojs/sitemap writes sitemap-index.xml; publish it under the conventional name too.
 * - <locale>/404.html: hosts that serve the nearest 404.html (and tests/browser/server.ts) show the
 *   "not found" page in the script of the requested URL.
 */
const conventionalFiles = {
  name: 'conventional-files',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      const file = (/** @type {string} */ p) => fileURLToPath(new URL(p, dir));
      await copyFile(file('sitemap-index.xml'), file('sitemap.xml'));
      for (const locale of ['zh-hans', 'zh-hant']) await copyFile(file(`${locale}/404/index.html`), file(`${locale}/404.html`));
    },
  },
};

/** Warnings that every generated .mdx module triggers and that say nothing about this site. */
const QUIET_WARNINGS = new Set(['MODULE_LEVEL_DIRECTIVE']);

export default defineConfig({
  site,
  trailingSlash: 'always',
  experimental: {
    // Opt-in (ASTRO_INCREMENTAL=1): pages whose cache key (src/lib/page-cache-key.ts), code and config are
    // unchanged are copied from the previous build instead of rendered. Measured in the README.
    incrementalBuild: process.env.ASTRO_INCREMENTAL === '1',
  },
  build: {
    format: 'directory',
    // The Content-Security-Policy forbids inline styles: always link stylesheets.
    inlineStylesheets: 'never',
  },
  markdown: {
    // The unified processor runs remark/rehype plugins (Astro's default native processor does not).
    processor: unified({
      gfm: true,
      // Text is data: never turn the corpus's straight quotes or dashes into typographic ones.
      smartypants: false,
      // Document bodies are scraped text: bare URLs and e-mail addresses in them stay text, never links.
      remarkPlugins: [remarkUnlinkLiterals],
      // Before Astro's own heading-id plugin, which keeps these ids and levels for the outline.
      rehypePlugins: [rehypeBlockAnchors, rehypeHeadingLevels],
    }),
    syntaxHighlight: false,
  },
  integrations: [
    // Documents are rendered by the Markdown processor above (src/lib/docs-loader.ts); MDX files
    // anywhere else in the site would inherit the same plugins.
    mdx(),
    sitemap({
      filter: inSitemap,
      i18n: { defaultLocale: 'zh-hans', locales: { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } },
    }),
    conventionalFiles,
  ],
  vite: {
    logLevel: 'warn',
    build: {
      // The Content-Security-Policy forbids inline scripts: never inline small script chunks.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code && QUIET_WARNINGS.has(warning.code)) return;
          warn(warning);
        },
      },
    },
  },
});
