/**
 * URL keys for document sources (publishers, news agencies, sites): /zh-hans/source/<key>/.
 * The key is derived from the Simplified name, so both scripts share it: 新华社 / 新華社 → xin-hua-she.
 */
import { romanize } from '../../scripts/pipeline/slug.ts';

/** Syllables kept in a key: enough to read, short enough for a URL. */
const MAX_WORDS = 10;

/** FNV-1a over UTF-16 code units: a tiny deterministic hash for collision suffixes. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** A source name → lowercase ASCII words joined by '-' (pinyin for Han characters, as document slugs). */
export function sourceSlug(name: string): string {
  const slug = romanize(name, MAX_WORDS);
  return slug || `source-${fnv1a(name)}`;
}

/**
 * Keys for a set of source names. Names whose slugs collide (homophones, names that differ only in
 * punctuation or beyond MAX_WORDS syllables) all get a hash suffix of their own name, so the result
 * does not depend on the order in which names are seen.
 */
export function sourceKeys(names: Iterable<string>): Map<string, string> {
  const unique = [...new Set(names)].sort();
  const bases = new Map(unique.map((n) => [n, sourceSlug(n)] as const));
  const counts = new Map<string, number>();
  for (const b of bases.values()) counts.set(b, (counts.get(b) ?? 0) + 1);
  const keys = new Map<string, string>();
  for (const [name, base] of bases) keys.set(name, (counts.get(base) ?? 0) > 1 ? `${base}-${fnv1a(name)}` : base);
  return keys;
}
