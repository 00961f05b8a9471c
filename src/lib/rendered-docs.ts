/**
 * Rendered document bodies, kept in files of their own (one per content digest) instead of in Astro's
 * content store.
 *
 * Astro's build puts the whole content store into its server bundle as one string literal
 * (`export default JSON.parse("…")`), which the bundler parses and the build then parses again: at 20,000
 * documents the store was 399 MB, three quarters of it rendered HTML, and the Astro process peaked at 6+ GB.
 * Kept here, the store holds the frontmatter only, and a page reads its body when it is rendered.
 * The files are a cache: the loader (docs-loader.ts) writes a body when its document changes, finds it
 * again by digest on the next build, and removes the bodies no document uses any more.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A heading of a rendered body (the shape Astro's Markdown renderer reports). */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: RenderedHeading[];
}

/** Where the site keeps them, relative to the project root (beside Astro's own build cache). */
export const RENDERED_DOCS_DIR = 'node_modules/.astro/rendered-docs';

const SUFFIX = '.json';

/** The file of a digest: hashed again, so any digest string makes a safe file name. */
export function renderedFile(dir: string, digest: string): string {
  return path.join(dir, createHash('sha256').update(digest).digest('hex').slice(0, 40) + SUFFIX);
}

export async function hasRendered(dir: string, digest: string): Promise<boolean> {
  return stat(renderedFile(dir, digest)).then(
    (s) => s.isFile() && s.size > 0,
    () => false,
  );
}

/** Write a body; a build stopped halfway never leaves a partial file under the final name. */
export async function writeRendered(dir: string, digest: string, body: RenderedBody): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = renderedFile(dir, digest);
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify({ html: body.html, headings: body.headings }));
  await rename(partial, file);
}

export async function readRendered(dir: string, digest: string, id: string): Promise<RenderedBody> {
  const file = renderedFile(dir, digest);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RenderedBody;
  } catch (error) {
    throw new Error(`The rendered body of document ${id} is missing or unreadable (${file}): run the build again, which renders it anew. ${String(error)}`);
  }
}

/** Remove every body whose digest is not in `keep` (documents changed or deleted since). */
export async function pruneRendered(dir: string, keep: Iterable<string>): Promise<number> {
  const wanted = new Set([...keep].map((digest) => path.basename(renderedFile(dir, digest))));
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => !wanted.has(name));
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  return stale.length;
}
