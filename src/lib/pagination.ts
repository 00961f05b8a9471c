/**
 * Pagination of the index and filter pages, so that a page stays small at any corpus size:
 * page 1 of a list lives at its own URL (/zh-hans/, /zh-hans/source/x/), page n ≥ 2 under
 * `page/<n>/` below it. Pure functions, shared by the pages and their tests.
 */

/** Rows per index page: ~40 KB of HTML (~8 KB compressed), whatever the size of the corpus. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * Rows per page from the INDEX_PAGE_SIZE environment variable (set by the test build so that its
 * few dozen documents span several pages); anything but a positive integer means the default.
 */
export function pageSizeFrom(value: string | undefined): number {
  const n = value && /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_PAGE_SIZE;
}

/** Number of pages of a list; an empty list still has its (empty) first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export interface PageSlice<T> {
  /** 1-based page number. */
  number: number;
  count: number;
  /** Items per page (the last page may hold fewer). */
  size: number;
  items: T[];
  /** 1-based position of the first and last item of this page in the whole list (0, 0 when empty). */
  first: number;
  last: number;
  total: number;
}

/** Split a list into consecutive pages of `size` items, keeping its order. */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      size,
      items: slice,
      first: slice.length > 0 ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
    };
  });
}

/** URL of page `n` of the list whose first page is `base` (ending in '/'). */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** The rest parameter `[...page]` of page `n`: undefined for the first page, 'page/<n>' after it. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** One entry of the pagination bar: a page number, or an ellipsis where numbers are skipped. */
export type PageLink = { page: number } | { gap: true };

/**
 * Page numbers to link from page `current` of `count`: the first, the last, and `around` either side
 * of the current one, so the bar stays short with hundreds of pages.
 */
export function pageLinks(current: number, count: number, around = 2): PageLink[] {
  const shown: number[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= around) shown.push(n);
  }
  const out: PageLink[] = [];
  let previous = 0;
  for (const n of shown) {
    // A gap of a single page is shown as that page: a link takes no more room than the ellipsis.
    if (n - previous === 2) out.push({ page: n - 1 });
    else if (n - previous > 2) out.push({ gap: true });
    out.push({ page: n });
    previous = n;
  }
  return out;
}
