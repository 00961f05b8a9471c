import { describe, expect, it } from 'vitest';
import { blockAtTop } from '../../src/lib/reading-position.ts';

/** Blocks 100px tall with 20px gaps, scrolled by `scroll` pixels. */
function layout(scroll: number, count = 10) {
  return Array.from({ length: count }, (_, i) => {
    const top = 200 + i * 120 - scroll;
    return { id: `p${i + 1}`, top, bottom: top + 100 };
  });
}

describe('blockAtTop', () => {
  it('is undefined before the body has been scrolled into', () => {
    expect(blockAtTop(layout(0), 30)).toBeUndefined();
    expect(blockAtTop(layout(150), 30)).toBeUndefined();
  });

  it('picks the block whose start is at the top of the view', () => {
    // p4 starts at 200 + 360 = 560.
    expect(blockAtTop(layout(560), 30)).toBe('p4');
  });

  it('keeps the block being read when its first lines have scrolled away', () => {
    expect(blockAtTop(layout(560 + 60), 30)).toBe('p4');
  });

  it('moves on once less than minVisible of a block is left', () => {
    expect(blockAtTop(layout(560 + 80), 30)).toBe('p5');
  });

  it('skips a previous block that only peeks in by a sliver (scroll margin)', () => {
    // After scrollIntoView with a small scroll margin, the end of p3 can still show by a few pixels.
    expect(blockAtTop(layout(560 - 25), 30)).toBe('p4');
  });

  it('is undefined when every block is above the view', () => {
    expect(blockAtTop(layout(5000), 30)).toBeUndefined();
    expect(blockAtTop([], 30)).toBeUndefined();
  });
});
