import { describe, expect, it } from 'vitest';
import { negotiateLocale, scriptOfTag } from '../../src/lib/negotiate.ts';

describe('scriptOfTag', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh_tw', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
  ] as const)('%s → %s', (tag, script) => {
    expect(scriptOfTag(tag)).toBe(script);
  });

  it('ignores languages other than Chinese', () => {
    expect(scriptOfTag('en-US')).toBeUndefined();
    expect(scriptOfTag('ja')).toBeUndefined();
    expect(scriptOfTag('zhx')).toBeUndefined();
  });
});

describe('negotiateLocale', () => {
  it('prefers the stored choice over the browser languages', () => {
    expect(negotiateLocale('zh-Hant', ['zh-CN'])).toBe('zh-Hant');
    expect(negotiateLocale('zh-Hans', ['zh-TW'])).toBe('zh-Hans');
  });

  it('ignores a stored value that is not a locale', () => {
    expect(negotiateLocale('klingon', ['zh-TW'])).toBe('zh-Hant');
  });

  it('uses the first Chinese language in the list', () => {
    expect(negotiateLocale(null, ['en-GB', 'zh-HK', 'zh-CN'])).toBe('zh-Hant');
    expect(negotiateLocale(null, ['en-GB', 'zh-CN', 'zh-TW'])).toBe('zh-Hans');
  });

  it('falls back to 简体 without any Chinese language', () => {
    expect(negotiateLocale(undefined, ['en-US', 'fr'])).toBe('zh-Hans');
    expect(negotiateLocale(null, [])).toBe('zh-Hans');
  });
});
