/**
 * minhash.ts — 64-bit shingle hashing, MinHash signatures, banded LSH and winnowing, written for this
 * project (pure functions, no dependencies, deterministic for a given seed).
 *
 * Why our own module and not npm:
 *   - `minhash` 0.0.9 (last commit 2022): `LshIndex.query` throws when a band of the query was never
 *     seen, and its `(a·h + b) % p` arithmetic overflows 2^53 in doubles, so signatures silently lose bits;
 *     it also computes one hash per permutation per shingle (O(n · permutations)), too slow at 100k documents.
 *   - `simhash-js` is 32-bit, unmaintained since 2017, and SimHash estimates cosine distance, not the
 *     set overlap (Jaccard / containment) the near-duplicate stage reports.
 *
 * Design (all arithmetic on 32-bit lanes with Math.imul; no BigInt, no float above 2^53):
 *   - hashShingles: every k-character window of a string gets a 64-bit hash (two 32-bit lanes hi/lo),
 *     computed with two rolling polynomial hashes (O(1) per window) finished by the murmur3 mixer.
 *   - minhashSignature: one-permutation hashing (Li, Owen & Zhang 2012) with optimal densification
 *     (Shrivastava 2017): each shingle is hashed once and dropped into one of `numHashes` bins, keeping
 *     the smallest 64-bit value per bin; empty bins borrow from a seeded sequence of other bins. Cost is
 *     O(n + numHashes) per document instead of O(n · numHashes), and two signatures agree in each bin
 *     with probability equal to the Jaccard similarity of the two sets.
 *   - LshIndex: banded LSH (b bands × r rows); two sets become a candidate pair with probability
 *     1 − (1 − J^r)^b. Buckets are grouped by sorting packed (bandKey, id) doubles, not by Maps, so
 *     memory stays linear and small.
 *   - Hash64Set: an open-addressing set of 64-bit hashes on typed arrays, for exact verification.
 *   - winnow: the winnowing fingerprint selection of Schleimer, Wilkerson & Aiken (2003): the minimum
 *     hash of every window of w consecutive shingles. Any shared substring of at least w + k − 1
 *     characters yields at least one shared fingerprint — used to find small documents inside big ones,
 *     which whole-document Jaccard LSH misses.
 */

/** A list of 64-bit hashes as two parallel 32-bit lanes: value i is hi[i]·2^32 + lo[i]. */
export interface Hash64List {
  hi: Uint32Array;
  lo: Uint32Array;
}

/** A MinHash signature: the minimum 64-bit value of each bin. `empty` when the set had no elements. */
export interface Signature {
  hi: Uint32Array;
  lo: Uint32Array;
  empty: boolean;
}

/** Largest id the packed sort keys can hold (ids are packed into the low 21 bits of a double). */
export const MAX_ID = (1 << 21) - 1;
const ID_SPACE = 1 << 21;
const TWO_32 = 4294967296;

/** murmur3's 32-bit finaliser: a bijective avalanche mix of a 32-bit integer. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mix a 32-bit value into a running 32-bit hash (murmur3 body step). */
export function mix32(h: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

/** x^e mod 2^32. */
function powMod32(x: number, e: number): number {
  let result = 1;
  for (let i = 0; i < e; i++) result = Math.imul(result, x);
  return result >>> 0;
}

/**
 * One 64-bit hash per k-character window of `text` (UTF-16 code units), in text order:
 * entry i hashes text.slice(i, i + k). Returns empty lanes when text is shorter than k.
 * With `buffer` (large enough), the result is a view on it and nothing is allocated — for loops over
 * many documents; the view is overwritten by the next call with the same buffer.
 */
export function hashShingles(text: string, k: number, seed = 0, buffer?: Hash64List): Hash64List {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`shingle length must be a positive integer, got ${k}`);
  const count = Math.max(0, text.length - k + 1);
  const reuse = buffer !== undefined && buffer.hi.length >= count && buffer.lo.length >= count;
  const hi = reuse ? buffer.hi.subarray(0, count) : new Uint32Array(count);
  const lo = reuse ? buffer.lo.subarray(0, count) : new Uint32Array(count);
  if (count === 0) return { hi, lo };
  // Two independent odd bases, derived from the seed, for the two polynomial lanes.
  const base1 = (fmix32(seed ^ 0x9e3779b9) | 1) >>> 0;
  const base2 = (fmix32(seed ^ 0x7f4a7c15) | 1) >>> 0;
  const top1 = powMod32(base1, k - 1);
  const top2 = powMod32(base2, k - 1);
  let p1 = 0;
  let p2 = 0;
  for (let j = 0; j < k; j++) {
    const c = text.charCodeAt(j);
    p1 = (Math.imul(p1, base1) + c) | 0;
    p2 = (Math.imul(p2, base2) + c) | 0;
  }
  for (let i = 0; ; i++) {
    const h = fmix32((p1 ^ seed) >>> 0);
    hi[i] = h;
    lo[i] = fmix32((p2 + Math.imul(h, 0x27d4eb2f)) >>> 0);
    if (i + 1 >= count) break;
    const out = text.charCodeAt(i);
    const add = text.charCodeAt(i + k);
    p1 = (Math.imul(p1 - Math.imul(out, top1), base1) + add) | 0;
    p2 = (Math.imul(p2 - Math.imul(out, top2), base2) + add) | 0;
  }
  return { hi, lo };
}

/** The bin (0 … bins−1) a 32-bit value falls into: its top bits scaled to the bin count. */
function binOf(value: number, bins: number): number {
  return Math.floor((value / TWO_32) * bins);
}

/** Is (aHi, aLo) < (bHi, bLo) as 64-bit unsigned integers? */
function less64(aHi: number, aLo: number, bHi: number, bLo: number): boolean {
  return aHi < bHi || (aHi === bHi && aLo < bLo);
}

/**
 * MinHash signature of a set of 64-bit hashes (duplicates are harmless), by one-permutation hashing
 * with optimal densification. `seed` must be the same for every signature that is compared.
 */
export function minhashSignature(hashes: Hash64List, numHashes: number, seed = 0): Signature {
  if (!Number.isInteger(numHashes) || numHashes < 1 || numHashes > 65536) {
    throw new RangeError(`numHashes must be an integer in 1…65536, got ${numHashes}`);
  }
  const sigHi = new Uint32Array(numHashes).fill(0xffffffff);
  const sigLo = new Uint32Array(numHashes).fill(0xffffffff);
  const filled = new Uint8Array(numHashes);
  const n = hashes.hi.length;
  for (let i = 0; i < n; i++) {
    // Re-mix with the seed so different seeds give independent permutations of the same shingles.
    const h = fmix32((hashes.hi[i]! ^ seed) >>> 0);
    const l = fmix32((hashes.lo[i]! + Math.imul(h, 0x165667b1)) >>> 0);
    const bin = binOf(h, numHashes);
    if (!filled[bin] || less64(h, l, sigHi[bin]!, sigLo[bin]!)) {
      sigHi[bin] = h;
      sigLo[bin] = l;
      filled[bin] = 1;
    }
  }
  if (n === 0) return { hi: sigHi, lo: sigLo, empty: true };
  densify(sigHi, sigLo, filled, seed);
  return { hi: sigHi, lo: sigLo, empty: false };
}

/**
 * Optimal densification: an empty bin copies the first filled bin of its own seeded probe sequence
 * (the same sequence for every document, which keeps P[bins agree] = Jaccard). The caller guarantees
 * at least one filled bin; after 64 probes per bin a linear scan ends the search for certain.
 */
function densify(sigHi: Uint32Array, sigLo: Uint32Array, filled: Uint8Array, seed: number): void {
  const bins = filled.length;
  for (let bin = 0; bin < bins; bin++) {
    if (filled[bin]) continue;
    let source = -1;
    for (let attempt = 1; attempt <= 64 * bins && source < 0; attempt++) {
      const probe = binOf(fmix32(mix32(mix32(seed ^ 0x5bd1e995, bin), attempt)), bins);
      if (filled[probe]) source = probe;
    }
    for (let step = 1; source < 0; step++) if (filled[(bin + step) % bins]) source = (bin + step) % bins;
    sigHi[bin] = sigHi[source]!;
    sigLo[bin] = sigLo[source]!;
  }
}

/** Share of bins where two signatures agree: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Signature, b: Signature): number {
  if (a.hi.length !== b.hi.length) throw new RangeError('signatures of different lengths');
  if (a.empty || b.empty) return 0;
  let same = 0;
  for (let i = 0; i < a.hi.length; i++) if (a.hi[i] === b.hi[i] && a.lo[i] === b.lo[i]) same++;
  return same / a.hi.length;
}

/** Probability that banded LSH (bands × rows) makes a candidate of two sets with Jaccard `j`. */
export function candidateProbability(j: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(j, rows), bands);
}

/** Pack an id (≤ MAX_ID) and a 32-bit key into one double that sorts by key, then id. */
export function pack(key: number, id: number): number {
  return key * ID_SPACE + id;
}

/** Pair key for a < b, both ≤ MAX_ID: a·2^21 + b (exact in a double). */
export function pairKey(a: number, b: number): number {
  return a < b ? a * ID_SPACE + b : b * ID_SPACE + a;
}

/** Inverse of pairKey. */
export function unpackPair(key: number): [number, number] {
  const b = key % ID_SPACE;
  return [(key - b) / ID_SPACE, b];
}

/**
 * Call `emit(a, b)` (a < b) for the pairs of ids in every group of equal keys in `packed`, an array of
 * pack(key, id) values (sorted here, in place). A group larger than `maxGroup` is either linked as a
 * star — every member to the group's smallest id — or skipped, so one huge group cannot make the work
 * quadratic.
 */
export function forEachGroupPair(
  packed: Float64Array,
  maxGroup: number,
  largeGroups: 'star' | 'skip',
  emit: (a: number, b: number) => void,
): void {
  packed.sort();
  let start = 0;
  while (start < packed.length) {
    const key = Math.floor(packed[start]! / ID_SPACE);
    let end = start + 1;
    while (end < packed.length && Math.floor(packed[end]! / ID_SPACE) === key) end++;
    const size = end - start;
    if (size > 1) {
      const ids = new Array<number>(size);
      for (let i = 0; i < size; i++) ids[i] = packed[start + i]! % ID_SPACE;
      if (size <= maxGroup) {
        for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) if (ids[i] !== ids[j]) emit(ids[i]!, ids[j]!);
      } else if (largeGroups === 'star') {
        for (let i = 1; i < size; i++) if (ids[i] !== ids[0]) emit(ids[0]!, ids[i]!);
      }
    }
    start = end;
  }
}

/**
 * Banded LSH over MinHash signatures. Add signatures with integer ids (0 … MAX_ID), then ask for the
 * candidate pairs: every pair of ids whose signatures agree on all rows of at least one band.
 * Empty signatures are ignored. Memory: `bands` 32-bit keys per added signature.
 */
export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  readonly seed: number;
  private keys: Uint32Array;
  private ids: Uint32Array;
  private count = 0;

  constructor(bands: number, rows: number, seed = 0) {
    if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(rows) || rows < 1) {
      throw new RangeError(`bands and rows must be positive integers, got ${bands} × ${rows}`);
    }
    this.bands = bands;
    this.rows = rows;
    this.seed = seed;
    this.keys = new Uint32Array(bands * 16);
    this.ids = new Uint32Array(16);
  }

  /** Number of signatures indexed. */
  get size(): number {
    return this.count;
  }

  add(id: number, sig: Signature): void {
    if (!Number.isInteger(id) || id < 0 || id > MAX_ID) throw new RangeError(`id must be an integer in 0…${MAX_ID}, got ${id}`);
    if (sig.hi.length < this.bands * this.rows) {
      throw new RangeError(`signature has ${sig.hi.length} values, the index needs ${this.bands * this.rows}`);
    }
    if (sig.empty) return;
    this.grow();
    const at = this.count * this.bands;
    for (let band = 0; band < this.bands; band++) {
      let h = mix32(this.seed ^ 0x68e31da4, band);
      for (let row = 0; row < this.rows; row++) {
        const i = band * this.rows + row;
        h = mix32(mix32(h, sig.hi[i]!), sig.lo[i]!);
      }
      this.keys[at + band] = fmix32(h);
    }
    this.ids[this.count] = id;
    this.count++;
  }

  /**
   * Candidate pairs as sorted pair keys (see unpackPair), each pair once. A bucket with more than
   * `maxBucket` members is linked as a star to its smallest id (enough to merge a large duplicate family).
   */
  candidatePairs(maxBucket = 64): number[] {
    const found = new Set<number>();
    const packed = new Float64Array(this.count);
    for (let band = 0; band < this.bands; band++) {
      for (let i = 0; i < this.count; i++) packed[i] = pack(this.keys[i * this.bands + band]!, this.ids[i]!);
      forEachGroupPair(packed, maxBucket, 'star', (a, b) => found.add(pairKey(a, b)));
    }
    return [...found].sort((x, y) => x - y);
  }

  private grow(): void {
    if (this.count < this.ids.length) return;
    const ids = new Uint32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    const keys = new Uint32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
  }
}

/**
 * A set of 64-bit hashes (open addressing, linear probing over typed arrays: no per-element objects,
 * so exact verification of candidate pairs stays fast and light on the garbage collector).
 */
export class Hash64Set {
  private readonly hi: Uint32Array;
  private readonly lo: Uint32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  private count = 0;

  /** A set able to hold `capacity` elements (the table is sized to stay at most half full). */
  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  /** Empty the set for reuse (keeps its table). */
  clear(): void {
    this.used.fill(0);
    this.count = 0;
  }

  /** How many elements the set can hold. */
  get capacity(): number {
    return this.used.length / 2;
  }

  /** All hashes of a list (duplicates collapse). */
  static of(hashes: Hash64List): Hash64Set {
    const set = new Hash64Set(hashes.hi.length);
    for (let i = 0; i < hashes.hi.length; i++) set.add(hashes.hi[i]!, hashes.lo[i]!);
    return set;
  }

  get size(): number {
    return this.count;
  }

  /** Add (hi, lo); returns true when it was not there yet. */
  add(hi: number, lo: number): boolean {
    if (this.count * 2 >= this.used.length) throw new RangeError('Hash64Set is full: size it for its elements');
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    while (this.used[slot]) {
      if (this.hi[slot] === hi && this.lo[slot] === lo) return false;
      slot = (slot + 1) & this.mask;
    }
    this.used[slot] = 1;
    this.hi[slot] = hi;
    this.lo[slot] = lo;
    this.count++;
    return true;
  }

  has(hi: number, lo: number): boolean {
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    while (this.used[slot]) {
      if (this.hi[slot] === hi && this.lo[slot] === lo) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }
}

/**
 * Winnowing: positions of the minimum `lo` hash in every window of `window` consecutive hashes
 * (rightmost minimum on ties), each position once, in increasing order. A sequence shorter than the
 * window yields its single minimum. Guarantee: two texts sharing a run of ≥ window hashes (a common
 * substring of ≥ window + k − 1 characters) select at least one common hash value.
 */
export function winnow(hashes: Hash64List, window: number): Uint32Array {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);
  const values = hashes.lo;
  const n = values.length;
  if (n === 0) return new Uint32Array(0);
  const w = Math.min(window, n);
  const selected: number[] = [];
  // Monotonic deque of positions whose values increase strictly from head to tail.
  const deque = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    while (tail > head && values[deque[tail - 1]!]! >= v) tail--;
    deque[tail++] = i;
    if (deque[head]! <= i - w) head++;
    if (i >= w - 1) {
      const m = deque[head]!;
      if (m !== last) {
        selected.push(m);
        last = m;
      }
    }
  }
  return Uint32Array.from(selected);
}
