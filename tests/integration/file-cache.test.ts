/** The CLI's disk cache: the near-duplicate pairs it keeps between runs, however many there are. */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskFileCache, PAIRS_PER_RECORD } from '../../scripts/lib/file-cache.ts';
import type { VerifiedPair } from '../../scripts/pipeline/neardup.ts';
import { tempDir } from '../helpers/cli.ts';

function pairs(n: number): Map<string, VerifiedPair> {
  const out = new Map<string, VerifiedPair>();
  for (let i = 0; i < n; i++) {
    const scores = { jaccard: (i % 100) / 100, containmentA: 0.5, containmentB: 0.25, a: { shared: i, passages: [] }, b: { shared: i + 1, passages: [] } };
    out.set(`k${i}|k${i + 1}`, { scores, estimate: i / n } as unknown as VerifiedPair);
  }
  return out;
}

describe('verified pairs in the disk cache', () => {
  it('come back exactly, in order, over several records', () => {
    const dir = tempDir('file-cache');
    const written = pairs(PAIRS_PER_RECORD * 2 + 7);
    new DiskFileCache(dir, 'v1', {}).setPairs(written);
    const read = new DiskFileCache(dir, 'v1', {}).pairs();
    expect([...read]).toEqual([...written]);
    expect(readdirSync(dir)).toEqual(['pairs.v8']);
  });

  it('are forgotten when the pipeline code changed, or the file is damaged or missing', () => {
    const dir = tempDir('file-cache');
    new DiskFileCache(dir, 'v1', {}).setPairs(pairs(10));
    expect(new DiskFileCache(dir, 'v2', {}).pairs().size).toBe(0);
    writeFileSync(path.join(dir, 'pairs.v8'), Buffer.from([200, 0, 0, 0, 1, 2]));
    expect(new DiskFileCache(dir, 'v1', {}).pairs().size).toBe(0);
    expect(new DiskFileCache(tempDir('file-cache'), 'v1', {}).pairs().size).toBe(0);
  });

  it('survive pruning, which removes a pairs file of the earlier format', () => {
    const dir = tempDir('file-cache');
    writeFileSync(path.join(dir, 'pairs.json'), '{"version":"v1","pairs":[]}');
    const cache = new DiskFileCache(dir, 'v1', {});
    cache.setPairs(pairs(3));
    cache.prune();
    expect(readdirSync(dir)).toEqual(['pairs.v8']);
    expect(new DiskFileCache(dir, 'v1', {}).pairs().size).toBe(3);
  });
});
