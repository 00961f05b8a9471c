// PLACEHOLDER — to be replaced by the real dedupe stage (keep the exported signatures).
import type { WorkingDoc } from './types.ts';

/** Drop repeated bodies / repeated title and lede lines inside one document. */
export function dedupeWithin(doc: WorkingDoc): WorkingDoc {
  return doc;
}
