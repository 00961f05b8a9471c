/** Result excerpts become text and <mark> segments only: nothing in a document can become markup. */
import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../src/lib/search-excerpt.ts';
import { cleanTerms, findHits, findRanges } from '../../src/lib/search-highlight.ts';

describe('parseExcerpt', () => {
  it('splits marked and unmarked text, joining adjacent marks into one hit', () => {
    expect(parseExcerpt('尊重<mark>网络</mark><mark>主权</mark>，发扬伙伴精神')).toEqual([
      { text: '尊重', marked: false },
      { text: '网络主权', marked: true },
      { text: '，发扬伙伴精神', marked: false },
    ]);
  });

  it('keeps escaped markup from the document as literal text', () => {
    const segments = parseExcerpt('&lt;script&gt;alert(1)&lt;/script&gt; <mark>网络</mark> &lt;img src=x onerror=y&gt;');
    expect(segments.map((s) => s.text).join('')).toBe('<script>alert(1)</script> 网络 <img src=x onerror=y>');
    expect(segments.filter((s) => s.marked)).toEqual([{ text: '网络', marked: true }]);
  });

  it('treats any tag other than <mark> as text', () => {
    expect(parseExcerpt('<b>粗</b><mark class="x">标</mark>')).toEqual([{ text: '<b>粗</b><mark class="x">标</mark>', marked: false }]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('finding terms in a document', () => {
  it('finds every occurrence, the longer term winning where terms overlap', () => {
    expect(findRanges('网络主权和网络安全', ['网络', '网络主权'])).toEqual([
      [0, 4],
      [5, 7],
    ]);
  });

  it('matches Latin text regardless of case', () => {
    expect(findRanges('The ICANN model; icann.', ['Icann'])).toEqual([
      [4, 9],
      [17, 22],
    ]);
  });

  it('finds a hit that crosses text nodes and splits it into pieces', () => {
    expect(findHits(['尊重网', '络主权，', '网络'], ['网络主权'])).toEqual([
      [
        { node: 0, start: 2, end: 3 },
        { node: 1, start: 0, end: 3 },
      ],
    ]);
  });

  it('bounds the number of hits', () => {
    expect(findRanges('的'.repeat(2000), ['的'], 50)).toHaveLength(50);
  });

  it('cleans terms: trimmed, deduplicated, longest first, empty ones dropped', () => {
    expect(cleanTerms([' 网络 ', '', '网络主权', '网络', '\u3000'])).toEqual(['网络主权', '网络']);
  });
});
