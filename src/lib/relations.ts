/**
 * "Related documents": how each relation found by the near-duplicate stage is presented.
 * Kinds: near-duplicate (another version of the same text), contains (this document includes text
 * of the other), contained-in (this document is excerpted in the other), related (shared passages).
 */
import type { UiStrings } from './i18n.ts';

export type RelationKind = 'near-duplicate' | 'contains' | 'contained-in' | 'related';

export interface RelationEntry {
  slug: string;
  kind: RelationKind;
  jaccard: number;
  /** Share of THIS document's text found in the other one. */
  containment: number;
  firstSharedBlock?: number;
}

/** Order of the groups on the page: the closest relations first. */
export const RELATION_ORDER: readonly RelationKind[] = ['near-duplicate', 'contains', 'contained-in', 'related'];

export function relationLead(t: UiStrings, kind: RelationKind): string {
  switch (kind) {
    case 'near-duplicate':
      return t.relatedNearDuplicate;
    case 'contains':
      return t.relatedContains;
    case 'contained-in':
      return t.relatedContainedIn;
    case 'related':
      return t.relatedRelated;
  }
}

/** Relations grouped by kind in RELATION_ORDER; within a group the most similar first, then by slug. */
export function groupRelations<T extends RelationEntry>(relations: readonly T[]): { kind: RelationKind; items: T[] }[] {
  return RELATION_ORDER.map((kind) => ({
    kind,
    items: relations
      .filter((r) => r.kind === kind)
      .sort((a, b) => b.containment - a.containment || b.jaccard - a.jaccard || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
  })).filter((g) => g.items.length > 0);
}
