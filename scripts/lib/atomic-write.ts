/**
 * Write a whole generated tree so that readers only ever see a complete old tree or a complete
 * new one: write into a temporary sibling folder, then swap it in with renames.
 * When every file is already byte-identical, nothing is touched (rebuilds keep mtimes and caches).
 */
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

/** True when `dir` holds exactly `files`, byte for byte. */
export async function treeEquals(dir: string, files: Map<string, string>): Promise<boolean> {
  const existing = await listTree(dir);
  if (existing.length !== files.size) return false;
  for (const rel of existing) {
    const want = files.get(rel);
    if (want === undefined) return false;
    const have = await readFile(path.join(dir, rel), 'utf8');
    if (have !== want) return false;
  }
  return true;
}

async function sameContent(file: string, content: string): Promise<boolean> {
  try {
    return (await readFile(file, 'utf8')) === content;
  } catch {
    return false;
  }
}

/** Files written at once: a 10k-document corpus is 20k files, one after the other they took seconds. */
const WRITES_IN_FLIGHT = 32;

/** Runs `task` on every item, at most `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Returns false when the output was already up to date. */
export async function writeTreeAtomically(dir: string, files: Map<string, string>): Promise<boolean> {
  if (await treeEquals(dir, files)) return false;
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  const names = [...files.keys()].sort();
  for (const folder of new Set(names.map((rel) => path.dirname(path.join(tmp, rel))))) await mkdir(folder, { recursive: true });
  await inParallel(names, WRITES_IN_FLIGHT, async (rel) => {
    const target = path.join(tmp, rel);
    const content = files.get(rel)!;
    // An unchanged file is hard-linked from the current tree: cheap, and it keeps its mtime for caches.
    if (await sameContent(path.join(dir, rel), content)) {
      await link(path.join(dir, rel), target);
    } else {
      await writeFile(target, content);
    }
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
