/**
 * Headings without skipped levels: the page title is the h1, body headings start at h2 and a
 * heading is at most one level deeper than its parent (h2 → h4 becomes h2 → h3). Scraped documents often skip
 * levels; screen-reader users navigate by level, so the outline must be continuous.
 * Only the tag changes; the block's id (h<n>, by position) stays, so anchors are unaffected.
 */
import type { Root } from 'hast';

const HEADING = /^h([1-6])$/;

/**
 * Output levels for a sequence of heading levels: each heading nests one level below the closest
 * earlier heading of a higher rank (smaller level), or sits at `top` when there is none. Siblings
 * stay siblings: [4, 4, 3] → [2, 2, 2]; gaps close: [2, 4, 5] → [2, 3, 4].
 */
export function clampLevels(levels: readonly number[], top = 2): number[] {
  const open: { level: number; output: number }[] = [];
  return levels.map((level) => {
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
    const output = open.length > 0 ? open[open.length - 1]!.output + 1 : top;
    open.push({ level, output });
    return output;
  });
}

export function rehypeHeadingLevels() {
  return (tree: Root): void => {
    const headings = tree.children.flatMap((node) => {
      const match = node.type === 'element' ? HEADING.exec(node.tagName) : null;
      return node.type === 'element' && match ? [{ node, level: Number(match[1]) }] : [];
    });
    const levels = clampLevels(headings.map((h) => h.level));
    headings.forEach((h, i) => {
      h.node.tagName = `h${levels[i]}`;
    });
  };
}
