/**
 * A table saved one cell per line (a scraper that puts a line break after every cell):
 *
 *   序号 / 项目名称 / 申报单位 / 1 / 工业互联网安全监测平台 / 某某科技有限公司 / 2 / 车联网数据… / …
 *
 * Its rows are found by their numbers: bare 1, 2, 3 … at one stride of two or more lines, every cell a short
 * line without sentence punctuation. Each row's cells are joined back into one line (`1 工业互联网安全监测平台
 * 某某科技有限公司`), and so are the header cells right above the first row when there are as many. Nothing is
 * dropped: the cells are joined with a space. Pure.
 */
import { STRUCTURE, type StructureLimits } from './thresholds.ts';

export interface CellLine {
  no: number;
  text: string;
  /** A table row joined from its cells: a paragraph, never a heading. */
  row?: boolean;
}

const BARE_NUMBER = /^\d{1,3}$/u;
const SENTENCE_END = /[。！？；]/u;

/** A line that can be a cell: short, one clause at most. */
function isCell(text: string, limits: StructureLimits): boolean {
  return text.length <= limits.tableCellMaxChars && !SENTENCE_END.test(text);
}

/** Positions of the row numbers 1, 2, 3 … of a table starting at `start` (the line holding `1`), one stride apart. */
function rowStarts(lines: readonly CellLine[], start: number, limits: StructureLimits): number[] {
  const next = lines.findIndex((l, k) => k > start && l.text === '2');
  const stride = next - start;
  if (next < 0 || stride < 2 || stride > limits.tableMaxColumns) return [];
  const starts: number[] = [];
  for (let k = start, n = 1; k < lines.length && lines[k]!.text === String(n); k += stride, n++) {
    const cells = lines.slice(k + 1, k + stride);
    if (cells.length < stride - 1 && k + stride <= lines.length) break;
    if (!cells.every((c) => isCell(c.text, limits) && !BARE_NUMBER.test(c.text))) break;
    starts.push(k);
  }
  return starts.length >= limits.tableMinRows ? starts : [];
}

/** Whether the lines hold a table saved one cell per line (clean keeps such a run: it is no menu). */
export function holdsCellTable(texts: readonly string[], limits: StructureLimits = STRUCTURE): boolean {
  const lines = texts.map((text, no) => ({ no, text: text.trim() }));
  return lines.some((l, k) => l.text === '1' && rowStarts(lines, k, limits).length > 0);
}

function joined(cells: readonly CellLine[]): CellLine {
  return { no: cells[0]!.no, text: cells.map((c) => c.text).join(' '), row: true };
}

/** The lines with every table saved one cell per line joined back into rows. */
export function joinCellRows(lines: readonly CellLine[], limits: StructureLimits = STRUCTURE): CellLine[] {
  const out: CellLine[] = [];
  for (let k = 0; k < lines.length; ) {
    const starts = lines[k]!.text === '1' ? rowStarts(lines, k, limits) : [];
    if (starts.length === 0) {
      out.push(lines[k]!);
      k++;
      continue;
    }
    const stride = starts[1]! - starts[0]!;
    // The header: as many short cells right above the first row as a row has.
    const header = out.slice(-stride);
    if (header.length === stride && header.every((c) => isCell(c.text, limits) && !c.row && !BARE_NUMBER.test(c.text))) {
      out.splice(-stride, stride, joined(header));
    }
    for (const s of starts) out.push(joined(lines.slice(s, Math.min(s + stride, lines.length))));
    k = starts[starts.length - 1]! + stride;
  }
  return out;
}
