import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { bundleToken, chunkPayload, countedNames, decodeFaithfully, pack, planChunks, readWordEntries, unpack } from '../../scripts/lib/search-compact.ts';

/** Bytes as hex, so that Buffers and Uint8Arrays of the same bytes compare equal. */
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** The chunks planChunks makes, as lists of words. */
function chunked(words: string[], sizes: number[], max: number): string[][] {
  const planned = planChunks(words, sizes, max);
  return planned.map((c, k) => words.slice(c.start, planned[k + 1]?.start ?? words.length));
}

/** The chunk Pagefind's WebAssembly loads for a query word: the first whose range holds it, compared as UTF-8. */
function lookup(words: string[], sizes: number[], max: number, query: string): string[] | undefined {
  const planned = planChunks(words, sizes, max);
  const q = Buffer.from(query);
  const k = planned.findIndex((c) => Buffer.compare(q, Buffer.from(c.from)) >= 0 && Buffer.compare(q, Buffer.from(c.to)) <= 0);
  return k < 0 ? undefined : words.slice(planned[k]!.start, planned[k + 1]?.start ?? words.length);
}

describe('planChunks', () => {
  it('fills each chunk up to the size and starts the next one there', () => {
    expect(chunked(['一', '二', '三', '四', '五'], [4, 4, 4, 4, 4], 8)).toEqual([['一', '二'], ['三', '四'], ['五']]);
  });

  it('gives a word larger than the size a chunk of its own', () => {
    expect(chunked(['月', '明', '星'], [2, 50, 2], 8)).toEqual([['月'], ['明'], ['星']]);
  });

  it('keeps words with the same first character together', () => {
    const words = ['c', 'cookie', 'cy', 'cyber', 'cyberspace', 'data'];
    expect(chunked(words, [5, 5, 5, 5, 5, 5], 5)).toEqual([['c', 'cookie', 'cy', 'cyber', 'cyberspace'], ['data']]);
  });

  it('sends a query word to the chunk of its first character, indexed or not, with the words it begins and the words that begin it', () => {
    const words = ['a', 'b', 'c', 'cookie', 'cyberspace', 'd', 'e'];
    const sizes = words.map(() => 3);
    expect(lookup(words, sizes, 6, 'cyber')).toContain('cyberspace');
    expect(lookup(words, sizes, 6, 'cyber')).toContain('c');
    expect(lookup(words, sizes, 6, 'czar')).toContain('c');
    expect(lookup(words, sizes, 6, 'ddd')).toContain('d');
    expect(lookup(words, sizes, 6, '一')).toBeUndefined();
  });

  it('ends the range of a Han character alone in its group at the character, and of any other group past every word it begins', () => {
    const words = ['c', 'cyber', '明', '明1', '月', '网'];
    const sizes = words.map(() => 3);
    const planned = planChunks(words, sizes, 3);
    expect(planned.map((c) => [c.from, c.to])).toEqual([
      ['c', 'c\u{10FFFF}'],
      ['明', '明\u{10FFFF}'],
      ['月', '月'],
      ['网', '网'],
    ]);
    expect(lookup(words, sizes, 3, '月')).toEqual(['月']);
    expect(lookup(words, sizes, 6, '月')).toEqual(['月', '网']);
    // Not indexed: no chunk, as in one chunk without it.
    expect(lookup(words, sizes, 3, '朋')).toBeUndefined();
  });

  it('splits a first-character group larger than eight chunks by the next character, and keeps the ranges apart', () => {
    const words = ['s', 'sa', 'sab', 'sb', 'st', 'sta', 'stb', 'u'];
    // Eight chunks of 4 bytes: the `s` group (95) is split by two characters, `st` (45) by three, `sa` (20) not.
    const sizes = [10, 10, 10, 10, 15, 15, 15, 10];
    const chunks = chunked(words, sizes, 4);
    expect(chunks).toEqual([['s'], ['sa', 'sab'], ['sb'], ['st'], ['sta'], ['stb'], ['u']]);
    expect(lookup(words, sizes, 4, 'sac')).toEqual(['sa', 'sab']);
    expect(lookup(words, sizes, 4, 'st')).toEqual(['st']);
    expect(lookup(words, sizes, 4, 'stab')).toEqual(['sta']);
    // Ranges never overlap: each word is found in its own chunk.
    for (const w of words) expect(lookup(words, sizes, 4, w)).toContain(w);
  });

  it('makes one chunk of everything when it all fits, and none of nothing', () => {
    expect(chunked(['a', 'b'], [1, 1], 100)).toEqual([['a', 'b']]);
    expect(planChunks([], [], 100)).toEqual([]);
  });
});

describe('Pagefind data files', () => {
  it('packs and unpacks a payload, gzipped behind the pagefind_dcd signature', () => {
    const payload = encode([['一', 1]]);
    const file = pack(payload);
    expect([file[0], file[1]]).toEqual([0x1f, 0x8b]);
    expect(unpack(file)).toEqual(payload);
    expect(pack(payload)).toEqual(file);
  });

  it('refuses a file without the signature', () => {
    expect(unpack(new TextEncoder().encode('pagefind_xyz{}'))).toBeNull();
    expect(unpack(new Uint8Array([1, 2]))).toBeNull();
  });

  it('decodes only CBOR that encodes back to the same bytes', () => {
    expect(decodeFaithfully(encode(['1.6.0', [['a', 3, '']]]))).toEqual(['1.6.0', [['a', 3, '']]]);
    // 1 written in two bytes (0x18 0x01) instead of one: re-encoding would change the file.
    expect(decodeFaithfully(new Uint8Array([0x81, 0x18, 0x01]))).toBeNull();
    expect(decodeFaithfully(new Uint8Array([0xff]))).toBeNull();
  });
});

describe('index chunk entries', () => {
  // Pagefind's layout: [[word, [[page, [positions], [meta positions]], …], […]], …], wrapped in a one-element array.
  const entries = [
    ['一', [[0, [-25, 3, 40], []], [7, [300, 70000], [-1, 0]]], []],
    ['cyber', [[2, [1], []]], []],
    ['数字', [[300, Array.from({ length: 30 }, (_, i) => i * 1000), []]], []],
  ];

  it('reads each entry as the bytes it was written in, with its word', () => {
    const read = readWordEntries(encode([entries]))!;
    expect(read.map((e) => e.word)).toEqual(['一', 'cyber', '数字']);
    read.forEach((e, i) => expect(hex(e.bytes)).toBe(hex(encode(entries[i]!))));
  });

  it('writes entries back into a chunk Pagefind reads the same', () => {
    const read = readWordEntries(encode([entries]))!;
    expect(hex(chunkPayload(read.map((e) => e.bytes)))).toBe(hex(encode([entries])));
    expect(hex(chunkPayload(read.slice(1).map((e) => e.bytes)))).toBe(hex(encode([entries.slice(1)])));
    const many = Array.from({ length: 300 }, (_, i) => [`w${i}`, [[i, [i], []]], []]);
    expect(hex(chunkPayload(readWordEntries(encode([many]))!.map((e) => e.bytes)))).toBe(hex(encode([many])));
  });

  it('refuses what is not a chunk', () => {
    const whole = encode([entries]);
    expect(readWordEntries(whole.subarray(0, whole.length - 1))).toBeNull();
    expect(readWordEntries(new Uint8Array([...whole, 0]))).toBeNull();
    expect(readWordEntries(encode([entries, []]))).toBeNull();
    expect(readWordEntries(encode([[[1, []]]]))).toBeNull();
    expect(readWordEntries(encode({ a: 1 }))).toBeNull();
    // An indefinite-length array (0x9f … 0xff): not what Pagefind writes.
    expect(readWordEntries(new Uint8Array([0x81, 0x9f, 0xff]))).toBeNull();
  });
});

describe('names', () => {
  it('counts in base 36 from the first number', () => {
    expect(countedNames(0, 3)).toEqual(['0', '1', '2']);
    expect(countedNames(0, 37).at(-1)).toBe('10');
    expect(countedNames(10_000, 2)).toEqual(['7ps', '7pt']);
  });

  it('derives the token from the language, the settings and the content', () => {
    const meta = encode(['1.6.0']);
    const settings = { chunkBytes: 100, firstPage: 0, pageOrderSort: 'date' };
    const token = bundleToken('zh-hans', meta, settings);
    expect(token).toMatch(/^[0-9a-f]{7}$/);
    expect(bundleToken('zh-hans', meta, { ...settings })).toBe(token);
    expect(bundleToken('zh-hant', meta, settings)).not.toBe(token);
    expect(bundleToken('zh-hans', meta, { ...settings, chunkBytes: 200 })).not.toBe(token);
    expect(bundleToken('zh-hans', meta, { ...settings, firstPage: 8 })).not.toBe(token);
    expect(bundleToken('zh-hans', meta, { ...settings, pageOrderSort: '' })).not.toBe(token);
    expect(bundleToken('zh-hans', encode(['1.6.1']), settings)).not.toBe(token);
  });
});
