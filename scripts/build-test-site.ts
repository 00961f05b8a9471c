/**
 * npm run build:test — the site the browser tests run against: the seed corpus (content/raw) plus the
 * hostile and malformed fixtures (tests/fixtures/hostile), built into dist/ by the normal build.
 * Index pages hold TEST_PAGE_SIZE rows instead of the default 100, so that this corpus of a few dozen
 * documents spans several pages and the tests exercise pagination; likewise the search index is cut
 * into shards of TEST_SHARD_PAGES pages, so every search test runs against shards merged at query time,
 * and each shard's index into chunks of TEST_CHUNK_BYTES, so that every search looks its words up among
 * dozens of chunks (scripts/lib/search-compact.ts), as on a large corpus.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const input = path.resolve('tests/.tmp/build-input');
const TEST_PAGE_SIZE = '20';
const TEST_SHARD_PAGES = '8';
const TEST_CHUNK_BYTES = '2048';
const steps: [string, string[], NodeJS.ProcessEnv][] = [
  ['fixtures', ['--import', 'tsx', 'tests/fixtures/make-hostile.ts', '--build-input', input], process.env],
  ['build', ['--import', 'tsx', 'scripts/build.ts'], { ...process.env, CORPUS_INPUT: input, INDEX_PAGE_SIZE: process.env.INDEX_PAGE_SIZE ?? TEST_PAGE_SIZE, SEARCH_SHARD_PAGES: process.env.SEARCH_SHARD_PAGES ?? TEST_SHARD_PAGES, SEARCH_CHUNK_BYTES: process.env.SEARCH_CHUNK_BYTES ?? TEST_CHUNK_BYTES }],
];
for (const [label, args, env] of steps) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`build:test: ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}
