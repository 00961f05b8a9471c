/**
 * Paragraph anchors in Pagefind's result fragments, packed.
 *
 * Each paragraph of an indexed page carries an empty marker with the paragraph's id (search-segment.ts
 * emptyParagraphAnchors), so that a search result can link to the paragraph of its first hit. Pagefind
 * stores every such marker in the page's fragment as a record of its own,
 * `{"element":"span","id":"p12","text":"","location":45}`; a page of 190 poems' lines had 10 KB of
 * them, a tenth of what the first results of a search download once gzipped. The build
 * (scripts/lib/search-compact.ts) packs a page's markers into the first one, as steps from marker to
 * marker — `next: [id step, position step, …]` — and the search page unpacks them. Pagefind's own
 * script ignores both: it reads only heading anchors.
 */

/** An element with an id inside the indexed body, at a word position (Pagefind's `anchors`). */
export interface Anchor {
  id: string;
  element: string;
  location: number;
  text?: string;
  /** The markers packed into this one: for each, its id number and its position as steps from the one before. */
  next?: number[];
}

const MARKER_ID = /^p([1-9]\d*)$/;

/** A paragraph marker exactly as Pagefind records it: an empty span with a `p<n>` id, and nothing else. */
function markerNumber(anchor: Anchor): number | undefined {
  const keys = Object.keys(anchor);
  if (anchor.element !== 'span' || anchor.text !== '' || keys.length !== 4 || !('location' in anchor)) return undefined;
  const n = MARKER_ID.exec(anchor.id)?.[1];
  return n === undefined || !Number.isSafeInteger(anchor.location) || anchor.location < 0 ? undefined : Number(n);
}

/**
 * The anchors with every paragraph marker packed into the first, or the anchors as they are when
 * there is nothing to pack or the markers do not run forward (ids and positions both rising).
 */
export function packAnchors(anchors: readonly Anchor[]): Anchor[] {
  const markers = anchors.flatMap((a) => {
    const n = markerNumber(a);
    return n === undefined ? [] : [{ anchor: a, n }];
  });
  if (markers.length < 2) return [...anchors];
  const next: number[] = [];
  for (let k = 1; k < markers.length; k++) {
    const step = markers[k]!.n - markers[k - 1]!.n;
    const move = markers[k]!.anchor.location - markers[k - 1]!.anchor.location;
    if (step < 1 || move < 0) return [...anchors];
    next.push(step, move);
  }
  const first = markers[0]!.anchor;
  const packed = new Set(markers.map((m) => m.anchor));
  return anchors.flatMap((a) => (a === first ? [{ ...a, next }] : packed.has(a) ? [] : [a]));
}

/** The anchors with packed markers unpacked again (anchors that were never packed pass through). */
export function unpackAnchors(anchors: readonly Anchor[]): Anchor[] {
  return anchors.flatMap((a) => {
    const { next, ...anchor } = a;
    const n = MARKER_ID.exec(a.id)?.[1];
    if (!Array.isArray(next) || n === undefined) return [anchor];
    const out: Anchor[] = [anchor];
    let id = Number(n);
    let location = a.location;
    for (let k = 0; k + 1 < next.length; k += 2) {
      id += next[k]!;
      location += next[k + 1]!;
      out.push({ element: a.element, id: `p${id}`, text: '', location });
    }
    return out;
  });
}
