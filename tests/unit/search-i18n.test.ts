/** Search interface text: same keys in both scripts, each written in its own script, templates filled. */
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/format.ts';
import { SEARCH_UI } from '../../src/lib/search-i18n.ts';

describe('search strings', () => {
  it('have the same keys in both scripts, none empty', () => {
    expect(Object.keys(SEARCH_UI['zh-Hant']).sort()).toEqual(Object.keys(SEARCH_UI['zh-Hans']).sort());
    for (const table of Object.values(SEARCH_UI)) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('are Simplified on 简体 pages and Traditional on 繁體 pages', () => {
    const toSimplified = Converter({ from: 't', to: 'cn' });
    const toTraditional = Converter({ from: 'cn', to: 't' });
    for (const text of Object.values(SEARCH_UI['zh-Hans'])) expect(toSimplified(text)).toBe(text);
    for (const text of Object.values(SEARCH_UI['zh-Hant'])) expect(toTraditional(text)).toBe(text);
    expect(SEARCH_UI['zh-Hant'].submit).toBe('搜尋');
    expect(SEARCH_UI['zh-Hans'].submit).toBe('搜索');
  });

  it('fill their count templates', () => {
    expect(fillTemplate(SEARCH_UI['zh-Hans'].countTemplate, { n: 3, q: '网络主权' })).toBe('找到 3 篇包含“网络主权”的文献。');
    expect(fillTemplate(SEARCH_UI['zh-Hant'].noResultsTemplate, { q: '量子' })).toBe('沒有找到包含「量子」的文獻。');
  });
});
