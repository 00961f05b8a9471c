/**
 * remark plugin: turn GFM "autolink literals" (bare http://…, www.…, e-mail addresses in text) back
 * into plain text. Document bodies are scraped text; the pipeline escapes every markup character,
 * but remark-gfm recognises bare URLs in the decoded text itself — and nothing in a scraped file may
 * become an element or an attribute. Bodies never contain authored links, so every link node in them
 * is such a literal.
 */
interface MdNode {
  type: string;
  children?: MdNode[];
}

function unwrapLinks(node: MdNode): void {
  if (!node.children) return;
  const next: MdNode[] = [];
  for (const child of node.children) {
    if (child.type === 'link') {
      for (const inner of child.children ?? []) next.push(inner);
    } else {
      unwrapLinks(child);
      next.push(child);
    }
  }
  node.children = next;
}

export default function remarkUnlinkLiterals() {
  return (tree: MdNode) => unwrapLinks(tree);
}
