import { describe, expect, it } from 'vitest';
import { findExactDuplicates, normalizeForCompare } from '../../scripts/pipeline/dedupe-across.ts';

describe('exact duplicates across documents', () => {
  it('ignores whitespace, punctuation width and case', () => {
    expect(normalizeForCompare('中国, 网络 ABC。')).toBe(normalizeForCompare('中国，网络abc.'));
  });

  it('merges identical bodies and keeps the earliest by key as survivor', () => {
    const merges = findExactDuplicates([
      { hansBody: '网络空间命运共同体。', key: 'b.txt#0' },
      { hansBody: '另一篇文章。', key: 'a.txt#0' },
      { hansBody: '网络空间 命运共同体', key: 'a.txt#1' },
    ]);
    expect(merges).toEqual([{ survivor: 2, merged: [0] }]);
  });

  it('does not merge documents that differ in content or are empty', () => {
    expect(findExactDuplicates([{ hansBody: '甲', key: '1' }, { hansBody: '乙', key: '2' }, { hansBody: '', key: '3' }, { hansBody: '。', key: '4' }])).toEqual([]);
  });
});
