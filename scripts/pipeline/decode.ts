/**
 * Decode stage: raw bytes → normalised text.
 *
 *   1. Refuse what is not worth reading: files over the size limit, empty files, known binary formats.
 *   2. Detect the encoding (decode-encoding.ts): BOM, strict UTF-8, BOM-less UTF-16 by its NUL
 *      pattern, else the best-scoring of UTF-8 / GB18030 / Big5 / UTF-16.
 *   3. Read back mojibake saved as text (decode-mojibake.ts) and HTML character references left by the
 *      scraper (`&nbsp;`, `&ldquo;`, `&#12288;`: decode-entities.ts).
 *   4. Normalise in one linear pass: CRLF and lone CR → '\n', tab → space, NUL and C0/C1 controls
 *      dropped, U+FFFD (invalid sequences and literal ones from earlier bad conversions) dropped — all
 *      counted. Then NFC (never NFKC: it would turn full-width punctuation into ASCII).
 *      Pinyin glosses a content farm wrote after characters (`網(wǎng)絡(luò)`: decode-pinyin.ts) are removed.
 *      Letter-spaced lines (`关 于 加 强 …`, PDF titles) lose their spaces.
 *   5. Refuse text that is mostly junk (undecodable or control characters) and text that is blank.
 */
import type { DecodeResult, DecodedFile, RawFile, Rejection } from './types.ts';
import { DECODE } from './thresholds.ts';
import { chooseEncoding, decodeLoosely } from './decode-encoding.ts';
import { detectBinaryFormat } from './decode-magic.ts';
import { decodeCharacterReferences } from './decode-entities.ts';
import { repairMojibake } from './decode-mojibake.ts';
import { stripPinyinGlosses } from './decode-pinyin.ts';

export interface DecodeOptions {
  /** Size limit in bytes; defaults to DECODE.maxFileBytes. */
  maxBytes?: number;
}

export interface NormalisedText {
  text: string;
  /** U+FFFD characters dropped (each stands for one invalid byte sequence or a literal U+FFFD). */
  invalidSequences: number;
  /** NUL, other C0/C1 controls, DEL and stray byte-order marks dropped. */
  controlCharsRemoved: number;
}

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const DEL = 0x7f;
const REPLACEMENT = 0xfffd;
const BYTE_ORDER_MARK = 0xfeff;
/** Invisible break hints sites put around icons and counters (`\u200b赞同 123\u200b`): they split words for no reader. */
const ZERO_WIDTH_SPACE = 0x200b;
const WORD_JOINER = 0x2060;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

function isDroppedControl(c: number): boolean {
  return (c < 0x20 && c !== LF && c !== CR && c !== TAB) || c === DEL || (c >= 0x80 && c <= 0x9f) || c === ZERO_WIDTH_SPACE || c === WORD_JOINER;
}

/**
 * Line ends, tabs, controls and replacement characters in one pass over UTF-16 code units (surrogate
 * pairs are never touched, so characters outside the BMP survive intact).
 */
export function normaliseText(input: string): NormalisedText {
  const parts: string[] = [];
  let keptFrom = 0;
  let invalidSequences = 0;
  let controlCharsRemoved = 0;
  const flush = (end: number, replacement: string): void => {
    if (end > keptFrom) parts.push(input.slice(keptFrom, end));
    if (replacement) parts.push(replacement);
  };
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === CR) {
      flush(i, '\n');
      if (input.charCodeAt(i + 1) === LF) i++;
      keptFrom = i + 1;
    } else if (c === TAB) {
      flush(i, ' ');
      keptFrom = i + 1;
    } else if (c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR) {
      flush(i, '\n');
      keptFrom = i + 1;
    } else if (c === REPLACEMENT) {
      flush(i, '');
      keptFrom = i + 1;
      invalidSequences++;
    } else if (isDroppedControl(c) || c === BYTE_ORDER_MARK) {
      flush(i, '');
      keptFrom = i + 1;
      controlCharsRemoved++;
    }
  }
  flush(input.length, '');
  return { text: parts.join('').normalize('NFC'), invalidSequences, controlCharsRemoved };
}

/**
 * A line printed letter-spaced, as PDF extracts of official documents carry their titles and signatures
 * (`关 于 加 强 数 据 安 全 管 理 的 通 知`, `某 市 人 民 政 府`): one Han character or punctuation mark at a
 * time, at least four, each followed by one space. The spaces are dropped; a line with any longer token
 * (`2023 年`, a word, an English phrase) is not letter-spaced and stays as it is.
 */
const LETTER_SPACED = /^[ \u3000\u00a0]*(?:[\p{Script=Han}\p{P}][ \u3000\u00a0]){3,}[\p{Script=Han}\p{P}][ \u3000\u00a0]*$/gmu;

export function collapseLetterSpacing(text: string): string {
  return text.replace(LETTER_SPACED, (line) => line.replace(/[ \u3000\u00a0]/gu, ''));
}

function reject(raw: RawFile, code: string, reason: string): DecodeResult {
  const rejection: Rejection = { file: raw.name, stage: 'decode', code, reason, bytes: raw.bytes.length };
  return { ok: false, rejection };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function decode(raw: RawFile, opts: DecodeOptions = {}): DecodeResult {
  const bytes = raw.bytes;
  const maxBytes = opts.maxBytes ?? DECODE.maxFileBytes;
  if (bytes.length > maxBytes) {
    return reject(raw, 'too-large', `File is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(maxBytes)} limit.`);
  }
  if (bytes.length === 0) return reject(raw, 'empty', 'File is empty (0 bytes).');

  const format = detectBinaryFormat(bytes);
  if (format) return reject(raw, 'binary', `Not a text file: ${format} (recognised by its magic number).`);

  const choice = chooseEncoding(bytes);
  const read = decodeLoosely(bytes.subarray(choice.skip), choice.encoding);
  const mojibake = repairMojibake(read);
  const references = decodeCharacterReferences(mojibake.text);
  const decoded = references.text;
  const normalised = normaliseText(decoded);
  const glosses = stripPinyinGlosses(normalised.text);
  normalised.text = collapseLetterSpacing(glosses.text);

  const junk = normalised.invalidSequences + normalised.controlCharsRemoved;
  const junkShare = junk / Math.max(1, decoded.length);
  if (junkShare > DECODE.maxJunkShare) {
    const percent = (junkShare * 100).toFixed(0);
    return reject(
      raw,
      'binary',
      `Not a text file: ${percent} % of the characters are undecodable or control characters (best guess ${choice.encoding}).`,
    );
  }
  if (normalised.text.trim() === '') {
    return reject(raw, 'empty', 'File holds only whitespace.');
  }

  const file: DecodedFile = {
    name: raw.name,
    text: normalised.text,
    encoding: choice.encoding,
    bom: choice.bom,
    invalidSequences: normalised.invalidSequences,
    controlCharsRemoved: normalised.controlCharsRemoved,
    bytes: bytes.length,
  };
  if (Object.keys(mojibake.repaired).length > 0) file.mojibakeRepaired = mojibake.repaired;
  if (references.decoded > 0) file.referencesDecoded = references.decoded;
  if (glosses.removed > 0) file.pinyinGlossesRemoved = glosses.removed;
  return { ok: true, file };
}
