import { describe, expect, it } from 'vitest';
import {
  compareByDate,
  facets,
  filterDocs,
  filterFromQuery,
  filterToQuery,
  neighbours,
  sortByDate,
  sortByTitle,
  yearOf,
  type DocSummary,
} from '../../src/lib/docs.ts';

const doc = (slug: string, extra: Partial<DocSummary> = {}): DocSummary => ({
  slug,
  title: slug,
  originalLang: 'zh-Hans',
  chars: 100,
  ...extra,
});

describe('sortByDate', () => {
  it('lists the newest first and undated documents last', () => {
    const docs = [doc('a', { date: '2013-07-15' }), doc('b'), doc('c', { date: '2022-11-07' }), doc('d', { date: '2015-10-09' })];
    expect(sortByDate(docs).map((d) => d.slug)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('puts a year-only or month-only date after the precise dates of that period', () => {
    const docs = [doc('year', { date: '2015' }), doc('month', { date: '2015-10' }), doc('day', { date: '2015-10-09' }), doc('older', { date: '2014-12-31' })];
    expect(sortByDate(docs).map((d) => d.slug)).toEqual(['day', 'month', 'year', 'older']);
  });

  it('breaks ties by slug so the order never depends on input order', () => {
    const docs = [doc('b', { date: '2020-01-01' }), doc('a', { date: '2020-01-01' }), doc('z'), doc('y')];
    expect(sortByDate(docs).map((d) => d.slug)).toEqual(['a', 'b', 'y', 'z']);
    expect(sortByDate([...docs].reverse()).map((d) => d.slug)).toEqual(['a', 'b', 'y', 'z']);
  });

  it('does not modify its input', () => {
    const docs = [doc('a', { date: '2001' }), doc('b', { date: '2002' })];
    sortByDate(docs);
    expect(docs.map((d) => d.slug)).toEqual(['a', 'b']);
  });

  it('compareByDate is antisymmetric', () => {
    const a = doc('a', { date: '2015' });
    const b = doc('b', { date: '2015-01' });
    expect(Math.sign(compareByDate(a, b))).toBe(-Math.sign(compareByDate(b, a)));
  });
});

describe('sortByTitle', () => {
  it('orders 简体 titles by pinyin', () => {
    const docs = [doc('1', { title: '中国' }), doc('2', { title: '安全' }), doc('3', { title: '网络' })];
    expect(sortByTitle(docs, 'zh-Hans').map((d) => d.title)).toEqual(['安全', '网络', '中国']);
  });

  it('orders 繁體 titles by stroke count', () => {
    const docs = [doc('1', { title: '網絡' }), doc('2', { title: '人民' }), doc('3', { title: '中國' })];
    expect(sortByTitle(docs, 'zh-Hant').map((d) => d.title)).toEqual(['人民', '中國', '網絡']);
  });
});

describe('filters', () => {
  const docs = [
    doc('a', { date: '2022-11-07', sourceKey: 'xin-hua-she', originalLang: 'zh-Hans' }),
    doc('b', { date: '2022-01', sourceKey: 'zhong-guo-wang', originalLang: 'zh-Hant' }),
    doc('c', { date: '2015-10-09', sourceKey: 'xin-hua-she', originalLang: 'zh-Hant' }),
    doc('d', { originalLang: 'zh-Hans' }),
  ];

  it('narrow by source, year and original script, and combine', () => {
    expect(filterDocs(docs, { sourceKey: 'xin-hua-she' }).map((d) => d.slug)).toEqual(['a', 'c']);
    expect(filterDocs(docs, { year: '2022' }).map((d) => d.slug)).toEqual(['a', 'b']);
    expect(filterDocs(docs, { originalLang: 'zh-Hant' }).map((d) => d.slug)).toEqual(['b', 'c']);
    expect(filterDocs(docs, { sourceKey: 'xin-hua-she', originalLang: 'zh-Hant' }).map((d) => d.slug)).toEqual(['c']);
    expect(filterDocs(docs, {}).length).toBe(4);
  });

  it('count facets: sources, years newest first, scripts', () => {
    const f = facets(
      docs.map((d) => ({ ...d, source: d.sourceKey === 'xin-hua-she' ? '新华社' : d.sourceKey ? '中国网' : undefined })),
      'zh-Hans',
    );
    expect(f.sources).toEqual([
      { key: 'xin-hua-she', label: '新华社', count: 2 },
      { key: 'zhong-guo-wang', label: '中国网', count: 1 },
    ]);
    expect(f.years.map((y) => [y.key, y.count])).toEqual([
      ['2022', 2],
      ['2015', 1],
    ]);
    expect(f.scripts).toEqual([
      { key: 'zh-Hans', count: 2 },
      { key: 'zh-Hant', count: 2 },
    ]);
  });

  it('round-trip through the query string', () => {
    const filter = { sourceKey: 'xin-hua-she', year: '2022', originalLang: 'zh-Hant' as const };
    const query = filterToQuery(filter);
    expect(query).toBe('?source=xin-hua-she&year=2022&script=hant');
    expect(filterFromQuery(new URLSearchParams(query))).toEqual(filter);
    expect(filterToQuery({})).toBe('');
  });

  it('ignore malformed query values', () => {
    expect(filterFromQuery(new URLSearchParams('year=20x2&script=latin&source='))).toEqual({});
  });
});

describe('neighbours', () => {
  it('gives the newer and the older document in date order', () => {
    const sorted = sortByDate([doc('a', { date: '2013' }), doc('b', { date: '2015' }), doc('c', { date: '2022' })]);
    expect(neighbours(sorted, 'b')).toEqual({ newer: sorted[0], older: sorted[2] });
    expect(neighbours(sorted, 'c').newer).toBeUndefined();
    expect(neighbours(sorted, 'a').older).toBeUndefined();
    expect(neighbours(sorted, 'missing')).toEqual({});
  });
});

describe('yearOf', () => {
  it('reads the year of any ISO precision', () => {
    expect(yearOf('2015-10-09')).toBe('2015');
    expect(yearOf('2015')).toBe('2015');
    expect(yearOf(undefined)).toBeUndefined();
  });
});
