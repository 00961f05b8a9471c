/**
 * Encoding detection for decode: byte-order marks, the NUL-byte pattern of BOM-less UTF-16, strict
 * UTF-8 validity, and — for anything else — a score that compares the candidate decodings
 * (UTF-8, GB18030/GBK, Big5, UTF-16) by how much they look like real Chinese text.
 */
import type { Encoding } from './types.ts';
import { DECODE } from './thresholds.ts';
import { COMMON_CJK_PUNCTUATION, COMMON_HANZI } from './decode-common-chars.ts';

export interface EncodingChoice {
  encoding: Encoding;
  bom: boolean;
  /** Number of leading bytes (the BOM) to skip before decoding. */
  skip: number;
}

/**
 * Candidates tried, in tie-break order, when the bytes are not valid UTF-8. UTF-16 is among them for
 * BOM-less files with too little ASCII to show a NUL pattern (hanzi-only paragraphs).
 */
const SCORED_CANDIDATES: readonly Encoding[] = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'];

/** A byte-order mark at the start of the file decides the encoding outright. */
export function detectBom(bytes: Uint8Array): EncodingChoice | null {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: true, skip: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: true, skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: true, skip: 2 };
  return null;
}

interface NulPattern {
  encoding: Encoding;
  /** Share of byte pairs with a NUL on the dominant side. */
  share: number;
}

/**
 * BOM-less UTF-16: ASCII characters (digits, line breaks, spaces) put a NUL byte at every odd
 * position (little-endian) or every even position (big-endian). Only a one-sided pattern counts;
 * NULs scattered on both sides mean binary data, not UTF-16.
 */
export function detectUtf16ByNulPattern(bytes: Uint8Array): NulPattern | null {
  const sampleLength = Math.min(bytes.length, DECODE.sniffBytes) & ~1;
  const pairs = sampleLength / 2;
  if (pairs < DECODE.utf16MinPairs) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sampleLength; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const even = evenNuls / pairs;
  const odd = oddNuls / pairs;
  if (odd >= DECODE.utf16NulShareMin && even <= odd * DECODE.utf16OtherSideNulRatioMax) return { encoding: 'utf-16le', share: odd };
  if (even >= DECODE.utf16NulShareMin && odd <= even * DECODE.utf16OtherSideNulRatioMax) return { encoding: 'utf-16be', share: even };
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decode without throwing; invalid sequences become U+FFFD (counted and dropped later). */
export function decodeLoosely(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}

function isPrivateUse(cp: number): boolean {
  return cp >= 0xe000 && cp <= 0xf8ff;
}

/**
 * How much a decoded text looks like real Chinese: the share of its non-ASCII characters that are
 * very common hanzi or CJK punctuation, minus a penalty for replacement characters, private-use
 * characters (Big5 punctuation read as GBK lands there) and C1 controls. Mojibake is made of rare
 * characters, so the correct candidate wins even on a handful of characters.
 */
export function chineseTextScore(text: string): number {
  let nonAscii = 0;
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii++;
    if (COMMON_HANZI.has(ch) || COMMON_CJK_PUNCTUATION.has(ch)) good++;
    else if (cp === 0xfffd || cp <= 0x9f || isPrivateUse(cp)) bad++;
  }
  if (nonAscii === 0) return 0;
  return (good - DECODE.badCharWeight * bad) / nonAscii;
}

/** Pick the best-scoring candidate for bytes that are not strictly valid UTF-8. */
function chooseByScore(bytes: Uint8Array): Encoding {
  const sample = bytes.subarray(0, Math.min(bytes.length, DECODE.sniffBytes));
  let best: Encoding = 'utf-8';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const encoding of SCORED_CANDIDATES) {
    const score = chineseTextScore(decodeLoosely(sample, encoding));
    // UTF-16 turns any bytes into characters without a decoding error, so it needs positive evidence.
    const eligible = !encoding.startsWith('utf-16') || score >= DECODE.utf16MinScore;
    if (eligible && score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Detect the encoding: a BOM; else valid UTF-8 (NUL bytes are valid UTF-8 too, so only an overwhelming
 * NUL pattern — UTF-16 of ASCII text — overrides it); else a clear UTF-16 NUL pattern; else scoring.
 */
export function chooseEncoding(bytes: Uint8Array): EncodingChoice {
  const bom = detectBom(bytes);
  if (bom) return bom;
  const utf16 = detectUtf16ByNulPattern(bytes);
  if (isValidUtf8(bytes)) {
    const overwhelming = utf16 !== null && utf16.share >= DECODE.utf16NulShareOverValidUtf8;
    return { encoding: overwhelming ? utf16.encoding : 'utf-8', bom: false, skip: 0 };
  }
  if (utf16) return { encoding: utf16.encoding, bom: false, skip: 0 };
  return { encoding: chooseByScore(bytes), bom: false, skip: 0 };
}
