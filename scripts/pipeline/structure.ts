/**
 * Structure stage: turn the body lines of a document into heading and paragraph blocks.
 *
 * - One line = one paragraph (indentation trimmed); a long line holding several inline numbered sections
 *   is split before each marker (see structure-inline.ts); the lines of a hard-wrapped text are joined
 *   back into paragraphs first (see structure-reflow.ts).
 * - Short standalone lines starting with Chinese numbering (`第一章`, `第1條`, `一、`, `（一）`, `1.`, `1 引言`) or made of a
 *   section word (`前言`, `结束语`) become headings. Levels follow the order in which numbering styles first
 *   appear (first style → h2, next → h3, … h5), section words are h2.
 * - A `目录` block whose entries all reappear later is dropped (Removal code 'toc'); otherwise it stays as
 *   paragraphs. Every other line ends up in a block.
 */
import { isGluedHeading, splitInlineSections } from './structure-inline.ts';
import { joinCellRows } from './structure-cells.ts';
import { continuations, joinWrapped } from './structure-reflow.ts';
import { type NumberStyle, hasSentencePunctuation, isSectionWord, leadingMarker } from './structure-numbering.ts';
import { findTocs } from './structure-toc.ts';
import { STRUCTURE, type StructureLimits } from './thresholds.ts';
import type { Block, DocMetadata, Removal, StructuredDoc, WorkingDoc } from './types.ts';

type Limits = StructureLimits;

/** A numbered line ending in a file name is an item of an attachment list (`2.联系人名单.xls`), not a heading. */
const FILE_NAME = /\.(docx?|xlsx?|pptx?|pdf|wps|ofd|zip|rar|7z|txt|csv|jpe?g|png)\s*$/iu;
type HeadingLevel = 2 | 3 | 4 | 5;

/** Markers that head a part on their own (`第三章`, a law database's `第 1 條` line above its text). */
const BARE_STYLES: ReadonlySet<NumberStyle> = new Set(['part', 'chapter', 'section', 'article']);

/** One paragraph-sized piece of text and the input line it comes from. */
interface Piece {
  no: number;
  text: string;
  /** Cut out of a longer line: never promoted to a heading (unless a heading glued to its first item). */
  inline: boolean;
  /** Part of a table of contents that is kept: stays a paragraph. */
  plain: boolean;
  /** 'section-word' or the numbering style when the piece qualifies as a heading. */
  heading?: NumberStyle | 'section-word';
}

/** Leading/trailing ASCII and full-width spaces (paragraph indentation `　　`). String.trim strips exactly
 *  the characters `\s` matches (U+3000 and U+00A0 among them), and in linear time: a trailing-space
 *  pattern is retried at every space of a long run inside a line. */
function trimIndent(text: string): string {
  return text.trim();
}

/** The document's lines, hard-wrapped paragraphs joined back (see structure-reflow.ts); each keeps its first line's number. */
function unwrapped(doc: WorkingDoc, limits: Limits): { no: number; text: string }[] {
  const kept = doc.lines.filter((line) => line.text.trim() !== '');
  // Widths are measured with the indentation: an indented first line is as full as the lines under it.
  const continues = continuations(kept.map((line) => line.text.trimEnd()), limits);
  const lines = kept.map((line) => ({ no: line.no, text: trimIndent(line.text) }));
  const out: { no: number; text: string }[] = [];
  lines.forEach((line, i) => {
    const last = out[out.length - 1];
    if (i > 0 && continues[i - 1] && last) last.text = joinWrapped(last.text, line.text);
    else out.push({ ...line });
  });
  return out;
}

function toPieces(doc: WorkingDoc, limits: Limits): Piece[] {
  return joinCellRows(unwrapped(doc, limits), limits).flatMap((line) => {
    const text = line.text;
    const parts = line.row ? [text] : splitInlineSections(text, limits);
    // Cut out of a longer line, a piece is running text unless it is a heading glued to its first item.
    const inline = (k: number) => parts.length > 1 && !isGluedHeading(parts[k]!, parts[k + 1]);
    return parts.map((part, k) => ({ no: line.no, text: part, inline: inline(k), plain: line.row === true }));
  });
}

/** Take out redundant tables of contents; mark the others as plain paragraphs. */
function dropTocs(pieces: Piece[], limits: Limits): { kept: Piece[]; removed: Removal[] } {
  const drop = new Set<number>();
  for (const toc of findTocs(pieces.map((p) => p.text), limits)) {
    for (let i = toc.start; i < toc.end; i++) {
      const piece = pieces[i];
      if (!piece) continue;
      if (toc.redundant) drop.add(i);
      else piece.plain = true;
    }
  }
  const removed = pieces
    .filter((_, i) => drop.has(i))
    .map((p): Removal => ({ stage: 'structure', code: 'toc', line: p.no, text: p.text }));
  return { kept: pieces.filter((_, i) => !drop.has(i)), removed };
}

/** A short standalone line that is a section word or starts with a numbering marker followed by a title. */
function headingKind(piece: Piece, limits: Limits): Piece['heading'] {
  if (piece.inline || piece.plain) return undefined;
  const text = piece.text;
  if (isSectionWord(text)) return 'section-word';
  if (text.length > limits.headingMaxChars || hasSentencePunctuation(text) || FILE_NAME.test(text)) return undefined;
  const marker = leadingMarker(text);
  if (!marker) return undefined;
  const titled = text.slice(marker.length).trim() !== '';
  const bareAllowed = BARE_STYLES.has(marker.style);
  return titled || bareAllowed ? marker.style : undefined;
}

/** Runs of consecutive numbered lines of one style with no text between are a list, not headings. */
function demoteLists(pieces: Piece[], limits: Limits): void {
  let start = 0;
  while (start < pieces.length) {
    const style = pieces[start]?.heading;
    let end = start + 1;
    if (style && style !== 'section-word') {
      while (end < pieces.length && pieces[end]?.heading === style) end++;
      if (end - start >= limits.listRunMinItems) for (let i = start; i < end; i++) delete pieces[i]?.heading;
    }
    start = end;
  }
}

/** Levels by first appearance of each numbering style: first → h2, second → h3, … capped at h5. */
function levelsByAppearance(pieces: Piece[]): Map<NumberStyle, HeadingLevel> {
  const levels = new Map<NumberStyle, HeadingLevel>();
  for (const { heading } of pieces) {
    if (!heading || heading === 'section-word' || levels.has(heading)) continue;
    levels.set(heading, Math.min(2 + levels.size, 5) as HeadingLevel);
  }
  return levels;
}

function toBlocks(pieces: Piece[]): Block[] {
  const levels = levelsByAppearance(pieces);
  return pieces.map((piece): Block => {
    const heading = piece.heading;
    if (heading === 'section-word') return { type: 'heading', level: 2, text: piece.text.replace(/[:：]$/u, '') };
    if (heading) return { type: 'heading', level: levels.get(heading) ?? 2, text: piece.text };
    return { type: 'paragraph', text: piece.text };
  });
}

export function structure(doc: WorkingDoc, meta: DocMetadata, limits: Limits = STRUCTURE): StructuredDoc {
  const { kept, removed } = dropTocs(toPieces(doc, limits), limits);
  for (const piece of kept) piece.heading = headingKind(piece, limits);
  demoteLists(kept, limits);
  return {
    file: doc.file,
    index: doc.index,
    meta,
    blocks: toBlocks(kept),
    removed: [...doc.removed, ...removed],
  };
}
