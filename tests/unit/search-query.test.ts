/** Search state in the URL, query planning (phrase + plain), merging, result links. */
import { describe, expect, it } from 'vitest';
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
} from '../../src/lib/search-query.ts';
import { packAnchors } from '../../src/lib/search-anchors.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort in a stable order', () => {
    const state = stateFromQuery(new URLSearchParams('sort=date&script=hant&year=2022&source=xin-hua-she&q=网络主权'));
    expect(state).toEqual({ q: '网络主权', source: 'xin-hua-she', year: '2022', script: 'hant', sort: 'date' });
    expect(stateToQuery(state)).toBe(`?q=${encodeURIComponent('网络主权')}&source=xin-hua-she&year=2022&script=hant&sort=date`);
  });

  it('drops values that are not filter keys, and defaults to relevance', () => {
    const state = stateFromQuery(new URLSearchParams('q=x&source=<b>&year=22&script=latin&sort=title'));
    expect(state).toEqual({ q: 'x', sort: 'relevance' });
    expect(stateToQuery({ q: '  ', sort: 'relevance' })).toBe('');
  });

  it('caps an overlong query', () => {
    expect(stateFromQuery(new URLSearchParams({ q: '网'.repeat(1000) })).q).toHaveLength(200);
  });

  it('turns filters into Pagefind filter names', () => {
    expect(pagefindFilters({ q: '', source: 'wai-jiao-bu', year: '2017', script: 'hans', sort: 'relevance' })).toEqual({ source: 'wai-jiao-bu', year: '2017', script: 'hans' });
    expect(pagefindFilters({ q: '', sort: 'date' })).toEqual({});
  });
});

describe('planQuery', () => {
  it('runs a run of Han characters as a phrase and as plain words', () => {
    expect(planQuery(' 打击网络犯罪 ')).toEqual({ text: '打击网络犯罪', phrase: true, plain: true });
  });

  it('runs a quoted query as a phrase only, whatever the quotation marks', () => {
    for (const q of ['"数字鸿沟"', '“数字鸿沟”', '「数字鸿沟」', '『数字鸿沟』']) {
      expect(planQuery(q)).toEqual({ text: '数字鸿沟', phrase: true, plain: false });
    }
  });

  it('runs several words, Latin text or a single character as plain words only', () => {
    expect(planQuery('网络  安全')).toEqual({ text: '网络 安全', phrase: false, plain: true });
    expect(planQuery('ICANN')).toEqual({ text: 'ICANN', phrase: false, plain: true });
    expect(planQuery('网')).toEqual({ text: '网', phrase: false, plain: true });
  });

  it('ignores stray quotation marks and empty queries', () => {
    expect(planQuery('网络"主权').text).toBe('网络主权');
    expect(planQuery('""')).toEqual({ text: '', phrase: false, plain: false });
    expect(planQuery('\u3000')).toEqual({ text: '', phrase: false, plain: false });
  });
});

describe('plannedSearches', () => {
  it('lists every phrase search before every plain one, each text once, one word per Han character', () => {
    const searches = plannedSearches(planQuery('干部'), ['幹部', '干部', '幹部']);
    expect(searches.map((s) => s.term)).toEqual(['"幹 部"', '"干 部"', '幹 部', '干 部']);
    expect(searches[0]!.origin).toEqual({ text: '幹部', phrase: true });
  });

  it('runs only the phrase for a quoted query', () => {
    expect(plannedSearches(planQuery('"网络主权"'), ['网络主权']).map((s) => s.term)).toEqual(['"网 络 主 权"']);
  });

  it('keeps Latin words and numbers whole', () => {
    expect(plannedSearches(planQuery('ICANN 2015年会议'), ['ICANN 2015年会议']).map((s) => s.term)).toEqual(['ICANN 2015 年 会 议']);
  });
});

describe('plain hits must contain every word', () => {
  const segment = (t: string) => (t === '网络主权' ? ['网络', '主权'] : t === '恐龙化石的x' ? ['恐龙', '化石', '的', 'x'] : [t]);

  it('requires the Han words of two or more characters', () => {
    expect(requiredWords('网络主权', segment)).toEqual(['网络', '主权']);
    expect(requiredWords('恐龙化石的x', segment)).toEqual(['恐龙', '化石']);
    expect(requiredWords('ICANN', segment)).toEqual([]);
  });

  it('keeps hits found by every word', () => {
    const sets = [new Set(['a', 'b']), new Set(['b', 'c'])];
    expect(keepInAll(['a', 'b', 'c'], sets, (id) => id)).toEqual(['b']);
    expect(keepInAll(['a'], [], (id) => id)).toEqual(['a']);
  });
});

describe('mergeHits', () => {
  const phrase = { text: '网络主权', phrase: true };
  const plain = { text: '网络主权', phrase: false };

  it('puts phrase hits first and lists each document once, at its first place', () => {
    const merged = mergeHits(
      [
        { origin: phrase, hits: ['b', 'd'] },
        { origin: plain, hits: ['a', 'b', 'c', 'd'] },
      ],
      (id) => id,
    );
    expect(merged.map((m) => m.hit)).toEqual(['b', 'd', 'a', 'c']);
    expect(merged.map((m) => m.origin.phrase)).toEqual([true, true, false, false]);
  });

  it('reorders by a global order (date), keeping unknown ids last in their order', () => {
    const merged = mergeHits([{ origin: plain, hits: ['x', 'b', 'a', 'y'] }], (id) => id);
    const byDate = new Map([
      ['a', 0],
      ['b', 1],
    ]);
    expect(orderBy(merged, byDate, (id) => id).map((m) => m.hit)).toEqual(['a', 'b', 'x', 'y']);
  });
});

describe('result links', () => {
  const anchors = [
    { id: 'doc-title', element: 'h1', location: 0 },
    { id: 'p1', element: 'p', location: 6 },
    { id: 'h2', element: 'h2', location: 40 },
    { id: 'p3', element: 'p', location: 44 },
  ];

  it('jump to the block holding the first hit in the body', () => {
    expect(anchorForHit(anchors, [50, 2, 45])).toBe('p3');
    expect(anchorForHit(anchors, [6])).toBe('p1');
    expect(anchorForHit(anchors, [41])).toBe('h2');
  });

  it('read paragraph markers packed by the build as the markers themselves', () => {
    const markers = [
      { id: 'doc-title', element: 'h1', text: '标题', location: 0 },
      { id: 'p1', element: 'span', text: '', location: 6 },
      { id: 'h2', element: 'h2', text: '一、总则', location: 40 },
      { id: 'p3', element: 'span', text: '', location: 44 },
      { id: 'p4', element: 'span', text: '', location: 70 },
    ];
    const packed = packAnchors(markers);
    expect(packed).toHaveLength(3);
    for (const hit of [[6], [41], [45], [69], [70], [500], [50, 2, 71]]) expect(anchorForHit(packed, hit)).toBe(anchorForHit(markers, hit));
    expect(anchorForHit(packed, [71])).toBe('p4');
  });

  it('do not jump for a hit in the title only, or without anchors', () => {
    expect(anchorForHit(anchors, [1, 3])).toBeUndefined();
    expect(anchorForHit([], [10])).toBeUndefined();
  });

  it('carry the highlight terms and the anchor, replacing any query or hash of the result URL', () => {
    expect(resultHref('/zh-hans/docs/a/?x=1#old', ['网络主权'], 'p3')).toBe(`/zh-hans/docs/a/?highlight=${encodeURIComponent('网络主权')}#p3`);
    expect(resultHref('/zh-hans/docs/a/', ['网络', '主权'], undefined)).toBe(`/zh-hans/docs/a/?highlight=${encodeURIComponent('网络')}&highlight=${encodeURIComponent('主权')}`);
  });

  it('highlight the whole phrase for a phrase hit, the words otherwise', () => {
    const words = (t: string) => (t === '网络主权' ? ['网络', '主权'] : [t]);
    expect(highlightTerms({ text: '网络主权', phrase: true }, words)).toEqual(['网络主权']);
    expect(highlightTerms({ text: '网络主权', phrase: false }, words)).toEqual(['网络', '主权']);
    expect(highlightTerms({ text: '网络主权 网络主权', phrase: false }, words)).toEqual(['网络', '主权']);
  });
});
