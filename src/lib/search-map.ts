/**
 * Build time: the corpus's own 简 ⇄ 繁 character correspondence, for converting search queries in the
 * browser (src/lib/search-convert.ts).
 *
 * Every document exists in both scripts, converted character by character, so the two versions of a
 * block are aligned position by position. A query can only match text of the corpus, so the way the
 * corpus itself wrote a character in the other script is exactly the conversion a query needs. From
 * the aligned text we keep:
 *   - for each character written differently in the other script, its usual counterpart;
 *   - for characters with several counterparts (发 → 發/髮), the neighbouring characters that pick
 *     another one (头发 → 頭髮) with the margin by which they do; one small file per character, so a
 *     query fetches only the rules of its own characters;
 *   - multi-character replacements where the two versions differ in length (網際網路 ⇄ 互联网), when
 *     that is how the corpus usually renders them.
 * Blocks whose lengths differ are aligned clause by clause instead (clauses end at punctuation);
 * clauses that still differ in length only feed the phrase table.
 */
import type { Locale } from './locales.ts';

/** One block (title, source, paragraph, heading) of a document in both scripts. */
export interface BlockPair {
  hans: string;
  hant: string;
}

/**
 * The conversion table for one direction, as served to the browser (JSON). Characters are Unicode
 * code points; strings are read with Array.from.
 */
export interface ScriptMapData {
  version: 1;
  from: Locale;
  to: Locale;
  /** Concatenated pairs: source character, then its usual counterpart (only where they differ). */
  chars: string;
  /** Characters with context rules (each in its own CharRules file, fetched when a query holds it). */
  contextChars: string;
  /** Multi-character source text → its rendering in the target script (lengths differ). */
  phrases: Record<string, string>;
}

/**
 * Context rules of one ambiguous character (发 → 發 or 髮): for a neighbour before or after it in
 * the query, the counterpart the corpus uses next to that neighbour and by how many occurrences it
 * beats the runner-up. When both neighbours have a rule, the larger margin wins.
 */
export interface CharRules {
  before: Record<string, [string, number]>;
  after: Record<string, [string, number]>;
}

export interface DirectionData {
  table: ScriptMapData;
  /** Source character → its rules (only characters listed in table.contextChars). */
  rules: Map<string, CharRules>;
}

/** What the search page of a script needs to decide, without loading anything, whether to convert. */
export interface ConversionTriggers {
  /** Characters of the other script that never occur in this script's text: the query is in the other script. */
  exclusive: string;
  /** Characters used in both scripts that the other script usually writes differently (干 → 幹): maybe convert. */
  shared: string;
}

export interface SearchConversionData {
  hansToHant: DirectionData;
  hantToHans: DirectionData;
  /** Keyed by the script of the page that embeds them. */
  triggers: Record<Locale, ConversionTriggers>;
  stats: AlignmentStats;
}

export interface AlignmentStats {
  blocks: number;
  /** Blocks whose two versions have the same length (aligned directly). */
  equalBlocks: number;
  /** Characters aligned position by position. */
  alignedChars: number;
  /** Characters of clauses that could not be aligned (only used for phrases). */
  unalignedChars: number;
}

/** Longest multi-character replacement kept (網際網路 is 4; whole unequal clauses are not phrases). */
export const MAX_PHRASE_LENGTH = 8;

/** Characters that end a clause: whitespace and punctuation, which the converter leaves unchanged. */
const CLAUSE_BREAK = /[\s\p{P}]/u;

type Counts = Map<string, Map<string, number>>;

function bump(counts: Counts, key: string, value: string, by = 1): void {
  let inner = counts.get(key);
  if (!inner) counts.set(key, (inner = new Map()));
  inner.set(value, (inner.get(value) ?? 0) + by);
}

/** Split at clause breaks, keeping each break as its own one-character clause. */
export function clauses(chars: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const c of chars) {
    if (CLAUSE_BREAK.test(c)) {
      if (current.length) out.push(current);
      out.push([c]);
      current = [];
    } else current.push(c);
  }
  if (current.length) out.push(current);
  return out;
}

/** Aligned segments of equal length, and clause pairs that are not (for phrases). */
interface Alignment {
  aligned: [string[], string[]][];
  unequal: [string[], string[]][];
  stats: AlignmentStats;
}

export function align(pairs: Iterable<BlockPair>): Alignment {
  const aligned: [string[], string[]][] = [];
  const unequal: [string[], string[]][] = [];
  const stats: AlignmentStats = { blocks: 0, equalBlocks: 0, alignedChars: 0, unalignedChars: 0 };
  for (const { hans, hant } of pairs) {
    const a = Array.from(hans);
    const b = Array.from(hant);
    stats.blocks += 1;
    if (a.length === b.length) {
      stats.equalBlocks += 1;
      stats.alignedChars += a.length;
      aligned.push([a, b]);
      continue;
    }
    const ca = clauses(a);
    const cb = clauses(b);
    if (ca.length !== cb.length) {
      stats.unalignedChars += a.length;
      continue;
    }
    for (let i = 0; i < ca.length; i++) {
      const x = ca[i]!;
      const y = cb[i]!;
      if (x.length === y.length) {
        stats.alignedChars += x.length;
        aligned.push([x, y]);
      } else {
        stats.unalignedChars += x.length;
        unequal.push([x, y]);
      }
    }
  }
  return { aligned, unequal, stats };
}

/** Most frequent value; ties go to `prefer`, then to the smallest string (deterministic). */
function majority(counts: Map<string, number>, prefer?: string): [string, number] {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || beats(entry, best, prefer)) best = entry;
  return best!;
}

function beats([value, n]: [string, number], [bestValue, bestN]: [string, number], prefer?: string): boolean {
  if (n !== bestN) return n > bestN;
  if (value === prefer || bestValue === prefer) return value === prefer;
  return value < bestValue;
}

type ContextCounts = Map<string, Counts>;

function countPairs(aligned: [string[], string[]][], side: 0 | 1): Counts {
  const pairs: Counts = new Map();
  for (const seg of aligned) {
    const src = seg[side];
    const dst = seg[side === 0 ? 1 : 0];
    for (let i = 0; i < src.length; i++) bump(pairs, src[i]!, dst[i]!);
  }
  return pairs;
}

/** For each ambiguous character: neighbour before (and after) → counterpart counts. */
function countContexts(aligned: [string[], string[]][], side: 0 | 1, ambiguous: Set<string>): { before: ContextCounts; after: ContextCounts } {
  const before: ContextCounts = new Map();
  const after: ContextCounts = new Map();
  const add = (table: ContextCounts, c: string, neighbour: string, target: string) => {
    let counts = table.get(c);
    if (!counts) table.set(c, (counts = new Map()));
    bump(counts, neighbour, target);
  };
  for (const seg of aligned) {
    const src = seg[side];
    const dst = seg[side === 0 ? 1 : 0];
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (!ambiguous.has(c)) continue;
      if (i > 0) add(before, c, src[i - 1]!, dst[i]!);
      if (i + 1 < src.length) add(after, c, src[i + 1]!, dst[i]!);
    }
  }
  return { before, after };
}

/**
 * Rules for the neighbours of one side: neighbours next to which the majority counterpart is not the
 * usual one, with its margin over the runner-up. Neighbours that agree with the usual counterpart are
 * left out: measured on 10k documents of classical poetry, keeping them made the rule files 5× larger
 * and reproduced the corpus text less well (99.12% vs 99.26% of characters).
 */
function sideRules(byNeighbour: Counts | undefined, fallback: string): Record<string, [string, number]> {
  const rules: Record<string, [string, number]> = {};
  for (const neighbour of byNeighbour ? sortedKeys(byNeighbour) : []) {
    const targets = byNeighbour!.get(neighbour)!;
    const [target, n] = majority(targets, fallback);
    if (target === fallback) continue;
    let runnerUp = 0;
    for (const [t, m] of targets) if (t !== target) runnerUp = Math.max(runnerUp, m);
    if (n > runnerUp) rules[neighbour] = [target, n - runnerUp];
  }
  return rules;
}

/** Same character or a counterpart seen in aligned text (either direction). */
function corresponds(x: string, y: string, forward: Counts): boolean {
  return x === y || (forward.get(x)?.has(y) ?? false);
}

/** The differing middle of an unequal clause pair, once the corresponding prefix and suffix are removed. */
export function differingMiddle(a: readonly string[], b: readonly string[], forward: Counts): [string, string] | undefined {
  let p = 0;
  while (p < a.length && p < b.length && corresponds(a[p]!, b[p]!, forward)) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && corresponds(a[a.length - 1 - s]!, b[b.length - 1 - s]!, forward)) s++;
  const x = a.slice(p, a.length - s);
  const y = b.slice(p, b.length - s);
  if (x.length === 0 || y.length === 0 || x.length > MAX_PHRASE_LENGTH || y.length > MAX_PHRASE_LENGTH) return undefined;
  return [x.join(''), y.join('')];
}

function countOccurrences(texts: readonly string[], needle: string): number {
  let n = 0;
  for (const text of texts) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  }
  return n;
}

function sortedKeys<T>(map: Map<string, T>): string[] {
  return [...map.keys()].sort();
}

function directionData(from: Locale, to: Locale, pairs: Counts, aligned: [string[], string[]][], side: 0 | 1, phrases: Map<string, string>): DirectionData {
  const ambiguous = new Set([...pairs].filter(([, targets]) => targets.size > 1).map(([c]) => c));
  const contexts = countContexts(aligned, side, ambiguous);
  let chars = '';
  let contextChars = '';
  const rules = new Map<string, CharRules>();
  for (const c of sortedKeys(pairs)) {
    const [fallback] = majority(pairs.get(c)!, c);
    if (fallback !== c) chars += c + fallback;
    if (!ambiguous.has(c)) continue;
    const charRules: CharRules = { before: sideRules(contexts.before.get(c), fallback), after: sideRules(contexts.after.get(c), fallback) };
    if (Object.keys(charRules.before).length === 0 && Object.keys(charRules.after).length === 0) continue;
    contextChars += c;
    rules.set(c, charRules);
  }
  const phraseRecord: Record<string, string> = {};
  for (const key of sortedKeys(phrases)) phraseRecord[key] = phrases.get(key)!;
  return { table: { version: 1, from, to, chars, contextChars, phrases: phraseRecord }, rules };
}

/**
 * Phrases of one direction: a differing middle becomes a phrase when the corpus renders the source
 * text that way more often than not (互联网 is usually 互聯網, so only 網際網路 → 互联网 is kept).
 */
function choosePhrases(candidates: Counts, sourceTexts: readonly string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const source of sortedKeys(candidates)) {
    const [target, n] = majority(candidates.get(source)!);
    if (n * 2 > countOccurrences(sourceTexts, source)) chosen.set(source, target);
  }
  return chosen;
}

function charSet(texts: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const c of text) set.add(c);
  return set;
}

/** Characters the other script changes by default, split by whether this script uses them too. */
function triggersFor(otherToThis: ScriptMapData, thisScriptChars: Set<string>): ConversionTriggers {
  const sources = Array.from(otherToThis.chars).filter((_, i) => i % 2 === 0);
  return {
    exclusive: sources.filter((c) => !thisScriptChars.has(c)).join(''),
    shared: sources.filter((c) => thisScriptChars.has(c)).join(''),
  };
}

/** All conversion data from the corpus's block pairs (a pure function of its input). */
export function buildConversionData(pairList: readonly BlockPair[]): SearchConversionData {
  const { aligned, unequal, stats } = align(pairList);
  const hansPairs = countPairs(aligned, 0);
  const hantPairs = countPairs(aligned, 1);

  const hansPhraseCandidates: Counts = new Map();
  const hantPhraseCandidates: Counts = new Map();
  for (const [a, b] of unequal) {
    const middle = differingMiddle(a, b, hansPairs);
    if (!middle) continue;
    bump(hansPhraseCandidates, middle[0], middle[1]);
    bump(hantPhraseCandidates, middle[1], middle[0]);
  }
  const hansTexts = pairList.map((p) => p.hans);
  const hantTexts = pairList.map((p) => p.hant);

  const hansToHant = directionData('zh-Hans', 'zh-Hant', hansPairs, aligned, 0, choosePhrases(hansPhraseCandidates, hansTexts));
  const hantToHans = directionData('zh-Hant', 'zh-Hans', hantPairs, aligned, 1, choosePhrases(hantPhraseCandidates, hantTexts));
  return {
    hansToHant,
    hantToHans,
    triggers: {
      'zh-Hans': triggersFor(hantToHans.table, charSet(hansTexts)),
      'zh-Hant': triggersFor(hansToHant.table, charSet(hantTexts)),
    },
    stats,
  };
}
