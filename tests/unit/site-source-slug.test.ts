import { describe, expect, it } from 'vitest';
import { sourceKeys, sourceSlug } from '../../src/lib/source-slug.ts';

describe('sourceSlug', () => {
  it('romanizes Chinese source names into URL-safe words', () => {
    expect(sourceSlug('新华社')).toBe('xin-hua-she');
    expect(sourceSlug('中国网财经')).toBe('zhong-guo-wang-cai-jing');
  });

  it('gives the same key for a name in either script', () => {
    expect(sourceSlug('新華社')).toBe(sourceSlug('新华社'));
  });

  it('keeps Latin letters and digits and drops punctuation', () => {
    expect(sourceSlug('China Daily（英文版）')).toBe('china-daily-ying-wen-ban');
    expect(sourceSlug('People’s Daily 2.0')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('falls back to a hash for names without letters', () => {
    expect(sourceSlug('——')).toMatch(/^source-[0-9a-z]{7}$/);
    expect(sourceSlug('——')).toBe(sourceSlug('——'));
  });
});

describe('sourceKeys', () => {
  it('gives every distinct name a distinct key, also for homophones', () => {
    const keys = sourceKeys(['新华社', '新华社', '信化社', '人民网']);
    expect(keys.size).toBe(3);
    expect(new Set(keys.values()).size).toBe(3);
    expect(keys.get('人民网')).toBe('ren-min-wang');
    expect(keys.get('新华社')).toMatch(/^xin-hua-she-[0-9a-z]+$/);
  });

  it('does not depend on the order of the names', () => {
    const a = sourceKeys(['甲方', '乙方', '假方']);
    const b = sourceKeys(['假方', '乙方', '甲方']);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });
});
