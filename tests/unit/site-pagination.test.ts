import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, pageCount, pageHref, pageLinks, pageParam, pageSizeFrom, paginate, type PageLink } from '../../src/lib/pagination.ts';
import { pagedPaths } from '../../src/lib/paths.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** pageLinks as a compact string: "1 … 4 [5] 6 … 9". */
function bar(links: PageLink[], current: number): string {
  return links.map((l) => ('gap' in l ? '…' : l.page === current ? `[${l.page}]` : String(l.page))).join(' ');
}

describe('pageCount', () => {
  it('rounds up, and an empty list still has one page', () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(1, 100)).toBe(1);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
    expect(pageCount(10_000, 100)).toBe(100);
    expect(pageCount(45, 20)).toBe(3);
  });
});

describe('paginate', () => {
  it('splits a list into consecutive pages, keeping its order and every item once', () => {
    const pages = paginate(numbers(45), 20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((p) => p.items)).toEqual(numbers(45));
    expect(pages.map((p) => [p.number, p.count, p.size, p.total])).toEqual([
      [1, 3, 20, 45],
      [2, 3, 20, 45],
      [3, 3, 20, 45],
    ]);
  });

  it('reports the 1-based range of each page', () => {
    expect(paginate(numbers(45), 20).map((p) => [p.first, p.last])).toEqual([
      [1, 20],
      [21, 40],
      [41, 45],
    ]);
  });

  it('gives a list that fits one page a single page, and an empty list one empty page', () => {
    expect(paginate(numbers(3), 20)).toEqual([{ number: 1, count: 1, size: 20, items: [1, 2, 3], first: 1, last: 3, total: 3 }]);
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, size: 20, items: [], first: 0, last: 0, total: 0 }]);
  });

  it('keeps pages of a 10,000-document corpus at the page size', () => {
    const pages = paginate(numbers(10_000), DEFAULT_PAGE_SIZE);
    expect(pages).toHaveLength(100);
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(DEFAULT_PAGE_SIZE);
  });
});

describe('page URLs', () => {
  it('put the first page at the list URL and later ones under page/<n>/', () => {
    expect(pageHref('/zh-hans/', 1)).toBe('/zh-hans/');
    expect(pageHref('/zh-hans/', 2)).toBe('/zh-hans/page/2/');
    expect(pageHref('/zh-hant/source/xin-hua-she/', 12)).toBe('/zh-hant/source/xin-hua-she/page/12/');
  });

  it('match the [...page] rest parameter of the page files', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
    for (const n of [1, 2, 7]) expect(pageHref('/zh-hans/', n)).toBe(`/zh-hans/${pageParam(n) ? `${pageParam(n)}/` : ''}`);
  });

  it('pagedPaths gives one static path per page with its slice and the shared params and props', () => {
    const paths = pagedPaths(numbers(45), { locale: 'zh-hans', year: '2020' }, { year: '2020' }, 20);
    expect(paths.map((p) => p.params)).toEqual([
      { locale: 'zh-hans', year: '2020', page: undefined },
      { locale: 'zh-hans', year: '2020', page: 'page/2' },
      { locale: 'zh-hans', year: '2020', page: 'page/3' },
    ]);
    expect(paths.map((p) => p.props.slice.items.length)).toEqual([20, 20, 5]);
    expect(paths.every((p) => p.props.year === '2020')).toBe(true);
  });
});

describe('pageLinks', () => {
  it('lists every page of a short list', () => {
    expect(bar(pageLinks(1, 1), 1)).toBe('[1]');
    expect(bar(pageLinks(2, 3), 2)).toBe('1 [2] 3');
    expect(bar(pageLinks(1, 6), 1)).toBe('[1] 2 3 … 6');
  });

  it('keeps the bar short on a long list: first, last, and two either side of the current page', () => {
    expect(bar(pageLinks(1, 100), 1)).toBe('[1] 2 3 … 100');
    expect(bar(pageLinks(50, 100), 50)).toBe('1 … 48 49 [50] 51 52 … 100');
    expect(bar(pageLinks(100, 100), 100)).toBe('1 … 98 99 [100]');
  });

  it('shows a single skipped page as a number, not as an ellipsis', () => {
    expect(bar(pageLinks(4, 100), 4)).toBe('1 2 3 [4] 5 6 … 100');
    expect(bar(pageLinks(5, 9), 5)).toBe('1 2 3 4 [5] 6 7 8 9');
  });

  it('always includes the current page, once', () => {
    for (let current = 1; current <= 30; current++) {
      const pages = pageLinks(current, 30).flatMap((l) => ('page' in l ? [l.page] : []));
      expect(pages.filter((p) => p === current)).toHaveLength(1);
      expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    }
  });
});

describe('pageSizeFrom (INDEX_PAGE_SIZE)', () => {
  it('reads a positive integer and falls back to the default for anything else', () => {
    expect(pageSizeFrom('20')).toBe(20);
    expect(pageSizeFrom(' 7 ')).toBe(7);
    expect(pageSizeFrom(undefined)).toBe(DEFAULT_PAGE_SIZE);
    for (const bad of ['', '0', '-5', '2.5', 'abc', '1e3']) expect(pageSizeFrom(bad), bad).toBe(DEFAULT_PAGE_SIZE);
  });
});
