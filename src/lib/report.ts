/**
 * The pipeline's build report (content/docs/report.json), read at build time for the About page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../../scripts/pipeline/report.ts';

export type { Report };

export const REPORT_PATH = path.join('content', 'docs', 'report.json');

export async function loadReport(root: string = process.cwd()): Promise<Report> {
  return JSON.parse(await readFile(path.join(root, REPORT_PATH), 'utf8')) as Report;
}

/** Removed-line counts of all files, summed by code, largest first. */
export function removalTotals(report: Report): { code: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const f of report.files) for (const [code, n] of Object.entries(f.removed)) totals.set(code, (totals.get(code) ?? 0) + n);
  return [...totals.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/** Rejected segments of all files, summed by code. */
export function rejectionTotals(report: Report): { code: string; count: number; bytes: number }[] {
  const totals = new Map<string, { count: number; bytes: number }>();
  for (const f of report.files) {
    for (const r of f.rejected) {
      const t = totals.get(r.code) ?? { count: 0, bytes: 0 };
      t.count += 1;
      t.bytes += r.bytes;
      totals.set(r.code, t);
    }
  }
  return [...totals.entries()].map(([code, t]) => ({ code, ...t })).sort((a, b) => b.bytes - a.bytes || (a.code < b.code ? -1 : 1));
}
