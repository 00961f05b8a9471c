/**
 * Search-index shards kept between builds (scripts/search-index.ts): a shard whose pages, options and
 * indexing code are all unchanged is copied from the last build instead of indexed again. Pagefind
 * indexing every page again was most of a rebuild after one changed raw file (149 of 233 s at 10k
 * documents); with shards of 10,000 pages a change touches the shards that hold the changed pages,
 * usually one per script, and the other shards of a larger corpus are reused.
 *
 * An entry is named by a hash of everything a shard's files depend on: the index code (the source of
 * scripts/search-index.ts and every module it imports, followed through relative imports, plus the
 * versions of the packages they import), the shard's options and position, and each page's URL and
 * a hash of its HTML, in the order Pagefind is given them. Entries are written whole (a temporary folder, then a
 * rename) and every entry a build did not use is deleted at its end, so the cache holds one index.
 */
import { createHash, type Hash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What Pagefind writes once per build: its loader, copied next to the shard folders. */
const LOADER = 'pagefind.js';

/** Relative module specifiers (`from './x.ts'`, `import('../y.ts')`) and bare package imports of a source file. */
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** A bare specifier's package name (`@scope/name/sub` → `@scope/name`); undefined for `node:` built-ins. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Hash of a module's code: its source and that of every module it imports through relative paths (type
 * imports included: they are one line, and following them keeps the rule simple), and the installed
 * version of every package they import. Files are named by their path from `root`, so the hash is the
 * same in every clone.
 */
export function moduleTreeVersion(entry: string, root: string): string {
  const sources = new Map<string, Buffer>();
  const packages = new Set<string>();
  const pending = [path.resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (sources.has(file)) continue;
    // A specifier that names no file is in a comment (a real one would not load): nothing to hash.
    if (!existsSync(file)) continue;
    const source = readFileSync(file);
    sources.set(file, source);
    for (const [, specifier] of source.toString('utf8').matchAll(IMPORT)) {
      if (specifier!.startsWith('.')) pending.push(path.resolve(path.dirname(file), specifier!));
      else {
        const name = packageName(specifier!);
        if (name) packages.add(name);
      }
    }
  }
  const h = createHash('sha256');
  for (const file of [...sources.keys()].sort()) h.update(`${path.relative(root, file).split(path.sep).join('/')}\0`).update(sources.get(file)!).update('\0');
  for (const name of [...packages].sort()) h.update(`${name}@${installedVersion(root, name)}\0`);
  return h.digest('hex');
}

function installedVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** Builds a shard's key: the code version and options first, then each page as it is handed to Pagefind. */
export class ShardKey {
  private readonly hash: Hash;

  constructor(version: string, options: Record<string, unknown>) {
    this.hash = createHash('sha256').update(version).update('\0').update(JSON.stringify(options, Object.keys(options).sort())).update('\0');
  }

  /** One page: its URL and its content (or a hash of it), each length-prefixed so that no two page lists hash alike. */
  page(url: string, content: string): this {
    this.hash.update(`${Buffer.byteLength(url)}:${url}${Buffer.byteLength(content)}:`).update(content);
    return this;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export class ShardCache {
  /** Shards restored by this build. */
  hits = 0;
  private readonly used = new Set<string>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /**
   * Copy the shard stored under `key` into `root` (its folder, and Pagefind's loader when `root` has
   * none yet) and return the folder's name; undefined when there is no such entry.
   */
  restore(key: string, root: string): string | undefined {
    const entry = path.join(this.dir, key);
    const folder = existsSync(entry) ? readdirSync(entry).find((name) => name !== LOADER) : undefined;
    if (folder === undefined) return undefined;
    this.used.add(key);
    this.hits++;
    cpSync(path.join(entry, folder), path.join(root, folder), { recursive: true });
    if (!existsSync(path.join(root, LOADER)) && existsSync(path.join(entry, LOADER))) cpSync(path.join(entry, LOADER), path.join(root, LOADER));
    return folder;
  }

  /** Keep the shard folder `folder` of `root` (and Pagefind's loader) under `key`. */
  store(key: string, root: string, folder: string): void {
    const entry = path.join(this.dir, key);
    const tmp = `${entry}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    cpSync(path.join(root, folder), path.join(tmp, folder), { recursive: true });
    if (existsSync(path.join(root, LOADER))) cpSync(path.join(root, LOADER), path.join(tmp, LOADER));
    rmSync(entry, { recursive: true, force: true });
    renameSync(tmp, entry); // whole or absent: a killed build never leaves half an entry
    this.used.add(key);
  }

  /** Delete every entry this build did not use (and what an interrupted build left half-written). */
  prune(): void {
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(path.join(this.dir, name), { recursive: true, force: true });
  }
}
