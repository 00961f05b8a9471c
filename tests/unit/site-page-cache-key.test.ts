import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, shownDoc } from '../../src/lib/corpus.ts';
import { docPageCacheKey, type KeyedDoc } from '../../src/lib/page-cache-key.ts';

// Five dated documents in both scripts (index order e, d, c, b, a), "a" merged an alias, "b" links to "e".
function corpus(change: (d: KeyedDoc) => void = () => {}) {
  const docs: KeyedDoc[] = [];
  ['a', 'b', 'c', 'd', 'e'].forEach((slug, i) => {
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      const doc: KeyedDoc = {
        slug,
        title: `标题${slug}`,
        lang,
        originalLang: 'zh-Hans',
        date: `2020-0${i + 1}-01`,
        chars: 100,
        aliases: slug === 'a' ? ['a-old'] : [],
        entry: { digest: `${slug}-${lang}` },
        related: slug === 'b' ? [{ slug: 'e' }] : [],
      };
      change(doc);
      docs.push(doc);
    }
  });
  return buildCorpusIndex(docs);
}

const keys = (index: ReturnType<typeof corpus>) =>
  Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'a-old'].map((slug) => [slug, docPageCacheKey(index, { locale: 'zh-Hant', slug, kind: slug === 'a-old' ? 'alias' : 'doc' })]));

/** Pages whose key differs after a change: the pages an incremental build renders again. */
function rerendered(change: (d: KeyedDoc) => void): string[] {
  const before = keys(corpus());
  const after = keys(corpus(change));
  return Object.keys(before).filter((slug) => before[slug] !== after[slug]).sort();
}

describe('docPageCacheKey', () => {
  it('is the same for the same corpus, and differs between pages', () => {
    expect(keys(corpus())).toEqual(keys(corpus()));
    expect(new Set(Object.values(keys(corpus()))).size).toBe(6);
  });

  it('a changed file re-renders its own page and nothing else when its title stays', () => {
    expect(rerendered((d) => d.slug === 'c' && (d.entry.digest = 'changed'))).toEqual(['c']);
  });

  it('a changed title re-renders the pages that show it: its neighbours and the pages linking to it', () => {
    // d and b are c's neighbours in date order; b links to e.
    expect(rerendered((d) => d.slug === 'c' && ((d.title = '新标题'), (d.entry.digest = 'changed')))).toEqual(['b', 'c', 'd']);
    expect(rerendered((d) => d.slug === 'e' && ((d.title = '新标题'), (d.entry.digest = 'changed')))).toEqual(['b', 'd', 'e']);
  });

  it('an alias page follows the document it redirects to', () => {
    expect(rerendered((d) => d.slug === 'a' && (d.entry.digest = 'changed'))).toEqual(['a', 'a-old']);
    expect(shownDoc(corpus(), { locale: 'zh-Hant', slug: 'a-old', kind: 'alias' }).doc.slug).toBe('a');
  });

  it('a new date order re-renders the pages whose neighbours changed', () => {
    // a moves from oldest to newest: its old neighbour b, its new neighbour e, and a itself.
    expect(rerendered((d) => d.slug === 'a' && ((d.date = '2021-01-01'), (d.entry.digest = 'changed')))).toEqual(['a', 'a-old', 'b', 'e']);
  });
});
