/** getStaticPaths helpers: one page per script; lists split into pages. */
import { LOCALES, localePath, type Locale } from './locales.ts';
import { pageParam, pageSizeFrom, paginate, type PageSlice } from './pagination.ts';

export function localeParams(): { params: { locale: string }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: localePath(locale) }, props: { locale } }));
}

/** Rows per index page; the test build lowers it with INDEX_PAGE_SIZE so its small corpus spans several pages. */
export const INDEX_PAGE_SIZE = pageSizeFrom(process.env.INDEX_PAGE_SIZE);

/**
 * One static path per page of a list, for pages named `[...page].astro`: the first page at the
 * list's own URL, the others under `page/<n>/`. Each page gets its slice of the list as `slice`.
 */
export function pagedPaths<T, P extends Record<string, string>, Q extends object>(
  items: readonly T[],
  params: P,
  props: Q,
  size: number = INDEX_PAGE_SIZE,
): { params: P & { page: string | undefined }; props: Q & { slice: PageSlice<T> } }[] {
  return paginate(items, size).map((slice) => ({ params: { ...params, page: pageParam(slice.number) }, props: { ...props, slice } }));
}
