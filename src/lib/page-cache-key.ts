/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, opt-in with
 * ASTRO_INCREMENTAL=1): a page is rendered again only when its key, its code or the config changed.
 * The key must therefore cover every piece of data the page shows that its code does not: for a
 * document page, its own file (the entry digest covers frontmatter and body), its source's key, its
 * neighbours in date order and the titles of the documents it links to.
 */
import { createHash } from 'node:crypto';
import { shownDoc, type CorpusIndex, type DocData, type DocPage } from './corpus.ts';

/** What the key reads of a document beyond DocData. */
export interface KeyedDoc extends DocData {
  entry: { digest?: string };
  related?: readonly { slug: string }[];
}

export function docPageCacheKey<T extends KeyedDoc>(corpus: CorpusIndex<T>, page: DocPage): string {
  const { target, doc } = shownDoc(corpus, page);
  const titles = corpus.titles[page.locale];
  const around = corpus.neighbours[page.locale].get(doc.slug) ?? {};
  const parts = [
    page.kind,
    target,
    doc.lang,
    doc.entry.digest ?? '',
    corpus.sourceKey.get(doc.slug) ?? '',
    around.newer ?? null,
    around.older ?? null,
    // A related document's title, or '' when it is not published (the link is then left out).
    (doc.related ?? []).map((r) => [r.slug, titles.get(r.slug) ?? '']),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
