/**
 * Stable anchors: every top-level block of a document body gets an id from its 1-based position
 * among the body's top-level blocks — paragraphs `p<n>`, headings `h<n>` (p1, h2, p3, …).
 *
 * The pipeline writes the same block structure in both scripts, so the same id marks the same
 * passage in 简体 and 繁體: the script toggle and "jump to shared passage" links rely on it.
 * Runs before Astro's heading-id plugin, which keeps an existing id, so the outline uses these ids.
 */
import type { Element, Root, RootContent } from 'hast';

const HEADING = /^h[1-6]$/;

/** The id of a block from its tag and 1-based position, or undefined for other kinds of block. */
export function blockId(tagName: string, position: number): string | undefined {
  if (tagName === 'p') return `p${position}`;
  if (HEADING.test(tagName)) return `h${position}`;
  return undefined;
}

/** Top-level nodes that count as blocks: elements and MDX flow elements (whitespace text does not). */
function isBlock(node: RootContent): boolean {
  return node.type === 'element' || (node.type as string) === 'mdxJsxFlowElement';
}

/** Id for the element at a 0-based block index (as used by `firstSharedBlock`). */
export function anchorForBlockIndex(index: number, headingIds: ReadonlySet<string>): string {
  const heading = `h${index + 1}`;
  return headingIds.has(heading) ? heading : `p${index + 1}`;
}

export function rehypeBlockAnchors() {
  return (tree: Root): void => {
    let position = 0;
    for (const node of tree.children) {
      if (!isBlock(node)) continue;
      position += 1;
      if (node.type !== 'element') continue;
      const id = blockId(node.tagName, position);
      if (id) (node as Element).properties = { ...node.properties, id };
    }
  };
}
