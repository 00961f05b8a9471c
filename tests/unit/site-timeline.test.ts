import { describe, expect, it } from 'vitest';
import { countByYear, layoutTimeline, DEFAULT_TIMELINE_SIZE } from '../../src/lib/timeline.ts';

describe('countByYear', () => {
  it('counts documents per year, oldest first, filling empty years', () => {
    expect(countByYear(['2015-10-09', '2013', undefined, '2015-01', '2016-12-31'])).toEqual([
      { year: '2013', count: 1 },
      { year: '2014', count: 0 },
      { year: '2015', count: 2 },
      { year: '2016', count: 1 },
    ]);
  });

  it('is empty when no document has a date', () => {
    expect(countByYear([undefined, undefined])).toEqual([]);
  });
});

describe('layoutTimeline', () => {
  const counts = countByYear(['2013', '2015', '2015', '2015', '2022']);
  const chart = layoutTimeline(counts);

  it('draws one bar per year inside the chart, the tallest for the largest count', () => {
    expect(chart.bars).toHaveLength(10);
    for (const b of chart.bars) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(chart.width);
      expect(b.y + b.height).toBeCloseTo(chart.baseline, 5);
    }
    const tallest = chart.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.year).toBe('2015');
    expect(tallest.y).toBeCloseTo(DEFAULT_TIMELINE_SIZE.topSpace, 5);
    expect(chart.bars.find((b) => b.year === '2014')!.height).toBe(0);
  });

  it('bars are proportional to counts', () => {
    const one = chart.bars.find((b) => b.year === '2013')!;
    const three = chart.bars.find((b) => b.year === '2015')!;
    expect(three.height / one.height).toBeCloseTo(3, 1);
  });

  it('labels the first and last year and thins labels on long ranges', () => {
    const long = layoutTimeline(countByYear(Array.from({ length: 40 }, (_, i) => String(1990 + i))));
    const labelled = long.bars.filter((b) => b.labelled);
    expect(labelled[0]!.year).toBe('1990');
    expect(labelled.at(-1)!.year).toBe('2029');
    expect(labelled.length).toBeLessThanOrEqual(DEFAULT_TIMELINE_SIZE.maxLabels + 1);
  });
});
