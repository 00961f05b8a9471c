/**
 * Measurable signals of one line of plain text, used by the clean stage (and dedupe) to tell running
 * text from page chrome. Each is a small pure function; the cut-off values are in thresholds.ts (CLEAN).
 */
import { bareDateLine, TIME_ZONE_NAMES } from './metadata-date.ts';
import { CLEAN } from './thresholds.ts';
import {
  CLAUSE_PUNCT,
  DATE_LINE,
  DECORATION_CHARS,
  HEADING_LINE,
  ICP_LITERALS,
  ICP_PATTERN,
  METADATA_LABEL,
  BARE_LABEL,
  QUOTE_ATTRIBUTION,
  SENTENCE_END,
  SENTENCE_PUNCT,
  STOPWORD_CHARS,
} from './clean-patterns.ts';

export type CleanThresholds = { readonly [K in keyof typeof CLEAN]: number };

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** A 0/1 table over the UTF-16 units of the Basic Multilingual Plane, filled once from a one-character regex
 *  (so a per-character test is an array read, with exactly the regex's answers). */
function bmpTable(re: RegExp): Uint8Array {
  return new Uint8Array(0x10000).map((_, unit) => (re.test(String.fromCharCode(unit)) ? 1 : 0));
}
/** Units that `\s` matches (all whitespace is in the BMP). */
const SPACE_UNIT = bmpTable(/\s/u);
/** BMP units of Han script; Han characters beyond the BMP (extension B and later) are tested by HAN. */
const HAN_UNIT = bmpTable(HAN);

/** BMP units that are letters or digits; characters beyond the BMP are tested by LETTER_OR_DIGIT. */
const LETTER_OR_DIGIT_UNIT = bmpTable(LETTER_OR_DIGIT);

function isLetterOrDigit(ch: string): boolean {
  return ch.length === 1 ? LETTER_OR_DIGIT_UNIT[ch.charCodeAt(0)] === 1 : LETTER_OR_DIGIT.test(ch);
}

function isHan(ch: string): boolean {
  return ch.length === 1 ? HAN_UNIT[ch.charCodeAt(0)] === 1 : HAN.test(ch);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Visible characters (code points that are not whitespace). */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (SPACE_UNIT[unit] === 1) continue;
    n++;
    // A surrogate pair is one character.
    if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** Number of characters (code points), as `[...text].length` counts them, without building the array. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    n++;
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** The letters and digits of the text (\p{L}, \p{N}), everything else dropped. */
export function lettersAndDigits(text: string): string {
  let kept = '';
  for (const ch of text) if (isLetterOrDigit(ch)) kept += ch;
  return kept;
}

/** Han characters in the line. */
export function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isHan(ch)) n++;
  return n;
}

/** Share of Han characters that are FineWeb-2 stopword characters (的 在 是 和 …); 0 without Han. */
export function stopwordDensity(text: string): number {
  let han = 0;
  let stop = 0;
  for (const ch of text) {
    if (!isHan(ch)) continue;
    han++;
    if (STOPWORD_CHARS.has(ch)) stop++;
  }
  return han === 0 ? 0 : stop / han;
}

/** Share of visible characters that are sentence punctuation (。，；：！？、“” and ASCII ,;:!?). */
export function punctShare(text: string): number {
  const len = visibleLength(text);
  if (len === 0) return 0;
  return (text.match(SENTENCE_PUNCT) ?? []).length / len;
}

/** Text with whitespace removed and full-width forms folded (NFKC), for comparisons. */
export function normalizeForCompare(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** An ICP licence or public-security filing number. The literal parts every match contains are looked
 *  for first: most lines have none, and a search for literals is much cheaper than the pattern. */
export function hasIcpNumber(text: string): boolean {
  return ICP_LITERALS.test(text) && ICP_PATTERN.test(text);
}

/** Whether the texts can be normalised together, joined by '\n': a '\n' never combines with its
 *  neighbours (and NFKC never makes one), so each text then normalises exactly as it would alone. */
function joinable(texts: string[]): boolean {
  return texts.length > 0 && !texts.some((text) => text.includes('\n'));
}

/** text.normalize('NFKC') of each text, with one call for all of them instead of one per text. */
export function nfkcEach(texts: string[]): string[] {
  if (!joinable(texts)) return texts.map((text) => text.normalize('NFKC'));
  return texts.join('\n').normalize('NFKC').split('\n');
}

/** normalizeForCompare of each text, with one call for all of them instead of one per text. */
export function normalizeLinesForCompare(texts: string[]): string[] {
  if (!joinable(texts)) return texts.map(normalizeForCompare);
  return texts.join('\n').normalize('NFKC').replace(/[^\S\n]+/gu, '').split('\n');
}

/** True when the line has no letter or digit at all (separators, ◆ ◆, ×). */
export function isSymbolsOnly(text: string): boolean {
  return !LETTER_OR_DIGIT.test(text);
}

/** Running text: long enough, breaks into clauses, punctuated like prose, and has function characters. */
export function isContentLike(text: string, t: CleanThresholds = CLEAN): boolean {
  return (
    visibleLength(text) >= t.contentMinChars &&
    CLAUSE_PUNCT.test(text) &&
    punctShare(text) >= t.contentMinPunctShare &&
    stopwordDensity(text) >= t.contentMinStopwordDensity
  );
}

/** A heading (一、… （一）… 第一章 … 1.… 前言 目录): numbered or a known section word, not a sentence. */
export function isHeadingLike(text: string): boolean {
  return HEADING_LINE.test(text) && !SENTENCE_END.test(text.trim());
}

/** A time zone after a date (`2025-07-14 10:00 HKT`): not an English date. */
const TIME_ZONE_WORD = new RegExp(String.raw`\b(?:${TIME_ZONE_NAMES})\b`, 'gu');

/** A bare date or date-time line (with optional parentheses), or one the metadata stage reads as a date line: in
 *  a bullet list (`• 2015-01-14`), with its update time (`2020/5/7 10:00(5/7 14:41 更新)`) or a view counter. Menu
 *  runs must not take it. English dates (`11 December 2018`) are left to the stages that read a document's
 *  English header block. */
export function isDateLine(text: string): boolean {
  if (DATE_LINE.test(text)) return true;
  return text.length <= CLEAN.dateLineMaxChars && /\d/u.test(text) && !/[A-Za-z]{3}/u.test(text.replace(TIME_ZONE_WORD, '')) && bareDateLine(text) !== undefined;
}

/** A metadata line the metadata stage reads (label + value, or a bare label awaiting its value). */
export function isMetadataLine(text: string, t: CleanThresholds = CLEAN): boolean {
  // Both patterns need a colon after the label: most lines have none, and the label search is costly.
  if (!text.includes(':') && !text.includes('：')) return false;
  if (BARE_LABEL.test(text)) return true;
  return METADATA_LABEL.test(text) && visibleLength(text) <= t.footerLineMaxChars && !/。.+/u.test(text.trim());
}

/** A short attribution line under a quotation (——speaker, date). */
export function isQuoteAttribution(text: string, t: CleanThresholds = CLEAN): boolean {
  return QUOTE_ATTRIBUTION.test(text) && visibleLength(text) <= t.quoteAttributionMaxChars;
}

/** Whether the line is the page title: equal to the hint, or one contains the other closely. */
export function isTitleLine(text: string, titleHint: string | undefined, t: CleanThresholds = CLEAN): boolean {
  if (!titleHint) return false;
  return isTitleKey(normalizeForCompare(text), normalizeForCompare(titleHint), t);
}

/** isTitleLine on texts already passed through normalizeForCompare (a page's hint is normalised once). */
export function isTitleKey(a: string, b: string, t: CleanThresholds = CLEAN): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length / long.length >= t.titleContainRatio;
}

/** Result of reading a stretch of text as a sequence of known words. */
export interface WordScan {
  /** Number of known words found. */
  tokens: number;
  /** Letters inside known words. */
  covered: number;
  /** Letters outside known words (digits not counted). */
  residue: number;
  /** Digits outside known words. */
  residueDigits: number;
  /** End offset (UTF-16) of each known word, in order, with the counts up to it. */
  ends: { end: number; tokens: number; covered: number; residue: number }[];
  /** Start offset of each known word. */
  starts: number[];
}

/** Sort a word list longest first once, for greedy longest-match scanning. */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
}

/** A word list prepared for scanning: words grouped by first UTF-16 unit (each group still longest
 *  first), and a 0/1 table of the UTF-16 units the words are made of. */
interface WordIndex {
  byFirstUnit: Map<number, string[]>;
  units: Uint8Array;
}

/** Built once per word list (the lists are module constants). */
const wordIndexes = new WeakMap<readonly string[], WordIndex>();

function wordIndex(sortedWords: readonly string[]): WordIndex {
  let index = wordIndexes.get(sortedWords);
  if (!index) {
    index = { byFirstUnit: new Map(), units: new Uint8Array(0x10000) };
    for (const word of sortedWords) {
      const group = index.byFirstUnit.get(word.charCodeAt(0));
      if (group) group.push(word);
      else index.byFirstUnit.set(word.charCodeAt(0), [word]);
      for (let i = 0; i < word.length; i++) index.units[word.charCodeAt(i)] = 1;
    }
    wordIndexes.set(sortedWords, index);
  }
  return index;
}

/** The longest word of the list that occurs in `text` at offset i, if any (only words sharing the first
 *  character are tried, so a scan costs one lookup per character instead of one per word). */
function wordAt(text: string, i: number, sortedWords: readonly string[]): string | undefined {
  return wordIndex(sortedWords).byFirstUnit.get(text.charCodeAt(i))?.find((w) => text.startsWith(w, i));
}

/**
 * Greedy longest-match scan of `text` with a word list: separators and punctuation are neutral, other
 * characters count as residue. Used to measure how much of a stretch is interface vocabulary.
 */
export function scanWords(text: string, sortedWords: readonly string[]): WordScan {
  const scan: WordScan = { tokens: 0, covered: 0, residue: 0, residueDigits: 0, ends: [], starts: [] };
  let i = 0;
  while (i < text.length) {
    const word = wordAt(text, i, sortedWords);
    if (word) {
      scan.starts.push(i);
      scan.tokens++;
      scan.covered += [...word].length;
      i += word.length;
      scan.ends.push({ end: i, tokens: scan.tokens, covered: scan.covered, residue: scan.residue });
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (DIGIT.test(ch)) scan.residueDigits++;
    else if (LETTER_OR_DIGIT.test(ch)) scan.residue++;
    i += ch.length;
  }
  return scan;
}

/** Whether the text has a BMP letter or digit whose unit is not in the 0/1 table `units` (characters
 *  beyond the BMP are not looked at: their surrogate units are neither letters nor digits). */
function hasLetterOutside(text: string, units: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (LETTER_OR_DIGIT_UNIT[unit] === 1 && units[unit] === 0) return true;
  }
  return false;
}

/** True when a short line consists only of words from the list (plus separators/decoration). */
export function isOnlyWords(text: string, sortedWords: readonly string[]): boolean {
  // Quick refusal: a letter or digit that none of the words contains can never be covered by them
  // (decoration characters are neither letters nor digits, so stripping them keeps it).
  if (hasLetterOutside(text, wordIndex(sortedWords).units)) return false;
  const stripped = text.replace(DECORATION_CHARS, '');
  let tokens = 0;
  let i = 0;
  // The scanWords walk, stopping at the first letter or digit outside a known word.
  while (i < stripped.length) {
    const word = wordAt(stripped, i, sortedWords);
    if (word) {
      tokens++;
      i += word.length;
      continue;
    }
    const ch = String.fromCodePoint(stripped.codePointAt(i) ?? 0);
    if (LETTER_OR_DIGIT.test(ch)) return false;
    i += ch.length;
  }
  return tokens > 0;
}
