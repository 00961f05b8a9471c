/**
 * Hard-wrapped text (a PDF or a plain-text mail copied line by line) breaks every paragraph at a fixed
 * width: `…维护国家主权、安全和发` / `展利益，根据有关法律法规…`. This module finds such a text and the
 * lines that continue on the next one, so the structure stage can join them back into paragraphs.
 *
 * A text counts as hard-wrapped when many of its lines share one display width (Han characters count 2,
 * as on paper) that no line exceeds, and most of those lines stop mid-sentence. Text from web
 * pages, one paragraph per line, has lines of every length that end with a full stop. Pure functions.
 */
import { leadingMarker } from './structure-numbering.ts';
import type { StructureLimits } from './thresholds.ts';

/** Full-width characters: Han, kana, Hangul, CJK punctuation and full-width forms take two columns. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Display width of a line, in columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Clause punctuation inside a sentence. */
const CLAUSE = /[，、；,;]/u;

/** Characters that end a sentence (or a quoted sentence): a line ending with one may end its paragraph. */
const SENTENCE_END = /[。！？!?；;…：:”」』）)]$/u;

/**
 * The wrap width of a hard-wrapped text (its lines, in order), or undefined when the text is not hard-wrapped.
 */
export function wrapWidth(texts: string[], limits: StructureLimits): number | undefined {
  const long = texts
    .map((t) => ({ width: displayWidth(t), ends: SENTENCE_END.test(t), clauses: CLAUSE.test(t) }))
    .filter((l) => l.width >= limits.reflowMinWidth);
  if (long.length < limits.reflowMinLines) return undefined;
  // The widest width shared by enough lines (within one column: a half-width character at the end).
  const counts = new Map<number, number>();
  for (const { width } of long) counts.set(width, (counts.get(width) ?? 0) + 1);
  const near = (w: number) => (counts.get(w) ?? 0) + (counts.get(w - 1) ?? 0);
  const width = [...counts.keys()].filter((w) => near(w) >= limits.reflowMinLines).sort((a, b) => b - a)[0];
  if (width === undefined) return undefined;
  // No line is wider: web paragraphs run to hundreds of columns.
  if (long.some((l) => l.width > width + 1)) return undefined;
  // The full lines mostly stop mid-sentence.
  const full = long.filter((l) => l.width >= width - limits.reflowWidthSlack);
  const open = full.filter((l) => !l.ends).length;
  // Most lines of a wrapped text are full ones; a few equally long titles in a collection of poems are not,
  // and those titles have no commas, where 30-odd characters of wrapped prose nearly always have one.
  const enough = full.length >= limits.reflowMinLines && full.length >= texts.length * limits.reflowMinFullShare;
  const prose = full.filter((l) => l.clauses).length >= full.length * limits.reflowMinClauseShare;
  return enough && prose && open / full.length >= limits.reflowMinOpenShare ? width : undefined;
}

/** Paragraph indentation: two or more spaces, or an ideographic space, at the start of a line. */
const INDENT = /^(?: {2,}|\u3000)/u;

/**
 * For each line (as written, with its indentation), whether it continues on the next line: it is full
 * (within the slack of the wrap width), does not end a sentence, and the next line neither starts a
 * numbered heading or item nor is indented as a new paragraph.
 */
export function continuations(texts: string[], limits: StructureLimits): boolean[] {
  const width = wrapWidth(texts, limits);
  return texts.map((text, i) => {
    const next = texts[i + 1];
    if (width === undefined || next === undefined) return false;
    if (displayWidth(text) < width - limits.reflowWidthSlack || SENTENCE_END.test(text)) return false;
    return !INDENT.test(next) && leadingMarker(next.trim()) === undefined;
  });
}

/** Join a wrapped line with its continuation: no space between Han characters, one between Latin words. */
export function joinWrapped(a: string, b: string): string {
  return /[A-Za-z0-9,.]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b;
}
