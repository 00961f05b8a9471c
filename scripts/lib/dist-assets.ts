/**
 * Built pages that name a bundled asset (/_astro/…) the build does not contain. Astro's incremental
 * build (ASTRO_INCREMENTAL=1) copies unchanged pages from its cache; after a change to the site's code
 * that renames a shared stylesheet or script, a copied page could still name the old file. The build
 * checks for that instead of shipping unstyled pages.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const ASSET_REF = /(?:href|src)="(\/_astro\/[^"?#]+)"/g;

/** [page, asset] for every reference to a missing asset, pages in path order (at most `limit`). */
export async function missingAssets(dist: string, limit = 20): Promise<[string, string][]> {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const missing: [string, string][] = [];
  const exists = new Map<string, boolean>();
  for (const page of pages) {
    const html = await readFile(path.join(dist, page), 'utf8');
    for (const [, asset] of html.matchAll(ASSET_REF)) {
      let found = exists.get(asset!);
      if (found === undefined) exists.set(asset!, (found = existsSync(path.join(dist, asset!))));
      if (!found) missing.push([page, asset!]);
      if (missing.length >= limit) return missing;
    }
  }
  return missing;
}
