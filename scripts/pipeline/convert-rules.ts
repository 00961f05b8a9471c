/**
 * Editor rules for conversion (browser-safe):
 *  - the project dictionary (conversion-dictionary.ts) compiled into engine entries for each direction;
 *  - a document's sidecar rules: `keep` spans copied unchanged into both scripts (like Wikipedia's
 *    -{…}-), and `hans`/`hant` maps that replace text in the Simplified / Traditional output.
 */
import { CONVERSION_DICTIONARY, type ConversionEntry } from './conversion-dictionary.ts';
import { TW_VARIANTS_REV } from './convert-dicts.ts';
import type { ExtraEntries } from './convert-engine.ts';

export type Direction = 'toHant' | 'toHans';

/** A word in OpenCC's standard Traditional glyphs (裡→裏, 為→爲), as the steps after a Taiwan-variant step see it. */
function standardGlyphs(word: string): string {
  return Array.from(word, (ch) => TW_VARIANTS_REV.get(ch) ?? ch).join('');
}

/** Engine entries for one direction of a dictionary of reviewed pairs. */
export function compileDictionary(entries: readonly ConversionEntry[], direction: Direction): ExtraEntries {
  const main: [string, string][] = [];
  const protect: [string, string][] = [];
  for (const e of entries) {
    if (e.only && e.only !== direction) continue;
    if (direction === 'toHant') {
      main.push([e.hans, e.hant]);
      continue;
    }
    // Traditional text reaches the character step in its own glyphs (t2s) or in standard glyphs (tw2s).
    for (const key of new Set([e.hant, standardGlyphs(e.hant)])) {
      main.push([key, e.hans]);
      protect.push([key, key]);
    }
  }
  return { main, protect };
}

const compiled = new Map<string, ExtraEntries>();

/** The project dictionary compiled for one direction (cached). */
export function projectEntries(direction: Direction): ExtraEntries {
  let entries = compiled.get(direction);
  if (!entries) {
    entries = compileDictionary(CONVERSION_DICTIONARY, direction);
    compiled.set(direction, entries);
  }
  return entries;
}

/** frozen[i] = 1 for every unit of every occurrence of a kept span (longest spans first). */
export function keepMask(text: string, keep: readonly string[] | undefined): Uint8Array | undefined {
  const spans = (keep ?? []).filter((s) => s.length > 0);
  if (spans.length === 0) return undefined;
  const mask = new Uint8Array(text.length);
  for (const span of [...spans].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + span.length)) mask.fill(1, at, at + span.length);
  }
  return mask;
}

/** One replacement made in an output text. */
export interface Replacement {
  /** Position and length of the replaced text in the text before replacing. */
  at: number;
  from: string;
  to: string;
}

/**
 * Replace every occurrence of each `from` by its `to`, scanning left to right and preferring the longest
 * `from` at a position; replaced text is not scanned again.
 */
export function replaceAll(text: string, map: Record<string, string> | undefined): { text: string; replacements: Replacement[] } {
  const keys = Object.keys(map ?? {}).filter((k) => k.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!map || keys.length === 0) return { text, replacements: [] };
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let i = 0;
  while (i < text.length) {
    const from = keys.find((k) => text.startsWith(k, i));
    if (from === undefined) {
      parts.push(text[i]!);
      i++;
      continue;
    }
    const to = map[from]!;
    parts.push(to);
    replacements.push({ at: i, from, to });
    i += from.length;
  }
  return { text: parts.join(''), replacements };
}
