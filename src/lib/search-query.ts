/**
 * Search state and query planning, shared by the search page script and its tests (no DOM).
 *
 * - The state lives in the URL, so a search can be shared: ?q=…&source=…&year=…&script=hans&sort=date
 *   (the filter names are the index page's: src/lib/docs.ts FILTER_PARAMS).
 * - A Chinese query is run twice, as a phrase ("网络主权": the characters in that order) and as plain
 *   words (网络 AND 主权 anywhere, each checked as a phrase of its own); phrase hits are listed first,
 *   then the rest, each document once.
 */
import { FILTER_PARAMS } from './docs.ts';
import { type Anchor, unpackAnchors } from './search-anchors.ts';
import { hanCount, phraseTerm, wordsTerm } from './search-segment.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  /** Source key (the URL key of /source/<key>/). */
  source?: string;
  /** Four-digit year. */
  year?: string;
  /** Original script of the documents. */
  script?: 'hans' | 'hant';
  sort: SortOrder;
}

/** Longest query kept from a URL or the box: a paragraph, not a document. */
export const MAX_QUERY_LENGTH = 200;

export function stateFromQuery(params: URLSearchParams): SearchState {
  const state: SearchState = { q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
  const source = params.get(FILTER_PARAMS.sourceKey);
  const year = params.get(FILTER_PARAMS.year);
  const script = params.get(FILTER_PARAMS.originalLang);
  if (source && /^[a-z0-9-]+$/.test(source)) state.source = source;
  if (year && /^\d{4}$/.test(year)) state.year = year;
  if (script === 'hans' || script === 'hant') state.script = script;
  return state;
}

/** State → query string ('?q=…', or '' for an empty search). Stable parameter order. */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  if (state.source) params.set(FILTER_PARAMS.sourceKey, state.source);
  if (state.year) params.set(FILTER_PARAMS.year, state.year);
  if (state.script) params.set(FILTER_PARAMS.originalLang, state.script);
  if (state.sort === 'date') params.set('sort', 'date');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind filters for a state (filter names as tagged on document pages: SearchDocData.astro). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.source) filters.source = state.source;
  if (state.year) filters.year = state.year;
  if (state.script) filters.script = state.script;
  return filters;
}

/** Quotation marks a reader may type around a phrase: "…", “…”, 「…」, 『…』. */
const QUOTED = /^\s*(?:"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』)\s*$/;

/** Collapse whitespace (incl. the ideographic space) and trim. */
export function normalizeQuery(query: string): string {
  return query.replace(/[\s\u3000]+/g, ' ').trim();
}

export interface QueryPlan {
  /** The text searched, without quotation marks. */
  text: string;
  /** Run as a phrase (the text as written). */
  phrase: boolean;
  /** Run as plain words (each word anywhere), unless the reader asked for a phrase only. */
  plain: boolean;
}

/**
 * Which searches to run. A quoted query is a phrase only. An unquoted query of one run of text with
 * at least two Han characters (网络主权, 打击网络犯罪) is run as a phrase and as plain words; anything
 * else (several words, Latin text, one character) as plain words only.
 * The terms sent to Pagefind are built by plannedSearches (one word per Han character).
 */
export function planQuery(query: string): QueryPlan {
  const normalized = normalizeQuery(query);
  const quoted = QUOTED.exec(normalized);
  if (quoted) {
    const text = normalizeQuery(quoted.slice(1).find((g) => g !== undefined) ?? '');
    return { text, phrase: text !== '', plain: false };
  }
  const text = normalized.replace(/["“”「」『』]/g, '').trim();
  return { text, phrase: text !== '' && !text.includes(' ') && hanCount(text) >= 2, plain: text !== '' };
}

/**
 * Words a plain hit must contain: the Han words of two or more characters in the query, as a word
 * segmenter reads it (网络主权 → 网络, 主权). The index holds single characters, so a plain search
 * finds pages with the characters anywhere (恐龙 → 恐 … 龙); each such word is checked as a phrase of
 * its own and plain hits are kept only where all of them occur.
 */
export function requiredWords(text: string, segment: (text: string) => string[]): string[] {
  const words = text.split(' ').flatMap((part) => segment(part));
  return [...new Set(words.filter((w) => hanCount(w) >= 2))];
}

/** Hits whose id is in every set (no sets: all hits). */
export function keepInAll<T>(hits: readonly T[], sets: readonly ReadonlySet<string>[], idOf: (hit: T) => string): T[] {
  return hits.filter((hit) => sets.every((set) => set.has(idOf(hit))));
}

/** Where a hit came from: which query text, and whether it matched as a phrase. */
export interface HitOrigin {
  text: string;
  phrase: boolean;
}

export interface PlannedSearch {
  origin: HitOrigin;
  /** The term given to Pagefind (quoted for a phrase). */
  term: string;
}

/**
 * The Pagefind searches for a plan and the query texts to run it with (the query as typed and/or
 * converted into the page's script), in merge priority: every phrase search, then every plain one.
 */
export function plannedSearches(plan: QueryPlan, texts: readonly string[]): PlannedSearch[] {
  const unique = [...new Set(texts.map(normalizeQuery).filter(Boolean))];
  const phrases = plan.phrase ? unique.map((text) => ({ origin: { text, phrase: true }, term: phraseTerm(text) })) : [];
  const plains = plan.plain ? unique.map((text) => ({ origin: { text, phrase: false }, term: wordsTerm(text) })) : [];
  return [...phrases, ...plains];
}

export interface RankedHit<T> {
  hit: T;
  origin: HitOrigin;
}

/**
 * Merge result lists in priority order (phrase lists first), each document once, at its first place.
 * `idOf` identifies a document (Pagefind's page id).
 */
export function mergeHits<T>(lists: readonly { origin: HitOrigin; hits: readonly T[] }[], idOf: (hit: T) => string): RankedHit<T>[] {
  const seen = new Set<string>();
  const out: RankedHit<T>[] = [];
  for (const { origin, hits } of lists) {
    for (const hit of hits) {
      const id = idOf(hit);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ hit, origin });
    }
  }
  return out;
}

/**
 * Reorder merged hits by a global order (e.g. every page by date, newest first); hits missing from
 * it keep their relative order at the end.
 */
export function orderBy<T>(hits: readonly RankedHit<T>[], rank: ReadonlyMap<string, number>, idOf: (hit: T) => string): RankedHit<T>[] {
  const position = (h: RankedHit<T>) => rank.get(idOf(h.hit)) ?? Number.MAX_SAFE_INTEGER;
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => position(a.h) - position(b.h) || a.i - b.i)
    .map(({ h }) => h);
}

/**
 * Words of a query as the reader sees them, for highlighting in the document: the whole phrase for a
 * phrase hit, otherwise the words a Chinese word segmenter finds (网络 主权).
 */
export function highlightTerms(origin: HitOrigin, segment: (text: string) => string[]): string[] {
  if (origin.phrase) return [origin.text];
  const words = origin.text.split(' ').flatMap((part) => segment(part));
  return [...new Set(words.filter((w) => w.trim() !== ''))];
}

/**
 * The id to jump to for a hit: the last anchored element that starts at or before the first matched
 * word of the body. Matches in the title (the h1) do not count: the reader is already at the top.
 * Paragraph markers may come packed (search-anchors.ts).
 */
export function anchorForHit(anchors: readonly Anchor[], locations: readonly number[]): string | undefined {
  const sorted = unpackAnchors(anchors).sort((a, b) => a.location - b.location);
  const bodyStart = sorted.find((a) => a.element !== 'h1')?.location;
  if (bodyStart === undefined) return undefined;
  const first = [...locations].sort((a, b) => a - b).find((l) => l >= bodyStart);
  if (first === undefined) return undefined;
  let id: string | undefined;
  for (const a of sorted) {
    if (a.location > first) break;
    if (a.element !== 'h1') id = a.id;
  }
  return id;
}

/** The document URL a result links to: highlight terms in the query string, the anchor as hash. */
export function resultHref(url: string, terms: readonly string[], anchor: string | undefined): string {
  const [path = url] = url.split(/[?#]/);
  const params = new URLSearchParams();
  for (const term of terms) params.append('highlight', term);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}
