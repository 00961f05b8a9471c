import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { gzipSmallest, regzipSmallest } from '../../scripts/lib/gzip-smallest.ts';

/** Text with the repetition of an index: names and counts, over and over with small changes. */
const SAMPLE = new TextEncoder().encode(Array.from({ length: 2000 }, (_, i) => `[${i.toString(36)},${(i * 7919) % 3001}]`).join(''));

describe('gzipSmallest', () => {
  it('writes a gzip stream that inflates to the same bytes, smaller than zlib level 9, the same every time', async () => {
    const out = await gzipSmallest(SAMPLE);
    expect(new Uint8Array(gunzipSync(out))).toEqual(SAMPLE);
    expect(out.length).toBeLessThan(gzipSync(SAMPLE, { level: 9 }).length);
    // A fresh copy of the module (nothing remembered) compresses to the same bytes.
    vi.resetModules();
    const fresh = await import('../../scripts/lib/gzip-smallest.ts');
    expect(fresh.gzipSmallest).not.toBe(gzipSmallest);
    expect(await fresh.gzipSmallest(SAMPLE)).toEqual(out);
  });
});

describe('regzipSmallest', () => {
  it('compresses a gzip file again, keeping its content', async () => {
    const file = new Uint8Array(gzipSync(SAMPLE, { level: 1 }));
    const out = await regzipSmallest(file);
    expect(out.length).toBeLessThan(file.length);
    expect(new Uint8Array(gunzipSync(out))).toEqual(SAMPLE);
  });

  it('leaves a file that is not gzip as it is', async () => {
    expect(await regzipSmallest(SAMPLE)).toBe(SAMPLE);
  });
});
