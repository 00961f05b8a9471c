/**
 * Reads the `docs` content collection once per build and indexes it (see corpus.ts).
 * Only pages import this module: it depends on Astro's `astro:content`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCorpusIndex, type CorpusIndex } from './corpus.ts';

export type DocEntry = CollectionEntry<'docs'>;
export type DocRecord = DocEntry['data'] & { entry: DocEntry };

let corpus: Promise<CorpusIndex<DocRecord>> | undefined;

export function loadCorpus(): Promise<CorpusIndex<DocRecord>> {
  corpus ??= getCollection('docs').then((entries) => {
    const index = buildCorpusIndex(entries.map((entry) => ({ ...entry.data, entry })));
    if (index.unpaired.length > 0) {
      console.warn(
        `site: ${index.unpaired.length} document(s) exist in only one script (${index.unpaired.slice(0, 5).join(', ')}). ` +
          'If that is every document, entry ids collide across scripts: the collection loader needs path-based ids ' +
          "(generateId: ({ entry }) => entry.replace(/\\.mdx$/, '')).",
      );
    }
    return index;
  });
  return corpus;
}
