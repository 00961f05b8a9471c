/**
 * The build report (content/docs/report.json): what happened to every input file and every byte —
 * published, merged into another document, removed as boilerplate, or rejected — and why.
 */
import type { PairReport } from './neardup.ts';
import type { Rejection, Removal } from './types.ts';

export type FileStatus = 'published' | 'merged' | 'rejected' | 'partial';

export interface FileReport {
  name: string;
  bytes: number;
  encoding?: string;
  bom?: boolean;
  invalidSequences?: number;
  controlCharsRemoved?: number;
  /** Lines that were mojibake when saved (UTF-8 read as GBK or Windows-1252) and were read back. */
  mojibakeRepaired?: Partial<Record<'gbk' | 'windows-1252', number>>;
  /** HTML character references left by the scraper (`&nbsp;`, `&ldquo;`) that were read as their characters. */
  referencesDecoded?: number;
  /** Pinyin glosses written after characters by a content farm's converter (`網(wǎng)絡(luò)`), removed. */
  pinyinGlossesRemoved?: number;
  /** published: at least one document published from it; merged: all its documents merged into
   *  documents of other files; rejected: nothing published. 'partial' is not used for files with
   *  rejected segments — see `rejected`. */
  status: FileStatus;
  /** Slugs of the documents published from this file. */
  documents: string[];
  /** Documents of this file merged into another document: segment index → survivor slug. */
  mergedInto: { segment: number; into: string; kind: 'exact' | 'near-duplicate' }[];
  rejected: Rejection[];
  /** Lines removed as boilerplate/duplicates, counted by code. */
  removed: Record<string, number>;
  /** Line accounting over the decoded file's non-blank lines. */
  lines: { total: number; published: number; merged: number; removed: number; rejected: number; unaccounted: number };
  /** Sidecar fields applied, per segment. */
  sidecar?: { segment: string; fields: string[] }[];
}

export interface DocumentReport {
  slug: string;
  title?: string;
  date?: string;
  source?: string;
  originalLang: string;
  originalVariant: string;
  sources: string[];
  segments: { file: string; index: number }[];
  chars: number;
  removed: number;
  ambiguities: number;
  aliases: string[];
}

export interface MergeReport {
  into: string;
  kind: 'exact' | 'near-duplicate';
  from: { file: string; segment: number; title?: string; chars: number }[];
  jaccard?: number;
}

/** A pair of documents the near-duplicate stage linked, with all its scores. */
export type PairReportEntry = PairReport;

export interface Report {
  schema: 1;
  summary: {
    files: number;
    filesPublished: number;
    filesRejected: number;
    documents: number;
    merged: number;
    rejectedSegments: number;
    rejectedBytes: number;
    removedLines: number;
    invalidSequences: number;
    ambiguities: number;
    relations: number;
  };
  files: FileReport[];
  documents: DocumentReport[];
  merges: MergeReport[];
  pairs: PairReportEntry[];
}

export function countByCode(removed: Removal[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of removed) counts[r.code] = (counts[r.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
