/**
 * Loaded only on a document opened from a search result (?highlight=term&highlight=…): marks the
 * terms in the title and body and scrolls to the first hit at or after the linked paragraph (#p12),
 * or to the first hit in the body. Pagefind's own pagefind-highlight.js (mark.js, 44 KB) injects an
 * inline <style>, which the Content-Security-Policy blocks, and does not scroll; this does both jobs
 * in a few hundred bytes.
 */
import { cleanTerms, findHits } from '../lib/search-highlight.ts';

/** Text nodes of one block, skipping parts excluded from the index. */
function textNodes(block: Element): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Wrap each hit in <mark class="search-hit">; pieces are wrapped last to first so offsets stay valid. */
function markBlock(block: Element, terms: string[]): HTMLElement[] {
  const nodes = textNodes(block);
  const hits = findHits(
    nodes.map((n) => n.data),
    terms,
  );
  const marks: HTMLElement[] = [];
  const pieces = hits.flat().reverse();
  for (const piece of pieces) {
    const range = document.createRange();
    range.setStart(nodes[piece.node]!, piece.start);
    range.setEnd(nodes[piece.node]!, piece.end);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks.reverse();
}

function highlight(): void {
  const terms = cleanTerms(new URLSearchParams(location.search).getAll('highlight'));
  const body = document.querySelector('[data-pagefind-body]');
  if (!terms.length || !body) return;
  const blocks = body.querySelectorAll('h1, [data-anchors] > *');
  const marks = [...blocks].flatMap((block) => markBlock(block, terms));
  const inBody = marks.filter((m) => m.closest('[data-anchors]'));
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const after = target ? inBody.find((m) => target.contains(m) || target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) : undefined;
  const first = after ?? inBody[0];
  if (!first) return;
  first.classList.add('search-hit-first');
  first.scrollIntoView({ block: 'center' });
}

highlight();
