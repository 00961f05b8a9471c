import { describe, expect, it } from 'vitest';
import { type Anchor, packAnchors, unpackAnchors } from '../../src/lib/search-anchors.ts';

const marker = (n: number, location: number): Anchor => ({ element: 'span', id: `p${n}`, text: '', location });
const title: Anchor = { element: 'h1', id: 'doc-title', text: '网络主权', location: 0 };
const heading: Anchor = { element: 'h2', id: 'h3', text: '一、总则', location: 20 };

describe('paragraph anchors in result fragments', () => {
  const anchors = [title, marker(1, 4), marker(2, 11), heading, marker(4, 24), marker(5, 24), marker(9, 300)];

  it('pack every marker into the first, as id and position steps, leaving other anchors as they are', () => {
    expect(packAnchors(anchors)).toEqual([title, { ...marker(1, 4), next: [1, 7, 2, 13, 1, 0, 4, 276] }, heading]);
  });

  it('unpack to the same markers, in position order', () => {
    const sorted = (list: Anchor[]) => [...list].sort((a, b) => a.location - b.location || a.id.localeCompare(b.id));
    expect(sorted(unpackAnchors(packAnchors(anchors)))).toEqual(sorted(anchors));
  });

  it('take fewer bytes than the markers did', () => {
    const many = [title, ...Array.from({ length: 200 }, (_, i) => marker(i + 1, 4 + i * 9))];
    expect(JSON.stringify(packAnchors(many)).length).toBeLessThan(JSON.stringify(many).length / 4);
  });

  it('leave alone what is not a run of markers: one marker, markers out of order, anchors with text or more fields', () => {
    const one = [title, marker(1, 4), heading];
    expect(packAnchors(one)).toEqual(one);
    const backwards = [marker(2, 4), marker(1, 9)];
    expect(packAnchors(backwards)).toEqual(backwards);
    const moving = [marker(1, 9), marker(2, 4)];
    expect(packAnchors(moving)).toEqual(moving);
    const notMarkers = [{ ...marker(1, 4), text: '第一段' }, { ...marker(2, 9), title: 'x' } as Anchor, { ...marker(3, 12), element: 'div' }, { ...marker(4, 15), id: 'p04' }];
    expect(packAnchors(notMarkers)).toEqual(notMarkers);
  });

  it('pass anchors that were never packed through unchanged', () => {
    expect(unpackAnchors(anchors)).toEqual(anchors);
    expect(unpackAnchors([])).toEqual([]);
  });
});
