/**
 * Stable, ASCII, human-readable slugs derived from the document itself (never from file order):
 *   <date>-<pinyin of the first title syllables>   e.g. 2022-11-07-xie-shou-gou-jian-wang-luo-kong-jian
 * Without a title the slug falls back to a content hash. Collisions get a content-hash suffix,
 * so the slug of one document does not depend on which other documents are in the corpus.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** Syllables of the title kept in the slug: long enough to read, short enough for a URL. */
const MAX_SYLLABLES = 8;

/** Hex SHA-256 of a text (slug suffixes are its prefixes). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}


/** Title → lowercase ASCII words joined by '-' (pinyin for Han characters, both scripts). */
export function romanize(title: string, maxWords = MAX_SYLLABLES): string {
  const parts = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  const words: string[] = [];
  for (const part of parts) {
    const ascii = part
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    for (const w of ascii.split(' ')) if (w) words.push(w);
    if (words.length >= maxWords) break;
  }
  return words.slice(0, maxWords).join('-');
}

export interface SlugInput {
  /** Title in Simplified script (so both scripts of a document share the slug). */
  title?: string;
  date?: string;
  /** Body text in Simplified script; used for the fallback and for collision suffixes. */
  body: string;
  /** contentHash(body), when the caller has it already (the body is then not read). */
  bodyHash?: string;
  /** baseSlug(this document), when the caller has it already. */
  base?: string;
}

function bodyHash(doc: SlugInput, length: number): string {
  return (doc.bodyHash ?? contentHash(doc.body)).slice(0, length);
}

export function baseSlug(doc: SlugInput): string {
  if (doc.base !== undefined) return doc.base;
  const words = doc.title ? romanize(doc.title) : '';
  const date = doc.date && /^\d{4}(-\d{2}){0,2}$/.test(doc.date) ? doc.date : '';
  const stem = [date, words].filter(Boolean).join('-');
  return stem || `doc-${bodyHash(doc, 8)}`;
}

/**
 * Assign unique slugs. Documents whose base slugs collide all get a body-hash suffix,
 * which does not depend on input order.
 */
export function assignSlugs(docs: SlugInput[], forced: (string | undefined)[] = []): string[] {
  const bases = docs.map((d, i) => forced[i] ?? baseSlug(d));
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  const slugs = bases.map((b, i) => ((counts.get(b) ?? 0) > 1 && !forced[i] ? `${b}-${bodyHash(docs[i]!, 6)}` : b));
  // Identical bodies under identical titles are merged before this point; guard anyway.
  const seen = new Map<string, number>();
  return slugs.map((s) => {
    const n = (seen.get(s) ?? 0) + 1;
    seen.set(s, n);
    return n === 1 ? s : `${s}-${n}`;
  });
}

/** A forced slug from a sidecar must be URL-safe ASCII. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120;
}
