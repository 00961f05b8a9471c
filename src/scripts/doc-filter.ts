/**
 * Instant filtering of the document table on the full index pages (progressive enhancement: the
 * static /source/, /year/ and /script/ pages do the same without JavaScript). The filter state is
 * kept in the query string, so a filtered view can be bookmarked and shared.
 */
import { fillTemplate } from '../lib/format.ts';
import { filterFromQuery, filterToQuery, matchesFilter, type DocFilter, type DocSummary } from '../lib/docs.ts';

const form = document.querySelector<HTMLFormElement>('form[data-doc-filter]');

function rowSummary(row: HTMLTableRowElement): DocSummary {
  const { slug = '', source, year, script } = row.dataset;
  return { slug, title: '', sourceKey: source || undefined, date: year || undefined, originalLang: script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans', chars: 0 };
}

function select(name: string): HTMLSelectElement | null {
  const el = form?.elements.namedItem(name);
  return el instanceof HTMLSelectElement ? el : null;
}

function readForm(): DocFilter {
  const params = new URLSearchParams();
  for (const name of ['source', 'year', 'script']) {
    const value = select(name)?.value;
    if (value) params.set(name, value);
  }
  return filterFromQuery(params);
}

function writeForm(params: URLSearchParams): void {
  for (const name of ['source', 'year', 'script']) {
    const el = select(name);
    const value = params.get(name);
    if (el && value && [...el.options].some((o) => o.value === value)) el.value = value;
  }
}

if (form) {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-slug]')].map((row) => ({ row, doc: rowSummary(row) }));
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const template = status?.dataset.template ?? '{shown} / {total}';

  const apply = (updateUrl: boolean) => {
    const filter = readForm();
    let shown = 0;
    for (const { row, doc } of rows) {
      const visible = matchesFilter(doc, filter);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (status) status.textContent = fillTemplate(template, { shown, total: rows.length });
    if (empty) empty.hidden = shown > 0;
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${filterToQuery(filter)}${location.hash}`);
  };

  writeForm(new URLSearchParams(location.search));
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply(false);
}
