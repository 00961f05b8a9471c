import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { bundleToken, chunkPayload, countedNames, decodeFaithfully, pack, planChunks, readWordEntries, unpack } from '../../scripts/lib/search-compact.ts';

/** Bytes as hex, so that Buffers and Uint8Arrays of the same bytes compare equal. */
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** The chunks planChunks makes, as lists of words. */
function chunked(words: string[], sizes: number[], max: number): string[][] {
  const starts = planChunks(words, sizes, max);
  return starts.map((s, k) => words.slice(s, starts[k + 1] ?? words.length));
}

describe('planChunks', () => {
  it('fills each chunk up to the size and starts the next one there', () => {
    expect(chunked(['一', '二', '三', '四', '五'], [4, 4, 4, 4, 4], 8)).toEqual([['一', '二'], ['三', '四'], ['五']]);
  });

  it('gives a word larger than the size a chunk of its own', () => {
    expect(chunked(['月', '明', '星'], [2, 50, 2], 8)).toEqual([['月'], ['明'], ['星']]);
  });

  it('never cuts a word from an earlier word it extends, at any depth', () => {
    const words = ['cy', 'cyber', 'cybersecurity', 'cyberspace', 'data'];
    expect(chunked(words, [5, 5, 5, 5, 5], 5)).toEqual([['cy', 'cyber', 'cybersecurity', 'cyberspace'], ['data']]);
  });

  it('cuts after a run of extensions ends', () => {
    expect(chunked(['20', '2022', '21', '3'], [3, 3, 3, 3], 6)).toEqual([['20', '2022'], ['21', '3']]);
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

  it('derives the token from the language, the chunk size, the first page and the content', () => {
    const meta = encode(['1.6.0']);
    const token = bundleToken('zh-hans', meta, 100, 0);
    expect(token).toMatch(/^[0-9a-f]{7}$/);
    expect(bundleToken('zh-hans', meta, 100, 0)).toBe(token);
    expect(bundleToken('zh-hant', meta, 100, 0)).not.toBe(token);
    expect(bundleToken('zh-hans', meta, 200, 0)).not.toBe(token);
    expect(bundleToken('zh-hans', meta, 100, 8)).not.toBe(token);
    expect(bundleToken('zh-hans', encode(['1.6.1']), 100, 0)).not.toBe(token);
  });
});
