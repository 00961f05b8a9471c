/**
 * Table-of-contents detection for the structure stage: a `目录`/`目錄` line followed by a run of short
 * heading-like lines, as white papers and ministry strategies print before the body. Pure.
 */
import { hasSentencePunctuation } from './structure-numbering.ts';
import { STRUCTURE, type StructureLimits } from './thresholds.ts';

export interface TocBlock {
  /** Index of the `目录` line and one past the last entry. */
  start: number;
  end: number;
  /** Every entry reappears later in the document: the block only repeats the headings (safe to drop). */
  redundant: boolean;
}

const TOC_HEADER = /^(?:目\s*[录錄]|目\s*次)\s*[:：]?$/u;
/** Dot leaders and page numbers after an entry: `一、总则……………3`. */
const PAGE_REFERENCE = /[\s.．·…_-]*[0-9０-９]*$/u;

/** Comparison key of an entry or heading: no spaces, no page reference, one width of brackets. */
function entryKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(PAGE_REFERENCE, '');
}

function isEntry(text: string, limits: StructureLimits): boolean {
  return text.length <= limits.tocEntryMaxChars && !hasSentencePunctuation(text) && entryKey(text) !== '';
}

/** The `目录` line at `start` and its entries; the run ends at a long line or at the first repeated entry (the body). */
function readToc(texts: string[], start: number, limits: StructureLimits): TocBlock | undefined {
  const seen = new Set<string>();
  let end = start + 1;
  while (end < texts.length) {
    const text = texts[end] ?? '';
    const key = entryKey(text);
    if (!isEntry(text, limits) || seen.has(key)) break;
    seen.add(key);
    end++;
  }
  if (end - start - 1 < limits.tocMinEntries) return undefined;
  const later = texts.slice(end).map(entryKey);
  const reappears = (key: string): boolean => later.some((line) => line === key || line.startsWith(key));
  return { start, end, redundant: [...seen].every(reappears) };
}

/** Every table of contents in the document, in order. */
export function findTocs(texts: string[], limits: StructureLimits = STRUCTURE): TocBlock[] {
  const blocks: TocBlock[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!TOC_HEADER.test((texts[i] ?? '').trim())) continue;
    const block = readToc(texts, i, limits);
    if (!block) continue;
    blocks.push(block);
    i = block.end - 1;
  }
  return blocks;
}
