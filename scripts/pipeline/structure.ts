// PLACEHOLDER — to be replaced by the real structure stage (keep the exported signature).
import type { DocMetadata, StructuredDoc, WorkingDoc } from './types.ts';

export function structure(doc: WorkingDoc, meta: DocMetadata): StructuredDoc {
  return {
    file: doc.file,
    index: doc.index,
    meta,
    blocks: doc.lines.map((l) => ({ type: 'paragraph' as const, text: l.text.trim() })),
    removed: doc.removed,
  };
}
