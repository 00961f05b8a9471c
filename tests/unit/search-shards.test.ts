/** The search index in shards: which pages go together, where shards live, the sort date of a page. */
import { describe, expect, it } from 'vitest';
import { dateOrderSearches, dateRank, pageSortDate, planShards, SHARD_FILTER, shardFolder, shardFolders, shardManifestUrl, shardPath, type ShardManifest } from '../../src/lib/search-shards.ts';

const page = (file: string, date?: string) => ({ file, date });

describe('planShards', () => {
  it('keeps a corpus that fits in one shard as one shard, newest first, undated last', () => {
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

  it('orders each shard by date too, equal dates by file name, and puts every page in exactly one shard', () => {
    const pages = Array.from({ length: 23 }, (_, i) => page(`f${String(22 - i).padStart(2, '0')}`, `20${String(i % 7).padStart(2, '0')}`));
    const shards = planShards(pages, 5);
    expect(shards.map((s) => s.length)).toEqual([5, 5, 5, 5, 3]);
    // All pages one after the other, as the page names count: dates never go up, equal dates in file order.
    const all = shards.flat();
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(a.date! > b.date! || (a.date === b.date && a.file < b.file), `${a.file} ${b.file}`).toBe(true);
    }
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

describe('dateRank', () => {
  it('reads a compacted page name as its rank by date', () => {
    expect(dateRank('0')).toBe(0);
    expect(dateRank('a')).toBe(10);
    expect(dateRank('7ps')).toBe(10_000);
  });

  it('has no rank for a name Pagefind gave', () => {
    expect(dateRank('zh-hans_3b7d430')).toBeUndefined();
    expect(dateRank('')).toBeUndefined();
  });
});

describe('shard paths and manifest', () => {
  it('puts each shard in a folder of its own, named by script, number and content token', () => {
    expect(shardFolder('zh-hans', 0, '1a2b3c4')).toBe('zh-hans-0-1a2b3c4');
    expect(shardFolder('EN/../x', 2, 'abc')).toBe('en____x-2-abc');
    expect(shardPath('/', 'zh-hans-0-1a2b3c4')).toBe('/pagefind/zh-hans-0-1a2b3c4/');
    expect(shardPath('/reader/', 'zh-hant-1-ffff000')).toBe('/reader/pagefind/zh-hant-1-ffff000/');
    expect(shardManifestUrl('/reader/')).toBe('/reader/pagefind/shards.json');
  });

  it('reads a language’s shard folders, none when the manifest does not name it or names something else', () => {
    const manifest = { maxPages: 5000, languages: { 'zh-hans': ['zh-hans-0-a', 'zh-hans-1-b'], 'zh-hant': ['../x'], en: 3 } } as unknown as ShardManifest;
    expect(shardFolders(manifest, 'zh-Hans')).toEqual(['zh-hans-0-a', 'zh-hans-1-b']);
    expect(shardFolders(manifest, 'zh-Hant')).toEqual([]);
    expect(shardFolders(manifest, 'en')).toEqual([]);
    expect(shardFolders(manifest, 'fr')).toEqual([]);
  });

  it('sorts by date with one search per shard, filtered to it, when there are several', () => {
    expect(dateOrderSearches(1)).toEqual([{}]);
    expect(dateOrderSearches(3)).toEqual([{ [SHARD_FILTER]: '0' }, { [SHARD_FILTER]: '1' }, { [SHARD_FILTER]: '2' }]);
  });
});
