/** The indexed copy of a page holds one word per Han character; the served page is untouched. */
import { describe, expect, it } from 'vitest';
import { urlOfBuiltFile } from '../../src/lib/search-paths.ts';
import { phraseTerm, queryTokens, separateHan, separateHanInHtml, stripBreaks, WORD_BREAK } from '../../src/lib/search-segment.ts';

const B = WORD_BREAK;

describe('separateHan', () => {
  it('breaks around every Han character, not inside Latin words or numbers', () => {
    expect(separateHan('2015年网络ICANN会议')).toBe(`2015${B}年${B}网${B}络${B}ICANN${B}会${B}议`);
  });

  it('adds no break next to whitespace or an existing break, and is idempotent', () => {
    expect(separateHan('网 络')).toBe('网 络');
    const once = separateHan('联合国大会，发言');
    expect(separateHan(once)).toBe(once);
    expect(stripBreaks(once)).toBe('联合国大会，发言');
  });
});

describe('separateHanInHtml', () => {
  it('changes text only: never tags, attribute values or comments', () => {
    const html = '<h1 data-pagefind-meta="title" title="网络>主权">网络主权</h1><!-- 注释 --><span data-source="新华社"></span>中文&amp;英文';
    expect(separateHanInHtml(html)).toBe(
      `<h1 data-pagefind-meta="title" title="网络>主权">网${B}络${B}主${B}权</h1><!-- 注释 --><span data-source="新华社"></span>中${B}文${B}&amp;${B}英${B}文`,
    );
  });

  it('keeps the visible text the same once the breaks are removed', () => {
    const html = '<p id="p1">“网络空间是人类共同的活动空间。”——2015年12月</p>';
    expect(stripBreaks(separateHanInHtml(html))).toBe(html);
  });
});

describe('query terms', () => {
  it('send each Han character as a word and quote phrases', () => {
    expect(queryTokens('联合国 ICANN')).toEqual(['联', '合', '国', 'ICANN']);
    expect(phraseTerm('数字鸿沟')).toBe('"数 字 鸿 沟"');
  });
});

describe('urlOfBuiltFile', () => {
  it('maps a built page to the URL it is served at', () => {
    expect(urlOfBuiltFile('zh-hans/docs/x/index.html')).toBe('/zh-hans/docs/x/');
    expect(urlOfBuiltFile('index.html')).toBe('/');
    expect(urlOfBuiltFile('zh-hant/404.html')).toBe('/zh-hant/404.html');
  });
});
