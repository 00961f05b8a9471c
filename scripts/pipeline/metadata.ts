// PLACEHOLDER — to be replaced by the real metadata stage (keep the exported signature).
import type { MetadataResult, WorkingDoc } from './types.ts';

export function extractMetadata(doc: WorkingDoc): MetadataResult {
  const [first, ...rest] = doc.lines;
  return { doc: { ...doc, lines: rest }, meta: { title: doc.titleHint ?? first?.text.trim() } };
}
