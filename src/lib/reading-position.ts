/**
 * Where the reader is: the block at the top of the viewport, so that switching scripts can land on
 * the same passage. Pure over measured rectangles, so it can be unit-tested without a browser.
 */
export interface BlockRect {
  id: string;
  /** Viewport-relative edges in CSS pixels (getBoundingClientRect). */
  top: number;
  bottom: number;
}

/**
 * The first block (in document order) that still shows more than `minVisible` pixels below the
 * top edge of the viewport: the paragraph being read, even if its first lines have scrolled away.
 * Returns undefined at the very top of the page (nothing scrolled past) or when no block is visible.
 */
export function blockAtTop(blocks: readonly BlockRect[], minVisible: number): string | undefined {
  const first = blocks[0];
  if (!first || first.top >= 0) return undefined;
  return blocks.find((b) => b.bottom > minVisible)?.id;
}
