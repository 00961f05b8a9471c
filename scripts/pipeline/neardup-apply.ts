/**
 * Applies the near-duplicate stage (neardup.ts) to the pipeline's documents: near-duplicates are merged
 * into the most complete version (the others' slugs become aliases that redirect to it, their sources join
 * its provenance), and containment / related links are recorded on both documents.
 * Comparison is on Simplified text, so a Traditional repost of a Simplified original is found too.
 */
import type { PipelineDoc } from './index.ts';
import { findRelations, relationsAfterMerges, type PairMemo, type VerifiedPair } from './neardup.ts';
import type { MergeReport, PairReportEntry } from './report.ts';

export interface NearDupResult {
  live: PipelineDoc[];
  mergedAway: PipelineDoc[];
  merges: MergeReport[];
  pairs: PairReportEntry[];
  /** Candidate pairs verified this run (the next run's memo). */
  verified: Map<string, VerifiedPair>;
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

export function applyNearDuplicates(docs: PipelineDoc[], memo?: PairMemo): NearDupResult {
  // Block positions must match the page anchors (p<n>/h<n> over the visible blocks: keys.paragraphs).
  const result = findRelations(
    docs.map((d) => ({ slug: d.slug, paragraphs: d.keys.paragraphs, chars: d.keys.chars, sketch: d.keys.sketch, contentKey: d.keys.paragraphsHash })),
    {},
    memo,
  );
  const bySlug = new Map(docs.map((d) => [d.slug, d]));
  // Position of each verified pair by its two slugs (first occurrence), so each merge finds its pair
  // without scanning all pairs: at 100k documents that scan made this stage quadratic.
  const pairAt = new Map<string, number>();
  result.pairs.forEach((p, i) => {
    if (!pairAt.has(pairKey(p.a, p.b))) pairAt.set(pairKey(p.a, p.b), i);
  });
  const mergedAway: PipelineDoc[] = [];
  const merges: MergeReport[] = [];

  for (const m of result.merges) {
    const survivor = bySlug.get(m.survivor)!;
    const from: MergeReport['from'] = [];
    for (const slug of m.merged) {
      const other = bySlug.get(slug)!;
      mergedAway.push(other);
      survivor.sources.push(...other.sources);
      survivor.segments.push(...other.segments);
      survivor.aliases.push(other.slug, ...other.aliases);
      for (const s of other.segments) from.push({ file: s.file, segment: s.index, title: other.converted.hans.meta.title, chars: other.keys.chars });
    }
    // The first verified pair (in the pairs' order) joining the survivor to one of the merged versions.
    let first = Infinity;
    for (const slug of m.merged) first = Math.min(first, pairAt.get(pairKey(m.survivor, slug)) ?? Infinity, pairAt.get(pairKey(slug, m.survivor)) ?? Infinity);
    const pair = result.pairs[first];
    merges.push({ into: survivor.slug, kind: 'near-duplicate', from, jaccard: pair?.jaccard });
  }

  const relations = relationsAfterMerges(result);
  const gone = new Set(mergedAway.map((d) => d.slug));
  const live = docs.filter((d) => !gone.has(d.slug));
  for (const d of live) {
    const own = new Set(d.aliases);
    // A merged version is listed in provenance (sources, aliases), not linked as another document.
    d.relations = (relations.get(d.slug) ?? []).filter((r) => !own.has(r.slug) && !gone.has(r.slug));
  }

  return { live, mergedAway, merges, pairs: result.pairs, verified: result.verified };
}
