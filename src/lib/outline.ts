/**
 * The outline (table of contents) of a document: its headings as a nested list, so screen readers
 * announce the levels. A heading that skips a level (h2 → h4) nests one level deeper, not two.
 */
export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

export interface OutlineNode {
  slug: string;
  text: string;
  children: OutlineNode[];
}

export function nestHeadings(headings: readonly HeadingInfo[]): OutlineNode[] {
  const root: OutlineNode[] = [];
  const stack: { depth: number; children: OutlineNode[] }[] = [{ depth: 0, children: root }];
  for (const h of headings) {
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
    const node: OutlineNode = { slug: h.slug, text: h.text, children: [] };
    stack[stack.length - 1]!.children.push(node);
    stack.push({ depth: h.depth, children: node.children });
  }
  return root;
}
