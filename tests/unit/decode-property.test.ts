/**
 * Property tests of the decode stage against its documented contract (types.ts DecodedFile, decode.ts header):
 * any text saved as UTF-8 (with or without BOM) or UTF-16 LE/BE with BOM decodes back to the same text after
 * the documented normalisation —
 *   CRLF, lone CR, U+2028 and U+2029 → LF; tab → space; NUL, other C0 and C1 controls, DEL and stray U+FEFF
 *   dropped (counted as controlCharsRemoved); U+FFFD dropped (counted as invalidSequences); then NFC —
 * a text that is mostly junk is rejected as 'binary', and one that is blank after that as 'empty'.
 * And whatever bytes come in, decode never throws and never hands on U+FFFD, a control character or a CR.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/pipeline/decode.ts';
import { DECODE } from '../../scripts/pipeline/thresholds.ts';
import type { Encoding } from '../../scripts/pipeline/types.ts';
import { encodeUtf16, encodeUtf8 } from '../helpers/legacy-encodings.ts';

/** Characters the contract drops (C0 except TAB/LF/CR, DEL, C1, U+FEFF) and U+FFFD, which it drops and counts apart. */
const DROPPED_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;
const REPLACEMENT = /\uFFFD/g;

/** The documented normalisation, written from the contract (not from the implementation). */
function normalised(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(DROPPED_CONTROL, '')
    .replace(REPLACEMENT, '')
    .normalize('NFC');
}

const count = (text: string, re: RegExp) => [...text.matchAll(re)].length;

/** Any Unicode text without lone surrogates (which no Unicode encoding can hold)… */
const unicodeText = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replace(/\p{Cs}/gu, ''));
/** …mostly ASCII text (URLs, numbers, code, English) … */
const asciiText = fc.string({ unit: 'binary-ascii', maxLength: 60 });
/** …and Chinese with full-width punctuation. */
const chineseText = fc.string({ unit: fc.constantFrom(...'网络数据安全个人信息保护应当依法，。、：；“”（）《》〔〕　'), maxLength: 60 });
const anyText = fc.oneof(unicodeText, asciiText, chineseText);

/** Things scraped files contain: line ends of every kind, tabs, controls, BOMs, replacement characters. */
const junkPiece = fc.constantFrom('\r\n', '\r', '\n', '\u2028', '\u2029', '\t', '\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f', '\ufeff', '\ufffd', '\u000b', '\u000c');

/** Text with a few junk pieces mixed in at arbitrary places. */
const scrapedText = fc
  .tuple(fc.array(fc.tuple(anyText, junkPiece), { maxLength: 4 }), anyText)
  .map(([pairs, tail]) => pairs.map(([t, j]) => t + j).join('') + tail);

type Saved = { label: string; encoding: Encoding; bom: boolean; encode: (s: string) => Uint8Array };
const SAVED_AS: Saved[] = [
  { label: 'UTF-8 with BOM', encoding: 'utf-8', bom: true, encode: (s) => encodeUtf8(s, true) },
  { label: 'UTF-8 without BOM', encoding: 'utf-8', bom: false, encode: (s) => encodeUtf8(s, false) },
  { label: 'UTF-16 LE with BOM', encoding: 'utf-16le', bom: true, encode: (s) => encodeUtf16(s, 'le', true) },
  { label: 'UTF-16 BE with BOM', encoding: 'utf-16be', bom: true, encode: (s) => encodeUtf16(s, 'be', true) },
];

/** Share of the text the contract calls junk (dropped controls and U+FFFD), as decode measures it. */
function junkShare(text: string): number {
  return (count(text, DROPPED_CONTROL) + count(text, REPLACEMENT)) / Math.max(1, text.length);
}

describe('decode round trip', () => {
  it.each(SAVED_AS)('text saved as $label decodes back to the same text after the documented normalisation', (saved) => {
    fc.assert(
      fc.property(fc.oneof(anyText, scrapedText), (text) => {
        // Without a BOM, a text that starts with U+FEFF is byte-identical to one saved with a BOM.
        fc.pre(saved.bom || !text.startsWith('\uFEFF'));
        const result = decode({ name: 'property.txt', bytes: saved.encode(text) });
        const want = normalised(text);
        if (!result.ok) {
          // Only a text that is mostly junk ('binary', checked first) or blank ('empty') may be refused.
          if (junkShare(text) > DECODE.maxJunkShare) expect(result.rejection.code).toBe('binary');
          else {
            expect(want.trim()).toBe('');
            expect(result.rejection.code).toBe('empty');
          }
          expect(result.rejection.bytes).toBe(saved.encode(text).length);
          return;
        }
        expect(want.trim()).not.toBe('');
        expect(result.file.text).toBe(want);
        expect(result.file.encoding).toBe(saved.encoding);
        expect(result.file.bom).toBe(saved.bom);
        expect(result.file.controlCharsRemoved).toBe(count(text, DROPPED_CONTROL));
        expect(result.file.invalidSequences).toBe(count(text, REPLACEMENT));
      }),
      { numRuns: 400, seed: 6_20261123 },
    );
  });

  it('keeps characters outside the BMP and emoji sequences intact in every Unicode encoding', () => {
    const astral = fc.string({ unit: fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(astral, fc.constantFrom('𠀋𪚥', '👨‍👩‍👧', '🇨🇳', '👍🏽', '1️⃣'), (text, emoji) => {
        const original = `网络${text}${emoji}`;
        for (const saved of SAVED_AS) {
          const result = decode({ name: 'astral.txt', bytes: saved.encode(original) });
          expect(result.ok && result.file.text, saved.label).toBe(original.normalize('NFC'));
        }
      }),
      { numRuns: 200, seed: 6_20261124 },
    );
  });
});

describe('decode on arbitrary bytes', () => {
  it('never throws, and never hands on U+FFFD, a control character or a CR', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = decode({ name: 'bytes.txt', bytes });
        if (!result.ok) {
          expect(result.rejection.code).toMatch(/^[a-z][a-z0-9-]*$/);
          expect(result.rejection.bytes).toBe(bytes.length);
          return;
        }
        expect(result.file.text).not.toMatch(/[\uFFFD\r\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        expect(result.file.text.trim()).not.toBe('');
        expect(result.file.bytes).toBe(bytes.length);
      }),
      { numRuns: 500, seed: 6_20261125 },
    );
  });

  it('drops and counts invalid UTF-8 sequences in otherwise valid UTF-8 text, keeping the text around them', () => {
    const invalid = fc.constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xb8], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]);
    const sentence = fc.constantFrom('个人信息处理者应当采取必要措施保障个人信息安全。', '网络运营者应当履行安全保护义务。', '数据处理活动应当遵守法律法规。');
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, invalid), { minLength: 1, maxLength: 5 }), sentence, (pieces, last) => {
        const bytes = Buffer.concat([...pieces.flatMap(([s, bad]) => [Buffer.from(s), Buffer.from(bad)]), Buffer.from(last)]);
        const result = decode({ name: 'invalid.txt', bytes: new Uint8Array(bytes) });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.file.encoding).toBe('utf-8');
        expect(result.file.text).toBe(pieces.map(([s]) => s).join('') + last);
        expect(result.file.invalidSequences).toBeGreaterThanOrEqual(pieces.length);
      }),
      { numRuns: 200, seed: 6_20261126 },
    );
  });
});

/**
 * Regression (found by the property above): NUL bytes are valid UTF-8, so a short UTF-8 text with a stray NUL
 * must not be read as BOM-less UTF-16 ("\0abcdefghijklmnop" once became "a扣摥晧桩橫汭湯").
 */
describe('decode: valid UTF-8 with a stray NUL', () => {
  it.each([
    ['a NUL before ASCII text', '\u0000abcdefghijklmnop'],
    ['a NUL inside a short ASCII line', 'ab\u0000cdefgh'],
    ['four NULs in a longer ASCII line', 'a\u0000b\u0000c\u0000d\u0000efghijklmnopqrstuvwxyz0123456789'],
  ])('%s stays UTF-8 and keeps its text', (_label, text) => {
    const result = decode({ name: 'nul.txt', bytes: encodeUtf8(text, false) });
    expect(result.ok && result.file.encoding).toBe('utf-8');
    expect(result.ok && result.file.text).toBe(normalised(text));
  });
});
