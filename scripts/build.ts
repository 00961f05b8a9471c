/**
 * npm run build: the whole chain into dist/ — corpus pipeline → Astro → Pagefind.
 * CORPUS_INPUT=<dir> builds from another raw folder (default content/raw).
 */
import { spawnSync } from 'node:child_process';

function run(label: string, command: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`build: ${label} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} done in ${seconds} s`);
}

const input = process.env.CORPUS_INPUT || 'content/raw';
run('corpus', process.execPath, ['--import', 'tsx', 'scripts/corpus.ts', '--input', input, '--output', 'content/docs']);
run('astro', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
run('pagefind', process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist']);
