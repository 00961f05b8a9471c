/**
 * Encoders for the legacy Chinese encodings, for building test fixtures with real encoded bytes.
 *
 * Node's TextEncoder only writes UTF-8, but its TextDecoder reads GBK, GB18030 and Big5 (WHATWG
 * Encoding Standard). So the encoders here are built by inverting TextDecoder over the two-byte code
 * space: every (lead, trail) pair is decoded once and the first pair that yields a character becomes
 * that character's encoding. GB18030's four-byte form for characters outside the BMP is arithmetic.
 * Every encoder checks its output by decoding it again, so a fixture can never hold bytes that do not
 * mean what the test expects.
 */

type Table = Map<string, Uint8Array>;

function buildTable(label: string, leads: [number, number], trails: [number, number][]): Table {
  const decoder = new TextDecoder(label, { fatal: true });
  const table: Table = new Map();
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) {
        const bytes = new Uint8Array([lead, trail]);
        let char: string;
        try {
          char = decoder.decode(bytes);
        } catch {
          continue; // unmapped pair
        }
        if ([...char].length === 1 && !table.has(char)) table.set(char, bytes);
      }
    }
  }
  return table;
}

let gbkTable: Table | undefined;
let big5Table: Table | undefined;

/** GBK: lead 0x81–0xFE, trail 0x40–0x7E and 0x80–0xFE. */
function gbk(): Table {
  gbkTable ??= buildTable('gbk', [0x81, 0xfe], [[0x40, 0x7e], [0x80, 0xfe]]);
  return gbkTable;
}

/** Big5 proper (as used in Taiwan): lead 0xA1–0xF9, trail 0x40–0x7E and 0xA1–0xFE; no HKSCS rows. */
function big5(): Table {
  big5Table ??= buildTable('big5', [0xa1, 0xf9], [[0x40, 0x7e], [0xa1, 0xfe]]);
  return big5Table;
}

/** GB18030 four-byte form of a supplementary-plane code point (U+10000–U+10FFFF): linear index 189000 + offset
 *  (the first supplementary code, 0x90308130, is linear index 189000 counted from 0x81308130). */
function gb18030FourBytes(codePoint: number): Uint8Array {
  let linear = codePoint - 0x10000 + 189000;
  const b4 = 0x30 + (linear % 10);
  linear = Math.floor(linear / 10);
  const b3 = 0x81 + (linear % 126);
  linear = Math.floor(linear / 126);
  const b2 = 0x30 + (linear % 10);
  const b1 = 0x81 + Math.floor(linear / 10);
  return new Uint8Array([b1, b2, b3, b4]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function encodeWith(label: string, text: string, table: Table, supplementary?: (cp: number) => Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) parts.push(new Uint8Array([cp]));
    else if (cp > 0xffff && supplementary) parts.push(supplementary(cp));
    else {
      const bytes = table.get(char);
      if (!bytes) throw new Error(`${label}: cannot encode ${JSON.stringify(char)} (U+${cp.toString(16).toUpperCase()})`);
      parts.push(bytes);
    }
  }
  const out = concat(parts);
  const back = new TextDecoder(label, { fatal: true }).decode(out);
  if (back !== text) throw new Error(`${label}: encoded text does not decode back to itself`);
  return out;
}

/** Text → GBK bytes (throws on a character GBK lacks). */
export function encodeGbk(text: string): Uint8Array {
  return encodeWith('gbk', text, gbk());
}

/** Text → GB18030 bytes: GBK's two-byte codes plus four-byte codes for characters outside the BMP. */
export function encodeGb18030(text: string): Uint8Array {
  return encodeWith('gb18030', text, gbk(), gb18030FourBytes);
}

/** Text → Big5 bytes (throws on a character Big5 lacks, e.g. most Simplified-only forms). */
export function encodeBig5(text: string): Uint8Array {
  return encodeWith('big5', text, big5());
}

/** Text → UTF-16 bytes in either byte order, with or without a byte-order mark. */
export function encodeUtf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  const out = new Uint8Array(le);
  if (order === 'be') for (let i = 0; i + 1 < out.length; i += 2) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  return out;
}

/** Text → UTF-8 bytes, with or without a byte-order mark. */
export function encodeUtf8(text: string, bom: boolean): Uint8Array {
  return new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'));
}
