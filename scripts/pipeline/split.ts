/**
 * Split stage: one decoded file → the saved pages (segments) it holds, plus rejected binary junk.
 *
 *   1. Junk runs (split-junk.ts): raw PDF bytes and other undecodable garbage become Rejections.
 *   2. Every other line is body text or a page-title line (split-title.ts). A title glued to the END of
 *      a long line (the previous page's last line) is cut off into its own piece; a title glued to the
 *      START of a long line opens a segment and the rest of the line stays in it.
 *   3. Each title opens a new segment, except while the current segment holds nothing but titles and
 *      blank lines: a page's <title> and its repeat (or an SEO mirror's title) belong together.
 *
 * Text after a junk run goes on in the segment that was open (junk is not a page boundary).
 * Every line ends up in exactly one segment or one rejection; a cut line's pieces carry `offset`.
 * Deterministic and linear in the size of the text.
 */
import type { DecodedFile, Line, Rejection, Segment, SplitResult } from './types.ts';
import { SPLIT } from './thresholds.ts';
import { findJunkRuns, type JunkRun } from './split-junk.ts';
import { END_MARK, FOOTER_END, ICP_PATTERN } from './clean-patterns.ts';
import { isContentLike, isDateLine, isMetadataLine } from './clean-signals.ts';
import {
  gluedTitleAtEnd,
  gluedTitleAtStart,
  parseTitleLine,
  scoreTitleLine,
  type ScoredTitle,
  type TitleContext,
} from './split-title.ts';

/** 'page-start': the first line of a page glued on after another page's footer (it stays body text). */
type PieceRole = 'body' | 'title' | 'glued-title' | 'page-start';

interface Piece {
  line: Line;
  role: PieceRole;
  title?: ScoredTitle;
}

interface OpenSegment {
  lines: Line[];
  titles: ScoredTitle[];
  titleLineNos: number[];
  /** Still nothing but titles and blank lines: a further title joins instead of opening a new segment. */
  openForTitles: boolean;
}

const EXCERPT_CHARS = 80;

/** UTF-8 size of a string without encoding it (surrogate pairs count 4 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Scans of following text for reappearing titles, capped so the whole stage stays linear. */
class FollowingTextReader {
  private budget: number;

  constructor(
    private readonly lines: readonly string[],
    textLength: number,
  ) {
    this.budget = SPLIT.reappearBudgetFactor * textLength + SPLIT.reappearWindowChars;
  }

  get hasBudget(): boolean {
    return this.budget > 0;
  }

  /** `lead` (rest of the current line) then the lines from `fromLine` on, at most one window long. */
  read(lead: string, fromLine: number): string {
    const window = SPLIT.reappearWindowChars;
    const parts: string[] = [lead.slice(0, window)];
    let length = parts[0]?.length ?? 0;
    for (let j = fromLine; j < this.lines.length && length < window; j++) {
      const piece = (this.lines[j] ?? '').slice(0, window - length);
      parts.push(piece);
      length += piece.length + 1;
    }
    this.budget -= length;
    return parts.join('\n');
  }
}

/** Index of the nearest non-blank line after each line (-1 if none), computed once from the end. */
function nextNonBlankIndex(lines: readonly string[]): number[] {
  const result = new Array<number>(lines.length).fill(-1);
  let next = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    result[i] = next;
    if ((lines[i] ?? '').trim() !== '') next = i;
  }
  return result;
}

class PieceBuilder {
  readonly pieces: Piece[] = [];
  private readonly nextIndex: number[];
  private readonly reader: FollowingTextReader;
  private previous = '';

  constructor(
    private readonly lines: readonly string[],
    textLength: number,
  ) {
    this.nextIndex = nextNonBlankIndex(lines);
    this.reader = new FollowingTextReader(lines, textLength);
  }

  /** Add line `index` (or its head, when junk follows on the same line), classified. */
  addLine(index: number, text: string, cutOffset?: number): void {
    const no = index + 1;
    const base: Line = cutOffset === undefined ? { no, text } : { no, text, offset: cutOffset };
    if (text.trim() === '') {
      this.pieces.push({ line: base, role: 'body' });
      return;
    }
    const next = this.lineText(this.nextIndex[index] ?? -1);
    if (!this.addWholeTitle(index, base, next)) this.addWithGluedTitles(index, base, next);
    this.previous = text.trim();
  }

  private lineText(index: number): string {
    return index < 0 ? '' : (this.lines[index] ?? '').trim();
  }

  private context(previous: string, next: string, lead: string, fromLine: number): TitleContext {
    const mayScanFollowing = this.reader.hasBudget;
    const following = mayScanFollowing ? this.reader.read(lead, fromLine) : '';
    return { previous, next, following, mayScanFollowing };
  }

  private addWholeTitle(index: number, line: Line, next: string): boolean {
    if (parseTitleLine(line.text).length === 0) return false;
    const scored = scoreTitleLine(line.text, this.context(this.previous, next, '', index + 1));
    if (!scored || scored.score < SPLIT.minTitleScore) return false;
    this.pieces.push({ line, role: 'title', title: scored });
    return true;
  }

  /** Where readFollowing reads from: one closure for the whole file, not one per line (a tenth of this stage). */
  private followingFrom = 0;
  private readonly readFollowing = (): string => (this.reader.hasBudget ? this.reader.read('', this.followingFrom) : '');

  private addWithGluedTitles(index: number, line: Line, next: string): void {
    const start = line.offset ?? 0;
    this.followingFrom = index + 1;
    const cut = gluedTitleAtEnd(line.text, next, this.readFollowing);
    let head = line;
    let tail: Piece | null = null;
    if (cut > 0) {
      const candidate = line.text.slice(cut).trimEnd();
      const scored = scoreTitleLine(candidate, this.context(line.text.slice(0, cut), next, '', index + 1));
      if (scored && scored.score >= SPLIT.minGluedTitleScore) {
        head = { no: line.no, text: line.text.slice(0, cut), offset: start };
        tail = { line: { no: line.no, text: line.text.slice(cut), offset: start + cut }, role: 'title', title: scored };
      }
    }
    this.pieces.push(this.classifyHead(index, head));
    if (tail) this.pieces.push(tail);
  }

  /** A line (or the head left after cutting a title off its end) that may start with a glued title. */
  private classifyHead(index: number, line: Line): Piece {
    const candidate = gluedTitleAtStart(line.text, this.previous);
    if (candidate === null) return { line, role: 'body' };
    const rest = line.text.trimStart().slice(candidate.length);
    const scored = scoreTitleLine(candidate, this.context(this.previous, '', rest, index + 1));
    if (!scored || scored.score < SPLIT.minGluedTitleScore) return { line, role: 'body' };
    return { line, role: 'glued-title', title: scored };
  }
}

function junkRejection(file: string, lines: readonly string[], run: JunkRun): Rejection {
  const texts: string[] = [];
  for (let j = run.from; j <= run.to; j++) {
    const text = lines[j] ?? '';
    texts.push(j === run.from ? text.slice(run.fromOffset) : text);
  }
  const bytes = texts.reduce((sum, text) => sum + utf8Length(text), 0);
  const what =
    run.code === 'pdf-bytes'
      ? 'Raw PDF bytes (obj/endobj, xref table, stream data) inside a text file'
      : 'Binary junk (characters no text uses) inside a text file';
  return {
    file,
    stage: 'split',
    code: run.code,
    reason: `${what}, lines ${run.from + 1}–${run.to + 1}.`,
    bytes,
    lines: [run.from + 1, run.to + 1],
    excerpt: texts.join('\n').trim().slice(0, EXCERPT_CHARS),
  };
}

/** The title that names a segment: one with a site suffix beats an SEO mirror's, then the higher score, then the first. */
function bestTitle(titles: readonly ScoredTitle[]): ScoredTitle | undefined {
  let best: ScoredTitle | undefined;
  for (const title of titles) {
    if (!best) {
      best = title;
      continue;
    }
    const hasSite = title.site !== undefined;
    const bestHasSite = best.site !== undefined;
    if ((hasSite && !bestHasSite) || (hasSite === bestHasSite && title.score > best.score)) best = title;
  }
  return best;
}

const nonBlank = (piece: Piece | undefined) => piece !== undefined && piece.line.text.trim() !== '';

/** Indexes of the next `count` non-blank pieces from `from` on. */
function nextLines(pieces: readonly Piece[], from: number, count: number): number[] {
  const found: number[] = [];
  for (let i = from; i < pieces.length && found.length < count; i++) if (nonBlank(pieces[i])) found.push(i);
  return found;
}

/** A headline: short, with Han characters, no full stop (a comma may stand in one). */
function isHeadline(text: string): boolean {
  const t = text.trim();
  return t.length >= SPLIT.headlineMinChars && t.length <= SPLIT.headlineMaxChars && /\p{Script=Han}/u.test(t) && !/[。！？!?]/u.test(t);
}

/** A rule printed under a headline (`＊＊＊＊＊＊`, `------`), as press releases do. */
const RULE = /^\s*[＊*\-—=＝_~～]{3,}\s*$/u;

/**
 * A page saved after another one without its <title> line: below the first page's hard footer (版权所有,
 * an ICP number) or its end mark (`完`, after which a press release only stamps date and time) a headline,
 * then its date, `来源:` line or a rule, then running text. The headline opens a segment; lines in between
 * (more footer, site links, the stamp) stay with the first page, where clean and metadata read them.
 */
function markPagesAfterFooters(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const text = pieces[i]!.line.text;
    if (pieces[i]!.role !== 'body' || text.length > SPLIT.footerLineMaxChars) continue;
    if (!(ICP_PATTERN.test(text) || FOOTER_END.test(text) || END_MARK.test(text))) continue;
    for (const at of nextLines(pieces, i + 1, SPLIT.afterFooterMaxLines)) {
      const piece = pieces[at]!;
      if (piece.role !== 'body') break; // a page-title line opens the next page already
      const [meta, ...body] = nextLines(pieces, at + 1, 1 + SPLIT.afterFooterBodyLines).map((k) => pieces[k]!.line.text);
      const opensPage =
        isHeadline(piece.line.text) && meta !== undefined && (isDateLine(meta) || isMetadataLine(meta) || RULE.test(meta)) && body.some((b) => isContentLike(b));
      if (opensPage) {
        piece.role = 'page-start';
        i = at;
        break;
      }
    }
  }
}

function assembleSegments(file: string, pieces: readonly Piece[]): Segment[] {
  const open: OpenSegment[] = [];
  let current: OpenSegment | undefined;
  const startSegment = (): OpenSegment => {
    const segment: OpenSegment = { lines: [], titles: [], titleLineNos: [], openForTitles: true };
    open.push(segment);
    return segment;
  };
  for (const piece of pieces) {
    if (piece.role === 'page-start') {
      current = startSegment();
      current.openForTitles = false;
    } else if (piece.title) {
      if (!current || !current.openForTitles) current = startSegment();
      current.titles.push(piece.title);
      if (piece.role === 'title') current.titleLineNos.push(piece.line.no);
      else current.openForTitles = false;
    } else {
      current ??= startSegment();
      if (piece.line.text.trim() !== '') current.openForTitles = false;
    }
    current.lines.push(piece.line);
  }
  return open.map((segment, index) => toSegment(file, index, segment));
}

function toSegment(file: string, index: number, segment: OpenSegment): Segment {
  const result: Segment = { file, index, lines: segment.lines };
  const title = bestTitle(segment.titles);
  if (title) {
    result.titleHint = title.title;
    result.pageTitleLine = title.raw;
  }
  if (segment.titleLineNos.length > 0) result.pageTitleLines = segment.titleLineNos;
  return result;
}

export function split(file: DecodedFile): SplitResult {
  const lines = file.text.split('\n');
  const runs = findJunkRuns(lines);
  const runAt = new Map<number, JunkRun>(runs.map((run) => [run.from, run]));
  const builder = new PieceBuilder(lines, file.text.length);
  for (let i = 0; i < lines.length; i++) {
    const run = runAt.get(i);
    if (run) {
      if (run.fromOffset > 0) builder.addLine(i, (lines[i] ?? '').slice(0, run.fromOffset), 0);
      i = run.to;
      continue;
    }
    builder.addLine(i, lines[i] ?? '');
  }
  markPagesAfterFooters(builder.pieces);
  return {
    segments: assembleSegments(file.name, builder.pieces),
    rejected: runs.map((run) => junkRejection(file.name, lines, run)),
  };
}
