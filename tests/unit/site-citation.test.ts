import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexEscape, plainCitation, type CitationInput } from '../../src/lib/citation.ts';

const base: CitationInput = {
  slug: '2015-10-09-da-cheng-guo',
  title: '大成果勾勒中美互联网合作前景',
  author: '王某',
  source: '人民日报',
  date: '2015-10-09',
  pageUrl: 'https://example.org/zh-hans/docs/2015-10-09-da-cheng-guo/',
  lang: 'zh-Hans',
};

describe('plainCitation', () => {
  it('follows the author. title[EB/OL]. publisher, date. URL. pattern', () => {
    expect(plainCitation(base)).toBe(
      '王某. 大成果勾勒中美互联网合作前景[EB/OL]. 人民日报, 2015-10-09. https://example.org/zh-hans/docs/2015-10-09-da-cheng-guo/.',
    );
  });

  it('puts the source in the author position when there is no author', () => {
    expect(plainCitation({ ...base, author: undefined })).toBe(
      '人民日报. 大成果勾勒中美互联网合作前景[EB/OL]. 2015-10-09. https://example.org/zh-hans/docs/2015-10-09-da-cheng-guo/.',
    );
  });

  it('leaves out what is unknown without leaving stray punctuation', () => {
    const c = plainCitation({ ...base, author: undefined, source: undefined, date: undefined });
    expect(c).toBe('大成果勾勒中美互联网合作前景[EB/OL]. https://example.org/zh-hans/docs/2015-10-09-da-cheng-guo/.');
  });

  it('does not double a final full stop in the title', () => {
    expect(plainCitation({ ...base, title: '标题。' })).toContain('标题[EB/OL].');
  });

  it('mentions the original URL when known', () => {
    expect(plainCitation({ ...base, originalUrl: 'http://www.example.cn/a.htm' })).toMatch(/\(http:\/\/www\.example\.cn\/a\.htm\)$/);
  });

  it('is deterministic', () => {
    expect(plainCitation(base)).toBe(plainCitation({ ...base }));
  });
});

describe('bibtexEntry', () => {
  it('writes a @misc entry keyed by slug with braced title and author', () => {
    const entry = bibtexEntry(base);
    expect(entry.startsWith('@misc{2015-10-09-da-cheng-guo,\n')).toBe(true);
    expect(entry).toContain('title        = {{大成果勾勒中美互联网合作前景}}');
    expect(entry).toContain('author       = {{王某}}');
    expect(entry).toContain('howpublished = {人民日报}');
    expect(entry).toContain('year         = {2015}');
    expect(entry).toContain('date         = {2015-10-09}');
    expect(entry).toContain('url          = {https://example.org/zh-hans/docs/2015-10-09-da-cheng-guo/}');
    expect(entry).toContain('langid       = {zh-Hans}');
    expect(entry.endsWith('\n}')).toBe(true);
  });

  it('omits unknown fields', () => {
    const entry = bibtexEntry({ ...base, author: undefined, date: undefined, source: undefined });
    expect(entry).not.toMatch(/author|year|date|howpublished/);
  });

  it('escapes TeX special characters so the braces stay balanced', () => {
    const entry = bibtexEntry({ ...base, title: '50% {test} a_b #1 & $x\\' });
    expect(entry).toContain('{{50\\% \\{test\\} a\\_b \\#1 \\& \\$x\\textbackslash{}}}');
    let depth = 0;
    for (const ch of entry.replace(/\\[{}%]/g, '')) {
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('bibtexEscape leaves Chinese text alone', () => {
    expect(bibtexEscape('网络空间命运共同体')).toBe('网络空间命运共同体');
  });
});
