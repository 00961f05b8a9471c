/**
 * OpenCC dictionary data, read from opencc-js's bundled presets (browser-safe: no file system).
 *
 * opencc-js ships each OpenCC configuration (s2t, tw2sp, …) as a recipe: an optional segmentation
 * dictionary, then a chain of dictionary groups applied one after the other. This module
 *   - exposes those recipes under their OpenCC names (`RECIPES`),
 *   - names the individual dictionaries we need elsewhere (STCharacters, TSCharacters, TWPhrases, …)
 *     by finding them inside the recipes (opencc-js does not export them one by one),
 *   - derives from them the tables the converter needs: which characters are one-to-many
 *     (so a single-character fallback is a guess worth showing an editor), which dictionaries rewrite
 *     vocabulary rather than glyphs, and the character sets used to detect script and region.
 * Nothing here is hand-listed: every table is computed from the dictionaries.
 */
import { configs } from 'opencc-js/preset';
import { CONVERT } from './thresholds.ts';

/** One dictionary: pairs of (source text, replacement). */
export type Dict = ReadonlyArray<readonly [string, string]>;

/** A dictionary as opencc-js stores it: "a b|c d" or a list of pairs. */
type RawDict = string | ReadonlyArray<readonly [string, string]>;

interface RawRecipe {
  normalizationChain?: RawDict[][];
  segmentation?: RawDict | RawDict[];
  conversionChain: RawDict[][];
}

/** The 16 OpenCC configurations the official test cases use. */
export const CONFIG_NAMES = [
  's2t', 's2tw', 's2twp', 's2hk', 's2hkp',
  't2s', 'tw2s', 'tw2sp', 'hk2s', 'hk2sp',
  't2tw', 't2hk', 'tw2t', 'hk2t', 'jp2t', 't2jp',
] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

/** A dictionary with its role: 'vocab' dictionaries rewrite words (軟件→軟體), 'glyph' ones only characters. */
export interface NamedDict {
  entries: Dict;
  kind: 'glyph' | 'vocab';
}

/** One step of a configuration: dictionaries applied together by longest match. */
export interface RecipeGroup {
  dicts: NamedDict[];
  /** True for the group holding the Simplified↔Traditional character dictionary (where project entries go). */
  main: boolean;
  /** True for the Simplified→Traditional character group, where one character has several Traditional forms. */
  splits: boolean;
  /** True when the group rewrites vocabulary (軟件→軟體), not only characters. */
  vocab: boolean;
  /** Characters whose single-character fallback in this group is a guess, with candidates (default first). */
  ambiguous: Map<string, string[]> | null;
}

/** A configuration: dictionaries that cut the text into segments, then groups applied in order. */
export interface Recipe {
  normalization: RecipeGroup[];
  segmentation: NamedDict[];
  chain: RecipeGroup[];
}

const RAW = configs as unknown as Record<ConfigName, RawRecipe>;
const parsedCache = new Map<RawDict, Dict>();

function parseDict(raw: RawDict): Dict {
  const cached = parsedCache.get(raw);
  if (cached) return cached;
  const pairs: [string, string][] = [];
  if (typeof raw === 'string') {
    for (const line of raw.split('|')) {
      const space = line.indexOf(' ');
      if (space > 0) pairs.push([line.slice(0, space), line.slice(space + 1)]);
    }
  } else {
    for (const [from, to] of raw) pairs.push([from, to]);
  }
  parsedCache.set(raw, pairs);
  return pairs;
}

function rawGroup(name: ConfigName, group: number): RawDict[] {
  return RAW[name].conversionChain[group] ?? [];
}

function rawAt(name: ConfigName, group: number, index: number): RawDict {
  const dict = rawGroup(name, group)[index];
  if (dict === undefined) throw new Error(`opencc-js preset ${name} has no dictionary ${group}/${index}`);
  return dict;
}

/** Dictionaries present in the phrase-rewriting configuration but not in its glyph-only twin. */
function vocabularyOnly(phraseConfig: ConfigName, glyphConfig: ConfigName): Set<RawDict> {
  const glyph = new Set(RAW[glyphConfig].conversionChain.flat());
  return new Set(RAW[phraseConfig].conversionChain.flat().filter((d) => !glyph.has(d)));
}

// Vocabulary dictionaries (TWPhrases, TWPhrasesRev, HKPhrases, HKPhrasesRev) are those that only the
// "p" configurations add on top of their glyph-only twins.
const VOCAB = new Set<RawDict>([
  ...vocabularyOnly('s2twp', 's2tw'),
  ...vocabularyOnly('tw2sp', 'tw2s'),
  ...vocabularyOnly('s2hkp', 's2hk'),
  ...vocabularyOnly('hk2sp', 'hk2s'),
]);

function named(raw: RawDict): NamedDict {
  return { entries: parseDict(raw), kind: VOCAB.has(raw) ? 'vocab' : 'glyph' };
}

function segmentationOf(recipe: RawRecipe): RawDict[] {
  if (recipe.segmentation === undefined) return [];
  if (Array.isArray(recipe.segmentation) && recipe.segmentation.every((d) => typeof d === 'string')) {
    return recipe.segmentation as RawDict[];
  }
  return [recipe.segmentation as RawDict];
}

function group(raws: RawDict[]): RecipeGroup {
  const has = (raw: RawDict) => raws.includes(raw);
  let ambiguous: Map<string, string[]> | null = null;
  if (has(ST_CHARACTERS_RAW)) ambiguous = SIMPLIFIED_AMBIGUOUS;
  else if (has(TS_CHARACTERS_RAW)) ambiguous = TRADITIONAL_AMBIGUOUS;
  else if (has(TW_VARIANTS_REV_RAW)) ambiguous = TW_VARIANT_AMBIGUOUS;
  const dicts = raws.map(named);
  return {
    dicts,
    main: has(ST_CHARACTERS_RAW) || has(TS_CHARACTERS_RAW),
    splits: has(ST_CHARACTERS_RAW),
    vocab: dicts.some((d) => d.kind === 'vocab'),
    ambiguous,
  };
}

/** The recipe of an OpenCC configuration, as opencc-js ships it. */
/** A configuration's dictionaries; `sitePolicy` adds the site's one change to a chain (see ConvertOptions). */
export function recipe(name: ConfigName, sitePolicy = false): Recipe {
  const raw = RAW[name];
  const chain = raw.conversionChain.map(group);
  // Hong Kong pages often write the particle 着 as Taiwan does (隨著, 意味著), which hk2s keeps as 著 by
  // design (OpenCC issue 767): the site reads it first with tw2s's variant step (著名, 著作 stay 著).
  if (sitePolicy && (name === 'hk2s' || name === 'hk2sp')) chain.unshift(group(rawGroup('tw2s', 0)));
  return {
    normalization: (raw.normalizationChain ?? []).map(group),
    segmentation: segmentationOf(raw).map(named),
    chain,
  };
}

function toMap(dict: Dict): Map<string, string> {
  return new Map(dict.map(([k, v]) => [k, v] as [string, string]));
}

// Named dictionaries, located by their place in well-known recipes (see the opencc-js preset).
const ST_CHARACTERS_RAW = rawAt('s2t', 0, 2);
const TS_CHARACTERS_RAW = rawAt('t2s', 0, 1);
const TW_VARIANTS_REV_RAW = rawAt('tw2t', 0, 1);
export const ST_PHRASES = parseDict(rawAt('s2t', 0, 0));
export const ST_CHARACTERS = toMap(parseDict(ST_CHARACTERS_RAW));
export const TS_PHRASES = parseDict(rawAt('t2s', 0, 0));
export const TS_CHARACTERS = toMap(parseDict(TS_CHARACTERS_RAW));
export const TW_VARIANTS = toMap(parseDict(rawAt('t2tw', 0, 1)));
export const TW_VARIANTS_REV = toMap(parseDict(TW_VARIANTS_REV_RAW));
export const TW_VARIANTS_REV_PHRASES = parseDict(rawAt('tw2t', 0, 0));
export const HK_VARIANTS = toMap(parseDict(rawAt('t2hk', 0, 1)));
export const HK_VARIANTS_REV = toMap(parseDict(rawAt('hk2t', 0, 1)));
/** Mainland word (OpenCC standard Traditional) → Taiwan word, e.g. 網絡→網路, 軟件→軟體. */
export const TW_PHRASES = parseDict(rawAt('s2twp', 1, 0));
/** Mainland word → Hong Kong word. */
export const HK_PHRASES = parseDict(rawAt('s2hkp', 1, 0));

function charsOf(values: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const v of values) for (const ch of v) set.add(ch);
  return set;
}

/** Every character that appears on the Traditional side of the Simplified→Traditional dictionaries. */
const TRADITIONAL_CHARS = charsOf([
  ...ST_PHRASES.map(([, v]) => v),
  ...ST_CHARACTERS.values(),
]);

/** Every character that appears on the Simplified side of the Traditional→Simplified phrases. */
const SIMPLIFIED_KEPT_CHARS = charsOf(TS_PHRASES.map(([, v]) => v));

/** OpenCC standard form of a regional glyph (説→說, 啟→啓), or the character itself. */
function standardForm(ch: string): string {
  return TW_VARIANTS_REV.get(ch) ?? HK_VARIANTS_REV.get(ch) ?? ch;
}

/** Candidates that are distinct characters, not regional glyphs of one character (說/説 count once). */
function distinctCharacters(candidates: string[]): string[] {
  const seen = new Set<string>();
  return candidates.filter((ch) => {
    const key = standardForm(ch);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How often each form of `char` appears, position by position, on the output side of `phrases`. */
function formsInPhrases(char: string, phrases: Dict): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [key, value] of phrases) {
    if (!key.includes(char)) continue;
    const from = [...key];
    const to = [...value];
    if (from.length !== to.length) continue;
    from.forEach((ch, i) => {
      if (ch === char) counts.set(to[i]!, (counts.get(to[i]!) ?? 0) + 1);
    });
  }
  return counts;
}

/** Words containing each character, so that phrase statistics do not rescan the whole dictionary. */
function phrasesByChar(phrases: Dict, chars: Set<string>): Map<string, [string, string][]> {
  const index = new Map<string, [string, string][]>();
  for (const [key, value] of phrases) {
    for (const ch of new Set(key)) {
      if (!chars.has(ch)) continue;
      const list = index.get(ch) ?? [];
      list.push([key, value]);
      index.set(ch, list);
    }
  }
  return index;
}

/**
 * A non-default form is a real alternative when OpenCC's own phrases choose it often enough (发: 髮 in 366
 * phrases), not when it is only a variant glyph nobody outputs (产: 産 in none) or a rare literary form
 * (个: 箇 in 4 % of the phrases with 个 is kept, 万: 万 in 0.4 % is not).
 */
function realAlternatives(fallback: string, forms: string[], counts: Map<string, number>): string[] {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const real = forms.filter((f) => {
    const n = counts.get(f) ?? 0;
    return f !== fallback && n >= CONVERT.ambiguityMinPhrases && n >= CONVERT.ambiguityMinShare * total;
  });
  return [fallback, ...real];
}

/**
 * Simplified characters with several Traditional counterparts (发→發/髮, 于→於/于, 里→裏/裡/里), derived
 * by inverting TSCharacters: every Traditional character that simplifies to the same character, and the
 * character itself, is a possible form; forms OpenCC's phrase list actually chooses are the candidates.
 * The first candidate is OpenCC's default (STCharacters).
 */
function buildSimplifiedAmbiguities(): Map<string, string[]> {
  const sources = new Map<string, Set<string>>();
  for (const [trad, simp] of TS_CHARACTERS) {
    if ([...simp].length !== 1 || [...trad].length !== 1) continue;
    const set = sources.get(simp) ?? new Set<string>([simp]);
    set.add(trad);
    sources.set(simp, set);
  }
  const index = phrasesByChar(ST_PHRASES, new Set(sources.keys()));
  const table = new Map<string, string[]>();
  for (const [simp, forms] of sources) {
    const fallback = ST_CHARACTERS.get(simp) ?? simp;
    const candidates = realAlternatives(fallback, [...forms], formsInPhrases(simp, index.get(simp) ?? []));
    const distinct = distinctCharacters(candidates);
    if (distinct.length > 1) table.set(simp, distinct);
  }
  return table;
}

/**
 * Traditional characters that a character dictionary maps to one form while its own phrase dictionary
 * keeps them in some words (乾→干 but 乾隆; 著→着 but 著作): a single-character fallback on them is a guess.
 */
function buildKeptAmbiguities(chars: Map<string, string>, phrases: Dict): Map<string, string[]> {
  const index = phrasesByChar(phrases, new Set(chars.keys()));
  const table = new Map<string, string[]>();
  for (const [from, to] of chars) {
    if (from === to || !index.has(from)) continue;
    const candidates = realAlternatives(to, [from], formsInPhrases(from, index.get(from)!));
    if (candidates.length > 1) table.set(from, candidates);
  }
  return table;
}

/** Simplified → candidates (default first). */
export const SIMPLIFIED_AMBIGUOUS = buildSimplifiedAmbiguities();
/** Traditional → candidates (default first), for the Traditional→Simplified step. */
export const TRADITIONAL_AMBIGUOUS = buildKeptAmbiguities(TS_CHARACTERS, TS_PHRASES);
/** Taiwan glyph → candidates (default first), for the Taiwan-variant normalisation step (著→着 / 著). */
export const TW_VARIANT_AMBIGUOUS = new Map(
  [...buildKeptAmbiguities(TW_VARIANTS_REV, TW_VARIANTS_REV_PHRASES)].filter(
    // 參/蔘 or 吃/喫 end up as one Simplified character either way: only 著/着 stays a real choice.
    ([, candidates]) => new Set(candidates.map((c) => TS_CHARACTERS.get(c) ?? c)).size > 1,
  ),
);

/** Characters only Simplified text uses (they change under Simplified→Traditional and are not Traditional). */
export const SIMPLIFIED_ONLY = new Set(
  [...ST_CHARACTERS.keys()].filter((ch) => !TRADITIONAL_CHARS.has(ch) && !TS_CHARACTERS.has(ch)),
);

/** Characters only Traditional text uses (they change under Traditional→Simplified and are not Simplified). */
export const TRADITIONAL_ONLY = new Set(
  [...TS_CHARACTERS.keys()].filter((ch) => !SIMPLIFIED_KEPT_CHARS.has(ch) && !ST_CHARACTERS.has(ch)),
);

function regionalGlyphs(variants: Map<string, string>, reverse: Map<string, string>): Set<string> {
  const set = new Set<string>();
  for (const [standard, regional] of variants) if (standard !== regional) set.add(regional);
  for (const [regional, standard] of reverse) if (standard !== regional) set.add(regional);
  return set;
}

const TW_GLYPHS_ALL = regionalGlyphs(TW_VARIANTS, TW_VARIANTS_REV);
const HK_GLYPHS_ALL = regionalGlyphs(HK_VARIANTS, HK_VARIANTS_REV);
/** Regional glyphs of one standard that neither the other standard nor OpenCC's standard Traditional uses. */
function distinctive(own: Set<string>, other: Set<string>): Set<string> {
  return new Set([...own].filter((ch) => !other.has(ch) && !TRADITIONAL_CHARS.has(ch) && !SIMPLIFIED_ONLY.has(ch)));
}
/** Glyphs only the Taiwan standard uses (裡 …). */
export const TW_ONLY_GLYPHS = distinctive(TW_GLYPHS_ALL, HK_GLYPHS_ALL);
/** Glyphs only the Hong Kong standard uses (説, 綫, 衞 …). */
export const HK_ONLY_GLYPHS = distinctive(HK_GLYPHS_ALL, TW_GLYPHS_ALL);
