/**
 * Table rows for the index's filter results, built with DOM APIs (text goes in as textContent,
 * never as markup). Same shape as the rows src/components/DocTable.astro renders at build time.
 */
import { yearOf, type DocSummary } from '../lib/docs.ts';
import { formatDate } from '../lib/format.ts';
import { isLocale, type Locale } from '../lib/locales.ts';
import { routes } from '../lib/routes.ts';

/** What a row needs besides the document: the page's script and a few labels (from the table's data attributes). */
export interface RowContext {
  locale: Locale;
  undated: string;
  unknownSource: string;
  scriptName: Record<Locale, string>;
}

export function rowContext(table: HTMLTableElement): RowContext {
  const { locale, undated = '', unknownSource = '', scriptHans = '', scriptHant = '' } = table.dataset;
  return {
    locale: isLocale(locale) ? locale : 'zh-Hans',
    undated,
    unknownSource,
    scriptName: { 'zh-Hans': scriptHans, 'zh-Hant': scriptHant },
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', undefined, text);
  a.setAttribute('href', href);
  return a;
}

export function docRow(d: DocSummary, ctx: RowContext): HTMLTableRowElement {
  const tr = element('tr');
  tr.dataset.slug = d.slug;
  tr.dataset.source = d.sourceKey ?? '';
  tr.dataset.year = yearOf(d.date) ?? '';
  tr.dataset.script = d.originalLang;

  const title = element('th', 'title');
  title.scope = 'row';
  title.append(link(routes.doc(ctx.locale, d.slug), d.title));

  const date = element('td', 'date');
  if (d.date) {
    const time = element('time', undefined, formatDate(d.date));
    time.dateTime = d.date;
    date.append(time);
  } else {
    date.append(element('span', 'muted', ctx.undated));
  }

  const source = element('td');
  source.append(d.source && d.sourceKey ? link(routes.source(ctx.locale, d.sourceKey), d.source) : element('span', 'muted', ctx.unknownSource));

  tr.append(title, date, source, element('td', 'script', ctx.scriptName[d.originalLang]), element('td', 'num', d.chars.toLocaleString('en-US')));
  return tr;
}
