/**
 * Write a whole generated tree so that readers only ever see a complete old tree or a complete
 * new one: write into a temporary sibling folder, then swap it in with renames.
 * When every file is already byte-identical, nothing is touched (rebuilds keep mtimes and caches).
 */
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inParallel } from './in-parallel.ts';

/** Files read or written at once: a 10k-document corpus is 20k files, one after the other they took seconds. */
const FILES_IN_FLIGHT = 32;

async function listTree(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listTree(dir, rel)));
    else out.push(rel);
  }
  return out;
}

async function sameContent(file: string, content: string): Promise<boolean> {
  try {
    return (await readFile(file, 'utf8')) === content;
  } catch {
    return false;
  }
}

/**
 * Returns false when the output was already up to date. `previous`: the tree this process wrote into `dir`
 * last time (watch mode), compared in memory instead of reading every file back.
 */
export async function writeTreeAtomically(dir: string, files: Map<string, string>, previous?: Map<string, string>): Promise<boolean> {
  const existing = new Set(await listTree(dir));
  const names = [...files.keys()].sort();
  // Each current file is read once: to tell whether anything changed, and to reuse it when it did not.
  const unchanged = new Set<string>();
  await inParallel(names, FILES_IN_FLIGHT, async (rel) => {
    if (!existing.has(rel)) return;
    const same = previous ? previous.get(rel) === files.get(rel) : await sameContent(path.join(dir, rel), files.get(rel)!);
    if (same) unchanged.add(rel);
  });
  if (unchanged.size === names.length && existing.size === names.length) return false;

  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  for (const folder of new Set(names.map((rel) => path.dirname(path.join(tmp, rel))))) await mkdir(folder, { recursive: true });
  await inParallel(names, FILES_IN_FLIGHT, async (rel) => {
    const target = path.join(tmp, rel);
    // An unchanged file is hard-linked from the current tree: cheap, and it keeps its mtime for caches.
    if (unchanged.has(rel)) await link(path.join(dir, rel), target);
    else await writeFile(target, files.get(rel)!);
  });
  await mkdir(parent, { recursive: true });
  let hadOld = true;
  try {
    await rename(dir, old);
  } catch {
    hadOld = false;
  }
  await rename(tmp, dir);
  if (hadOld) await rm(old, { recursive: true, force: true });
  return true;
}
