/**
 * Browser: convert a search query typed in the other script into the page's script, with the
 * corpus-derived data built by src/lib/search-map.ts. Pagefind keeps one index per script and never
 * matches 網絡 against 网络, so a query has to be in the script of the index it searches.
 *
 * Whether a query needs converting is decided from the page's embedded trigger characters, so the
 * conversion data is fetched only for queries that hold a character of the other script.
 */
import type { CharRules, ConversionTriggers, ScriptMapData } from './search-map.ts';

export type { CharRules, ConversionTriggers, ScriptMapData };

/**
 * - `none`: the query is in the page's script (or in neither): search it as typed.
 * - `convert`: it holds characters only the other script uses (網, 發): search the converted query.
 * - `both`: it only holds characters both scripts use that the other script usually writes otherwise
 *   (干, 后): it may be either, so search it as typed and converted, and merge.
 */
export type ConversionNeed = 'none' | 'convert' | 'both';

export function conversionNeed(query: string, triggers: ConversionTriggers): ConversionNeed {
  let shared = false;
  for (const c of query) {
    if (triggers.exclusive.includes(c)) return 'convert';
    if (triggers.shared.includes(c)) shared = true;
  }
  return shared ? 'both' : 'none';
}

/** ScriptMapData decoded into lookup tables; context rules are added as they are fetched. */
export interface ScriptMap {
  chars: Map<string, string>;
  /** Characters that have context rules (fetch them before converting a query that holds one). */
  contextChars: Set<string>;
  rules: Map<string, CharRules>;
  phrases: Map<string, string>;
  /** Longest phrase, in characters. */
  longestPhrase: number;
}

export function compileScriptMap(data: ScriptMapData): ScriptMap {
  const chars = new Map<string, string>();
  const pairs = Array.from(data.chars);
  for (let i = 0; i + 1 < pairs.length; i += 2) chars.set(pairs[i]!, pairs[i + 1]!);
  const phrases = new Map(Object.entries(data.phrases));
  let longestPhrase = 0;
  for (const p of phrases.keys()) longestPhrase = Math.max(longestPhrase, Array.from(p).length);
  return { chars, contextChars: new Set(Array.from(data.contextChars)), rules: new Map(), phrases, longestPhrase };
}

/** Characters of the query whose context rules are needed and not loaded yet. */
export function missingRules(query: string, map: ScriptMap): string[] {
  return [...new Set(Array.from(query))].filter((c) => map.contextChars.has(c) && !map.rules.has(c));
}

/** Own-property lookup (neighbours such as "constructor" must not hit Object.prototype). */
function ruleFor(side: Record<string, [string, number]>, neighbour: string | undefined): [string, number] | undefined {
  return neighbour !== undefined && Object.hasOwn(side, neighbour) ? side[neighbour] : undefined;
}

/** One character, chosen by its neighbours in the query when the corpus says they matter. */
function convertChar(map: ScriptMap, chars: readonly string[], i: number): string {
  const c = chars[i]!;
  const rules = map.rules.get(c);
  if (rules) {
    const before = ruleFor(rules.before, chars[i - 1]);
    const after = ruleFor(rules.after, chars[i + 1]);
    const chosen = before && after ? (before[1] >= after[1] ? before : after) : (before ?? after);
    if (chosen) return chosen[0];
  }
  return map.chars.get(c) ?? c;
}

/** The longest phrase of the table starting at `i`, if any: [its length, its replacement]. */
function phraseAt(map: ScriptMap, chars: readonly string[], i: number): [number, string] | undefined {
  for (let len = Math.min(map.longestPhrase, chars.length - i); len >= 2; len--) {
    const target = map.phrases.get(chars.slice(i, i + len).join(''));
    if (target !== undefined) return [len, target];
  }
  return undefined;
}

/** The query in the target script. Characters the corpus never wrote differently stay as typed. */
export function convertQuery(query: string, map: ScriptMap): string {
  const chars = Array.from(query);
  let out = '';
  for (let i = 0; i < chars.length; ) {
    const phrase = phraseAt(map, chars, i);
    if (phrase) {
      out += phrase[1];
      i += phrase[0];
    } else {
      out += convertChar(map, chars, i);
      i += 1;
    }
  }
  return out;
}
