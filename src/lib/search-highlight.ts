/**
 * Finding search terms in a document's text for the highlight on opening a result (?highlight=…).
 * Works on the text of consecutive text nodes, so a hit that crosses an element boundary is still
 * found; each hit is returned as the pieces of the nodes it covers.
 */

export interface TextPiece {
  /** Index of the text node. */
  node: number;
  start: number;
  end: number;
}

/** Most hits marked in one document: enough to read, bounded for a term like 的. */
export const MAX_HITS = 500;

/** Terms from the URL: trimmed, non-empty, longest first (so 网络主权 wins over 网络 where both match). */
export function cleanTerms(raw: readonly string[]): string[] {
  const terms = raw.map((t) => t.replace(/[\s\u3000]+/g, ' ').trim()).filter((t) => t.length > 0 && t.length <= 100);
  return [...new Set(terms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Non-overlapping [start, end) ranges of the terms in `text`, in text order. Case-insensitive for Latin. */
export function findRanges(text: string, terms: readonly string[], max = MAX_HITS): [number, number][] {
  const haystack = text.toLowerCase();
  const sameLength = haystack.length === text.length;
  const found: [number, number][] = [];
  for (const term of cleanTerms(terms)) {
    const needle = sameLength ? term.toLowerCase() : term;
    const source = sameLength ? haystack : text;
    for (let at = source.indexOf(needle); at >= 0 && found.length < max * 4; at = source.indexOf(needle, at + needle.length)) {
      found.push([at, at + needle.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const ranges: [number, number][] = [];
  for (const r of found) {
    const last = ranges[ranges.length - 1];
    if (last && r[0] < last[1]) continue;
    ranges.push(r);
    if (ranges.length >= max) break;
  }
  return ranges;
}

/** Hits over several text nodes: each hit as the node pieces it covers. */
export function findHits(texts: readonly string[], terms: readonly string[], max = MAX_HITS): TextPiece[][] {
  const starts: number[] = [];
  let total = 0;
  for (const t of texts) {
    starts.push(total);
    total += t.length;
  }
  const ranges = findRanges(texts.join(''), terms, max);
  const hits: TextPiece[][] = [];
  let node = 0;
  for (const [from, to] of ranges) {
    while (node + 1 < texts.length && starts[node + 1]! <= from) node++;
    const pieces: TextPiece[] = [];
    for (let n = node; n < texts.length && starts[n]! < to; n++) {
      const start = Math.max(from, starts[n]!) - starts[n]!;
      const end = Math.min(to, starts[n]! + texts[n]!.length) - starts[n]!;
      if (end > start) pieces.push({ node: n, start, end });
    }
    hits.push(pieces);
  }
  return hits;
}
