/**
 * Smaller first searches: rewrites one language of a Pagefind bundle after Pagefind wrote it, in
 * Pagefind's own file format, so that its unchanged script and WebAssembly read it.
 *
 * A first search fetches the language's metadata file (every page's name and word count, every
 * index chunk's word range) and, per query word, the index chunk holding it. Pagefind names pages by
 * random-looking content hashes (most of the metadata's bytes once gzipped) and closes an index chunk
 * only once it holds 20,000 word positions, a constant in its indexer: every Han character of a query,
 * a word of its own here (src/lib/search-segment.ts), costs a chunk of ~35–40 KB gzip at 10k documents
 * however rare the character. This step
 *   - cuts the chunks again, by size (`chunkBytes` of CBOR per chunk), so a rare character comes with
 *     few others; a word longer than that stays whole and alone, and words sharing a first character
 *     stay together, in a chunk whose range covers every word beginning with it (Pagefind's search
 *     extends a query word, or falls back to an indexed word that begins it, among the words of the
 *     chunk it loads: planChunks);
 *   - names pages and chunks by counters (`0`, `1`, … `a0`, in base 36): a page costs the metadata ~3
 *     bytes instead of ~10. Page counters start at `firstPage`, so that the pages of a language's
 *     shards have names of their own (the search page tells results apart by them). Counters repeat
 *     from build to build, so the bundle must live in a folder named by `token`, which changes with
 *     its content: nothing stale comes from a browser's cache (scripts/search-index.ts does that).
 *   - leaves out the sort the pages were handed in (`pageOrderSort`): their names carry it;
 *   - packs each result fragment's paragraph markers into one record (src/lib/search-anchors.ts: a
 *     tenth of a fragment's bytes; the search page unpacks them);
 *   - gzips the metadata and the WebAssembly, which every search fetches whole, as small as deflate
 *     allows (./gzip-smallest.ts: −24% and −5%).
 * Nothing else changes: words, positions, weights, filters, other sorts and the fragments' text are
 * copied as they are.
 *
 * The format is Pagefind's, not a published one: the metadata must encode back to the very bytes it
 * was decoded from and every index chunk must parse exactly to its end, and a bundle that does not
 * match what this step knows is left as Pagefind wrote it, with a warning (`skipped`), never half
 * rewritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { type Anchor, packAnchors } from '../../src/lib/search-anchors.ts';
import { gzipSmallest, regzipSmallest } from './gzip-smallest.ts';

/** Every Pagefind data file starts with this, after gunzip. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
/** Pagefind's WebAssembly, one file per language it ships code for. */
const WASM_FILE = /^wasm\..+\.pagefind$/;
/**
 * CBOR bytes per index chunk. Measured on the 10k bench corpus (one script, 51k words, 33 MB of gzipped
 * postings): 859 chunks as Pagefind wrote them; 8 KB → 3,925 chunks, 16 KB → 2,904, 32 KB → 1,979. The
 * five bench queries fetched 37/28/151/68/63 KB of chunks at 8 KB, 41/33/151/71/64 at 16 KB, 50/65/151/78/64
 * at 32 KB, while each listed chunk costs the metadata ~13 bytes (gzip): 16 KB is the least in sum.
 * (Measured before chunks kept first-character groups whole: at 16 KB that made 2,953 chunks, the
 * same queries fetched 41/33/150/72/65 KB, and the shorter ranges cut the chunk list by a third.)
 */
export const CHUNK_BYTES = 16_384;

type Cbor = unknown;

/** A Pagefind data file's CBOR payload (gzip and signature removed), or null if it is not one. */
export function unpack(file: Uint8Array): Uint8Array | null {
  const raw = file[0] === 0x1f && file[1] === 0x8b ? new Uint8Array(gunzipSync(file)) : file;
  if (raw.length < SIGNATURE.length || SIGNATURE.some((b, i) => raw[i] !== b)) return null;
  return raw.subarray(SIGNATURE.length);
}

/** A payload behind Pagefind's signature: a data file before gzip. */
function signed(payload: Uint8Array): Uint8Array {
  const raw = new Uint8Array(SIGNATURE.length + payload.length);
  raw.set(SIGNATURE);
  raw.set(payload, SIGNATURE.length);
  return raw;
}

/**
 * A CBOR payload as a Pagefind data file: signature, then gzip at zlib's default level (on index
 * chunks level 9 saved 1% at four times the time). The metadata, which every search fetches, goes
 * through gzipSmallest instead.
 */
export function pack(payload: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(signed(payload)));
}

/** Decode CBOR, or null unless encoding the value again gives the very same bytes. */
export function decodeFaithfully(payload: Uint8Array): Cbor | null {
  let value: Cbor;
  try {
    value = decode(payload, { useMaps: true });
  } catch {
    return null;
  }
  const again = encode(value as object);
  return again.length === payload.length && again.every((b, i) => b === payload[i]) ? value : null;
}

/** Above every character: a range ending `key + LAST_CHAR` holds every word that starts with `key`. */
const LAST_CHAR = '\u{10FFFF}';
/** A single Han character (the search page sends each one as a word of its own: search-segment.ts). */
const HAN_CHAR = /^\p{Script=Han}$/u;
/** A prefix group of more than this many chunks' bytes is split by one more character (many Latin words). */
const GROUP_SPLIT_CHUNKS = 8;

/** The first `n` characters (code points) of a word. */
function head(word: string, n: number): string {
  return Array.from(word).slice(0, n).join('');
}

/**
 * Where a prefix group's range ends. A word shorter than the key's length is the whole group (`st`
 * among `sta…`): its range is itself. So is a Han character alone in its group, the common case: the
 * search page splits every Han character of a query off as a word of its own, so no query word goes
 * on past one, and the four bytes of U+10FFFF would only lengthen the chunk list every search fetches.
 */
function groupEnd(key: string, depth: number, alone: boolean): string {
  if (Array.from(key).length < depth || (alone && HAN_CHAR.test(key))) return key;
  return key + LAST_CHAR;
}

export interface PlannedChunk {
  /** Index of the chunk's first word. */
  start: number;
  /** The range Pagefind's lookup compares a query word with (first chunk whose from ≤ word ≤ to). */
  from: string;
  to: string;
}

/**
 * Words in index order (sorted), with their encoded sizes, grouped by their first character (by more
 * characters where a group is large). A query word's lookup then lands on the chunk of its first
 * character, whether or not the word itself is indexed, and finds there every word Pagefind's search
 * looks at for it: the words it begins (`cyber` → `cyberspace`) and the longest indexed word that
 * begins it (`cyber` → `c`), as when the index was one chunk.
 */
function prefixGroups(words: readonly string[], sizes: readonly number[], first: number, end: number, depth: number, maxGroup: number): { start: number; from: string; to: string }[] {
  const out: { start: number; from: string; to: string }[] = [];
  for (let i = first; i < end; ) {
    const key = head(words[i]!, depth);
    let j = i;
    let bytes = 0;
    for (; j < end && head(words[j]!, depth) === key; j++) bytes += sizes[j]!;
    if (bytes > maxGroup && j - i > 1) out.push(...prefixGroups(words, sizes, i, j, depth + 1, maxGroup));
    else out.push({ start: i, from: key, to: groupEnd(key, depth, j - i === 1 && words[i] === key) });
    i = j;
  }
  return out;
}

/**
 * Chunks over words in index order with their encoded sizes: whole prefix groups (prefixGroups), as
 * many as stay within `maxBytes` (a larger group is a chunk of its own).
 */
export function planChunks(words: readonly string[], sizes: readonly number[], maxBytes: number): PlannedChunk[] {
  const groups = prefixGroups(words, sizes, 0, words.length, 1, GROUP_SPLIT_CHUNKS * maxBytes);
  const chunks: PlannedChunk[] = [];
  let bytes = 0;
  groups.forEach((group, g) => {
    const end = groups[g + 1]?.start ?? words.length;
    const size = sizes.slice(group.start, end).reduce((a, b) => a + b, 0);
    const last = chunks[chunks.length - 1];
    if (last && bytes + size <= maxBytes) {
      last.to = group.to;
      bytes += size;
    } else {
      chunks.push({ ...group });
      bytes = size;
    }
  });
  return chunks;
}

/*
 * Index chunks are copied entry by entry, as bytes: decoding millions of positions into objects to
 * encode them again took most of the step's time (cborg has no way to find an item's end without
 * decoding it). These read only CBOR heads (RFC 8949 §3): definite lengths, as Pagefind writes.
 */

/** A CBOR head at `at`: major type, argument, and where the item's content starts. */
function readHead(b: Uint8Array, at: number): { major: number; arg: number; next: number } {
  const first = b[at];
  if (first === undefined) throw new RangeError('truncated');
  const info = first & 31;
  const width = info < 24 ? 0 : info <= 27 ? 1 << (info - 24) : -1;
  if (width < 0 || at + 1 + width > b.length) throw new RangeError('indefinite length or truncated');
  let arg = info < 24 ? info : 0;
  for (let i = 0; i < width; i++) arg = arg * 256 + b[at + 1 + i]!;
  return { major: first >> 5, arg, next: at + 1 + width };
}

/** Where the CBOR item starting at `at` ends. */
function itemEnd(b: Uint8Array, at: number): number {
  const { major, arg, next } = readHead(b, at);
  if (major === 2 || major === 3) return next + arg;
  if (major !== 4 && major !== 5 && major !== 6) return next;
  let p = next;
  const items = major === 4 ? arg : major === 5 ? 2 * arg : 1;
  for (let i = 0; i < items; i++) p = itemEnd(b, p);
  return p;
}

function arrayHead(n: number): number[] {
  if (n < 24) return [0x80 | n];
  if (n < 0x100) return [0x98, n];
  if (n < 0x10000) return [0x99, n >> 8, n & 0xff];
  return [0x9a, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The word entries of an index chunk payload (`[[[word, …], …]]`), or null if it is not one. */
export function readWordEntries(payload: Uint8Array): { word: string; bytes: Uint8Array }[] | null {
  try {
    const outer = readHead(payload, 0);
    const list = readHead(payload, outer.next);
    if (outer.major !== 4 || outer.arg !== 1 || list.major !== 4) return null;
    const out: { word: string; bytes: Uint8Array }[] = [];
    let p = list.next;
    for (let i = 0; i < list.arg; i++) {
      const entry = readHead(payload, p);
      const word = readHead(payload, entry.next);
      if (entry.major !== 4 || entry.arg < 1 || word.major !== 3) return null;
      const end = itemEnd(payload, p);
      out.push({ word: utf8.decode(payload.subarray(word.next, word.next + word.arg)), bytes: payload.subarray(p, end) });
      p = end;
    }
    return p === payload.length ? out : null;
  } catch {
    return null;
  }
}

/** An index chunk payload holding these word entries. */
export function chunkPayload(entries: readonly Uint8Array[]): Uint8Array {
  const head = [...arrayHead(1), ...arrayHead(entries.length)];
  const out = new Uint8Array(head.length + entries.reduce((n, e) => n + e.length, 0));
  out.set(head);
  let p = head.length;
  for (const e of entries) {
    out.set(e, p);
    p += e.length;
  }
  return out;
}

/** `n` names counting up from `first`, in base 36. */
/**
 * A result fragment (`pagefind_dcd` + JSON) with its paragraph markers packed (src/lib/search-anchors.ts),
 * or null to keep the file as it is: nothing to pack, or JSON that would not read back to the same text.
 */
export function packFragmentAnchors(file: Uint8Array): Uint8Array | null {
  const payload = unpack(file);
  if (!payload) return null;
  let text: string;
  let fragment: unknown;
  try {
    text = utf8.decode(payload);
    fragment = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof fragment !== 'object' || fragment === null || !('anchors' in fragment) || JSON.stringify(fragment) !== text) return null;
  const anchors = fragment.anchors;
  if (!Array.isArray(anchors) || !anchors.every((a) => typeof a === 'object' && a !== null && !Array.isArray(a))) return null;
  const packed = packAnchors(anchors as Anchor[]);
  if (packed.length === anchors.length) return null;
  return pack(new TextEncoder().encode(JSON.stringify({ ...fragment, anchors: packed })));
}

export function countedNames(first: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => (first + i).toString(36));
}

/** Hex digits of the bundle token: 16⁷ values, for one language of one shard of one build. */
export const TOKEN_LENGTH = 7;

/** Raise whenever this step writes other files from the same input, so that their folder changes name. */
const REWRITE_VERSION = 4;

/**
 * A name for the bundle's content: Pagefind's metadata names every page and chunk by a hash of its
 * content; add what this step makes of them.
 */
export function bundleToken(language: string, metaPayload: Uint8Array, options: Required<CompactOptions>): string {
  const settings = JSON.stringify([REWRITE_VERSION, language, options.chunkBytes, options.firstPage, options.pageOrderSort]);
  return createHash('sha256').update(`${settings}\n`).update(metaPayload).digest('hex').slice(0, TOKEN_LENGTH);
}

type PageEntry = [string, number, string, ...Cbor[]];
type ChunkEntry = [string, string, string];

const isString = (v: Cbor): v is string => typeof v === 'string';
const isPage = (v: Cbor): v is PageEntry => Array.isArray(v) && v.length >= 3 && isString(v[0]) && typeof v[1] === 'number' && isString(v[2]);
const isChunk = (v: Cbor): v is ChunkEntry => Array.isArray(v) && v.length === 3 && v.every(isString);

export type CompactResult =
  | { skipped: string }
  | { skipped?: undefined; metaHash: string; token: string; chunksBefore: number; chunksAfter: number };

export type CompactOptions = {
  chunkBytes?: number;
  /** The counter of the first page (the pages of the language's earlier shards). */
  firstPage?: number;
  /**
   * A Pagefind sort whose order the caller handed the pages in: once pages are named by counters,
   * the names carry that order, and the sort's list of every page (~2 bytes a page) leaves the
   * metadata every search fetches. None when empty.
   */
  pageOrderSort?: string;
};

/**
 * Rewrite `language` in the Pagefind bundle at `dir` (as written by Pagefind: `pagefind.<hash>.pf_meta`,
 * `index/`, `fragment/`). `metaHash` is the language's `hash` in pagefind-entry.json; the result gives
 * the new one. Files are written before the old ones are removed.
 */
export async function compactBundle(dir: string, language: string, metaHash: string, options: CompactOptions = {}): Promise<CompactResult> {
  const settings: Required<CompactOptions> = { chunkBytes: CHUNK_BYTES, firstPage: 0, pageOrderSort: '', ...options };
  const { chunkBytes, firstPage, pageOrderSort } = settings;
  const metaFile = path.join(dir, `pagefind.${metaHash}.pf_meta`);
  if (!existsSync(metaFile)) return { skipped: `no ${path.basename(metaFile)}` };
  const metaBytes = new Uint8Array(readFileSync(metaFile));
  const metaPayload = unpack(metaBytes);
  const meta = metaPayload && decodeFaithfully(metaPayload);
  if (!Array.isArray(meta) || meta.length < 3 || !isString(meta[0]) || !Array.isArray(meta[1]) || !Array.isArray(meta[2])) {
    return { skipped: 'metadata is not in the layout this step knows (Pagefind version changed?)' };
  }
  const pages: Cbor[] = meta[1];
  const chunks: Cbor[] = meta[2];
  if (!pages.every(isPage) || !chunks.every(isChunk)) return { skipped: 'page or chunk entries are not in the layout this step knows' };

  // Every word entry of every chunk, in index order, as the bytes Pagefind wrote.
  const entries: Uint8Array[] = [];
  const words: string[] = [];
  for (const [, , hash] of chunks) {
    const file = new Uint8Array(readFileSync(path.join(dir, 'index', `${hash}.pf_index`)));
    const payload = unpack(file);
    const read = payload && readWordEntries(payload);
    if (!read) return { skipped: `index chunk ${hash} is not in the layout this step knows` };
    for (const entry of read) {
      entries.push(entry.bytes);
      words.push(entry.word);
    }
  }

  const fragments = (pages as PageEntry[]).map((p) => path.join(dir, 'fragment', `${p[0]}.pf_fragment`));
  const missing = fragments.find((f) => !existsSync(f));
  if (missing) return { skipped: `no ${path.relative(dir, missing)}` };

  const token = bundleToken(language, metaPayload!, settings);
  const planned = planChunks(
    words,
    entries.map((e) => e.length),
    chunkBytes,
  );
  const chunkNames = countedNames(0, planned.length);
  const newChunks: ChunkEntry[] = [];
  planned.forEach((chunk, k) => {
    const file = pack(chunkPayload(entries.slice(chunk.start, planned[k + 1]?.start ?? words.length)));
    writeFileSync(path.join(dir, 'index', `${chunkNames[k]}.pf_index`), file);
    newChunks.push([chunk.from, chunk.to, chunkNames[k]!]);
  });

  // Pages in fragment groups (a Pagefind option this site does not use) keep their names: the group
  // files are keyed by them.
  const oldNames = new Set((pages as PageEntry[]).map((p) => p[0]));
  const counted = countedNames(firstPage, pages.length);
  const renamePages = (pages as PageEntry[]).every((p) => p[2] === '') && !counted.some((name) => oldNames.has(name));
  const pageNames = renamePages ? counted : (pages as PageEntry[]).map((p) => p[0]);
  fragments.forEach((file, i) => {
    const target = path.join(dir, 'fragment', `${pageNames[i]}.pf_fragment`);
    const packed = packFragmentAnchors(new Uint8Array(readFileSync(file)));
    if (packed) {
      writeFileSync(target, packed);
      if (target !== file) rmSync(file);
    } else if (target !== file) renameSync(file, target);
  });

  const newMeta = [...meta];
  newMeta[1] = (pages as PageEntry[]).map((page, i) => [pageNames[i], ...page.slice(1)]);
  newMeta[2] = newChunks;
  const sorts = meta[4];
  if (renamePages && pageOrderSort !== '' && Array.isArray(sorts)) {
    newMeta[4] = sorts.filter((sort: Cbor) => !(Array.isArray(sort) && sort[0] === pageOrderSort));
  }
  const newMetaFile = await gzipSmallest(signed(encode(newMeta)));
  const newMetaHash = `${language}_${createHash('sha256').update(newMetaFile).digest('hex').slice(0, 15)}`;
  writeFileSync(path.join(dir, `pagefind.${newMetaHash}.pf_meta`), newMetaFile);

  const kept = new Set(chunkNames);
  for (const [, , hash] of chunks) if (!kept.has(hash)) rmSync(path.join(dir, 'index', `${hash}.pf_index`));
  if (newMetaHash !== metaHash) rmSync(metaFile);
  // Every search fetches the WebAssembly too, whatever it looks for.
  for (const name of readdirSync(dir).filter((n) => WASM_FILE.test(n))) {
    const file = path.join(dir, name);
    writeFileSync(file, await regzipSmallest(new Uint8Array(readFileSync(file))));
  }
  return { metaHash: newMetaHash, token, chunksBefore: chunks.length, chunksAfter: planned.length };
}
