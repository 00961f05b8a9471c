/**
 * Gzip as small as the format allows, for the few files a static host serves as they are and every
 * search fetches whole (Pagefind's metadata and WebAssembly arrive gzipped already, and a browser
 * inflates any valid gzip stream). Zopfli searches for the cheapest way to spell the same bytes in
 * deflate: on the 10k bench corpus a metadata file came out 24% smaller than zlib's level 9 (63.0 →
 * 48.0 KB) and the WebAssembly 5% (55.4 → 52.8 KB), at ~0.5–1 s a file. That is too slow for the
 * thousands of index chunks and fragments (~0.3 s each, whatever their size), so it is for these only.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Zopfli's passes over each block; 15 (its default) saved 0.6% over 5 on the metadata. */
const ITERATIONS = 15;

/** Equal inputs compress alike: every shard carries the same WebAssembly. */
const memo = new Map<string, Uint8Array>();

/** `raw` as the smallest gzip stream Zopfli finds. Deterministic: same bytes in, same bytes out. */
export async function gzipSmallest(raw: Uint8Array): Promise<Uint8Array> {
  const key = createHash('sha256').update(raw).digest('hex');
  let out = memo.get(key);
  if (!out) {
    out = await gzipAsync(raw, { numiterations: ITERATIONS });
    memo.set(key, out);
  }
  return out;
}

/**
 * A gzip file compressed again as small as it goes, or the file itself when that is not smaller or
 * the file is not gzip. The stream's content is checked to inflate to the same bytes.
 */
export async function regzipSmallest(file: Uint8Array): Promise<Uint8Array> {
  if (file[0] !== 0x1f || file[1] !== 0x8b) return file;
  const raw = new Uint8Array(gunzipSync(file));
  const smaller = await gzipSmallest(raw);
  return smaller.length < file.length && Buffer.from(gunzipSync(smaller)).equals(raw) ? smaller : file;
}
