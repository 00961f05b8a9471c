/** Run the corpus CLI as a child process, the way `npm run corpus` does. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `${prefix}-`));
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
