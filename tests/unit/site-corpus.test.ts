import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, type DocData } from '../../src/lib/corpus.ts';

const pair = (slug: string, hans: Partial<DocData>, hant: Partial<DocData>, shared: Partial<DocData> = {}): DocData[] => [
  { slug, title: slug, lang: 'zh-Hans', originalLang: 'zh-Hans', chars: 10, aliases: [], ...shared, ...hans },
  { slug, title: slug, lang: 'zh-Hant', originalLang: 'zh-Hans', chars: 10, aliases: [], ...shared, ...hant },
];

describe('buildCorpusIndex', () => {
  const entries = [
    ...pair('b', { source: '新华社', title: '乙' }, { source: '新華社', title: '乙' }, { date: '2015-10-09' }),
    ...pair('a', { source: '人民网' }, { source: '人民網' }, { date: '2022-11-07', aliases: ['a-old', 'b'] }),
    ...pair('c', {}, {}),
  ];
  const index = buildCorpusIndex(entries);

  it('pairs both scripts by slug', () => {
    expect([...index.docs['zh-Hans'].keys()]).toEqual(['a', 'b', 'c']);
    expect([...index.docs['zh-Hant'].keys()]).toEqual(['a', 'b', 'c']);
    expect(index.unpaired).toEqual([]);
  });

  it('derives one source key per document from the Simplified name', () => {
    expect(index.sourceKey.get('b')).toBe('xin-hua-she');
    expect(index.summaries['zh-Hant'].find((d) => d.slug === 'b')).toMatchObject({ source: '新華社', sourceKey: 'xin-hua-she' });
    expect(index.sourceKey.has('c')).toBe(false);
  });

  it('summaries are in index order (newest first, undated last)', () => {
    expect(index.summaries['zh-Hans'].map((d) => d.slug)).toEqual(['a', 'b', 'c']);
  });

  it('knows each document\'s title and neighbours in its script', () => {
    expect(index.titles['zh-Hans'].get('b')).toBe('乙');
    expect(index.neighbours['zh-Hant'].get('b')).toMatchObject({ newer: { slug: 'a' }, older: { slug: 'c' } });
  });

  it('maps alias slugs to their document but never shadows a real document', () => {
    expect([...index.aliases]).toEqual([['a-old', 'a']]);
  });

  it('reports documents that exist in one script only', () => {
    const lonely = buildCorpusIndex([...entries, { slug: 'd', title: 'd', lang: 'zh-Hant', originalLang: 'zh-Hant', chars: 1, aliases: [] }]);
    expect(lonely.unpaired).toEqual(['d']);
  });
});
