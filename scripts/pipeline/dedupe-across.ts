/**
 * dedupe (across documents): merge documents that are exact duplicates after normalisation —
 * the same text saved twice, or once in each script (both sides are compared in Simplified).
 * The survivor keeps every source file in its provenance.
 */

/** Whitespace and punctuation differ between scrapes of the same page; letters, digits and Han do not. */
export function normalizeForCompare(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

export interface MergeCandidate {
  /** Whole body (headings + paragraphs) in Simplified script. */
  hansBody: string;
  /** Deterministic tie-break key, e.g. "<file>#<segment index>". */
  key: string;
  /**
   * What equal documents share, when the caller has it already: normalizeForCompare(hansBody) or a hash
   * of it ('' for a body with nothing to compare). hansBody is then not read.
   */
  compareKey?: string;
}

export interface ExactMerge {
  survivor: number;
  merged: number[];
}

/** Group candidates by normalised body; the survivor is the earliest by key. Pure and order-independent. */
export function findExactDuplicates(docs: MergeCandidate[]): ExactMerge[] {
  const groups = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const norm = d.compareKey ?? normalizeForCompare(d.hansBody);
    if (!norm) return;
    const g = groups.get(norm);
    if (g) g.push(i);
    else groups.set(norm, [i]);
  });
  const merges: ExactMerge[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((a, b) => (docs[a]!.key < docs[b]!.key ? -1 : 1));
    merges.push({ survivor: sorted[0]!, merged: sorted.slice(1) });
  }
  return merges.sort((a, b) => a.survivor - b.survivor);
}
