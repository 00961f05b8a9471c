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
const LEADER_CHAR = /[\s.．·…_-]/u;
const PAGE_NUMBER_CHAR = /[0-9０-９]/u;

/** The text without its page reference: trailing page-number digits, then the leader before them. Read
 *  from the end, so a long run of dots or dashes inside a line costs one pass (a `[…]*[0-9]*$` pattern
 *  would retry at every character of the run). */
function withoutPageReference(text: string): string {
  let end = text.length;
  while (end > 0 && PAGE_NUMBER_CHAR.test(text.charAt(end - 1))) end--;
  while (end > 0 && LEADER_CHAR.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Comparison key of an entry or heading: no spaces, no page reference, one width of brackets. */
function entryKey(text: string): string {
  return withoutPageReference(text.normalize('NFKC').replace(/\s+/gu, ''));
}

/** Short and no sentence; measured without its dot leader and page number, which can be long. */
function isEntry(text: string, key: string, limits: StructureLimits): boolean {
  return key.length <= limits.tocEntryMaxChars && !hasSentencePunctuation(text) && key !== '';
}

/** A table of contents found, with the keys of its entries. */
interface FoundToc {
  start: number;
  end: number;
  entries: string[];
}

/**
 * The `目录` line at `start` and its entries; the run ends at a long line or at the first repeated entry (the body).
 * `keys` holds entryKey of every text (computed once per document, not once per table of contents).
 */
function readToc(texts: string[], keys: string[], start: number, limits: StructureLimits): FoundToc | undefined {
  const seen = new Set<string>();
  let end = start + 1;
  while (end < texts.length) {
    const text = texts[end] ?? '';
    const key = keys[end] ?? '';
    if (!isEntry(text, key, limits) || seen.has(key)) break;
    seen.add(key);
    end++;
  }
  if (end - start - 1 < limits.tocMinEntries) return undefined;
  return { start, end, entries: [...seen] };
}

/**
 * For each prefix asked for, the last index whose key starts with it. One walk over the document for all
 * tables of contents together, so a document with many of them stays linear.
 */
function lastIndexStartingWith(keys: string[], prefixes: Set<string>): Map<string, number> {
  let longest = 0;
  for (const prefix of prefixes) longest = Math.max(longest, prefix.length);
  const last = new Map<string, number>();
  keys.forEach((key, j) => {
    for (let length = 0; length <= Math.min(longest, key.length); length++) {
      const prefix = key.slice(0, length);
      if (prefixes.has(prefix)) last.set(prefix, j);
    }
  });
  return last;
}

/** Every table of contents in the document, in order. */
export function findTocs(texts: string[], limits: StructureLimits = STRUCTURE): TocBlock[] {
  const found: FoundToc[] = [];
  let keys: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!TOC_HEADER.test((texts[i] ?? '').trim())) continue;
    if (found.length === 0) keys = texts.map(entryKey);
    const toc = readToc(texts, keys, i, limits);
    if (!toc) continue;
    found.push(toc);
    i = toc.end - 1;
  }
  if (found.length === 0) return [];
  // Redundant: every entry reappears after the table (as a heading line, possibly with more text after it).
  const last = lastIndexStartingWith(keys, new Set(found.flatMap((toc) => toc.entries)));
  return found.map(({ start, end, entries }) => ({
    start,
    end,
    redundant: entries.every((key) => (last.get(key) ?? -1) >= end),
  }));
}
