/** Run the corpus CLI as a child process, the way `npm run corpus` does. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function corpusArgs(input: string, output: string, extra: string[] = []): string[] {
  return ['--import', 'tsx', path.join(ROOT, 'scripts/corpus.ts'), '--input', input, '--output', output, ...extra];
}

export function runCorpus(input: string, output: string, extra: string[] = []) {
  const r = spawnSync(process.execPath, corpusArgs(input, output, extra), { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the CLI without waiting; `exited` resolves when it ends (however it ends). */
export function startCorpus(input: string, output: string, extra: string[] = []) {
  const child = spawn(process.execPath, corpusArgs(input, output, extra), { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, exited };
}

const made: string[] = [];

// Each test file gets its own copy of this module: what its tests made goes when they are done.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary directory, removed after the test file's last test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}

/** Relative path → content, for a whole folder. */
export function readTree(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(path.join(dir, prefix)).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const full = path.join(dir, rel);
    if (statSync(full).isDirectory()) for (const [k, v] of readTree(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(full, 'utf8'));
  }
  return out;
}
