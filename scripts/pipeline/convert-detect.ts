/**
 * Which script a text is written in, and for Traditional text which regional usage (browser-safe).
 *
 * Script: characters only Simplified text uses (发, 这) against characters only Traditional text uses (發,
 * 這), both derived from OpenCC's dictionaries. Variant: Taiwan vocabulary (網路, 資訊, 軟體 — the
 * Taiwan side of OpenCC's TWPhrases) against its mainland counterparts written in Traditional characters
 * (網絡, 信息, 軟件 — the other side), plus glyphs only one regional standard uses (説, 綫 for Hong Kong;
 * 裡 for Taiwan) and Hong Kong vocabulary (HKPhrases).
 */
import {
  HK_ONLY_GLYPHS,
  HK_PHRASES,
  SIMPLIFIED_ONLY,
  TRADITIONAL_ONLY,
  TW_ONLY_GLYPHS,
  TW_PHRASES,
} from './convert-dicts.ts';
import { Trie } from './convert-engine.ts';
import { CONVERT } from './thresholds.ts';
import type { Script, Variant } from './types.ts';

/** Characters only Simplified text uses, and characters only Traditional text uses. */
export function scriptCounts(text: string): { simplified: number; traditional: number } {
  let simplified = 0;
  let traditional = 0;
  forEachClass(text, (cls) => {
    if (cls & SIMPLIFIED) simplified++;
    else if (cls & TRADITIONAL) traditional++;
  });
  return { simplified, traditional };
}

export function detectScript(text: string): Script {
  const { simplified, traditional } = scriptCounts(text);
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

// Character classes, one bit each: a document is scanned character by character, so a table lookup
// per UTF-16 unit replaces four string-set lookups (a fifth of the convert stage on poem-sized documents).
const SIMPLIFIED = 1;
const TRADITIONAL = 2;
const TW_GLYPH = 4;
const HK_GLYPH = 8;
/** The character may start a regional word (the vocabulary trie has a child for it). */
const WORD_START = 16;

let bmpClasses: Uint8Array | undefined;

/** Classes of every BMP code unit (characters outside the BMP are looked up in the sets themselves). */
function classTable(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  const table = new Uint8Array(0x10000);
  const mark = (chars: Iterable<string>, bit: number) => {
    for (const ch of chars) if (ch.length === 1) table[ch.charCodeAt(0)]! |= bit;
  };
  mark(SIMPLIFIED_ONLY, SIMPLIFIED);
  mark(TRADITIONAL_ONLY, TRADITIONAL);
  mark(TW_ONLY_GLYPHS, TW_GLYPH);
  mark(HK_ONLY_GLYPHS, HK_GLYPH);
  for (const cp of vocabularyTrie().root.next?.keys() ?? []) if (cp <= 0xffff) table[cp]! |= WORD_START;
  bmpClasses = table;
  return table;
}

/** Classes of a character outside the BMP (a surrogate pair), from the sets. */
function astralClass(ch: string): number {
  return (
    (SIMPLIFIED_ONLY.has(ch) ? SIMPLIFIED : 0) |
    (TRADITIONAL_ONLY.has(ch) ? TRADITIONAL : 0) |
    (TW_ONLY_GLYPHS.has(ch) ? TW_GLYPH : 0) |
    (HK_ONLY_GLYPHS.has(ch) ? HK_GLYPH : 0)
  );
}

/** Calls `f` with the classes of each character (code point) of the text. */
function forEachClass(text: string, f: (cls: number) => void): void {
  const table = classTable();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const low = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      f(astralClass(text.slice(i, i + 2)));
      i++;
    } else {
      f(table[unit]!);
    }
  }
}

/** Regional evidence found in a Traditional text. */
export interface VariantSignals {
  /** Taiwan vocabulary (網路, 資訊) and Taiwan-only glyphs (裡). */
  tw: number;
  /** Mainland vocabulary written in Traditional characters (網絡, 信息). */
  cn: number;
  /** Hong Kong vocabulary and Hong Kong-only glyphs (説, 綫). */
  hk: number;
}

type Region = keyof VariantSignals;
let vocabulary: Trie | undefined;

/** One trie of every regional word; the value says which region the word points to. */
function vocabularyTrie(): Trie {
  if (vocabulary) return vocabulary;
  const trie = new Trie();
  // A word listed on both sides (the same in both regions) is no evidence either way.
  const cnWords = new Set(TW_PHRASES.map(([cn]) => cn));
  const twWords = new Set(TW_PHRASES.map(([, tw]) => tw));
  const add = (word: string, region: Region) => trie.add(word, { out: region, origin: 'opencc' }, false);
  for (const w of twWords) if (!cnWords.has(w) && [...w].length > 1) add(w, 'tw');
  for (const w of cnWords) if (!twWords.has(w) && [...w].length > 1) add(w, 'cn');
  for (const [cn, hk] of HK_PHRASES) if (cn !== hk && !cnWords.has(hk) && [...hk].length > 1) add(hk, 'hk');
  vocabulary = trie;
  return trie;
}

export function variantSignals(text: string): VariantSignals {
  const signals: VariantSignals = { tw: 0, cn: 0, hk: 0 };
  forEachClass(text, (cls) => {
    if (cls & TW_GLYPH) signals.tw++;
    else if (cls & HK_GLYPH) signals.hk++;
  });
  const trie = vocabularyTrie();
  const table = classTable();
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    // Most characters start no regional word: skip the trie walk (surrogates always walk).
    const match = (table[unit]! & WORD_START) === 0 && (unit < 0xd800 || unit > 0xdfff) ? null : longestWord(trie, text, i);
    if (match) {
      signals[match.region]++;
      i = match.end;
    } else {
      i++;
    }
  }
  return signals;
}

function longestWord(trie: Trie, text: string, start: number): { end: number; region: Region } | null {
  let node = trie.root;
  let best: { end: number; region: Region } | null = null;
  for (let p = start; p < text.length;) {
    const cp = text.codePointAt(p)!;
    const next = node.next?.get(cp);
    if (!next) break;
    node = next;
    p += cp > 0xffff ? 2 : 1;
    if (node.value) best = { end: p, region: node.value.out as Region };
  }
  return best;
}

/**
 * Marks of where a text was written that are not vocabulary: a Taiwan government or news text dates by the
 * Minguo calendar (`民國112年`), writes `今（12）日` and `本（5）月`, prices in 新臺幣, comes from 中央社 or a
 * `.gov.tw` address; a Hong Kong or Macau one names its 特區政府, 立法會 or 行政長官 and dates a release
 * `今日（五月十二日）`. One such mark counts as much as `variantMinSignals` words: it settles a short official
 * text that has only one or two regional words (and classical poems, which have none of them, stay generic).
 */
const REGION_MARKS: Record<'tw' | 'hk', RegExp> = {
  tw: /民國\s*\d{2,3}\s*年|[今昨本明]\s*（\s*\d{1,2}\s*）\s*[日月]|新臺幣|中央社|\.gov\.tw\b/gu,
  hk: /香港特別行政區|澳門特別行政區|特區政府|立法會|行政長官|\.gov\.(?:hk|mo)\b|[今昨]日（[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日）/gu,
};

/** Regional marks in a text, by region (see REGION_MARKS). */
export function regionMarks(text: string): { tw: number; hk: number } {
  return { tw: text.match(REGION_MARKS.tw)?.length ?? 0, hk: text.match(REGION_MARKS.hk)?.length ?? 0 };
}

/**
 * The regional usage of a text: 'cn' for Simplified text and for Traditional text in mainland vocabulary,
 * 'hk' when Hong Kong evidence dominates, 'tw' when Taiwan vocabulary clearly outweighs mainland vocabulary.
 * Regional marks (REGION_MARKS) add to the evidence of their region.
 */
export function detectVariant(text: string, script: Script = detectScript(text)): Variant {
  if (script === 'zh-Hans') return 'cn';
  const s = variantSignals(text);
  const marks = regionMarks(text);
  if (marks.tw > 0) s.tw += CONVERT.variantMinSignals;
  if (marks.hk > 0) s.hk += CONVERT.variantMinSignals;
  if (s.hk >= CONVERT.variantMinSignals && s.hk > s.tw) return 'hk';
  if (s.tw >= CONVERT.variantMinSignals && s.tw >= CONVERT.variantDominance * s.cn) return 'tw';
  return 'cn';
}
