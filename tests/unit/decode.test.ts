import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/pipeline/decode.ts';
import { stripPinyinGlosses } from '../../scripts/pipeline/decode-pinyin.ts';
import { DECODE } from '../../scripts/pipeline/thresholds.ts';
import type { DecodedFile, DecodeResult, Rejection } from '../../scripts/pipeline/types.ts';

// ------------------------------------------------------------------ helpers

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function concat(...chunks: (Uint8Array | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const chunk of chunks) out.push(...chunk);
  return new Uint8Array(out);
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    out.push(...(endian === 'le' ? [low, high] : [high, low]));
  }
  return new Uint8Array(out);
}

/**
 * Encoder tables for GBK and Big5, built by asking the platform's own decoder what every two-byte
 * sequence means (TextEncoder only speaks UTF-8). Detection is what is under test, not this table.
 */
function buildDoubleByteTable(label: string): Map<string, [number, number]> {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      let text: string;
      try {
        text = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if ([...text].length === 1 && !table.has(text)) table.set(text, [lead, trail]);
    }
  }
  return table;
}

const GBK_TABLE = buildDoubleByteTable('gb18030');
const BIG5_TABLE = buildDoubleByteTable('big5');

function encodeWith(table: Map<string, [number, number]>, text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`test text not encodable: ${ch}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

/** GB18030 four-byte form of a supplementary-plane character (GB 18030-2005, linear mapping from U+10000). */
function gb18030FourBytes(cp: number): number[] {
  let pointer = cp - 0x10000;
  const b4 = 0x30 + (pointer % 10);
  pointer = Math.floor(pointer / 10);
  const b3 = 0x81 + (pointer % 126);
  pointer = Math.floor(pointer / 126);
  const b2 = 0x30 + (pointer % 10);
  const b1 = 0x90 + Math.floor(pointer / 10);
  return [b1, b2, b3, b4];
}

function decoded(bytes: Uint8Array, name = 'sample.txt'): DecodedFile {
  const result = decode({ name, bytes });
  if (!result.ok) throw new Error(`unexpected rejection: ${result.rejection.reason}`);
  return result.file;
}

function rejected(result: DecodeResult): Rejection {
  if (result.ok) throw new Error('expected a rejection');
  return result.rejection;
}

// ------------------------------------------------------------------ tests

describe('decode: Unicode encodings', () => {
  it('reads UTF-8 without BOM', () => {
    const file = decoded(utf8('网络空间命运共同体\n第二行'));
    expect(file).toMatchObject({ encoding: 'utf-8', bom: false, text: '网络空间命运共同体\n第二行', invalidSequences: 0 });
  });

  it('reads UTF-8 with BOM and keeps the BOM out of the text', () => {
    const file = decoded(concat([0xef, 0xbb, 0xbf], utf8('國際交流合作')));
    expect(file).toMatchObject({ encoding: 'utf-8', bom: true, text: '國際交流合作' });
  });

  it('reads UTF-16 LE and BE with BOM, keeping characters outside the BMP', () => {
    const text = '共建𠀋網絡空間 2022年 😀';
    const le = decoded(concat([0xff, 0xfe], utf16(text, 'le')));
    const be = decoded(concat([0xfe, 0xff], utf16(text, 'be')));
    expect(le).toMatchObject({ encoding: 'utf-16le', bom: true, text });
    expect(be).toMatchObject({ encoding: 'utf-16be', bom: true, text });
  });

  it('recognises BOM-less UTF-16 from its NUL-byte pattern', () => {
    const text = '2022-11-07 10:20\n携手构建网络空间命运共同体\nwww.example.gov.cn\n';
    expect(decoded(utf16(text, 'le'))).toMatchObject({ encoding: 'utf-16le', bom: false, text });
    expect(decoded(utf16(text, 'be'))).toMatchObject({ encoding: 'utf-16be', bom: false, text });
  });

  it('recognises BOM-less UTF-16 of hanzi-only text (no NUL pattern) by scoring', () => {
    const text = '携手构建网络空间命运共同体，推动全球互联网治理体系改革。各国应当加强对话与合作，共同维护和平与安全。';
    expect(decoded(utf16(text, 'le'))).toMatchObject({ encoding: 'utf-16le', bom: false, text });
    expect(decoded(utf16(text, 'be'))).toMatchObject({ encoding: 'utf-16be', bom: false, text });
  });

  it('keeps valid UTF-8 with a few stray NULs as UTF-8 (NULs dropped and counted)', () => {
    const file = decoded(utf8('a\u0000b\u0000c\u0000d\u0000 网络安全 network security 2022'));
    expect(file).toMatchObject({ encoding: 'utf-8', text: 'abcd 网络安全 network security 2022', controlCharsRemoved: 4 });
  });

  it('drops zero-width spaces and word joiners (counted), but keeps the zero-width joiner of emoji sequences', () => {
    const file = decoded(utf8('\u200b赞同 123\u200b\n网\u2060络 👨\u200d💻'));
    expect(file).toMatchObject({ text: '赞同 123\n网络 👨\u200d💻', controlCharsRemoved: 3 });
  });

  it('keeps CJK Extension B ideographs and emoji in UTF-8 intact', () => {
    const text = '𠀋𠂇 古籍用字 🇨🇳 👍🏽';
    expect(decoded(utf8(text)).text).toBe(text);
  });
});

describe('decode: GB18030/GBK and Big5', () => {
  it('decodes known byte sequences for 中文 in both encodings', () => {
    expect(decoded(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toMatchObject({ encoding: 'gb18030', text: '中文' });
    expect(decoded(new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]))).toMatchObject({ encoding: 'big5', text: '中文' });
  });

  const simplified = [
    '网络安全',
    '外交部',
    '中美互联网合作六大共识',
    '发布时间:2015-10-09',
    '国务院新闻办公室7日发布白皮书。',
    '一是积极推进全球光缆海缆建设，二是推动数字丝绸之路建设。',
  ];
  const traditional = [
    '網路安全',
    '外交部',
    '資訊',
    '臺灣',
    '網際網路治理，',
    '我國網絡空間國際交流合作領域發展成就與變革',
    '發佈時間:2014-09-18 來源:中國網財經',
  ];

  it.each(simplified)('detects GBK for Simplified text: %s', (text) => {
    expect(decoded(encodeWith(GBK_TABLE, text))).toMatchObject({ encoding: 'gb18030', text, invalidSequences: 0 });
  });

  it.each(traditional)('detects Big5 for Traditional text: %s', (text) => {
    expect(decoded(encodeWith(BIG5_TABLE, text))).toMatchObject({ encoding: 'big5', text, invalidSequences: 0 });
  });

  it.each(traditional)('detects GBK for Traditional text saved as GBK: %s', (text) => {
    expect(decoded(encodeWith(GBK_TABLE, text))).toMatchObject({ encoding: 'gb18030', text });
  });

  it('keeps a supplementary-plane ideograph encoded in four GB18030 bytes', () => {
    const bytes = concat(encodeWith(GBK_TABLE, '古籍中的'), gb18030FourBytes(0x2000b), encodeWith(GBK_TABLE, '字，网络时代'));
    expect(decoded(bytes)).toMatchObject({ encoding: 'gb18030', text: '古籍中的𠀋字，网络时代' });
  });

  it('drops and counts an invalid byte in GBK text', () => {
    const bytes = concat(encodeWith(GBK_TABLE, '中国网络空间'), [0xff], encodeWith(GBK_TABLE, '国际合作。'));
    const file = decoded(bytes);
    expect(file.encoding).toBe('gb18030');
    expect(file.text).toBe('中国网络空间国际合作。');
    expect(file.invalidSequences).toBe(1);
  });
});

describe('decode: normalisation', () => {
  it('turns CRLF and lone CR into \\n', () => {
    expect(decoded(utf8('第一行\r\n第二行\r第三行\n第四行\r\n')).text).toBe('第一行\n第二行\n第三行\n第四行\n');
  });

  it('turns tabs into spaces and removes NUL, C0 and C1 controls, counting them', () => {
    const body = '中国积极参与网络空间国际规则制定。';
    const file = decoded(utf8(`来源:\t新华社\u0000\u0007\u001b[0m\u0085\u009f${body}`));
    expect(file.text).toBe(`来源: 新华社[0m${body}`);
    expect(file.controlCharsRemoved).toBe(5);
  });

  it('drops invalid UTF-8 sequences, counts them and leaves no U+FFFD', () => {
    const bytes = concat(utf8('携手构建网络空间'), [0xe5, 0xbd], utf8('命运共同体'), [0x80], utf8('。'));
    const file = decoded(bytes);
    expect(file.encoding).toBe('utf-8');
    expect(file.text).toBe('携手构建网络空间命运共同体。');
    expect(file.invalidSequences).toBe(2);
  });

  it('drops literal U+FFFD left by an earlier bad conversion and counts it', () => {
    const file = decoded(utf8('接入海内外多种公有云、\uFFFD\n下一段\uFFFD\uFFFD文字'));
    expect(file.text).toBe('接入海内外多种公有云、\n下一段文字');
    expect(file.text).not.toContain('\uFFFD');
    expect(file.invalidSequences).toBe(3);
  });

  it('applies NFC but not NFKC: full-width punctuation and spaces stay', () => {
    const file = decoded(utf8('Cafe\u0301，（一）：全角　空格！ＡＢＣ'));
    expect(file.text).toBe('Café，（一）：全角　空格！ＡＢＣ');
  });

  it('reports the input size in bytes', () => {
    const bytes = utf8('网络');
    expect(decoded(bytes).bytes).toBe(6);
  });
});

describe('decode: rejections', () => {
  const magic: [string, number[]][] = [
    ['PDF', [...utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')]],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16]],
    ['GIF', [...utf8('GIF89a'), 1, 0]],
    ['ZIP/docx', [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]],
    ['GZIP', [0x1f, 0x8b, 0x08, 0x00]],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]],
  ];

  it.each(magic)('rejects a %s file by its magic number', (_format, head) => {
    const bytes = concat(head, utf8('网络空间'.repeat(50)));
    const rejection = rejected(decode({ name: 'a.txt', bytes }));
    expect(rejection).toMatchObject({ file: 'a.txt', stage: 'decode', code: 'binary', bytes: bytes.length });
    expect(rejection.reason).toMatch(/magic number/);
  });

  it('rejects binary data without a known signature (undecodable in every encoding)', () => {
    let seed = 20240105;
    const bytes = new Uint8Array(20_000).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    const rejection = rejected(decode({ name: 'blob.txt', bytes }));
    expect(rejection).toMatchObject({ stage: 'decode', code: 'binary', bytes: 20_000 });
  });

  it('rejects text drowned in NUL bytes', () => {
    const bytes = concat(utf8('正文'), new Array<number>(200).fill(0), utf8('结束'));
    expect(rejected(decode({ name: 'nul.txt', bytes })).code).toBe('binary');
  });

  it('accepts a text file with a small amount of junk (split handles it)', () => {
    const text = '携手构建网络空间命运共同体。'.repeat(200);
    const file = decoded(concat(utf8(text), [0x00, 0x01, 0xff, 0xfe, 0x80], utf8('\n结束')));
    expect(file.text).toBe(`${text}\n结束`);
    expect(file.controlCharsRemoved + file.invalidSequences).toBeGreaterThan(0);
  });

  it("rejects empty and whitespace-only files with code 'empty'", () => {
    expect(rejected(decode({ name: 'e.txt', bytes: new Uint8Array(0) }))).toMatchObject({ code: 'empty', bytes: 0 });
    const blank = utf8(' \r\n\t\u3000\n  ');
    expect(rejected(decode({ name: 'w.txt', bytes: blank }))).toMatchObject({ code: 'empty', bytes: blank.length });
    expect(rejected(decode({ name: 'b.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]) })).code).toBe('empty');
  });

  it("rejects files over the limit with code 'too-large' (limit from opts or DECODE)", () => {
    const bytes = utf8('网络空间'.repeat(100));
    const rejection = rejected(decode({ name: 'big.txt', bytes }, { maxBytes: 1000 }));
    expect(rejection).toMatchObject({ code: 'too-large', stage: 'decode', bytes: 1200 });
    expect(decode({ name: 'big.txt', bytes }, { maxBytes: 1200 }).ok).toBe(true);
    const huge = new Uint8Array(DECODE.maxFileBytes + 1);
    expect(rejected(decode({ name: 'huge.txt', bytes: huge })).code).toBe('too-large');
  });
});

describe('decode: large inputs', () => {
  it('decodes a 5 MB single line with no line breaks', () => {
    const sentence = '中国积极参与网络空间国际规则制定，推动构建网络空间命运共同体。';
    const text = sentence.repeat(Math.ceil((5 * 1024 * 1024) / utf8(sentence).length));
    const file = decoded(utf8(text));
    expect(file.text.length).toBe(text.length);
    expect(file.text.includes('\n')).toBe(false);
  });

  it('decodes a large GBK file consistently from a sample', () => {
    const paragraph = '网络安全是国家安全的重要组成部分，各方应当共同维护。\r\n';
    const bytes = encodeWith(GBK_TABLE, paragraph.repeat(20_000));
    const file = decoded(bytes);
    expect(file.encoding).toBe('gb18030');
    expect(file.text).toBe(paragraph.replace('\r\n', '\n').repeat(20_000));
  });
});

describe('decode: mojibake saved as text', () => {
  const TITLE = '全球数据安全倡议发布';
  const PARA = '中方提出《全球数据安全倡议》，呼吁各国秉持发展和安全并重的原则，平衡处理技术进步、经济发展与保护国家安全的关系。';

  /** UTF-8 read as Windows-1252 the way a latin1 database column does it (undefined bytes become C1 controls). */
  function asWindows1252(text: string): string {
    const decoder = new TextDecoder('windows-1252');
    return [...utf8(text)].map((b) => decoder.decode(new Uint8Array([b]))).join('');
  }

  it('reads back UTF-8 that was read as Windows-1252 and saved again (å…¨çƒ…), line by line', () => {
    const broken = [TITLE, '2020-09-08 来源：外交部', PARA].map(asWindows1252).join('\n');
    expect(broken).not.toContain('全');
    const file = decoded(utf8(`${broken}\n这一行本来就是好的中文文字。`));
    expect(file.text).toBe(`${TITLE}\n2020-09-08 来源：外交部\n${PARA}\n这一行本来就是好的中文文字。`);
    expect(file.mojibakeRepaired).toEqual({ 'windows-1252': 3 });
  });

  it('reads back UTF-8 that was read as GBK (鍏ㄧ悆…) where no byte was lost', () => {
    const broken = new TextDecoder('gbk').decode(utf8(PARA));
    const file = decoded(utf8(`${TITLE}\n${broken}`));
    const repaired = file.text.split('\n')[1]!;
    // The wrong reading may have dropped a byte or two; the line is back to Chinese all the same.
    expect(repaired.length).toBeGreaterThan(PARA.length * 0.95);
    expect([...repaired].filter((ch) => PARA.includes(ch)).length).toBeGreaterThan(PARA.length * 0.95);
    expect(file.mojibakeRepaired).toEqual({ gbk: 1 });
  });

  it('leaves real text alone: running text, classical poems, Traditional script, accented Latin', () => {
    const text = [
      PARA,
      '嶧陽孫枝，匠成雅器。一聽秋堂，三月忘味。',
      '蜀道之難，難於上青天！蠶叢及魚鳧，開國何茫然。',
      '鑒於網路空間的治理需要國際社會共同努力，各國應加強對話。',
      'Café, résumé, naïve — Zürich São Paulo Ångström.',
    ].join('\n');
    const file = decoded(utf8(text));
    expect(file.text).toBe(text);
    expect(file.mojibakeRepaired).toBeUndefined();
  });
});

describe('decode: HTML character references left by the scraper', () => {
  it('reads typographic references as their characters and counts them', () => {
    const file = decoded(utf8('&nbsp;&nbsp;为推进&ldquo;一带一路&rdquo;合作&mdash;&mdash;各方&#8220;共商&#x201D;，&#12288;R&D 与 &c 照写。'));
    expect(file.text).toBe('\u00a0\u00a0为推进“一带一路”合作——各方“共商”，\u3000R&D 与 &c 照写。');
    expect(file.referencesDecoded).toBe(9);
  });

  it('keeps references to markup characters, controls and nothing as written', () => {
    const text = '&lt;script&gt; &#60;img&#62; &#x3C;svg&#x3E; &amp;lt; &quot; &#39; &#0; &#xD800; &#9; &unknown; &copy';
    const file = decoded(utf8(text));
    expect(file.text).toBe(text);
    expect(file.referencesDecoded).toBeUndefined();
  });
});

describe('decode: letter-spaced lines', () => {
  it('drops the spaces of a line printed one character at a time (PDF titles and signatures)', () => {
    const file = decoded(utf8('关 于 加 强 数 据 安 全 管 理 的 通 知\n正文第一段。\n某　市　人　民　政　府\n'));
    expect(file.text).toBe('关于加强数据安全管理的通知\n正文第一段。\n某市人民政府\n');
  });

  it('leaves lines with longer tokens, and short spaced lines, as written', () => {
    const text = '2023 年 5 月 12 日\n中国 美国 日本 韩国\n第 一 章\nWe are 一 家 人\n';
    expect(decoded(utf8(text)).text).toBe(text);
  });
});

describe('decode: pinyin glosses a content farm wrote after characters', () => {
  it('removes every one-syllable gloss after a character once the text has several, and counts them', () => {
    const file = decoded(utf8('網(wǎng)絡(luò)安全國(guó)際合作（hé zuò 不是讀音）的戰(zhàn)略與發（fā）展'));
    expect(file.text).toBe('網絡安全國際合作（hé zuò 不是讀音）的戰略與發展');
    expect(file.pinyinGlossesRemoved).toBe(5);
  });

  it('keeps a reading or two that a text explains, and brackets that are not a toned syllable', () => {
    const explained = '“和(hè)”与“和(huó)”读音不同。';
    expect(stripPinyinGlosses(explained)).toEqual({ text: explained, removed: 0 });
    // Not a gloss even where one would do: English, no tone mark, two syllables, a space before the bracket.
    const other = '互联网(Internet)的(de)网络(wǎngluò)五 (wǔ)';
    expect(stripPinyinGlosses(other, 1)).toEqual({ text: other, removed: 0 });
    expect(decoded(utf8(explained)).pinyinGlossesRemoved).toBeUndefined();
  });
});
