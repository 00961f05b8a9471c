/** The search index in shards: which pages go together, where shards live, the sort date of a page. */
import { describe, expect, it } from 'vitest';
import { dateOrderSearches, pageSortDate, planShards, SHARD_FILTER, shardCount, shardManifestUrl, shardPath } from '../../src/lib/search-shards.ts';

const page = (file: string, date?: string) => ({ file, date });

describe('planShards', () => {
  it('keeps a corpus that fits in one shard as one shard, in file order (the unsharded index)', () => {
    const pages = [page('b', '2001'), page('a', '2020-05'), page('c')];
    expect(planShards(pages, 3)).toEqual([[pages[1], pages[0], pages[2]]]);
  });

  it('fills shards newest first, undated last, so the shards one after the other are date order', () => {
    const pages = [page('p1', '2019-01-02'), page('p2'), page('p3', '2021'), page('p4', '0000'), page('p5', '2019-01-02'), page('p6', '2020-12-31')];
    const shards = planShards(pages, 2);
    expect(shards.map((s) => s.map((p) => p.file))).toEqual([
      ['p3', 'p6'],
      ['p1', 'p5'],
      ['p2', 'p4'],
    ]);
    // Dates never go up from one shard to the next.
    const dates = shards.map((s) => s.map((p) => p.date ?? '0000'));
    for (let k = 1; k < dates.length; k++) expect(dates[k - 1]!.reduce((a, b) => (a < b ? a : b)) >= dates[k]!.reduce((a, b) => (a > b ? a : b))).toBe(true);
  });

  it('orders each shard by file name and puts every page in exactly one shard', () => {
    const pages = Array.from({ length: 23 }, (_, i) => page(`f${String(22 - i).padStart(2, '0')}`, `20${String(i % 7).padStart(2, '0')}`));
    const shards = planShards(pages, 5);
    expect(shards.map((s) => s.length)).toEqual([5, 5, 5, 5, 3]);
    for (const s of shards) expect(s.map((p) => p.file)).toEqual(s.map((p) => p.file).sort());
    expect(shards.flat().map((p) => p.file).sort()).toEqual(pages.map((p) => p.file).sort());
  });

  it('is the same whatever order the pages come in', () => {
    const pages = Array.from({ length: 12 }, (_, i) => page(`x${i}`, i % 3 ? `199${i % 10}` : undefined));
    expect(planShards([...pages].reverse(), 4)).toEqual(planShards(pages, 4));
  });

  it('rejects a shard size that is not a positive integer', () => {
    for (const n of [0, -1, 2.5, Number.NaN]) expect(() => planShards([page('a')], n)).toThrow(/positive integer/);
  });
});

describe('pageSortDate', () => {
  it('reads the date a document page declares for sorting', () => {
    const html = '<h1>t</h1><span hidden data-pagefind-ignore data-pagefind-sort="date[data-sort-date]" data-source="a > b" data-sort-date="2013-07-15"></span>';
    expect(pageSortDate(html)).toBe('2013-07-15');
    expect(pageSortDate('<span data-year="2014" data-sort-date="2014"></span>')).toBe('2014');
  });

  it('is not fooled by scraped text or attribute values quoting the attribute', () => {
    const title = '<title>x data-sort-date="2099-01-01"</title><meta name="description" content="<span data-sort-date=&quot;2098&quot;>">';
    expect(pageSortDate(`${title}<p>&lt;span data-sort-date="2097"&gt;</p>`)).toBeUndefined();
    expect(pageSortDate(`${title}<span hidden data-sort-date="2001-02"></span>`)).toBe('2001-02');
  });

  it('gives nothing for a page without one', () => {
    expect(pageSortDate('<html><body><p>无日期</p></body></html>')).toBeUndefined();
  });
});

describe('shard paths and manifest', () => {
  it('puts shard 0 in Pagefind’s own folder and the others inside it', () => {
    expect(shardPath('/', 0)).toBe('/pagefind/');
    expect(shardPath('/', 3)).toBe('/pagefind/shard-3/');
    expect(shardPath('/reader/', 1)).toBe('/reader/pagefind/shard-1/');
    expect(shardManifestUrl('/reader/')).toBe('/reader/pagefind/shards.json');
  });

  it('reads a language’s shard count, one when the manifest does not name it or names an odd count', () => {
    const manifest = { maxPages: 5000, languages: { 'zh-hans': 3, 'zh-hant': 0 } };
    expect(shardCount(manifest, 'zh-Hans')).toBe(3);
    expect(shardCount(manifest, 'zh-Hant')).toBe(1);
    expect(shardCount(manifest, 'en')).toBe(1);
  });

  it('sorts by date with one search per shard, filtered to it, when there are several', () => {
    expect(dateOrderSearches(1)).toEqual([{}]);
    expect(dateOrderSearches(3)).toEqual([{ [SHARD_FILTER]: '0' }, { [SHARD_FILTER]: '1' }, { [SHARD_FILTER]: '2' }]);
  });
});
