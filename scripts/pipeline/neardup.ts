/**
 * neardup (across documents): find documents that are versions of one text, documents contained in
 * others, and documents sharing substantial passages — in time roughly linear in the corpus size.
 *
 * API
 *   findRelations(docs, thresholds?) → { pairs, relations, merges }
 *
 *   docs: NeardupDoc[] in a deterministic order —
 *     slug        unique id of the document;
 *     text        the whole body in Simplified script (the caller converts every document to one script
 *                 first, so a Traditional repost of a Simplified original compares equal);
 *     paragraphs  the Simplified texts of the document's blocks in block order; shingles are taken from
 *                 these (`text` is used only when `paragraphs` is empty), and every block index in the
 *                 output (firstSharedBlock, sharedBlocks) is an index into this array;
 *     chars       size of the document (characters), used to pick the survivor of a duplicate family.
 *   thresholds: overrides of NEARDUP in thresholds.ts (tests use this).
 *
 *   pairs      every linked pair, once, `a` before `b` in input order, with exact scores (PairReport);
 *   relations  slug → Relation[] for every document with at least one link, both sides of every pair
 *              (near-duplicate pairs too, so a survivor can say "also published as …"); keyed by the
 *              slugs given, including merged ones — relationsAfterMerges() re-points them to survivors;
 *   merges     near-duplicate families: the survivor (most characters; ties → smallest slug) and the
 *              merged slugs (sorted). Families are connected components of near-duplicate pairs.
 *
 * Method
 *   1. Normalise each document (NFKC, lower case, drop everything but letters and digits, fold every
 *      number to "0": reposts differ in punctuation, spacing and updated figures, not in wording) and
 *      hash its k-character shingles (64-bit, minhash.ts).
 *   2. Candidates, two ways: (a) MinHash + banded LSH on whole documents finds pairs of high Jaccard;
 *      (b) winnowing fingerprints of long (20-character) shingles in an inverted index find pairs
 *      sharing copied passages whatever their sizes (an excerpt inside a long page has a tiny Jaccard,
 *      which LSH misses); phrases shorter than a fingerprint shingle never match, and fingerprints
 *      held by many documents (quoted slogans, boilerplate) are ignored.
 *   3. Every candidate is verified exactly on the real shingle sets: Jaccard, containment both ways,
 *      and the shared passages (maximal runs of shared shingles) with the blocks they sit in.
 *   4. Classification (first that applies), only if the longest shared passage is ≥ minPassageChars:
 *        near-duplicate  Jaccard ≥ nearDuplicateJaccard, or each document has ≥ containsMin of its
 *                        shingles in the other (a repost with heavier edits);
 *        contains / contained-in  the inner document's containment ≥ containsMin and ≥ relatedMinShare
 *                        of its text lies in shared passages;
 *        related         shared passages total ≥ relatedMinChars characters and make up
 *                        ≥ relatedMinShare of the smaller document (or one passage is
 *                        ≥ relatedLongPassageChars long).
 *      Topic-only overlap (the same vocabulary, scattered) has no long shared passage, and re-used stock
 *      clauses are a small share of either text: neither is linked.
 *
 * Other exports: sketchDocument (a document's part of the candidate search, cacheable), comparePair / classify (score and judge one pair, for tests and the report),
 * normaliseForShingles / normaliseDoc / blockAt (the text the scores are computed on),
 * relationsAfterMerges (relations re-pointed to survivors, as pages should show them).
 *
 * Limits: at most 2^21 documents per run (ids are packed into doubles). A passage quoted by more than
 * maxPostingDocs documents does not propose pairs by itself; such documents are still paired when they
 * are near-duplicates (LSH) or share other passages.
 *
 * Pure: no I/O, no clock, fixed hash seeds; same input → same output.
 */
import { blockAt } from './block-index.ts';
import { NEARDUP } from './thresholds.ts';
import type { Relation, RelationKind } from './types.ts';
import {
  Hash64Set,
  LshIndex,
  MAX_ID,
  estimateJaccard,
  forEachGroupPair,
  hashShingles,
  minhashSignature,
  pack,
  pairKey,
  unpackPair,
  winnow,
  type Hash64List,
  type Signature,
} from './minhash.ts';

export type NeardupThresholds = { readonly [K in keyof typeof NEARDUP]: number };

export interface NeardupDoc {
  slug: string;
  /** Simplified block texts in block order (block indices in the output refer to this array). */
  paragraphs: string[];
  /** Whole body, Simplified script: read only when there are no paragraphs. */
  text?: string;
  /** Size of the document in characters (the survivor of a duplicate family is the largest). */
  chars: number;
  /** sketchDocument(this document) made with the same thresholds, when the caller has it cached. */
  sketch?: DocSketch;
  /** A hash of the document's paragraphs: with a PairMemo, the scores of an unchanged pair are reused. */
  contentKey?: string;
}

/** The exact scores of one verified candidate pair (linked or not) and its MinHash estimate. */
export interface VerifiedPair {
  scores: PairScores;
  estimate: number;
}

/**
 * Verified pairs of an earlier run, keyed `<contentKey a>|<contentKey b>`: an incremental run verifies
 * again only the pairs with a changed document. findRelations returns the pairs it used this time.
 */
export type PairMemo = ReadonlyMap<string, VerifiedPair>;

/** One linked pair, scored exactly on the shingle sets. `kind` is from a's side ("a contains b"). */
export interface PairReport {
  a: string;
  b: string;
  kind: RelationKind;
  /** Exact Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** The MinHash estimate of the Jaccard similarity (for the report; decisions use the exact value). */
  estimatedJaccard: number;
  /** |A∩B| / |A| and |A∩B| / |B| on shingle sets. */
  containmentA: number;
  containmentB: number;
  /** Characters of A (resp. B), normalised, lying in shared passages of ≥ minPassageChars. */
  sharedCharsA: number;
  sharedCharsB: number;
  /** Longest shared passage (normalised characters). */
  longestPassage: number;
  /** Block index of the first shared passage on each side. */
  firstSharedBlockA: number;
  firstSharedBlockB: number;
}

export interface Merge {
  survivor: string;
  merged: string[];
}

export interface NeardupResult {
  pairs: PairReport[];
  relations: Map<string, Relation[]>;
  merges: Merge[];
  /** Every candidate pair verified (or reused) in this run, for the next run's PairMemo. */
  verified: Map<string, VerifiedPair>;
}

// ---------------------------------------------------------------- normalisation and shingles

/** A document reduced to the characters that carry its wording, with where each block starts. */
export interface NormalisedDoc {
  text: string;
  /** blockStarts[i] = offset in `text` where block i begins (non-decreasing). */
  blockStarts: Int32Array;
}

/**
 * Punctuation, spacing, letter case, full-width forms and figures differ between reposts of one text;
 * the wording does not. Per character: NFKC, lower case, keep only letters and digits, and fold every
 * run of digits to one "0" (updated figures: 连续8年 / 连续9年). Han characters — almost all of a
 * Chinese text — take a fast path; other characters are normalised once and cached.
 */
export function normaliseForShingles(block: string): string {
  const parts: string[] = [];
  let keepFrom = 0; // start of the current run of characters kept as they are
  let lastWasNumber = false;
  for (let i = 0; i < block.length; ) {
    const code = block.charCodeAt(i);
    if (isPlainHan(code) || (code >= 0x61 && code <= 0x7a) || (code < 0xd800 && keptAsIs(code))) {
      i++;
      lastWasNumber = false;
      continue;
    }
    if (keepFrom < i) parts.push(block.slice(keepFrom, i));
    const char = String.fromCodePoint(block.codePointAt(i)!);
    const mapped = normaliseChar(char);
    if (mapped === NUMBER) {
      if (!lastWasNumber) parts.push('0');
      lastWasNumber = true;
    } else if (mapped !== '') {
      parts.push(mapped);
      lastWasNumber = false;
    }
    i += char.length;
    keepFrom = i;
  }
  if (keepFrom === 0) return block;
  if (keepFrom < block.length) parts.push(block.slice(keepFrom));
  return parts.join('');
}

/** CJK unified ideographs and extension A: unchanged by NFKC and lower-casing. */
function isPlainHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

const NUMBER = '\u0000number';
const charCache = new Map<string, string>();

/** Per BMP code unit below the surrogates: 0 not yet known, 1 normalises to itself, 2 anything else. */
const asIs = new Uint8Array(0xd800);

/** Whether a (non-surrogate) character is its own normal form — most punctuation is not, most letters are. */
function keptAsIs(code: number): boolean {
  let known = asIs[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = asIs[code] = normaliseChar(char) === char ? 1 : 2;
  }
  return known === 1;
}

/** One character (code point) → its normalised text, '' if dropped, or NUMBER if it is a figure. */
function normaliseChar(char: string): string {
  const hit = charCache.get(char);
  if (hit !== undefined) return hit;
  const kept = char.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const mapped = kept !== '' && /^\p{N}+$/u.test(kept) ? NUMBER : kept.replace(/\p{N}+/gu, '0');
  charCache.set(char, mapped);
  return mapped;
}

export function normaliseDoc(doc: Pick<NeardupDoc, 'text' | 'paragraphs'>): NormalisedDoc {
  const blocks = doc.paragraphs.length > 0 ? doc.paragraphs : [doc.text ?? ''];
  const blockStarts = new Int32Array(blocks.length);
  const parts: string[] = [];
  let offset = 0;
  blocks.forEach((block, i) => {
    blockStarts[i] = offset;
    const norm = normaliseForShingles(block);
    parts.push(norm);
    offset += norm.length;
  });
  return { text: parts.join(''), blockStarts };
}

/** Block index holding normalised offset `pos` (the last block starting at or before it). */
export { blockAt };

// ---------------------------------------------------------------- exact comparison of two documents

/** What exact verification needs of one document. */
interface DocFeatures {
  norm: NormalisedDoc;
  /** Shingle hash at each position of norm.text. */
  hashes: Hash64List;
  /** The distinct shingle hashes. */
  set: Hash64Set;
  /** 1 at the first position of each distinct shingle (to count distinct shared shingles). */
  firstSeen: Uint8Array;
}

/**
 * Buffers reused from one document to the next, so verifying many pairs does not allocate (and
 * garbage-collect) ~100 KB per document. Features built in a workspace are valid until its next use.
 */
class Workspace {
  private hashes: Hash64List = { hi: new Uint32Array(0), lo: new Uint32Array(0) };
  private set = new Hash64Set(0);
  private firstSeen = new Uint8Array(0);
  /** The document whose features the buffers hold now, and those features. */
  private last: { id: number; features: DocFeatures } | undefined;

  /** Features of document `id`, built again only when the buffers hold another document's. */
  featuresOf(id: number, doc: NeardupDoc, th: NeardupThresholds): DocFeatures {
    if (this.last?.id !== id) this.last = { id, features: this.features(doc, th) };
    return this.last.features;
  }

  features(doc: NeardupDoc, th: NeardupThresholds): DocFeatures {
    this.last = undefined; // the buffers are about to hold another document
    const norm = normaliseDoc(doc);
    const count = Math.max(0, norm.text.length - th.shingleChars + 1);
    if (this.firstSeen.length < count) {
      const size = Math.max(count, this.firstSeen.length * 2);
      this.hashes = { hi: new Uint32Array(size), lo: new Uint32Array(size) };
      this.firstSeen = new Uint8Array(size);
    }
    if (this.set.capacity < count) this.set = new Hash64Set(Math.max(count, this.set.capacity * 2));
    else this.set.clear();
    const hashes = hashShingles(norm.text, th.shingleChars, th.seed, this.hashes);
    const firstSeen = this.firstSeen.subarray(0, count);
    for (let i = 0; i < count; i++) firstSeen[i] = this.set.add(hashes.hi[i]!, hashes.lo[i]!) ? 1 : 0;
    return { norm, hashes, set: this.set, firstSeen };
  }
}

/** Features in buffers of their own (for one-off comparisons and for documents kept between pairs). */
function features(doc: NeardupDoc, th: NeardupThresholds): DocFeatures {
  return new Workspace().features(doc, th);
}

/**
 * Features of documents during verification. The pairs to verify are known in advance, so every
 * document's remaining uses are counted: a document in several pairs (one poem reposted across
 * collections) is normalised and hashed once and kept until its last pair, within a memory budget; a
 * document in one pair only is built in a reused scratch buffer. At 100k documents, rebuilding the
 * features per pair (and two MinHash signatures per pair) was most of the run.
 */
class FeatureStore {
  private readonly kept = new Map<number, { features: DocFeatures; bytes: number }>();
  private keptBytes = 0;
  private readonly scratch = [new Workspace(), new Workspace()] as const;

  constructor(
    private readonly remaining: Uint32Array,
    private readonly budgetBytes: number,
  ) {}

  /** Features of document `id`; `side` (0 or 1) picks the scratch buffer, so a pair's two sides never share one. */
  get(id: number, doc: NeardupDoc, th: NeardupThresholds, side: 0 | 1): DocFeatures {
    const left = --this.remaining[id]!;
    const hit = this.kept.get(id);
    if (hit) {
      if (left === 0) {
        this.kept.delete(id);
        this.keptBytes -= hit.bytes;
      }
      return hit.features;
    }
    if (left > 0 && this.keptBytes < this.budgetBytes) {
      const made = features(doc, th);
      const bytes = featureBytes(made);
      this.kept.set(id, { features: made, bytes });
      this.keptBytes += bytes;
      return made;
    }
    return this.scratch[side].featuresOf(id, doc, th);
  }
}

/** Approximate memory held by one document's features (the set's table is 9 bytes a slot). */
function featureBytes(f: DocFeatures): number {
  return f.norm.text.length * 2 + f.norm.blockStarts.byteLength + f.hashes.hi.byteLength * 2 + f.firstSeen.byteLength + f.set.capacity * 2 * 9;
}

/** Shared passages of `self` with `other`: maximal runs of shingles found in the other document. */
export interface PassageSummary {
  /** Normalised characters covered by passages of ≥ minChars. */
  sharedChars: number;
  /** sharedChars / the document's normalised length. */
  share: number;
  /** Longest passage, any length (characters). */
  longest: number;
  /** Blocks touched by passages of ≥ minChars, increasing. */
  blocks: number[];
}

function passages(self: DocFeatures, other: DocFeatures, k: number, minChars: number): PassageSummary & { common: number } {
  const { hi, lo } = self.hashes;
  const n = hi.length;
  let common = 0; // distinct shingles of self found in other
  let sharedChars = 0;
  let longest = 0;
  let coveredUpTo = 0; // end (exclusive) of the characters already counted
  const blocks = new Set<number>();
  let runStart = -1;
  for (let i = 0; i <= n; i++) {
    const shared = i < n && other.set.has(hi[i]!, lo[i]!);
    if (shared && self.firstSeen[i]) common++;
    if (shared && runStart < 0) runStart = i;
    if (shared || runStart < 0) continue;
    // A run of shingles runStart … i−1 covers characters runStart … i−1+k−1.
    const start = runStart;
    const end = i - 1 + k;
    runStart = -1;
    const length = end - start;
    longest = Math.max(longest, length);
    if (length < minChars) continue;
    sharedChars += end - Math.max(start, coveredUpTo);
    coveredUpTo = end;
    const first = blockAt(self.norm.blockStarts, start);
    const last = blockAt(self.norm.blockStarts, end - 1);
    for (let b = first; b <= last; b++) blocks.add(b);
  }
  const length = self.norm.text.length;
  return { common, sharedChars, share: length === 0 ? 0 : sharedChars / length, longest, blocks: [...blocks].sort((x, y) => x - y) };
}

/** Exact scores of two documents (exported for tests and for the report's "why"). */
export interface PairScores {
  jaccard: number;
  containmentA: number;
  containmentB: number;
  a: PassageSummary;
  b: PassageSummary;
}

function scorePair(fa: DocFeatures, fb: DocFeatures, th: NeardupThresholds): PairScores {
  const { common, ...a } = passages(fa, fb, th.shingleChars, th.minPassageChars);
  const { common: _sameCount, ...b } = passages(fb, fa, th.shingleChars, th.minPassageChars);
  const union = fa.set.size + fb.set.size - common;
  return {
    jaccard: union === 0 ? 0 : common / union,
    containmentA: fa.set.size === 0 ? 0 : common / fa.set.size,
    containmentB: fb.set.size === 0 ? 0 : common / fb.set.size,
    a,
    b,
  };
}

/** Scores of two documents compared directly (no candidate search). */
export function comparePair(a: NeardupDoc, b: NeardupDoc, thresholds: Partial<NeardupThresholds> = {}): PairScores {
  const th = { ...NEARDUP, ...thresholds };
  return scorePair(features(a, th), features(b, th), th);
}

/** The kind of link from a's side, or undefined when the pair is not linked. */
export function classify(s: PairScores, th: NeardupThresholds): RelationKind | undefined {
  const longest = Math.max(s.a.longest, s.b.longest);
  // Shared vocabulary is scattered; copied text comes in passages.
  if (longest < th.minPassageChars) return undefined;
  if (s.jaccard >= th.nearDuplicateJaccard) return 'near-duplicate';
  // Each largely inside the other: one text reposted with heavier edits (Jaccard falls faster).
  if (Math.min(s.containmentA, s.containmentB) >= th.containsMin) return 'near-duplicate';
  // The inner document is the one with the larger share in the other (the outer one's share is diluted).
  const aInner = s.containmentA >= s.containmentB;
  const inner = aInner ? s.a : s.b;
  // Re-used stock formulations give a low share in passages even when many scattered shingles match.
  const copiedShare = inner.share >= th.relatedMinShare;
  if ((aInner ? s.containmentA : s.containmentB) >= th.containsMin && copiedShare) return aInner ? 'contained-in' : 'contains';
  const sharedChars = Math.min(s.a.sharedChars, s.b.sharedChars);
  if (sharedChars >= th.relatedMinChars && (copiedShare || longest >= th.relatedLongPassageChars)) return 'related';
  return undefined;
}

// ---------------------------------------------------------------- candidate search

/**
 * What the candidate search keeps of one document: its MinHash signature (for the LSH) and the
 * winnowed fingerprints of its long shingles. It depends on the document alone (and the thresholds),
 * so the pipeline computes it once per document with the per-file stages and caches it: an
 * incremental run then sketches only the changed documents. Typed arrays, as the LSH index reads them
 * (the caches and worker threads copy them by structured clone; rebuilding them from plain arrays was a
 * tenth of an incremental run).
 */
export interface DocSketch {
  signature: Signature;
  /** Distinct fingerprints, ascending. */
  fingerprints: Uint32Array;
}

/** Shingle buffer reused between documents (grown as needed). */
let sketchBuffer: Hash64List = { hi: new Uint32Array(0), lo: new Uint32Array(0) };

export function sketchDocument(doc: Pick<NeardupDoc, 'text' | 'paragraphs'>, thresholds: Partial<NeardupThresholds> = {}): DocSketch {
  const th: NeardupThresholds = { ...NEARDUP, ...thresholds };
  const norm = normaliseDoc(doc);
  if (sketchBuffer.hi.length < norm.text.length) sketchBuffer = { hi: new Uint32Array(norm.text.length * 2), lo: new Uint32Array(norm.text.length * 2) };
  const signature = minhashSignature(hashShingles(norm.text, th.shingleChars, th.seed, sketchBuffer), th.numHashes, th.seed);
  // Fingerprints are taken on long shingles so that only copied passages, not shared phrases, match.
  // (the shingles above are consumed; the buffer can be overwritten.)
  const long = hashShingles(norm.text, th.fingerprintChars, th.seed, sketchBuffer);
  const picks = winnow(long, th.winnowWindow);
  const values = new Uint32Array(picks.length);
  picks.forEach((p, i) => (values[i] = long.lo[p]!));
  return { signature, fingerprints: distinctSorted(values) };
}

/** The LSH index and fingerprints of every document (each sketched now unless it carries its sketch). */
function indexDocuments(docs: NeardupDoc[], th: NeardupThresholds): { lsh: LshIndex; signatures: Signature[]; fingerprints: Uint32Array[] } {
  const lsh = new LshIndex(th.lshBands, th.lshRows, th.seed);
  const signatures: Signature[] = [];
  const fingerprints: Uint32Array[] = [];
  docs.forEach((doc, id) => {
    const { signature, fingerprints: f } = doc.sketch ?? sketchDocument(doc, th);
    lsh.add(id, signature);
    signatures.push(signature);
    fingerprints.push(f);
  });
  return { lsh, signatures, fingerprints };
}

function distinctSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[n++] = values[i]!;
  return values.slice(0, n);
}

/** Pairs of documents sharing ≥ minSharedFingerprints fingerprints held by ≤ maxPostingDocs documents. */
function passageCandidates(fingerprints: Uint32Array[], th: NeardupThresholds): number[] {
  let total = 0;
  for (const f of fingerprints) total += f.length;
  const packed = new Float64Array(total);
  let at = 0;
  fingerprints.forEach((f, id) => {
    for (let i = 0; i < f.length; i++) packed[at++] = pack(f[i]!, id);
  });
  const counts = new Map<number, number>();
  forEachGroupPair(packed, th.maxPostingDocs, 'skip', (a, b) => {
    const key = pairKey(a, b);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const out: number[] = [];
  for (const [key, count] of counts) if (count >= th.minSharedFingerprints) out.push(key);
  return out;
}

// ---------------------------------------------------------------- the stage

export function findRelations(docs: NeardupDoc[], thresholds: Partial<NeardupThresholds> = {}, memo: PairMemo = new Map()): NeardupResult {
  const th: NeardupThresholds = { ...NEARDUP, ...thresholds };
  if (docs.length > MAX_ID + 1) throw new RangeError(`at most ${MAX_ID + 1} documents per run, got ${docs.length}`);
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.slug)) throw new Error(`duplicate slug: ${d.slug}`);
    seen.add(d.slug);
  }

  const { lsh, signatures, fingerprints } = indexDocuments(docs, th);
  const candidates = new Set<number>(lsh.candidatePairs(th.maxBucketDocs));
  for (const key of passageCandidates(fingerprints, th)) candidates.add(key);
  const ordered = [...candidates].sort((x, y) => x - y);

  const pairs: PairReport[] = [];
  const relations = new Map<string, Relation[]>();
  const memoKeyOf = (a: NeardupDoc, b: NeardupDoc) => (a.contentKey && b.contentKey ? `${a.contentKey}|${b.contentKey}` : undefined);
  const uses = new Uint32Array(docs.length);
  for (const key of ordered) {
    const [ia, ib] = unpackPair(key);
    const memoKey = memoKeyOf(docs[ia]!, docs[ib]!);
    if (memoKey !== undefined && memo.has(memoKey)) continue;
    uses[ia]!++;
    uses[ib]!++;
  }
  const store = new FeatureStore(uses, th.featureStoreBytes);
  const verified = new Map<string, VerifiedPair>();
  for (const key of ordered) {
    const [ia, ib] = unpackPair(key);
    const a = docs[ia]!;
    const b = docs[ib]!;
    const memoKey = memoKeyOf(a, b);
    let pair = memoKey === undefined ? undefined : memo.get(memoKey);
    if (!pair) {
      const fa = store.get(ia, a, th, 0);
      const fb = store.get(ib, b, th, 1);
      pair = { scores: scorePair(fa, fb, th), estimate: estimateJaccard(signatures[ia]!, signatures[ib]!) };
    }
    if (memoKey !== undefined) verified.set(memoKey, pair);
    const { scores } = pair;
    const kind = classify(scores, th);
    if (!kind) continue;
    const report = pairReport(a.slug, b.slug, kind, scores, pair.estimate);
    pairs.push(report);
    addRelation(relations, a.slug, relationFrom(b.slug, kind, scores.jaccard, scores.containmentA, scores.a));
    addRelation(relations, b.slug, relationFrom(a.slug, opposite(kind), scores.jaccard, scores.containmentB, scores.b));
  }
  for (const list of relations.values()) list.sort(compareRelations);
  return { pairs, relations, merges: mergeFamilies(docs, pairs), verified };
}

function pairReport(a: string, b: string, kind: RelationKind, s: PairScores, estimatedJaccard: number): PairReport {
  return {
    a,
    b,
    kind,
    jaccard: round(s.jaccard),
    estimatedJaccard: round(estimatedJaccard),
    containmentA: round(s.containmentA),
    containmentB: round(s.containmentB),
    sharedCharsA: s.a.sharedChars,
    sharedCharsB: s.b.sharedChars,
    longestPassage: Math.max(s.a.longest, s.b.longest),
    firstSharedBlockA: s.a.blocks[0] ?? 0,
    firstSharedBlockB: s.b.blocks[0] ?? 0,
  };
}

/** Scores are reported to 4 decimals so the output is stable and readable. */
function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function opposite(kind: RelationKind): RelationKind {
  if (kind === 'contains') return 'contained-in';
  if (kind === 'contained-in') return 'contains';
  return kind;
}

function relationFrom(other: string, kind: RelationKind, jaccard: number, containment: number, p: PassageSummary): Relation {
  const relation: Relation = { slug: other, kind, jaccard: round(jaccard), containment: round(containment) };
  if (p.blocks.length > 0) relation.firstSharedBlock = p.blocks[0]!;
  relation.sharedBlocks = p.blocks;
  return relation;
}

function addRelation(map: Map<string, Relation[]>, slug: string, relation: Relation): void {
  const list = map.get(slug);
  if (list) list.push(relation);
  else map.set(slug, [relation]);
}

const KIND_ORDER: Record<RelationKind, number> = { 'near-duplicate': 0, contains: 1, 'contained-in': 2, related: 3 };

function compareRelations(x: Relation, y: Relation): number {
  return KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || y.containment - x.containment || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);
}

/** Connected components of near-duplicate pairs; survivor = most characters, then smallest slug. */
function mergeFamilies(docs: NeardupDoc[], pairs: PairReport[]): Merge[] {
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    let root = s;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(s, root);
    return root;
  };
  for (const p of pairs) {
    if (p.kind !== 'near-duplicate') continue;
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const chars = new Map(docs.map((d) => [d.slug, d.chars]));
  const families = new Map<string, string[]>();
  for (const slug of parent.keys()) {
    const root = find(slug);
    const members = families.get(root);
    if (members) members.push(slug);
    else families.set(root, [slug]);
  }
  const merges: Merge[] = [];
  for (const members of families.values()) {
    if (members.length < 2) continue;
    members.sort((x, y) => chars.get(y)! - chars.get(x)! || (x < y ? -1 : x > y ? 1 : 0));
    merges.push({ survivor: members[0]!, merged: members.slice(1).sort() });
  }
  return merges.sort((x, y) => (x.survivor < y.survivor ? -1 : x.survivor > y.survivor ? 1 : 0));
}

/**
 * Relations as they should be published once near-duplicate families are merged: links of a merged
 * document move to its survivor (without block indices, which pointed into the merged text), links
 * inside a family are kept only on the survivor ("also published as …"), self-links disappear, and a
 * pair linked twice keeps its strongest entry.
 */
export function relationsAfterMerges(result: NeardupResult): Map<string, Relation[]> {
  const survivorOf = new Map<string, string>();
  for (const m of result.merges) for (const s of m.merged) survivorOf.set(s, m.survivor);
  const publishedAs = (slug: string) => survivorOf.get(slug) ?? slug;
  const best = new Map<string, Map<string, Relation>>();
  for (const slug of [...result.relations.keys()].sort()) {
    const owner = publishedAs(slug);
    for (const relation of result.relations.get(slug)!) {
      const sameFamily = publishedAs(relation.slug) === owner;
      if (sameFamily && slug !== owner) continue;
      const entry: Relation = { ...relation, slug: sameFamily ? relation.slug : publishedAs(relation.slug) };
      if (slug !== owner) {
        delete entry.firstSharedBlock;
        delete entry.sharedBlocks;
      }
      const byOther = best.get(owner) ?? new Map<string, Relation>();
      const previous = byOther.get(entry.slug);
      if (!previous || compareRelations(entry, previous) < 0) byOther.set(entry.slug, entry);
      best.set(owner, byOther);
    }
  }
  const out = new Map<string, Relation[]>();
  for (const slug of [...best.keys()].sort()) out.set(slug, [...best.get(slug)!.values()].sort(compareRelations));
  return out;
}
