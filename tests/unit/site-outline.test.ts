import { describe, expect, it } from 'vitest';
import { nestHeadings } from '../../src/lib/outline.ts';

describe('nestHeadings', () => {
  it('nests headings by depth', () => {
    const tree = nestHeadings([
      { depth: 2, slug: 'h1', text: '一、' },
      { depth: 3, slug: 'h3', text: '（一）' },
      { depth: 4, slug: 'h5', text: '1.' },
      { depth: 3, slug: 'h7', text: '（二）' },
      { depth: 2, slug: 'h9', text: '二、' },
    ]);
    expect(tree.map((n) => n.slug)).toEqual(['h1', 'h9']);
    expect(tree[0]!.children.map((n) => n.slug)).toEqual(['h3', 'h7']);
    expect(tree[0]!.children[0]!.children.map((n) => n.slug)).toEqual(['h5']);
  });

  it('nests a skipped level only one step deeper', () => {
    const tree = nestHeadings([
      { depth: 2, slug: 'a', text: 'a' },
      { depth: 4, slug: 'b', text: 'b' },
      { depth: 3, slug: 'c', text: 'c' },
    ]);
    expect(tree[0]!.children.map((n) => n.slug)).toEqual(['b', 'c']);
  });

  it('keeps a document that starts below h2 flat', () => {
    const tree = nestHeadings([
      { depth: 3, slug: 'a', text: 'a' },
      { depth: 3, slug: 'b', text: 'b' },
    ]);
    expect(tree.map((n) => n.slug)).toEqual(['a', 'b']);
  });

  it('is empty for a document without headings', () => {
    expect(nestHeadings([])).toEqual([]);
  });
});
