/**
 * Text that was already mojibake when it was saved: UTF-8 bytes read as GBK (`鍏ㄧ悆鏁版嵁`, `锟斤拷`)
 * or as Windows-1252 (`å…¨çƒæ•°`) and written out again in a valid encoding. Encoding detection cannot
 * see it (the bytes are valid); the characters are rare hanzi or Latin letters where Chinese was meant.
 *
 * Repair, line by line (a file may glue a broken page to good ones): turn a suspicious line back into
 * the bytes the wrong reading came from, read those as UTF-8, and keep the result only when it looks
 * far more like Chinese (chineseTextScore). Bytes the wrong reading had already lost stay lost: they
 * come back as invalid sequences, which decode drops and counts. Pure functions.
 */
import { COMMON_CJK_PUNCTUATION, COMMON_HANZI } from './decode-common-chars.ts';
import { chineseTextScore, decodeLoosely } from './decode-encoding.ts';
import { DECODE } from './thresholds.ts';

/** The wrong readings that are undone. */
export type MisreadAs = 'gbk' | 'windows-1252';

/** Characters → the bytes they came from, per wrong reading; built on first use. */
const encoders = new Map<MisreadAs, Map<string, number[]>>();

/** The reverse of TextDecoder for one single- or double-byte encoding. */
function encoderFor(encoding: MisreadAs): Map<string, number[]> {
  let table = encoders.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const ch = decoder.decode(Uint8Array.from(bytes));
      if (ch.length === 1 && !table!.has(ch)) table!.set(ch, bytes);
    } catch {
      // not a character in this encoding
    }
  };
  for (let b = 0x80; b <= 0xff; b++) add([b]);
  if (encoding === 'gbk') {
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  encoders.set(encoding, table);
  return table;
}

/** 1 for each common hanzi or CJK punctuation mark (BMP), for a scan that only indexes an array. */
let commonTable: Uint8Array | undefined;
function common(): Uint8Array {
  if (!commonTable) {
    commonTable = new Uint8Array(0x10000);
    for (const set of [COMMON_HANZI, COMMON_CJK_PUNCTUATION]) for (const ch of set) if (ch.length === 1) commonTable[ch.charCodeAt(0)] = 1;
  }
  return commonTable;
}

/** Characters Windows-1252 turns the bytes of UTF-8 Chinese into: Latin-1 letters and signs, C1
 *  controls and the 27 characters of 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ). */
function isWindows1252Char(code: number): boolean {
  return (code >= 0x80 && code <= 0xff) || (code >= 0x152 && code <= 0x2dc) || (code >= 0x2013 && code <= 0x2122);
}

/**
 * A cheap first look at the first non-ASCII characters of a line: which wrong reading it may come
 * from, or null. Windows-1252: they are nearly all Latin-1 letters and signs. GBK: few of them are
 * common Chinese characters, and their GBK bytes line up as UTF-8 sequences (a lead byte E0–EF, two
 * continuation bytes), which real Chinese text never does.
 */
function suspect(text: string, start: number, end: number): MisreadAs | null {
  const table = common();
  let nonAscii = 0;
  let commonCount = 0;
  let latin = 0;
  let i = start;
  for (; i < end && nonAscii < DECODE.mojibakeProbeChars; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    commonCount += table[code]!;
    if (isWindows1252Char(code)) latin++;
  }
  if (nonAscii < DECODE.mojibakeMinChars) return null;
  if (latin / nonAscii >= DECODE.mojibakeLatinShare) return 'windows-1252';
  if (commonCount / nonAscii >= DECODE.mojibakeSuspectShare) return null;
  return utf8Shaped(gbkBytes(text, start, i)) ? 'gbk' : null;
}

/** GBK's two bytes of each BMP character (lead << 8 | trail; 0: not in GBK), for the quick look. */
let gbkPairs: Uint16Array | undefined;

/** The GBK bytes of the non-ASCII characters of text[start, end) (characters GBK lacks give none). */
function gbkBytes(text: string, start: number, end: number): number[] {
  if (!gbkPairs) {
    gbkPairs = new Uint16Array(0x10000);
    for (const [ch, bytes] of encoderFor('gbk')) if (bytes.length === 2) gbkPairs[ch.charCodeAt(0)] = (bytes[0]! << 8) | bytes[1]!;
  }
  const bytes: number[] = [];
  for (let i = start; i < end; i++) {
    const pair = gbkPairs[text.charCodeAt(i)]!;
    if (pair !== 0) bytes.push(pair >> 8, pair & 0xff);
  }
  return bytes;
}

/** Most of the bytes form UTF-8 multi-byte sequences. */
function utf8Shaped(bytes: number[]): boolean {
  let inSequences = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1;
    const continuation = bytes.slice(i + 1, i + length);
    const ok = length > 1 && continuation.length === length - 1 && continuation.every((c) => c >= 0x80 && c <= 0xbf);
    if (ok) inSequences += length;
    i += ok ? length : 1;
  }
  return bytes.length > 0 && inSequences / bytes.length >= DECODE.mojibakeUtf8Share;
}

/** The bytes `encoding` gives the text; characters the encoding lacks give none. */
function bytesOf(text: string, encoding: MisreadAs): number[] {
  const table = encoderFor(encoding);
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else for (const b of table.get(ch) ?? []) bytes.push(b);
  }
  return bytes;
}

/** The line read back through `encoding` as UTF-8. */
function reread(line: string, encoding: MisreadAs): string {
  return decodeLoosely(Uint8Array.from(bytesOf(line, encoding)), 'utf-8');
}

export interface MojibakeRepair {
  text: string;
  /** Lines repaired, per wrong reading undone. */
  repaired: Partial<Record<MisreadAs, number>>;
}

/** The line read back, when it reads far better that way; else null. */
function repairLine(line: string, encoding: MisreadAs): string | null {
  const candidate = reread(line, encoding);
  // Bytes the wrong reading lost come back as U+FFFD: judge what survived, if little was lost.
  const kept = candidate.replace(/\uFFFD/gu, '');
  const lost = (candidate.length - kept.length) / Math.max(1, kept.length);
  const score = chineseTextScore(kept);
  const better = score >= DECODE.mojibakeMinRepairedScore && score - chineseTextScore(line) >= DECODE.mojibakeMinGain;
  return lost <= DECODE.mojibakeMaxLostShare && better ? candidate : null;
}

/** Every line that reads far better undone; `text` unchanged (same string) when no line does. */
export function repairMojibake(text: string): MojibakeRepair {
  const repaired: Partial<Record<MisreadAs, number>> = {};
  const parts: string[] = [];
  let copied = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const encoding = suspect(text, start, end);
    const fixed = encoding === null ? null : repairLine(text.slice(start, end), encoding);
    if (fixed !== null && encoding !== null) {
      parts.push(text.slice(copied, start), fixed);
      copied = end;
      repaired[encoding] = (repaired[encoding] ?? 0) + 1;
    }
    start = end + 1;
  }
  if (parts.length === 0) return { text, repaired };
  parts.push(text.slice(copied));
  return { text: parts.join(''), repaired };
}
