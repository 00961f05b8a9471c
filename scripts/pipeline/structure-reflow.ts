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

/** Full-width characters take two columns: Hangul Jamo, CJK punctuation to Yi (Han, kana), Hangul
 *  syllables, compatibility ideographs, CJK compatibility forms, full-width forms; and astral Han. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Display width of a line, in columns (a surrogate pair, an astral Han character, counts 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      width += 2;
      i++;
    } else width += isWide(code) ? 2 : 1;
  }
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
  // Most texts end their long lines with a full stop: a count of characters settles them before any width.
  const halfWidth = limits.reflowMinWidth / 2;
  let open = 0;
  for (const t of texts) if (t.length >= halfWidth && !SENTENCE_END.test(t)) open++;
  if (open < limits.reflowMinLines * limits.reflowMinOpenShare) return undefined;
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
  const openFull = full.filter((l) => !l.ends).length;
  // Most lines of a wrapped text are full ones; a few equally long titles in a collection of poems are not,
  // and those titles have no commas, where 30-odd characters of wrapped prose nearly always have one.
  const enough = full.length >= limits.reflowMinLines && full.length >= texts.length * limits.reflowMinFullShare;
  const prose = full.filter((l) => l.clauses).length >= full.length * limits.reflowMinClauseShare;
  return enough && prose && openFull / full.length >= limits.reflowMinOpenShare ? width : undefined;
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
