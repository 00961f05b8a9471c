/**
 * Content loader of the pipeline's documents: content/docs/<locale>/<slug>.mdx → collection entries
 * with id `<locale>/<slug>`, rendered once at content sync.
 *
 * The files are MDX, but by construction (scripts/pipeline/emit.ts) they hold no JSX, expression or
 * import: every markup character of the scraped text is escaped, which CommonMark reads the same way.
 * Astro's glob() loader compiles each .mdx file into a JavaScript module of its own; at 10,000
 * documents (20,000 pages) bundling those modules took 290 s of a 424 s Astro build and pushed its
 * peak memory to 10.6 GB. This loader renders each body with the site's Markdown processor instead
 * (the same remark/rehype plugins, astro.config.mjs `markdown.processor`). The store keeps the
 * frontmatter; the rendered HTML goes to a file of its own (rendered-docs.ts says why), which the
 * document page reads. A document whose file is unchanged (same digest) is not rendered again.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasRendered, pruneRendered, writeRendered, type RenderedHeading } from './rendered-docs.ts';

export interface DocsLoaderOptions {
  /** Folder holding one subfolder per locale (relative to the project root). */
  base: string;
  /** Locale subfolders to read (zh-hans, zh-hant). */
  folders: readonly string[];
  /** Where rendered bodies are kept (rendered-docs.ts). */
  renderedDir: string;
}

/** The part of Astro's loader context this loader uses (tests pass their own). */
export type DocsLoaderContext = Pick<LoaderContext, 'store' | 'parseData' | 'renderMarkdown' | 'generateDigest' | 'logger'>;

async function documentFiles(base: string, folders: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const folder of folders) {
    const names = await readdir(path.join(base, folder)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) files.push(`${folder}/${name}`);
  }
  return files;
}

/** Load (or refresh) every document entry; entries whose file is gone are removed, with their bodies. */
export async function loadDocs(context: DocsLoaderContext, options: DocsLoaderOptions): Promise<{ rendered: number; unchanged: number; removed: number }> {
  const { store, parseData, renderMarkdown, generateDigest } = context;
  const seen = new Set<string>();
  const digests: string[] = [];
  let rendered = 0;
  let unchanged = 0;
  for (const file of await documentFiles(options.base, options.folders)) {
    const id = file.replace(/\.mdx$/, '');
    seen.add(id);
    const filePath = path.join(options.base, file);
    const text = await readFile(filePath, 'utf8');
    const digest = generateDigest(text);
    digests.push(digest);
    const previous = store.get(id);
    if (previous?.digest === digest && !previous.rendered && (await hasRendered(options.renderedDir, digest))) {
      unchanged++;
      continue;
    }
    const { frontmatter, content } = parseFrontmatter(text);
    const data = await parseData({ id, data: frontmatter, filePath });
    const { html, metadata } = await renderMarkdown(content);
    await writeRendered(options.renderedDir, digest, { html, headings: (metadata?.headings ?? []) as RenderedHeading[] });
    // Astro keeps an entry whose digest it already has: drop it first (a store from before bodies moved out).
    if (previous) store.delete(id);
    store.set({ id, data, digest, filePath });
    rendered++;
  }
  let removed = 0;
  for (const id of store.keys()) {
    if (!seen.has(id)) {
      store.delete(id);
      removed++;
    }
  }
  await pruneRendered(options.renderedDir, digests);
  return { rendered, unchanged, removed };
}

/** Quiet period after the last change under the documents folder before reloading: the pipeline swaps
 *  its whole output tree in at once, which a watcher sees as thousands of events. */
const RELOAD_SETTLE_MS = 300;

/**
 * In `astro dev`, reload the collection when the pipeline rewrites the documents folder (for example
 * `npm run corpus -- --watch` in another terminal); only documents whose file changed are rendered again.
 */
export function watchDocs(context: Pick<LoaderContext, 'watcher'>, options: DocsLoaderOptions, reload: () => Promise<void>): void {
  const watcher = context.watcher;
  if (!watcher) return;
  const root = path.resolve(options.base);
  watcher.add(root);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  watcher.on('all', (_event: string, file: string) => {
    if (!path.resolve(file).startsWith(root + path.sep) || !file.endsWith('.mdx')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(reload).catch(() => {});
    }, RELOAD_SETTLE_MS);
  });
}

export function docsLoader(options: DocsLoaderOptions): Loader {
  return {
    name: 'pipeline-docs',
    load: async (context) => {
      const reload = async () => {
        const { rendered, unchanged, removed } = await loadDocs(context, options);
        context.logger.info(`${rendered} documents rendered, ${unchanged} unchanged, ${removed} removed`);
      };
      await reload();
      watchDocs(context, options, reload);
    },
  };
}
