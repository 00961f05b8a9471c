/** The indexed copy of a page holds one word per Han character; the served page is untouched. */
import { describe, expect, it } from 'vitest';
import { urlOfBuiltFile } from '../../src/lib/search-paths.ts';
import { emptyParagraphAnchors, phraseTerm, queryTokens, separateHan, separateHanInHtml, stripBreaks, WORD_BREAK } from '../../src/lib/search-segment.ts';

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

describe('emptyParagraphAnchors', () => {
  it('moves each paragraph id onto an empty marker at the start of the paragraph', () => {
    const html = '<h1 id="doc-title">标题</h1><div class="prose"><h2 id="h1">一、总则</h2><p id="p2">第一段。</p>\n<p id="p3">第二段</p></div>';
    expect(emptyParagraphAnchors(html)).toBe(
      '<h1 id="doc-title">标题</h1><div class="prose"><h2 id="h1">一、总则</h2><p><span id="p2"></span>第一段。</p>\n<p><span id="p3"></span>第二段</p></div>',
    );
  });

  it('leaves text and attribute values that quote a paragraph tag alone', () => {
    const html = '<meta name="description" content="<p id=&quot;p9&quot;>"><p id="p1">&lt;p id="p2"&gt; 不是标签</p>';
    expect(emptyParagraphAnchors(html)).toBe('<meta name="description" content="<p id=&quot;p9&quot;>"><p><span id="p1"></span>&lt;p id="p2"&gt; 不是标签</p>');
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
