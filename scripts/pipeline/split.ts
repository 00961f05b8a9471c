// PLACEHOLDER — to be replaced by the real split stage (keep the exported signature).
import type { DecodedFile, SplitResult } from './types.ts';

export function split(file: DecodedFile): SplitResult {
  const lines = file.text.split('\n').map((text, i) => ({ no: i + 1, text }));
  return { segments: [{ file: file.name, index: 0, lines }], rejected: [] };
}
