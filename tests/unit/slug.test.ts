import { describe, expect, it } from 'vitest';
import { assignSlugs, baseSlug, isValidSlug, romanize } from '../../scripts/pipeline/slug.ts';

describe('slugs', () => {
  it('romanises a title in either script to the same ASCII words', () => {
    expect(romanize('网络空间国际合作战略')).toBe('wang-luo-kong-jian-guo-ji-he-zuo');
    expect(romanize('網絡空間國際合作戰略')).toBe(romanize('网络空间国际合作战略'));
  });

  it('prefixes the date and keeps Latin words and numbers', () => {
    expect(baseSlug({ title: '中美IPv6合作', date: '2015-10-09', body: 'x' })).toBe('2015-10-09-zhong-mei-ipv6-he-zuo');
  });

  it('falls back to a content hash when the title is unknown, and is always valid', () => {
    const slug = baseSlug({ body: '正文' });
    expect(slug).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(isValidSlug(slug)).toBe(true);
    expect(isValidSlug(baseSlug({ title: '《》——！', body: 'y' }))).toBe(true);
  });

  it('gives colliding titles suffixes that do not depend on input order', () => {
    const a = { title: '同名文件', date: '2020', body: '甲' };
    const b = { title: '同名文件', date: '2020', body: '乙' };
    const forward = assignSlugs([a, b]);
    const backward = assignSlugs([b, a]);
    expect(new Set(forward).size).toBe(2);
    expect(forward).toEqual([backward[1], backward[0]]);
  });

  it('honours a forced slug', () => {
    expect(assignSlugs([{ title: '标题', body: 'x' }], ['my-slug'])).toEqual(['my-slug']);
    expect(isValidSlug('Not Valid')).toBe(false);
  });
});
