/**
 * Fold a text to one script for comparing: every Traditional character becomes its first Simplified
 * counterpart in OpenCC's character table (發 → 发, 網 → 网). Not a conversion (no phrases, no word
 * boundaries, one-to-many characters take their first reading): only a key under which a Traditional copy
 * of a Simplified line compares equal to it, as a page that prints its body in both scripts has.
 */
import { TS_CHARACTERS } from './convert-dicts.ts';
import { scriptCounts } from './convert-detect.ts';

let table: Uint16Array | undefined;

/** Simplified unit of every BMP unit that has one (0 where none). */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (const [from, to] of TS_CHARACTERS) {
    const first = to.split(' ')[0] ?? '';
    if (from.length === 1 && first.length === 1) table[from.charCodeAt(0)] = first.charCodeAt(0);
  }
  return table;
}

export function foldToSimplified(text: string): string {
  const t = foldTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = t[text.charCodeAt(i)]!;
    if (to === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Whether texts hold both scripts in earnest (at least `min` characters only each script uses): only then
 *  can a line have a copy in the other script, and only then is folding worth its cost. */
export function holdsBothScripts(texts: readonly string[], min: number): boolean {
  let simplified = 0;
  let traditional = 0;
  for (const text of texts) {
    const counts = scriptCounts(text);
    simplified += counts.simplified;
    traditional += counts.traditional;
    if (simplified >= min && traditional >= min) return true;
  }
  return false;
}
