/** Building the conversion data from the corpus: alignment, fallbacks, phrase table, determinism, MDX reading. */
import { describe, expect, it } from 'vitest';
import { pairDocument, parseMdxDocument } from '../../src/lib/search-corpus.ts';
import { align, buildConversionData, clauses, type BlockPair } from '../../src/lib/search-map.ts';
import { charKey, conversionDirection, rulesUrl, tableUrl } from '../../src/lib/search-paths.ts';

describe('alignment', () => {
  it('aligns blocks of equal length character by character', () => {
    const { aligned, stats } = align([{ hans: '网络空间', hant: '網絡空間' }]);
    expect(aligned).toEqual([[['网', '络', '空', '间'], ['網', '絡', '空', '間']]]);
    expect(stats).toMatchObject({ blocks: 1, equalBlocks: 1, alignedChars: 4, unalignedChars: 0 });
  });

  it('falls back to clauses when a block differs in length, and keeps the equal clauses', () => {
    const { aligned, unequal, stats } = align([{ hans: '发展互联网，保障安全。', hant: '發展網際網路，保障安全。' }]);
    expect(aligned.map(([a, b]) => [a.join(''), b.join('')])).toContainEqual(['保障安全', '保障安全']);
    expect(unequal.map(([a, b]) => [a.join(''), b.join('')])).toEqual([['发展互联网', '發展網際網路']]);
    expect(stats.equalBlocks).toBe(0);
    expect(stats.unalignedChars).toBe(5);
  });

  it('skips a block whose clauses do not pair up, and counts it', () => {
    const { aligned, stats } = align([{ hans: '甲，乙', hant: '甲乙丙丁' }]);
    expect(aligned).toEqual([]);
    expect(stats.unalignedChars).toBe(3);
  });

  it('splits clauses at punctuation and whitespace, keeping each break', () => {
    expect(clauses(Array.from('一、二 三。')).map((c) => c.join(''))).toEqual(['一', '、', '二', ' ', '三', '。']);
  });

  it('counts characters outside the Basic Multilingual Plane as one', () => {
    const { aligned } = align([{ hans: '𠮷发', hant: '𠮷發' }]);
    expect(aligned[0]![0]).toEqual(['𠮷', '发']);
  });
});

describe('conversion data', () => {
  const pairs: BlockPair[] = [
    { hans: '发展发展发表', hant: '發展發展發表' },
    { hans: '头发理发', hant: '頭髮理髮' },
    { hans: '网络网络', hant: '網絡網路' },
  ];

  it('stores usual counterparts as pairs and only characters that change', () => {
    const { table } = buildConversionData(pairs).hansToHant;
    const chars = Array.from(table.chars);
    const map = new Map<string, string>();
    for (let i = 0; i < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
    expect(map.get('发')).toBe('發');
    expect(map.get('展')).toBeUndefined();
    expect(table.contextChars).toContain('发');
  });

  it('keeps context rules with their margin, for the counterpart that is not the usual one', () => {
    const rules = buildConversionData(pairs).hansToHant.rules.get('发')!;
    expect(rules.before).toEqual({ 头: ['髮', 1], 理: ['髮', 1] });
    expect(rules.after).toEqual({ 理: ['髮', 1] });
  });

  it('prefers the character itself on a tie (网络 written 網絡 once and 網路 once keeps 絡 as the usual)', () => {
    const { table } = buildConversionData(pairs).hansToHant;
    expect(Array.from(table.chars).join('')).toContain('络絡');
  });

  it('is the same whatever the order of the blocks', () => {
    const a = buildConversionData(pairs);
    const b = buildConversionData([...pairs].reverse());
    expect(JSON.stringify(b.hansToHant.table)).toBe(JSON.stringify(a.hansToHant.table));
    expect(JSON.stringify([...b.hantToHans.rules])).toBe(JSON.stringify([...a.hantToHans.rules]));
    expect(b.triggers).toEqual(a.triggers);
  });

  it('splits trigger characters into those only the other script uses and those both use', () => {
    const data = buildConversionData([
      { hans: '干部后来', hant: '幹部後來' },
      { hans: '干部', hant: '幹部' },
      { hans: '若干', hant: '若干' },
    ]);
    expect(data.triggers['zh-Hant']).toEqual({ exclusive: '后来', shared: '干' });
    expect(data.triggers['zh-Hans']).toEqual({ exclusive: '來幹後', shared: '' });
  });
});

describe('reading the generated MDX', () => {
  const mdx = [
    '---',
    'title: "网络空间国际合作战略"',
    'slug: "x"',
    'source: "外交部"',
    'related: [{"slug":"y"}]',
    '---',
    '',
    '## 第一章 机遇与挑战',
    '',
    '1\\. 各国应该加强沟通\\(合作\\)，共享 \\<数据\\>。',
    '',
    '&#105;mport 是一个词',
    '',
  ].join('\n');

  it('reads title, source and the visible text of each block', () => {
    expect(parseMdxDocument(mdx)).toEqual({
      title: '网络空间国际合作战略',
      source: '外交部',
      blocks: ['第一章 机遇与挑战', '1. 各国应该加强沟通(合作)，共享 <数据>。', 'import 是一个词'],
    });
  });

  it('pairs blocks only when both versions have as many', () => {
    const hans = { title: '甲', source: '乙', blocks: ['一', '二'] };
    expect(pairDocument(hans, { title: '甲', source: '乙', blocks: ['一', '二'] })).toHaveLength(4);
    expect(pairDocument(hans, { title: '甲', blocks: ['一'] })).toEqual([{ hans: '甲', hant: '甲' }]);
  });
});

describe('data URLs', () => {
  it('name characters by code point and pick the direction into the page script', () => {
    expect(charKey('發')).toBe('767c');
    expect(charKey('𠮷')).toBe('20bb7');
    expect(conversionDirection('zh-Hans')).toBe('hant-to-hans');
    expect(tableUrl('/', 'hans-to-hant')).toBe('/search-data/hans-to-hant.json');
    expect(rulesUrl('/', 'hant-to-hans', '絡')).toBe('/search-data/hant-to-hans/7d61.json');
  });
});
