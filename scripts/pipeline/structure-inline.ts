/**
 * Split a paragraph that holds several numbered sections glued into one line, as saved pages of
 * ministry sites do (`……共同体。一、网络空间……。二、国际社会……：（一）应致力于……`, `……倡议……。1.加强……。2.推动……`).
 * A split happens only before a marker that follows sentence punctuation AND continues a numbering
 * sequence (一→二→三, 1→2→3), so `2.5亿`, `一、二线城市` or a lone `1.` in a sentence never split. Pure.
 */
import { type Marker, type NumberStyle, leadingMarker } from './structure-numbering.ts';
import { STRUCTURE, type StructureLimits } from './thresholds.ts';

/** Punctuation after which a new numbered section can start: sentence ends, closing quotes, a colon before a list. */
const BREAK_BEFORE = new Set(['。', '；', '！', '？', '”', '」', '』', '：', ';', '!', '?', ':']);

interface Candidate {
  position: number;
  marker: Marker;
}

/** Any punctuation: a heading's own words have none. */
const PUNCTUATION = /[\p{P}]/u;

/**
 * A bracketed marker right after a heading's words (`一、网络安全防护（一）保障车辆网络安全。`: the section
 * heading was glued to its first item): the text since the previous marker is short and unpunctuated.
 */
function afterHeading(text: string, position: number, previous: Candidate | undefined, limits: StructureLimits): boolean {
  if (!previous || !/[（(]/u.test(text.charAt(position))) return false;
  const words = text.slice(previous.position + previous.marker.length, position);
  return words.length > 0 && words.length <= limits.headingMaxChars && !PUNCTUATION.test(words);
}

/** Markers that may open an inline section: at the start of the text, right after sentence punctuation, or
 *  (bracketed) right after a heading. */
function candidates(text: string, limits: StructureLimits): Candidate[] {
  const found: Candidate[] = [];
  for (let position = 0; position < text.length; position++) {
    if (position > 0 && !BREAK_BEFORE.has(text.charAt(position - 1)) && !afterHeading(text, position, found.at(-1), limits)) continue;
    const marker = leadingMarker(text.slice(position, position + 12));
    if (marker) found.push({ position, marker });
  }
  return found;
}

/**
 * Keep the candidates that continue a sequence. Each style expects its next number; a style (re)starts at 1;
 * accepting a marker restarts every style first seen after it (so `（一）` may start again under `二、`).
 */
function sequenced(found: Candidate[]): Candidate[] {
  const expected = new Map<NumberStyle, number>();
  const order: NumberStyle[] = [];
  const accepted: Candidate[] = [];
  for (const candidate of found) {
    const { style, value } = candidate.marker;
    // The expected next number, or 1: a new list may start (and a stray `1.` before it is outvoted by the count).
    if (value !== (expected.get(style) ?? 1) && value !== 1) continue;
    accepted.push(candidate);
    expected.set(style, value + 1);
    if (!order.includes(style)) order.push(style);
    for (const inner of order.splice(order.indexOf(style) + 1)) expected.delete(inner);
  }
  return accepted;
}

/** Split points: accepted markers of styles whose sequence is long enough to be real numbering. */
function splitPoints(text: string, limits: StructureLimits): number[] {
  const accepted = sequenced(candidates(text, limits));
  const counts = new Map<NumberStyle, number>();
  for (const { marker } of accepted) counts.set(marker.style, (counts.get(marker.style) ?? 0) + 1);
  return accepted
    .filter(({ marker, position }) => position > 0 && (counts.get(marker.style) ?? 0) >= limits.minInlineSequence)
    .map(({ position }) => position);
}

/** A piece that is a section heading glued to the bracketed item after it (`一、网络安全防护` before
 *  `（一）…`): no punctuation after its marker, and the next piece opens with a bracket. */
export function isGluedHeading(piece: string, next: string | undefined): boolean {
  const marker = leadingMarker(piece);
  return marker !== undefined && next !== undefined && /^[（(]/u.test(next) && !PUNCTUATION.test(piece.slice(marker.length));
}

/** The line cut before each inline section marker; a short or unnumbered line comes back whole. */
export function splitInlineSections(text: string, limits: StructureLimits = STRUCTURE): string[] {
  if (text.length < limits.inlineSplitMinChars) return [text];
  const points = splitPoints(text, limits);
  if (points.length === 0) return [text];
  const pieces: string[] = [];
  let start = 0;
  for (const point of points) {
    pieces.push(text.slice(start, point));
    start = point;
  }
  pieces.push(text.slice(start));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}
