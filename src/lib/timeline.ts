/**
 * The per-year timeline on the index: counts per year and the geometry of an inline SVG bar chart,
 * computed at build time (no client code).
 */
import { yearOf } from './docs.ts';

export interface YearCount {
  year: string;
  count: number;
}

/** Documents per year, oldest first, with empty years inside the range kept as zero bars. */
export function countByYear(dates: readonly (string | undefined)[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const d of dates) {
    const y = yearOf(d);
    if (y) counts.set(Number(y), (counts.get(Number(y)) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: YearCount[] = [];
  for (let y = first; y <= last; y++) out.push({ year: String(y), count: counts.get(y) ?? 0 });
  return out;
}

export interface Bar extends YearCount {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for its labels. */
  cx: number;
  /** Show the year under this bar (every year when few, otherwise a thinned set incl. first/last). */
  labelled: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Baseline of the bars; year labels go below it. */
  baseline: number;
  bars: Bar[];
  max: number;
}

export interface TimelineSize {
  width: number;
  height: number;
  /** Room below the baseline for year labels. */
  labelSpace: number;
  /** Room above the tallest bar for its count. */
  topSpace: number;
  gap: number;
  /** At most this many year labels. */
  maxLabels: number;
}

export const DEFAULT_TIMELINE_SIZE: TimelineSize = { width: 640, height: 120, labelSpace: 22, topSpace: 16, gap: 2, maxLabels: 12 };

export function layoutTimeline(counts: readonly YearCount[], size: TimelineSize = DEFAULT_TIMELINE_SIZE): TimelineLayout {
  const baseline = size.height - size.labelSpace;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const slot = counts.length > 0 ? size.width / counts.length : size.width;
  const step = Math.max(1, Math.ceil(counts.length / size.maxLabels));
  const round = (n: number) => Math.round(n * 100) / 100;
  const bars = counts.map((c, i) => {
    const height = round(((baseline - size.topSpace) * c.count) / max);
    const x = round(i * slot + size.gap / 2);
    return {
      ...c,
      x,
      y: round(baseline - height),
      width: round(Math.max(1, slot - size.gap)),
      height,
      cx: round(i * slot + slot / 2),
      labelled: i === 0 || i === counts.length - 1 || (i % step === 0 && counts.length - 1 - i >= step / 2),
    };
  });
  return { width: size.width, height: size.height, baseline, bars, max };
}
