import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { fillTemplate, formatDate, percent } from '../../src/lib/format.ts';
import { nextTheme, parseTheme } from '../../src/lib/preferences.ts';
import { groupRelations } from '../../src/lib/relations.ts';

describe('formatDate', () => {
  it('writes ISO dates the Chinese way at their own precision', () => {
    expect(formatDate('2015-10-09')).toBe('2015年10月9日');
    expect(formatDate('2015-03')).toBe('2015年3月');
    expect(formatDate('2015')).toBe('2015年');
  });
});

describe('percent and fillTemplate', () => {
  it('round shares to whole percents', () => {
    expect(percent(0.6234)).toBe('62%');
    expect(percent(1)).toBe('100%');
  });

  it('fills named placeholders and leaves unknown ones', () => {
    expect(fillTemplate('显示 {shown} / {total} 篇', { shown: 3, total: 10 })).toBe('显示 3 / 10 篇');
    expect(fillTemplate('{a}{b}', { a: 1 })).toBe('1{b}');
  });
});

describe('theme preference', () => {
  it('cycles follow-system → dark → light → follow-system', () => {
    expect(nextTheme('auto')).toBe('dark');
    expect(nextTheme('dark')).toBe('light');
    expect(nextTheme('light')).toBe('auto');
  });

  it('treats anything stored other than light/dark as follow-system', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme(null)).toBe('auto');
    expect(parseTheme('blue')).toBe('auto');
  });
});

describe('groupRelations', () => {
  it('groups by kind, closest relations first, most similar first within a kind', () => {
    const groups = groupRelations([
      { slug: 'x', kind: 'related', jaccard: 0.1, containment: 0.2 },
      { slug: 'y', kind: 'contains', jaccard: 0.3, containment: 0.4 },
      { slug: 'z', kind: 'contains', jaccard: 0.5, containment: 0.62 },
      { slug: 'w', kind: 'near-duplicate', jaccard: 0.9, containment: 0.95 },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['near-duplicate', 'contains', 'related']);
    expect(groups[1]!.items.map((r) => r.slug)).toEqual(['z', 'y']);
  });

  it('is empty without relations', () => {
    expect(groupRelations([])).toEqual([]);
  });
});

describe('content security policy', () => {
  it('allows no inline script or style and keeps WebAssembly for search', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
