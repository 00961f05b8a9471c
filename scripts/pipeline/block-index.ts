/**
 * Which block of a text an offset falls in, when the blocks are joined into one string (the near-duplicate
 * stage scores a document as one text; the converter runs a document's paragraphs as one text).
 */

/** Index of the last of the ascending `starts` at or before `pos` (0 when `pos` comes before them all). */
export function blockAt(starts: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
