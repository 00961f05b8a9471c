// PENDING — wired to the near-duplicate stage (neardup.ts) once it lands.
import type { MergeReport, PairReportEntry } from './report.ts';

export interface NearDupResult<D> {
  live: D[];
  mergedAway: D[];
  merges: MergeReport[];
  pairs: PairReportEntry[];
}

export function applyNearDuplicates<D>(docs: D[], _chars: (d: D) => number): NearDupResult<D> {
  return { live: docs, mergedAway: [], merges: [], pairs: [] };
}
