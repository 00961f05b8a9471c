/**
 * The search page: Pagefind's JS API (/pagefind/pagefind.js) driven by a small UI of our own, so it
 * runs under the Content-Security-Policy (no inline styles or scripts) and speaks the page's script.
 *
 * - Pagefind loads when the box is first used (focus, typing) or when the URL already holds a query.
 * - A query holding characters of the other script is converted first, with corpus-derived tables
 *   fetched only then (src/lib/search-convert.ts).
 * - A Chinese query runs as a phrase and as plain words; phrase hits come first (src/lib/search-query.ts).
 * - Excerpts are rebuilt as text nodes and <mark> elements, never parsed as HTML.
 * - The state lives in the URL (?q=…&source=…&year=…&script=…&sort=date) and the status line is a
 *   live region that announces the number of results.
 */
import { fillTemplate, formatDate } from '../lib/format.ts';
import { isLocale, type Locale } from '../lib/locales.ts';
import { compileScriptMap, conversionNeed, convertQuery, missingRules, type CharRules, type ScriptMap, type ScriptMapData } from '../lib/search-convert.ts';
import { parseExcerpt } from '../lib/search-excerpt.ts';
import type { SearchStrings } from '../lib/search-i18n.ts';
import { DIRECTIONS, rulesUrl, tableUrl, type Direction } from '../lib/search-paths.ts';
import { phraseTerm, stripBreaks } from '../lib/search-segment.ts';
import { dateOrderSearches, dateRank, SHARD_FILTER, shardFolders, shardManifestUrl, shardPath, type ShardManifest } from '../lib/search-shards.ts';
import {
  anchorForHit,
  highlightTerms,
  keepInAll,
  mergeHits,
  orderBy,
  pagefindFilters,
  plannedSearches,
  planQuery,
  requiredWords,
  resultHref,
  stateFromQuery,
  stateToQuery,
  type HitOrigin,
  type RankedHit,
  type SearchState,
} from '../lib/search-query.ts';
import type { Anchor } from '../lib/search-anchors.ts';

/** The parts of Pagefind's JS API this page uses (pagefind.js ships no browser types). */
interface PagefindHit {
  id: string;
  data(): Promise<PagefindData>;
}

interface PagefindData {
  url: string;
  raw_url?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors?: Anchor[];
}

interface PagefindResponse {
  results: PagefindHit[];
}

interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindInstance {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/** Pagefind with every shard of this script's index merged, and how many there are. */
interface SearchIndex {
  pf: PagefindInstance;
  shards: number;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Results rendered at a time ("show more" adds the next batch). */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching. */
const TYPING_DELAY_MS = 250;
/** Excerpt length in words: each Han character is a word in this index (src/lib/search-segment.ts). */
const EXCERPT_WORDS = 60;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) setup(root);

function setup(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('input[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const section = root.querySelector<HTMLElement>('[data-search-results]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const locale: Locale = isLocale(root.dataset.locale) ? root.dataset.locale : 'zh-Hans';
  const base = root.dataset.base ?? '/';
  const direction = (DIRECTIONS as readonly string[]).includes(root.dataset.direction ?? '') ? (root.dataset.direction as Direction) : 'hant-to-hans';
  const triggers = { exclusive: root.dataset.exclusive ?? '', shared: root.dataset.shared ?? '' };
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity: 'word' }) : undefined;

  let pagefind: Promise<SearchIndex> | undefined;
  let scriptMap: Promise<ScriptMap> | undefined;
  let sortedByDate: Promise<Map<string, number>> | undefined;
  let generation = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: RankedHit<PagefindHit>[] = [];
  let total = 0;
  let shown = 0;

  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;

  /** Pagefind and the shards of this script's index (src/lib/search-shards.ts), loaded on first use. */
  function loadPagefind(): Promise<SearchIndex> {
    pagefind ??= (async () => {
      const [module, manifest] = await Promise.all([
        import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>,
        // Revalidated like Pagefind's own entry file: a rebuild may change the number of shards. Without
        // it the search fails with a message rather than search some of the documents.
        fetchJson<ShardManifest>(shardManifestUrl(base), { cache: 'no-cache' }),
      ]);
      const folders = shardFolders(manifest, locale);
      if (!folders.length) throw new Error(`${shardManifestUrl(base)} names no index for ${locale}`);
      const shards = folders.length;
      const tag = (k: number) => (shards > 1 ? { mergeFilter: { [SHARD_FILTER]: String(k) } } : {});
      // The worker would fetch a second copy of Pagefind's code (12 KB gzip) for no gain at this size.
      const pf = module.createInstance({ basePath: shardPath(base, folders[0]!), baseUrl: base, noWorker: true, excerptLength: EXCERPT_WORDS, ...tag(0) });
      // The other shards bring their metadata and chunks only (no second copy of the WebAssembly).
      await Promise.all(folders.slice(1).map((folder, i) => pf.mergeIndex(shardPath(base, folder), { excerptLength: EXCERPT_WORDS, ...tag(i + 1) })));
      return { pf, shards };
    })();
    return pagefind;
  }

  async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  }

  /** The conversion table, and the context rules of the query's characters, fetched on first need. */
  async function convert(text: string): Promise<string> {
    scriptMap ??= fetchJson<ScriptMapData>(tableUrl(base, direction)).then(compileScriptMap);
    const map = await scriptMap;
    const missing = missingRules(text, map);
    const rules = await Promise.all(missing.map((c) => fetchJson<CharRules>(rulesUrl(base, direction, c))));
    missing.forEach((c, i) => map.rules.set(c, rules[i]!));
    return convertQuery(text, map);
  }

  /**
   * Every page by date, newest first (undated last): the order of merged results when sorting by date.
   * Pagefind sorts within each shard only; shards hold pages newest first, so their orders follow on.
   */
  function loadDateRank({ pf, shards }: SearchIndex): Promise<Map<string, number>> {
    sortedByDate ??= (async () => {
      const ids: string[] = [];
      for (const filters of dateOrderSearches(shards)) {
        for (const hit of (await pf.search(null, { filters, sort: { date: 'desc' } }))?.results ?? []) ids.push(hit.id);
      }
      return new Map(ids.map((id, i) => [id, i]));
    })();
    return sortedByDate;
  }

  /** Each hit's rank by date: its page name in a compacted index (src/lib/search-shards.ts), else Pagefind's date sort. */
  async function dateRanks(index: SearchIndex, hits: readonly RankedHit<PagefindHit>[]): Promise<Map<string, number>> {
    const ranks = hits.map((h) => dateRank(h.hit.id));
    if (ranks.every((r) => r !== undefined)) return new Map(hits.map((h, i) => [h.hit.id, ranks[i]!]));
    return loadDateRank(index);
  }

  function readState(): SearchState {
    const params = new URLSearchParams();
    params.set('q', input.value);
    for (const name of ['source', 'year', 'script', 'sort']) {
      const value = select(name)?.value;
      if (value) params.set(name, value);
    }
    return stateFromQuery(params);
  }

  function writeState(state: SearchState): void {
    input.value = state.q;
    const values: Record<string, string> = { source: state.source ?? '', year: state.year ?? '', script: state.script ?? '', sort: state.sort };
    for (const [name, value] of Object.entries(values)) {
      const el = select(name);
      if (el) el.value = [...el.options].some((o) => o.value === value) ? value : (el.options[0]?.value ?? '');
    }
  }

  function updateUrl(state: SearchState, push: boolean): void {
    const url = `${location.pathname}${stateToQuery(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function clearResults(): void {
    list.replaceChildren();
    section.hidden = true;
    more.hidden = true;
    pending = [];
    total = shown = 0;
  }

  /** Progress on the root (data-state, data-query) and on the results (aria-busy), for styling and tests. */
  function setState(state: 'idle' | 'loading' | 'done' | 'error', query: string): void {
    root.dataset.state = state;
    root.dataset.query = query;
    section.setAttribute('aria-busy', String(state === 'loading'));
  }

  async function run(state: SearchState): Promise<void> {
    const current = ++generation;
    const plan = planQuery(state.q);
    if (!plan.text) {
      clearResults();
      status.textContent = '';
      setState('idle', '');
      return;
    }
    setState('loading', plan.text);
    status.textContent = strings.loading;
    try {
      const loading = loadPagefind();
      const need = conversionNeed(plan.text, triggers);
      const converted = need === 'none' ? plan.text : await convert(plan.text);
      const texts = need === 'both' ? [converted, plan.text] : [converted];
      const index = await loading;
      const { pf } = index;
      const options: PagefindSearchOptions = { filters: pagefindFilters(state) };
      if (state.sort === 'date') options.sort = { date: 'desc' };
      const searches = plannedSearches(plan, texts);
      const lists = await Promise.all(searches.map(async (s) => ({ origin: s.origin, hits: await runSearch(pf, s.term, s.origin, options) })));
      let hits = mergeHits(lists, (hit) => hit.id);
      if (state.sort === 'date') hits = orderBy(hits, await dateRanks(index, hits), (hit) => hit.id);
      if (current !== generation) return;

      clearResults();
      pending = hits;
      total = hits.length;
      await showMore(current, false);
      if (current !== generation) return;
      const shownText = converted !== plan.text && need === 'convert' ? converted : plan.text;
      const phraseHits = hits.filter((h) => h.origin.phrase).length;
      const template = total === 0 ? strings.noResultsTemplate : plan.phrase && plan.plain && phraseHits < total ? strings.countPhraseTemplate : strings.countTemplate;
      const message = fillTemplate(template, { n: total, q: shownText, phrase: phraseHits });
      const note = converted !== plan.text ? fillTemplate(strings.convertedTemplate, { from: plan.text, to: converted }) : '';
      status.textContent = note ? `${message}${note}` : message;
      setState('done', plan.text);
    } catch (error) {
      if (current !== generation) return;
      console.warn('search failed', error);
      status.textContent = strings.loadFailed;
      setState('error', plan.text);
    }
  }

  /** One Pagefind search; plain hits are kept only where every word of the query occurs (requiredWords). */
  async function runSearch(pf: PagefindInstance, term: string, origin: HitOrigin, options: PagefindSearchOptions): Promise<PagefindHit[]> {
    const hits = (await pf.search(term, options))?.results ?? [];
    if (origin.phrase || hits.length === 0) return hits;
    const words = requiredWords(origin.text, segmentWords);
    const found = await Promise.all(words.map(async (w) => new Set(((await pf.search(phraseTerm(w), options))?.results ?? []).map((h) => h.id))));
    return keepInAll(hits, found, (hit) => hit.id);
  }

  /** Render the next batch of results; `focusFirst` moves focus to its first link (after "show more"). */
  async function showMore(current: number, focusFirst: boolean): Promise<void> {
    const batch = pending.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((h) => h.hit.data()));
    if (current !== generation) return;
    const items = batch.map((h, i) => resultItem(h, data[i]!));
    list.append(...items);
    shown += batch.length;
    section.hidden = total === 0;
    more.hidden = shown >= total;
    if (focusFirst) {
      items[0]?.querySelector('a')?.focus();
      status.textContent = fillTemplate(strings.shownTemplate, { shown, n: total });
    }
  }

  function resultItem(ranked: RankedHit<PagefindHit>, data: PagefindData): HTMLLIElement {
    const terms = highlightTerms(ranked.origin, segmentWords);
    const href = resultHref(data.raw_url ?? data.url, terms, anchorForHit(data.anchors ?? [], data.locations));
    const item = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = stripBreaks(data.meta.title ?? href);
    heading.append(link);

    const meta = document.createElement('p');
    meta.className = 'result-meta';
    const date = data.meta.date;
    meta.textContent = [date ? formatDate(date) : strings.undated, data.meta.source].filter(Boolean).join(' · ');
    if (ranked.origin.phrase) {
      const badge = document.createElement('span');
      badge.className = 'result-badge';
      badge.textContent = strings.phraseBadge;
      meta.append(' ', badge);
    }

    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    for (const segment of parseExcerpt(stripBreaks(data.excerpt))) {
      if (segment.marked) {
        const mark = document.createElement('mark');
        mark.textContent = segment.text;
        excerpt.append(mark);
      } else excerpt.append(document.createTextNode(segment.text));
    }
    item.append(heading, meta, excerpt);
    return item;
  }

  function segmentWords(text: string): string[] {
    if (!segmenter) return [text];
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  }

  function searchNow(push: boolean): void {
    clearTimeout(typingTimer);
    const state = readState();
    updateUrl(state, push);
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => searchNow(false), TYPING_DELAY_MS);
  });
  // Start loading Pagefind as soon as the reader reaches for the box.
  for (const type of ['focus', 'pointerdown'] as const) input.addEventListener(type, () => void loadPagefind().catch(() => undefined), { once: true });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) searchNow(false);
  });
  more.addEventListener('click', () => void showMore(generation, true));
  window.addEventListener('popstate', () => {
    const state = stateFromQuery(new URLSearchParams(location.search));
    writeState(state);
    void run(state);
  });

  const initial = stateFromQuery(new URLSearchParams(location.search));
  writeState(initial);
  form.hidden = false;
  if (initial.q.trim()) void run(initial);
}
