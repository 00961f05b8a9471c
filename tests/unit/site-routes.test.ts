import { describe, expect, it } from 'vitest';
import { localeFromPath, localePath, otherLocale } from '../../src/lib/locales.ts';
import { absoluteUrl, routes, switchLocale } from '../../src/lib/routes.ts';

describe('routes', () => {
  it('put every page under the lowercased locale path', () => {
    expect(routes.home('zh-Hant')).toBe('/zh-hant/');
    expect(routes.doc('zh-Hans', 'a-b')).toBe('/zh-hans/docs/a-b/');
    expect(routes.source('zh-Hant', 'xin-hua-she')).toBe('/zh-hant/source/xin-hua-she/');
    expect(routes.year('zh-Hans', '2015')).toBe('/zh-hans/year/2015/');
    expect(routes.script('zh-Hans', 'hant')).toBe('/zh-hans/script/hant/');
  });

  it('switchLocale maps a page onto the same page in the other script', () => {
    expect(switchLocale('/zh-hans/docs/a-b/', 'zh-Hant')).toBe('/zh-hant/docs/a-b/');
    expect(switchLocale('/zh-hant/', 'zh-Hans')).toBe('/zh-hans/');
    expect(switchLocale('/zh-hant/search/', 'zh-Hant')).toBe('/zh-hant/search/');
    expect(switchLocale('/', 'zh-Hant')).toBe('/zh-hant/');
    expect(switchLocale('/zh-hansx/', 'zh-Hant')).toBe('/zh-hant/');
  });

  it('absoluteUrl resolves against the site', () => {
    expect(absoluteUrl(new URL('https://example.org'), '/zh-hans/')).toBe('https://example.org/zh-hans/');
    expect(absoluteUrl('https://reader.example/', '/zh-hant/docs/x/')).toBe('https://reader.example/zh-hant/docs/x/');
  });
});

describe('locales', () => {
  it('convert between codes and paths', () => {
    expect(localePath('zh-Hant')).toBe('zh-hant');
    expect(localeFromPath('zh-hans')).toBe('zh-Hans');
    expect(localeFromPath('zh-Hans')).toBeUndefined();
    expect(otherLocale('zh-Hans')).toBe('zh-Hant');
  });
});
