/**
 * Write a whole generated tree so that readers only ever see a complete old tree or a complete
 * new one: write into a temporary sibling folder, then swap it in with renames.
 * When every file is already byte-identical, nothing is touched (rebuilds keep mtimes and caches).
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Synchronous on purpose: a corpus's output is thousands of small files, and nothing else runs while they
// are written. On 9,491 output files of the 10k bench corpus (medians of five), through promises 32 at a
// time against synchronously: new tree 0.43 → 0.34 s, every file changed 1.62 → 0.83 s, none 0.81 → 0.42 s.

function listTree(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listTree(dir, rel));
    else out.push(rel);
  }
  return out;
}

function sameContent(file: string, content: string): boolean {
  try {
    return readFileSync(file, 'utf8') === content;
  } catch {
    return false;
  }
}

/**
 * Returns false when the output was already up to date. `previous`: the tree this process wrote into `dir`
 * last time (watch mode), compared in memory instead of reading every file back.
 */
export function writeTreeAtomically(dir: string, files: Map<string, string>, previous?: Map<string, string>): boolean {
  const existing = new Set(listTree(dir));
  const names = [...files.keys()].sort();
  // Each current file is read once: to tell whether anything changed, and to reuse it when it did not.
  const unchanged = new Set<string>();
  for (const rel of names) {
    if (!existing.has(rel)) continue;
    const same = previous ? previous.get(rel) === files.get(rel) : sameContent(path.join(dir, rel), files.get(rel)!);
    if (same) unchanged.add(rel);
  }
  if (unchanged.size === names.length && existing.size === names.length) return false;

  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const tmp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  for (const folder of new Set(names.map((rel) => path.dirname(path.join(tmp, rel))))) mkdirSync(folder, { recursive: true });
  for (const rel of names) {
    const target = path.join(tmp, rel);
    // An unchanged file is hard-linked from the current tree: cheap, and it keeps its mtime for caches.
    if (unchanged.has(rel)) linkSync(path.join(dir, rel), target);
    else writeFileSync(target, files.get(rel)!);
  }
  mkdirSync(parent, { recursive: true });
  let hadOld = true;
  try {
    renameSync(dir, old);
  } catch {
    hadOld = false;
  }
  renameSync(tmp, dir);
  if (hadOld) rmSync(old, { recursive: true, force: true });
  return true;
}
