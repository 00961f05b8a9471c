/**
 * npm run build:test — the site the browser tests run against: the seed corpus (content/raw) plus the
 * hostile and malformed fixtures (tests/fixtures/hostile), built into dist/ by the normal build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const input = path.resolve('tests/.tmp/build-input');
const steps: [string, string[], NodeJS.ProcessEnv][] = [
  ['fixtures', ['--import', 'tsx', 'tests/fixtures/make-hostile.ts', '--build-input', input], process.env],
  ['build', ['--import', 'tsx', 'scripts/build.ts'], { ...process.env, CORPUS_INPUT: input }],
];
for (const [label, args, env] of steps) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`build:test: ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}
