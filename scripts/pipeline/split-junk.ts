/**
 * Binary junk inside a text file: raw PDF bytes (xref tables, `obj`/`endobj`, `stream` data) or other
 * undecodable garbage that a scraper appended to a page. Each line gets a kind from measurable
 * signals; runs of junk lines become one rejection. All numbers: thresholds.ts (SPLIT).
 */
import { SPLIT } from './thresholds.ts';

export type LineKind =
  /** PDF syntax: `12 0 obj`, `endobj`, `xref`, `0000002680 00000 n`, `trailer`, `%%EOF`, `<</Filter …>>`. */
  | 'pdf'
  /** Dense with characters real text does not use (stream bytes decoded as text). */
  | 'noise'
  /** Cannot tell on its own — short without hanzi (`1716 46`, `0`), or only somewhat noisy — so it
   *  joins a junk run it sits in but never starts or ends one. */
  | 'weak'
  | 'blank'
  | 'text';

export interface JunkRun {
  /** 0-based index of the first and last line of the run. */
  from: number;
  to: number;
  /** Offset in the first line where the junk starts (a `%PDF-` header glued after text), else 0. */
  fromOffset: number;
  code: 'pdf-bytes' | 'binary-junk';
}

// PDF file structure tokens. Every quantifier is bounded, and only a bounded head/tail of a line is
// searched, so a 5 MB line costs no more than a short one.
const PDF_LINE_PATTERNS: readonly RegExp[] = [
  /^%PDF-\d/,
  /%%EOF/,
  /^(?:xref|startxref)\s*$/,
  /^trailer\s*(?:<<.*)?$/,
  /^\d{10} \d{5} [nf]\b/,
  /\b\d{1,10} \d{1,5} obj\b/,
  /\bendobj\b/,
  /\bendstream\b/,
  /(?:^|[\s>])stream$/,
  /<<.{0,200}\/[A-Z][A-Za-z0-9]{1,30}|\/[A-Z][A-Za-z0-9]{1,30}.{0,200}>>/,
];

const ASCII_LETTER = /[A-Za-z]/;

/** A PDF header, unambiguous on its own: `%PDF-1.7`. */
const PDF_HEADER = '%PDF-';

/** ASCII symbols that prose (Chinese or English) almost never uses but random bytes produce. */
const RARE_ASCII = new Set([...'`^~\\{}[]$@#*=']);

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x3000 || cp === 0xa0 || cp === 0x09;
}

function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** Punctuation and symbol blocks that real pages use (CJK punctuation, full-width forms, arrows, ◆ ■ •). */
function isCommonSymbol(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0xbf) ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff00 && cp <= 0xffef)
  );
}

function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xfffd;
}

/** Coarse script group, to see whether a non-ASCII letter sits inside a word of its own script. */
function scriptGroup(cp: number): number {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) return 0;
  if (cp < 0x80) return -1;
  return 1 + (cp >> 7);
}

interface CharCounts {
  nonSpace: number;
  noise: number;
  han: number;
}

/**
 * Counts over a line, in one pass. Noise: controls, U+FFFD, rare ASCII symbols, and non-ASCII letters
 * standing alone between characters of other scripts (decoded stream bytes hop between scripts at
 * every character; real words — Français, Русский — stay in one script).
 */
function countChars(text: string): CharCounts {
  const counts: CharCounts = { nonSpace: 0, noise: 0, han: 0 };
  let previous = 0;
  let index = 0;
  while (index < text.length) {
    const cp = text.codePointAt(index) ?? 0;
    index += cp > 0xffff ? 2 : 1;
    const next = text.codePointAt(index) ?? 0;
    countChar(cp, previous, next, counts);
    previous = cp;
  }
  return counts;
}

function countChar(cp: number, previous: number, next: number, counts: CharCounts): void {
  if (isSpace(cp)) return;
  counts.nonSpace++;
  if (isHan(cp)) counts.han++;
  else if (isControl(cp)) counts.noise++;
  else if (cp < 0x80) {
    if (RARE_ASCII.has(String.fromCharCode(cp))) counts.noise++;
  } else if (!isCommonSymbol(cp)) {
    const group = scriptGroup(cp);
    const inWord = scriptGroup(previous) === group || scriptGroup(next) === group;
    if (!inWord) counts.noise++;
  }
}

function hasPdfSyntax(line: string): boolean {
  const zone = SPLIT.pdfScanChars;
  const head = line.slice(0, zone);
  const tail = line.length > zone ? line.slice(-zone) : '';
  // Every PDF token has ASCII letters: most text lines have none, and skip the patterns.
  if (!ASCII_LETTER.test(head) && !ASCII_LETTER.test(tail)) return false;
  return PDF_LINE_PATTERNS.some((re) => re.test(head) || (tail !== '' && re.test(tail)));
}

export function classifyLine(line: string): LineKind {
  const trimmed = line.trim();
  if (trimmed === '') return 'blank';
  if (hasPdfSyntax(trimmed)) return 'pdf';
  const counts = countChars(trimmed);
  const noiseShare = counts.noise / counts.nonSpace;
  const hanShare = counts.han / counts.nonSpace;
  if (counts.nonSpace >= SPLIT.noiseLineMinChars && noiseShare >= SPLIT.noiseLineShareMin && hanShare < SPLIT.noiseLineMaxHanShare) {
    return 'noise';
  }
  if (counts.han === 0 && counts.nonSpace <= SPLIT.weakLineMaxChars) return 'weak';
  if (hanShare < SPLIT.noiseLineMaxHanShare && noiseShare >= SPLIT.weakNoiseShareMin) return 'weak';
  return 'text';
}

function isStrong(kind: LineKind): boolean {
  return kind === 'pdf' || kind === 'noise';
}

/**
 * Where a `%PDF-1.x` header starts after some text on the same line (the PDF was glued on), else -1.
 * Prose that merely mentions the header goes on in hanzi after it; a glued PDF does not.
 */
function gluedPdfHeaderOffset(line: string): number {
  const at = line.indexOf(PDF_HEADER);
  if (at <= 0 || !isAsciiDigit(line.charCodeAt(at + PDF_HEADER.length))) return -1;
  const after = line.slice(at, at + SPLIT.pdfScanChars);
  for (const ch of after) if (isHan(ch.codePointAt(0) ?? 0)) return -1;
  return at;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Find the junk runs of a file. A run starts and ends on a strong junk line (pdf or noise); weak and
 * blank lines inside it, and at most SPLIT.junkGapMaxLines text lines in a row, are taken along. A run
 * counts if it has enough strong lines (one fewer with a `%PDF-` header); blank lines after it up to
 * the end of the file go with it.
 */
export function findJunkRuns(lines: readonly string[]): JunkRun[] {
  const kinds: LineKind[] = [];
  const headerOffsets: number[] = [];
  for (const line of lines) {
    let kind = classifyLine(line);
    const glued = kind === 'text' ? gluedPdfHeaderOffset(line) : -1;
    if (glued > 0) kind = 'pdf';
    kinds.push(kind);
    headerOffsets.push(glued);
  }

  let lastNonBlank = -1;
  kinds.forEach((kind, index) => {
    if (kind !== 'blank') lastNonBlank = index;
  });

  const runs: JunkRun[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isStrong(kinds[i] ?? 'text')) {
      i++;
      continue;
    }
    const run = extendRun(kinds, i);
    if (isAcceptedRun(lines, kinds, run.from, run.to)) {
      const to = run.to >= lastNonBlank ? lines.length - 1 : run.to;
      runs.push({
        from: run.from,
        to,
        fromOffset: Math.max(0, headerOffsets[run.from] ?? 0),
        code: runCode(lines, kinds, run.from, run.to),
      });
      i = to + 1;
    } else {
      i = run.to + 1;
    }
  }
  return runs;
}

function extendRun(kinds: readonly LineKind[], from: number): { from: number; to: number } {
  let to = from;
  let gap = 0;
  for (let j = from + 1; j < kinds.length; j++) {
    const kind = kinds[j] ?? 'text';
    if (isStrong(kind)) {
      to = j;
      gap = 0;
    } else if (kind === 'text') {
      gap++;
      if (gap > SPLIT.junkGapMaxLines) break;
    }
  }
  return { from, to };
}

/** Enough strong lines, or one fewer when a `%PDF-` header vouches for the run. */
function isAcceptedRun(lines: readonly string[], kinds: readonly LineKind[], from: number, to: number): boolean {
  let strong = 0;
  let header = false;
  for (let j = from; j <= to; j++) {
    if (isStrong(kinds[j] ?? 'text')) strong++;
    if ((lines[j] ?? '').includes(PDF_HEADER)) header = true;
  }
  return strong >= SPLIT.junkRunMinStrongLines || (header && strong >= SPLIT.junkRunMinStrongLines - 1);
}

function runCode(lines: readonly string[], kinds: readonly LineKind[], from: number, to: number): JunkRun['code'] {
  for (let j = from; j <= to; j++) {
    if (kinds[j] === 'pdf' || (lines[j] ?? '').includes(PDF_HEADER)) return 'pdf-bytes';
  }
  return 'binary-junk';
}
