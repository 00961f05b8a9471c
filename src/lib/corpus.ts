/**
 * The corpus as the site sees it: documents of both scripts paired by slug, with summaries for the
 * index, source keys shared by both scripts, and alias redirects. Pure over frontmatter data, so it
 * is unit-tested without Astro; src/lib/content.ts feeds it from the content collection.
 */
import { neighbours, sortByDate, type DocSummary, type Neighbours } from './docs.ts';
import { LOCALES, type Locale } from './locales.ts';
import { sourceKeys } from './source-slug.ts';

/** The frontmatter fields the site reads (see src/content.config.ts for the full schema). */
export interface DocData {
  slug: string;
  title: string;
  lang: Locale;
  originalLang: Locale;
  date?: string;
  source?: string;
  chars: number;
  aliases: string[];
}

export interface CorpusIndex<T extends DocData> {
  /** Per script: slug → document. */
  docs: Record<Locale, Map<string, T>>;
  /** Per script: summaries, newest first (the index order). */
  summaries: Record<Locale, DocSummary[]>;
  /** Per script: slug → title (for links to related documents). */
  titles: Record<Locale, Map<string, string>>;
  /** Per script: slug → the newer and older document in index order. */
  neighbours: Record<Locale, Map<string, Neighbours>>;
  /** Slug → source key (from the Simplified source name, so it is the same in both scripts). */
  sourceKey: Map<string, string>;
  /** Alias slug → the slug of the document it was merged into. */
  aliases: Map<string, string>;
  /** Slugs present in only one script (a pipeline fault; pages still render). */
  unpaired: string[];
}

export function buildCorpusIndex<T extends DocData>(entries: readonly T[]): CorpusIndex<T> {
  const docs: Record<Locale, Map<string, T>> = { 'zh-Hans': new Map(), 'zh-Hant': new Map() };
  for (const e of [...entries].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) docs[e.lang].set(e.slug, e);

  // Source keys come from the Simplified name; a document only in 繁體 falls back to its own name.
  const sourceName = new Map<string, string>();
  for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
    for (const d of docs[locale].values()) if (d.source) sourceName.set(d.slug, d.source);
  }
  const keys = sourceKeys(sourceName.values());
  const sourceKey = new Map<string, string>();
  for (const [slug, name] of sourceName) sourceKey.set(slug, keys.get(name)!);

  const summaries = {} as Record<Locale, DocSummary[]>;
  for (const locale of LOCALES) {
    summaries[locale] = sortByDate(
      [...docs[locale].values()].map((d) => ({
        slug: d.slug,
        title: d.title,
        date: d.date,
        source: d.source,
        sourceKey: d.source ? sourceKey.get(d.slug) : undefined,
        originalLang: d.originalLang,
        chars: d.chars,
      })),
    );
  }

  const titles = {} as Record<Locale, Map<string, string>>;
  const around = {} as Record<Locale, Map<string, Neighbours>>;
  for (const locale of LOCALES) {
    titles[locale] = new Map(summaries[locale].map((d) => [d.slug, d.title]));
    around[locale] = new Map(summaries[locale].map((d, i, all) => [d.slug, neighbours(all, d.slug, i)]));
  }

  const aliases = new Map<string, string>();
  for (const d of docs['zh-Hans'].values()) {
    for (const alias of d.aliases) {
      const taken = docs['zh-Hans'].has(alias) || docs['zh-Hant'].has(alias) || aliases.has(alias);
      if (!taken && alias !== d.slug) aliases.set(alias, d.slug);
    }
  }

  const hans = new Set(docs['zh-Hans'].keys());
  const hant = new Set(docs['zh-Hant'].keys());
  const unpaired = [...hans].filter((s) => !hant.has(s)).concat([...hant].filter((s) => !hans.has(s))).sort();

  return { docs, summaries, titles, neighbours: around, sourceKey, aliases, unpaired };
}

/** What a document page is: a document in one script, or an alias redirecting to its survivor. */
export interface DocPage {
  locale: Locale;
  slug: string;
  kind: 'doc' | 'alias';
}

/** The document a page shows: its own, an alias's survivor, and the other script's when it has no twin. */
export function shownDoc<T extends DocData>(corpus: CorpusIndex<T>, { locale, slug, kind }: DocPage): { target: string; doc: T } {
  const target = kind === 'alias' ? corpus.aliases.get(slug)! : slug;
  const doc = corpus.docs[locale].get(target) ?? corpus.docs[locale === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans'].get(target)!;
  return { target, doc };
}
