import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../scripts/pipeline/emit.ts';
import type { Block } from '../../scripts/pipeline/types.ts';
import { anchorForBlockIndex, blockId, rehypeBlockAnchors } from '../../src/lib/anchors.ts';
import { clampLevels, rehypeHeadingLevels } from '../../src/lib/heading-levels.ts';

const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (level: 2 | 3 | 4 | 5, text: string): Block => ({ type: 'heading', level, text });

async function render(blocks: Block[]) {
  const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeBlockAnchors], syntaxHighlight: false, smartypants: false });
  return processor.render(renderBody(blocks));
}

describe('blockId', () => {
  it('names paragraphs p<n> and headings h<n>', () => {
    expect(blockId('p', 1)).toBe('p1');
    expect(blockId('h2', 2)).toBe('h2');
    expect(blockId('h5', 9)).toBe('h9');
    expect(blockId('ul', 3)).toBeUndefined();
  });
});

describe('rehypeBlockAnchors', () => {
  it('numbers top-level blocks by position, ignoring whitespace between them', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'a' }] },
        { type: 'text', value: '\n' },
        { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'b' }] },
        { type: 'text', value: '\n' },
        { type: 'element', tagName: 'ul', properties: {}, children: [] },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'c' }] },
      ],
    };
    rehypeBlockAnchors()(tree);
    const ids = tree.children.map((n) => (n.type === 'element' ? n.properties.id : null));
    expect(ids).toEqual(['p1', null, 'h2', null, undefined, 'p4']);
  });

  it('gives pipeline output matching ids, and Astro keeps them for the heading list', async () => {
    const result = await render([p('第一段'), h(2, '一、总则'), p('第二段'), h(3, '（一）原则'), p('第三段')]);
    expect(result.code).toContain('<p id="p1">第一段</p>');
    expect(result.code).toContain('<h2 id="h2">一、总则</h2>');
    expect(result.code).toContain('<p id="p3">第二段</p>');
    expect(result.code).toContain('<h3 id="h4">（一）原则</h3>');
    expect(result.code).toContain('<p id="p5">第三段</p>');
    expect(result.metadata.headings).toEqual([
      { depth: 2, slug: 'h2', text: '一、总则' },
      { depth: 3, slug: 'h4', text: '（一）原则' },
    ]);
  });

  it('gives the same ids to the same structure in both scripts', async () => {
    const hans = await render([h(2, '网络安全'), p('数据'), p('发展')]);
    const hant = await render([h(2, '網絡安全'), p('數據'), p('發展')]);
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(hant.code)).toEqual(ids(hans.code));
    expect(ids(hans.code)).toEqual(['h1', 'p2', 'p3']);
  });

  it('keeps markup-like text as text (the pipeline escapes it) and still numbers it', async () => {
    const result = await render([p('<script>alert(1)</script>'), p('# not a heading'), p('- not a list')]);
    expect(result.code).not.toContain('<script>');
    expect(result.code).toContain('<p id="p1">&#x3C;script>alert(1)&#x3C;/script></p>');
    expect(result.code).toContain('<p id="p2"># not a heading</p>');
    expect(result.code).toContain('<p id="p3">- not a list</p>');
  });
});

describe('anchorForBlockIndex', () => {
  it('maps a 0-based block index to the id of that block', () => {
    expect(anchorForBlockIndex(0, new Set())).toBe('p1');
    expect(anchorForBlockIndex(4, new Set(['h5']))).toBe('h5');
    expect(anchorForBlockIndex(4, new Set(['h2']))).toBe('p5');
  });
});

describe('heading levels', () => {
  it('clampLevels closes gaps, keeps siblings level and starts at h2', () => {
    expect(clampLevels([2, 4, 5, 3, 2])).toEqual([2, 3, 4, 3, 2]);
    expect(clampLevels([4, 4, 3])).toEqual([2, 2, 2]);
    expect(clampLevels([3, 5, 2, 5])).toEqual([2, 3, 2, 3]);
    expect(clampLevels([])).toEqual([]);
  });

  it('rehypeHeadingLevels changes only the tag, keeping the positional ids', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeBlockAnchors, rehypeHeadingLevels], syntaxHighlight: false, smartypants: false });
    const result = await processor.render(renderBody([h(2, '一、'), h(4, '1.'), p('正文'), h(5, '(1)')]));
    expect(result.code).toContain('<h2 id="h1">一、</h2>');
    expect(result.code).toContain('<h3 id="h2">1.</h3>');
    expect(result.code).toContain('<h4 id="h4">(1)</h4>');
    expect(result.metadata.headings.map((x) => `${x.depth}:${x.slug}`)).toEqual(['2:h1', '3:h2', '4:h4']);
  });
});
