import { describe, expect, it } from 'vitest';
import {
  Hash64Set,
  LshIndex,
  MAX_ID,
  candidateProbability,
  estimateJaccard,
  fmix32,
  forEachGroupPair,
  hashShingles,
  minhashSignature,
  pack,
  pairKey,
  unpackPair,
  winnow,
  type Hash64List,
} from '../../scripts/pipeline/minhash.ts';
import { prng } from '../helpers/prng.ts';


/** A set of distinct integers as a Hash64List (elements hashed so they look like shingle hashes). */
function hashSet(elements: number[]): Hash64List {
  const hi = new Uint32Array(elements.length);
  const lo = new Uint32Array(elements.length);
  elements.forEach((x, i) => {
    hi[i] = fmix32(x ^ 0x1234567);
    lo[i] = fmix32(Math.imul(x, 0x9e3779b1) ^ 0x89abcdef);
  });
  return { hi, lo };
}

/** Two sets of `size` elements with exactly `common` elements in common (disjoint from other calls by `base`). */
function setPair(size: number, common: number, base: number): { a: Hash64List; b: Hash64List; jaccard: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < size; i++) a.push(base + i);
  for (let i = 0; i < common; i++) b.push(base + i);
  for (let i = common; i < size; i++) b.push(base + size + i);
  return { a: hashSet(a), b: hashSet(b), jaccard: common / (2 * size - common) };
}

/** Deterministic random Han text over an alphabet of `alphabet` characters. */
function randomHan(length: number, alphabet: number, random: () => number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(0x4e00 + Math.floor(random() * alphabet));
  return s;
}

describe('hashShingles', () => {
  it('gives one hash per k-character window, equal windows equal hashes', () => {
    const h = hashShingles('网络空间网络空间', 4);
    expect(h.hi.length).toBe(5);
    expect([h.hi[0], h.lo[0]]).toEqual([h.hi[4], h.lo[4]]);
    expect([h.hi[0], h.lo[0]]).not.toEqual([h.hi[1], h.lo[1]]);
    expect(hashShingles('网络', 4).hi.length).toBe(0);
  });

  it('rolling hash equals the hash of each window computed on its own', () => {
    const text = randomHan(500, 3000, prng(1));
    const all = hashShingles(text, 6, 99);
    for (const i of [0, 1, 17, 250, 494]) {
      const alone = hashShingles(text.slice(i, i + 6), 6, 99);
      expect([alone.hi[0], alone.lo[0]]).toEqual([all.hi[i], all.lo[i]]);
    }
  });

  it('writes into a reusable buffer when one is given, with the same values', () => {
    const text = randomHan(300, 3000, prng(7));
    const buffer = { hi: new Uint32Array(1000), lo: new Uint32Array(1000) };
    const viaBuffer = hashShingles(text, 6, 3, buffer);
    expect(viaBuffer.hi.buffer).toBe(buffer.hi.buffer);
    expect(viaBuffer.hi.length).toBe(295);
    expect(viaBuffer).toEqual(hashShingles(text, 6, 3));
    const tooSmall = { hi: new Uint32Array(10), lo: new Uint32Array(10) };
    expect(hashShingles(text, 6, 3, tooSmall).hi.buffer).not.toBe(tooSmall.hi.buffer);
  });

  it('depends on the seed and is deterministic', () => {
    const a = hashShingles('携手构建网络空间命运共同体', 6, 1);
    const b = hashShingles('携手构建网络空间命运共同体', 6, 2);
    expect(a).toEqual(hashShingles('携手构建网络空间命运共同体', 6, 1));
    expect(Array.from(a.hi)).not.toEqual(Array.from(b.hi));
  });

  it('has no 64-bit collision among 200,000 distinct windows, and stays in 32-bit lanes at extreme code units', () => {
    const text = randomHan(200_000, 4000, prng(2));
    const h = hashShingles(text, 6);
    const byHash = new Map<string, string>();
    let collisions = 0;
    for (let i = 0; i < h.hi.length; i++) {
      const key = `${h.hi[i]}:${h.lo[i]}`;
      const window = text.slice(i, i + 6);
      const seen = byHash.get(key);
      if (seen !== undefined && seen !== window) collisions++;
      byHash.set(key, window);
    }
    expect(collisions).toBe(0);
    const extreme = hashShingles('\uffff\uffff\ud800\udc00\u0000\uffff\uffff\uffff', 3);
    for (const v of [...extreme.hi, ...extreme.lo]) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(2 ** 32);
    }
  });
});

describe('minhashSignature / estimateJaccard', () => {
  it('is deterministic and ignores order and repeated elements', () => {
    const elements = Array.from({ length: 300 }, (_, i) => i * 7);
    const sig = minhashSignature(hashSet(elements), 128, 5);
    const shuffled = [...elements].reverse().concat(elements.slice(0, 50));
    expect(minhashSignature(hashSet(shuffled), 128, 5)).toEqual(sig);
    expect(estimateJaccard(sig, minhashSignature(hashSet(elements), 128, 5))).toBe(1);
  });

  it('estimates Jaccard within tolerance for known overlaps (mean error < 0.02, each < 0.2)', () => {
    for (const [size, target] of [
      [2000, 0.2],
      [1500, 0.5],
      [60, 0.5],
      [800, 0.8],
    ] as const) {
      const common = Math.round((2 * size * target) / (1 + target));
      let sum = 0;
      let truth = 0;
      const trials = 60;
      for (let t = 0; t < trials; t++) {
        const { a, b, jaccard } = setPair(size, common, t * 10_000_000);
        const estimate = estimateJaccard(minhashSignature(a, 128, 11), minhashSignature(b, 128, 11));
        expect(Math.abs(estimate - jaccard)).toBeLessThan(0.2);
        sum += estimate;
        truth = jaccard;
      }
      expect(Math.abs(sum / trials - truth)).toBeLessThan(0.02);
    }
  });

  it('gives ~0 for disjoint sets and 0 against an empty set', () => {
    const { a, b } = setPair(1000, 0, 0);
    expect(estimateJaccard(minhashSignature(a, 128), minhashSignature(b, 128))).toBeLessThan(0.03);
    const empty = minhashSignature({ hi: new Uint32Array(0), lo: new Uint32Array(0) }, 128);
    expect(empty.empty).toBe(true);
    expect(estimateJaccard(empty, minhashSignature(a, 128))).toBe(0);
  });

  it('densifies sets smaller than the number of bins without bias (5 elements, 128 bins)', () => {
    let sum = 0;
    for (let t = 0; t < 200; t++) {
      const { a, b } = setPair(5, 3, t * 1000); // J = 3 / 7
      sum += estimateJaccard(minhashSignature(a, 128, 3), minhashSignature(b, 128, 3));
    }
    expect(Math.abs(sum / 200 - 3 / 7)).toBeLessThan(0.05);
  });

  it('rejects signature lengths it cannot handle', () => {
    expect(() => minhashSignature(hashSet([1]), 0)).toThrow(RangeError);
    expect(() => minhashSignature(hashSet([1]), 1.5)).toThrow(RangeError);
  });
});

describe('LshIndex', () => {
  it('makes candidates with about the probability 1 − (1 − J^r)^b', () => {
    const bands = 8;
    const rows = 4;
    const size = 1000;
    const common = Math.round((2 * size * 0.6) / 1.6); // J = 0.6
    const trials = 300;
    let hits = 0;
    for (let t = 0; t < trials; t++) {
      const { a, b } = setPair(size, common, t * 10_000);
      const index = new LshIndex(bands, rows, 7);
      index.add(0, minhashSignature(a, bands * rows, 7));
      index.add(1, minhashSignature(b, bands * rows, 7));
      hits += index.candidatePairs().length;
    }
    const expected = candidateProbability(0.6, bands, rows); // ≈ 0.67
    expect(Math.abs(hits / trials - expected)).toBeLessThan(0.09);
  });

  it('finds identical sets, ignores unrelated ones, and reports each pair once', () => {
    const index = new LshIndex(42, 3, 1);
    const doc = hashSet(Array.from({ length: 500 }, (_, i) => i));
    index.add(3, minhashSignature(doc, 126, 1));
    index.add(9, minhashSignature(doc, 126, 1));
    for (let id = 10; id < 200; id++) {
      index.add(id, minhashSignature(hashSet(Array.from({ length: 500 }, (_, i) => id * 100_000 + i)), 126, 1));
    }
    expect(index.candidatePairs().map(unpackPair)).toEqual([[3, 9]]);
  });

  it('links a huge bucket as a star instead of all pairs', () => {
    const index = new LshIndex(4, 2, 1);
    const sig = minhashSignature(hashSet([1, 2, 3]), 8, 1);
    for (let id = 0; id < 100; id++) index.add(id, sig);
    const pairs = index.candidatePairs(10).map(unpackPair);
    expect(pairs).toHaveLength(99);
    expect(pairs.every(([a]) => a === 0)).toBe(true);
  });

  it('skips empty signatures and rejects bad ids and short signatures', () => {
    const index = new LshIndex(4, 2);
    index.add(0, minhashSignature({ hi: new Uint32Array(0), lo: new Uint32Array(0) }, 8));
    expect(index.size).toBe(0);
    const sig = minhashSignature(hashSet([1]), 8);
    expect(() => index.add(MAX_ID + 1, sig)).toThrow(RangeError);
    expect(() => index.add(-1, sig)).toThrow(RangeError);
    expect(() => index.add(0, minhashSignature(hashSet([1]), 4))).toThrow(RangeError);
  });

  it('packs pairs losslessly up to the largest id', () => {
    expect(unpackPair(pairKey(MAX_ID, 5))).toEqual([5, MAX_ID]);
    expect(unpackPair(pairKey(0, 1))).toEqual([0, 1]);
  });
});

describe('Hash64Set', () => {
  it('holds distinct 64-bit values, telling apart values equal in one lane', () => {
    const set = new Hash64Set(4);
    expect(set.add(1, 2)).toBe(true);
    expect(set.add(1, 2)).toBe(false);
    expect(set.add(2, 1)).toBe(true);
    expect(set.add(0, 0)).toBe(true);
    expect(set.add(0xffffffff, 0xffffffff)).toBe(true);
    expect(set.size).toBe(4);
    expect(set.has(1, 2) && set.has(2, 1) && set.has(0, 0) && set.has(0xffffffff, 0xffffffff)).toBe(true);
    expect(set.has(1, 1) || set.has(2, 2) || set.has(0, 1)).toBe(false);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.has(1, 2)).toBe(false);
    expect(set.add(1, 2)).toBe(true);
    expect(() => {
      for (let i = 0; i < 100; i++) set.add(i, i + 7);
    }).toThrow(RangeError);
  });

  it('agrees with a Set of strings on the shingles of a text', () => {
    const random = prng(5);
    const text = randomHan(5000, 30, random); // small alphabet: many repeated windows
    const set = Hash64Set.of(hashShingles(text, 3));
    const reference = new Set<string>();
    for (let i = 0; i + 3 <= text.length; i++) reference.add(text.slice(i, i + 3));
    expect(set.size).toBe(reference.size);
    const probe = randomHan(2000, 30, random);
    const probeHashes = hashShingles(probe, 3);
    let found = 0;
    for (let i = 0; i < probeHashes.hi.length; i++) {
      const inSet = set.has(probeHashes.hi[i]!, probeHashes.lo[i]!);
      expect(inSet).toBe(reference.has(probe.slice(i, i + 3)));
      if (inSet) found++;
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('forEachGroupPair', () => {
  it('pairs ids sharing a key, each pair ordered, and skips or stars oversized groups', () => {
    const packed = () => Float64Array.from([pack(7, 3), pack(9, 1), pack(7, 1), pack(0xffffffff, 2), pack(7, 5), pack(0xffffffff, 4)]);
    const all: number[][] = [];
    forEachGroupPair(packed(), 10, 'skip', (a, b) => all.push([a, b]));
    expect(all).toEqual([[1, 3], [1, 5], [3, 5], [2, 4]]);
    const skipped: number[][] = [];
    forEachGroupPair(packed(), 2, 'skip', (a, b) => skipped.push([a, b]));
    expect(skipped).toEqual([[2, 4]]);
    const star: number[][] = [];
    forEachGroupPair(packed(), 2, 'star', (a, b) => star.push([a, b]));
    expect(star).toEqual([[1, 3], [1, 5], [2, 4]]);
  });
});

describe('winnow', () => {
  it('selects increasing positions, at least one in every window', () => {
    const h = hashShingles(randomHan(2000, 3000, prng(3)), 6);
    const picks = Array.from(winnow(h, 10));
    for (let i = 1; i < picks.length; i++) expect(picks[i]!).toBeGreaterThan(picks[i - 1]!);
    for (let start = 0; start + 10 <= h.lo.length; start++) {
      expect(picks.some((p) => p >= start && p < start + 10)).toBe(true);
    }
    // Density ≈ 2 / (w + 1) on random data.
    expect(picks.length / h.lo.length).toBeGreaterThan(0.12);
    expect(picks.length / h.lo.length).toBeLessThan(0.25);
  });

  it('guarantees a shared fingerprint for a shared passage of w + k − 1 characters', () => {
    const random = prng(4);
    const k = 6;
    const w = 20;
    for (let t = 0; t < 50; t++) {
      const passage = randomHan(w + k - 1, 5000, random);
      const a = randomHan(300, 5000, random) + passage + randomHan(200, 5000, random);
      const b = randomHan(50, 5000, random) + passage + randomHan(400, 5000, random);
      const ha = hashShingles(a, k);
      const hb = hashShingles(b, k);
      const fa = new Set(Array.from(winnow(ha, w), (p) => ha.lo[p]));
      const fb = Array.from(winnow(hb, w), (p) => hb.lo[p]);
      expect(fb.some((v) => fa.has(v))).toBe(true);
    }
  });

  it('returns the single minimum of a sequence shorter than the window', () => {
    const h = hashShingles('国际交流合作', 3);
    const picks = winnow(h, 50);
    expect(picks).toHaveLength(1);
    expect(h.lo[picks[0]!]).toBe(Math.min(...h.lo));
    expect(winnow(hashShingles('', 3), 5)).toHaveLength(0);
  });
});
