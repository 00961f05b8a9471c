/**
 * Instant filtering on the full index pages (progressive enhancement: the static /source/, /year/ and
 * /script/ pages do the same without JavaScript). A page carries only one page of rows, so the script
 * filters the whole corpus from /<locale>/docs-index.json (src/lib/docs-index.ts), fetched once: when
 * the reader first reaches for the filters (pointer over or focus in the form), or at once when the
 * URL already holds a filter. Matches replace the page's rows, a batch at a time ("show more"); with
 * no filter the page's own rows and its pagination come back. The filter state is kept in the query
 * string, so a filtered view can be bookmarked and shared.
 */
import { filterDocs, filterFromQuery, filterToQuery, sortByTitle, type DocFilter, type DocSummary } from '../lib/docs.ts';
import { readDocsIndex } from '../lib/docs-index.ts';
import { fillTemplate } from '../lib/format.ts';
import { docRow, rowContext } from './doc-rows.ts';

/** Names of the form's selects, which are also the query-string names (docs.ts FILTER_PARAMS). */
const FILTER_NAMES = ['source', 'year', 'script'] as const;

function isEmpty(filter: DocFilter): boolean {
  return !filter.sourceKey && !filter.year && !filter.originalLang;
}

function select(form: HTMLFormElement, name: string): HTMLSelectElement | null {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLSelectElement ? el : null;
}

function readForm(form: HTMLFormElement): DocFilter {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = select(form, name)?.value;
    if (value) params.set(name, value);
  }
  return filterFromQuery(params);
}

function writeForm(form: HTMLFormElement, params: URLSearchParams): void {
  for (const name of FILTER_NAMES) {
    const el = select(form, name);
    const value = params.get(name);
    if (el && value && [...el.options].some((o) => o.value === value)) el.value = value;
  }
}

function setup(form: HTMLFormElement, table: HTMLTableElement): void {
  const ctx = rowContext(table);
  const pageRows = table.querySelector<HTMLElement>('tbody[data-page-rows]');
  const results = document.createElement('tbody');
  results.hidden = true;
  table.append(results);

  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const more = document.querySelector<HTMLElement>('[data-filter-more]');
  const moreButton = more?.querySelector<HTMLButtonElement>('button') ?? null;
  // Shown only while the page's own rows are: they describe the unfiltered list.
  const pageOnly = [...document.querySelectorAll<HTMLElement>('[data-pagination], [data-page-of]')];

  const { index = '', sort, loading: loadingText = '', error: errorText = '' } = form.dataset;
  const batch = Math.max(1, Number(form.dataset.batch) || 100);
  const template = status?.dataset.template ?? '{shown} / {total}';
  const unfilteredStatus = status?.textContent ?? '';

  let all: DocSummary[] | undefined;
  let request: Promise<DocSummary[]> | undefined;
  const loadAll = (): Promise<DocSummary[]> => {
    request ??= fetch(index)
      .then((res) => {
        if (!res.ok) throw new Error(`${index}: HTTP ${res.status}`);
        return res.json() as Promise<unknown>;
      })
      .then((json) => {
        const docs = readDocsIndex(json);
        all = sort === 'title' ? sortByTitle(docs, ctx.locale) : docs;
        return all;
      });
    // A failed request is retried on the next change of the filters.
    request.catch(() => (request = undefined));
    return request;
  };

  const setStatus = (text: string) => {
    if (status) status.textContent = text;
  };

  const showPageRows = (visible: boolean) => {
    if (pageRows) pageRows.hidden = !visible;
    results.hidden = visible;
    for (const el of pageOnly) el.hidden = !visible;
  };

  let matches: DocSummary[] = [];
  const renderMore = () => {
    const start = results.rows.length;
    results.append(...matches.slice(start, start + batch).map((d) => docRow(d, ctx)));
    const rest = matches.length - results.rows.length;
    if (more) more.hidden = rest <= 0;
    if (moreButton) moreButton.textContent = fillTemplate(moreButton.dataset.template ?? '{n}', { n: Math.min(rest, batch) });
  };

  // Each change bumps the generation, so a slow first load never overwrites a newer filter's result.
  let generation = 0;
  const apply = async (updateUrl: boolean) => {
    const filter = readForm(form);
    const current = ++generation;
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${filterToQuery(filter)}${location.hash}`);
    if (empty) empty.hidden = true;
    if (isEmpty(filter)) {
      showPageRows(true);
      if (more) more.hidden = true;
      setStatus(unfilteredStatus);
      return;
    }
    let docs = all;
    if (!docs) {
      setStatus(loadingText);
      try {
        docs = await loadAll();
      } catch {
        if (current === generation) setStatus(errorText);
        return;
      }
      if (current !== generation) return;
    }
    matches = filterDocs(docs, filter);
    results.replaceChildren();
    renderMore();
    showPageRows(false);
    setStatus(fillTemplate(template, { shown: matches.length, total: docs.length }));
    if (empty) empty.hidden = matches.length > 0;
  };

  const warm = () => void loadAll().catch(() => undefined);
  form.addEventListener('pointerover', warm, { once: true });
  form.addEventListener('focusin', warm, { once: true });
  form.addEventListener('change', () => void apply(true));
  form.addEventListener('reset', () => setTimeout(() => void apply(true)));
  form.addEventListener('submit', (event) => event.preventDefault());
  moreButton?.addEventListener('click', renderMore);

  writeForm(form, new URLSearchParams(location.search));
  form.hidden = false;
  void apply(false);
}

const form = document.querySelector<HTMLFormElement>('form[data-doc-filter]');
const table = document.querySelector<HTMLTableElement>('table[data-doc-table]');
if (form && table) setup(form, table);
