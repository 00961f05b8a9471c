import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/pipeline/decode.ts';
import { split } from '../../scripts/pipeline/split.ts';
import { parseTitleLine } from '../../scripts/pipeline/split-title.ts';
import type { DecodedFile, Segment, SplitResult } from '../../scripts/pipeline/types.ts';

// ------------------------------------------------------------------ helpers

function fileOf(text: string, name = 'pages.txt'): DecodedFile {
  return { name, text, encoding: 'utf-8', bom: false, invalidSequences: 0, controlCharsRemoved: 0, bytes: text.length };
}

/** Decode real bytes first, as the pipeline does (decode drops U+FFFD and controls before split). */
function decodedFile(bytes: Uint8Array): DecodedFile {
  const result = decode({ name: 'mixed.txt', bytes });
  if (!result.ok) throw new Error(result.rejection.reason);
  return result.file;
}

const lines = (...items: string[]): string => items.join('\n');

/** [first line, last line] of a segment. */
const range = (segment: Segment | undefined): [number, number] => [segment?.lines[0]?.no ?? -1, segment?.lines.at(-1)?.no ?? -1];

/** Pseudo-random bytes with a fixed seed, as in the tail of a saved PDF. */
function streamBytes(count: number, seed: number): number[] {
  const out: number[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out.push((state >> 16) & 0xff);
  }
  return out;
}

/**
 * Every line of the file is in exactly one segment or one rejection, and no byte is lost: the pieces
 * of each line (in offset order, plus a rejected tail) give back the line, and the UTF-8 sizes add up.
 */
function expectFullAccounting(file: DecodedFile, result: SplitResult): void {
  const original = file.text.split('\n');
  const pieces = new Map<number, { offset: number; text: string }[]>();
  for (const segment of result.segments) {
    for (const line of segment.lines) {
      const list = pieces.get(line.no) ?? [];
      list.push({ offset: line.offset ?? 0, text: line.text });
      pieces.set(line.no, list);
    }
  }
  let rejectedBytes = 0;
  for (const rejection of result.rejected) {
    const [from, to] = rejection.lines ?? [0, -1];
    rejectedBytes += rejection.bytes;
    for (let no = from; no <= to; no++) {
      const list = pieces.get(no) ?? [];
      const kept = list.reduce((sum, piece) => sum + piece.text.length, 0);
      expect(no === from || kept === 0, `line ${no} is both kept and rejected`).toBe(true);
      list.push({ offset: kept, text: (original[no - 1] ?? '').slice(kept) });
      pieces.set(no, list);
    }
  }
  expect([...pieces.keys()].sort((a, b) => a - b)).toEqual(original.map((_, i) => i + 1));
  for (const [no, list] of pieces) {
    const rebuilt = [...list].sort((a, b) => a.offset - b.offset).map((piece) => piece.text).join('');
    expect(rebuilt, `line ${no}`).toBe(original[no - 1]);
  }
  const keptBytes = result.segments.reduce(
    (sum, segment) => sum + segment.lines.reduce((s, line) => s + Buffer.byteLength(line.text, 'utf8'), 0),
    0,
  );
  const totalBytes = original.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8'), 0);
  expect(keptBytes + rejectedBytes).toBe(totalBytes);
  result.segments.forEach((segment, index) => expect(segment.index).toBe(index));
}

function splitChecked(file: DecodedFile): SplitResult {
  const result = split(file);
  expectFullAccounting(file, result);
  return result;
}

// ------------------------------------------------------------------ realistic snippets (written for these tests)

const ARTICLE_HANS = lines(
  '数字经济合作迈上新台阶',
  '发布时间:2021-06-18',
  '近年来，各方在数字基础设施、跨境电商和数据治理方面的合作不断深化，成果惠及更多发展中国家。',
  '数字经济合作迈上新台阶',
  '专家认为，下一步应当在规则对接和能力建设上持续发力，推动形成开放包容的发展环境。',
);

/** A few kilobytes of ordinary Traditional text (so appended junk stays a small share of the file). */
const LONG_BODY_HANT = Array.from(
  { length: 12 },
  (_, k) => `  第${k + 1}段：各方願在網路安全、資訊共享與數位經濟等領域深化合作，推動建立公正合理的網路空間國際秩序，並持續擴大交流。`,
).join('\n');

const ARTICLE_HANT = lines(
  '網路空間治理的新進展',
  '',
  '  近年來，各方圍繞網際網路治理、資訊安全與數位經濟展開對話，合作機制逐步完善。',
  '',
  '網路空間治理的新進展',
  '',
  '  與會代表表示，願意在打擊網路犯罪和應急響應等領域加強交流，共同維護網路安全。',
);

const TWO_PAGES_TEXT = lines(
  '加强数字治理合作的倡议_新闻频道_示例日报网',
  '加强数字治理合作的倡议_新闻频道_示例日报网',
  '加强数字治理合作的倡议',
  '各方应当加强对话，共同应对数字时代的风险和挑战。',
  '京ICP备00000000号',
  '網路安全合作白皮書 - 範例新聞網',
  '網路安全合作白皮書 - 範例新聞網',
  '網路安全合作白皮書',
  '  本白皮書介紹近年來網路安全合作的主要成果與經驗。',
  '',
);

describe('split: files without page-title lines', () => {
  it('keeps a Simplified article as one segment, even when its title repeats mid-body', () => {
    const file = fileOf(ARTICLE_HANS);
    const { segments, rejected } = splitChecked(file);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.titleHint).toBeUndefined();
    expect(range(segments[0])).toEqual([1, 5]);
    expect(rejected).toEqual([]);
  });

  it('keeps a Traditional article as one segment', () => {
    const { segments } = splitChecked(fileOf(ARTICLE_HANT));
    expect(segments).toHaveLength(1);
    expect(range(segments[0])).toEqual([1, 7]);
  });

  it('does not split on lines that only look like title/site pairs', () => {
    const text = lines(
      '合作机制建设取得进展',
      '长江—黄河流域合作交流办公室', // a dash inside a proper name, not a separator
      '- 论数字时代的国际合作 — — 兼谈规则制定的新趋势', // list item with a spaced dash
      '数据安全法_中国人大网', // a lone reference line, never repeated, title never reappears
      'APP下载 | 关于我们', // a menu row with an ad word
      '2022-11-07 10:20',
      '双方同意建立定期对话机制，关于我们共同关心的问题保持沟通。',
      '首页 > 资料 > 政策文件',
    );
    const { segments } = splitChecked(fileOf(text));
    expect(segments).toHaveLength(1);
  });
});

describe('split: page-title lines', () => {
  const TWO_PAGES = lines(
    '加强数字治理合作的倡议_新闻频道_示例日报网',
    '加强数字治理合作的倡议_新闻频道_示例日报网',
    '首页',
    '加强数字治理合作的倡议',
    '2020年11月18日 16:02',
    '各方应当加强对话，共同应对数字时代的风险和挑战。',
    '網路安全合作白皮書 - 範例新聞網',
    '網路安全合作白皮書 - 範例新聞網',
    '網路安全合作白皮書',
    '  本白皮書介紹近年來網路安全合作的主要成果與經驗。',
  );

  it('opens a segment at each repeated page-title line and strips site and channel', () => {
    const { segments } = splitChecked(fileOf(TWO_PAGES));
    expect(segments.map((s) => s.titleHint)).toEqual(['加强数字治理合作的倡议', '網路安全合作白皮書']);
    expect(segments.map((s) => s.pageTitleLine)).toEqual(['加强数字治理合作的倡议_新闻频道_示例日报网', '網路安全合作白皮書 - 範例新聞網']);
    expect(segments.map(range)).toEqual([
      [1, 6],
      [7, 10],
    ]);
    expect(segments.map((s) => s.pageTitleLines)).toEqual([
      [1, 2],
      [7, 8],
    ]);
  });

  it('reads a journal and its issue, a law database, or a site with a Latin short name as the site of a page title', () => {
    const page = (title: string, heading: string) =>
      splitChecked(fileOf(lines(title, heading, '各方应当加强对话，共同应对数字时代的风险和挑战。'))).segments.map((s) => s.titleHint);
    expect(page('论全球网络空间治理的中国方案--《国际问题研究》2022年第3期', '论全球网络空间治理的中国方案')).toEqual(['论全球网络空间治理的中国方案']);
    expect(page('資通安全管理法-全國法規資料庫', '法規名稱： 資通安全管理法')).toEqual(['資通安全管理法']);
    expect(page('數發部與美國簽署資安合作備忘錄 | 政治 | 中央社 CNA', '數發部與美國簽署資安合作備忘錄')).toEqual(['數發部與美國簽署資安合作備忘錄']);
  });

  it('recognises a single title line whose bare title reappears as the page heading', () => {
    const text = lines(
      ARTICLE_HANS,
      '关于推进网络空间国际合作的立场文件_某某省外事办公室',
      '首页 > 资料 > 立场文件',
      '关于推进网络空间国际合作的立场文件',
      '各国应当尊重网络主权，反对网络霸权。',
    );
    const { segments } = splitChecked(fileOf(text));
    expect(segments.map(range)).toEqual([
      [1, 5],
      [6, 9],
    ]);
    expect(segments[1]?.titleHint).toBe('关于推进网络空间国际合作的立场文件');
  });

  it('strips an SEO prefix and keeps the spam mirror title with the page it announces', () => {
    const text = lines(
      '某某钱包手机版app下载|网络诈骗的常见形式',
      '网络诈骗的常见形式(务必当心) - 某某问答社区',
      '网络诈骗的常见形式(务必当心) - 某某问答社区',
      '网络诈骗的常见形式(务必当心)',
      '冒充客服、虚假投资和刷单返利是最常见的三种手法。',
    );
    const { segments } = splitChecked(fileOf(text));
    expect(segments).toHaveLength(1);
    expect(segments[0]?.titleHint).toBe('网络诈骗的常见形式(务必当心)');
    expect(segments[0]?.pageTitleLines).toEqual([1, 2, 3]);
  });

  it('uses the SEO title alone when no other title follows', () => {
    const text = lines(
      '某某钱包手机版app下载|网络诈骗的常见形式',
      '网络诈骗的常见形式',
      '冒充客服、虚假投资和刷单返利是最常见的三种手法。',
    );
    const { segments } = splitChecked(fileOf(text));
    expect(segments[0]?.titleHint).toBe('网络诈骗的常见形式');
  });

  it('attaches leading blank lines to the first page instead of making an empty segment', () => {
    const text = lines('', '  ', TWO_PAGES);
    const { segments } = splitChecked(fileOf(text));
    expect(segments).toHaveLength(2);
    expect(range(segments[0])).toEqual([1, 8]);
  });

  it('keeps characters outside the BMP in title hints', () => {
    const text = lines('𠀋字考释_某某文字学会', '𠀋字考释_某某文字学会', '𠀋字见于古籍，今多用作人名。');
    const { segments } = splitChecked(fileOf(text));
    expect(segments[0]?.titleHint).toBe('𠀋字考释');
  });
});

describe('split: lines shaped like a page title that are not one', () => {
  it('never reads a bare date as the title of a `来源：… | date` line', () => {
    expect(parseTitleLine('来源:央视网 | 2022年08月19日 17:47:26').map((r) => r.title)).toEqual([]);
    expect(parseTitleLine('央视网 | 2022-08-19 17:47').map((r) => r.title)).toEqual([]);
    expect(parseTitleLine('某某app下载 | 数据出境安全评估办法解读').map((r) => r.title)).toContain('数据出境安全评估办法解读');
  });
});

describe('split: titles glued to other text', () => {
  const previousPageTail =
    '词条统计：浏览次数12万次，编辑次数8次。 关于本站 | 使用协议 | 隐私政策 | 京ICP证000000号 京公网安备110000000000';

  it('cuts a title glued to the end of the previous page’s last line (confirmed by the next line)', () => {
    const gluedTitle = '携手推进数字基础设施互联互通_白皮书_示例政府网';
    const text = lines(
      '数字基础设施词条_某某百科',
      `数字基础设施词条 ${previousPageTail}${gluedTitle}`,
      gluedTitle,
      '携手推进数字基础设施互联互通',
      '国务院新闻办公室发布白皮书，介绍数字基础设施建设的进展。',
    );
    const file = fileOf(text);
    const { segments } = splitChecked(file);
    expect(segments).toHaveLength(2);
    const cutLine = file.text.split('\n')[1] ?? '';
    const cutAt = cutLine.length - gluedTitle.length;
    expect(segments[0]?.lines.at(-1)).toEqual({ no: 2, text: cutLine.slice(0, cutAt), offset: 0 });
    expect(segments[1]?.lines[0]).toEqual({ no: 2, text: gluedTitle, offset: cutAt });
    expect(segments[1]?.titleHint).toBe('携手推进数字基础设施互联互通');
    expect(segments[1]?.pageTitleLines).toEqual([2, 3]);
  });

  it('cuts a glued title without a repeat when the bare title stands below as the page heading', () => {
    const text = lines(
      `本页面最后更新于2023年。${previousPageTail}網路資訊安全合作綱要_示例外交部`,
      '首頁',
      '資料',
      '網路資訊安全合作綱要',
      '  本綱要闡述在網路資訊安全領域開展國際合作的基本原則。',
    );
    const { segments } = splitChecked(fileOf(text));
    expect(segments).toHaveLength(2);
    expect(segments[1]?.titleHint).toBe('網路資訊安全合作綱要');
    expect(segments[1]?.lines[0]?.text).toBe('網路資訊安全合作綱要_示例外交部');
  });

  it('opens a segment at a title glued to the start of a one-line page', () => {
    const body = '切换模式写文章登录/注册跨境数据流动规则综述(附案例)作者：某某 数据跨境流动规则在各国差异很大，本文梳理主要做法。'.repeat(3);
    const text = lines(ARTICLE_HANS, `跨境数据流动规则综述(附案例) - 某某问答社区${body}`);
    const { segments } = splitChecked(fileOf(text));
    expect(segments.map(range)).toEqual([
      [1, 5],
      [6, 6],
    ]);
    expect(segments[1]?.titleHint).toBe('跨境数据流动规则综述(附案例)');
    expect(segments[1]?.pageTitleLines).toBeUndefined();
  });

  it('keeps the standalone title and its glued copy in one segment', () => {
    const title = '跨境数据流动规则综述 - 某某问答社区';
    const text = lines(ARTICLE_HANS, title, `${title}切换模式写文章登录/注册跨境数据流动规则综述各国差异很大，本文梳理主要做法。`);
    const { segments } = splitChecked(fileOf(text));
    expect(segments.map(range)).toEqual([
      [1, 5],
      [6, 7],
    ]);
    expect(segments[1]?.pageTitleLines).toEqual([6]);
  });
});

describe('split: binary junk', () => {
  const pdfHead = lines(
    '%PDF-1.7',
    '%âãÏÓ',
    '12 0 obj <</Linearized 1/L 120345/O 14/E 9876/N 3/T 119000/H [ 512 160]>> endobj',
    'xref',
    '12 8',
    '0000000016 00000 n',
    '0000000680 00000 n',
    '0000000987 00000 n',
    'trailer',
    '<</Size 20/Root 13 0 R/Info 11 0 R/ID[<4A5B6C>]/Prev 118000>>',
    'startxref',
    '0',
    '%%EOF',
    '13 0 obj <</Filter/FlateDecode/Length 420>>stream',
  );

  it('rejects raw PDF bytes after a page as pdf-bytes, with their line range', () => {
    const enc = new TextEncoder();
    const pages = `${TWO_PAGES_TEXT}\n${LONG_BODY_HANT}`;
    const bytes = new Uint8Array([
      ...enc.encode(`${pages}\n${pdfHead}\n`),
      ...streamBytes(600, 7),
      ...enc.encode('\nendstream endobj'),
    ]);
    const file = decodedFile(bytes);
    const result = splitChecked(file);
    expect(result.segments).toHaveLength(2);
    expect(result.rejected).toHaveLength(1);
    const rejection = result.rejected[0];
    const firstPdfLine = pages.split('\n').length + 1;
    const total = file.text.split('\n').length;
    expect(rejection).toMatchObject({ file: 'mixed.txt', stage: 'split', code: 'pdf-bytes', lines: [firstPdfLine, total] });
    expect(rejection?.excerpt?.startsWith('%PDF-1.7')).toBe(true);
    const keptText = result.segments.flatMap((s) => s.lines.map((l) => l.text)).join('\n');
    expect(keptText).not.toContain('endobj');
  });

  it('cuts a PDF header glued after text on the same line', () => {
    const text = lines('正文最后一句。', `网站由某某中心维护%PDF-1.7`, '1 0 obj <</Type/Catalog>> endobj', 'xref', '0000000016 00000 n');
    const file = fileOf(text);
    const result = splitChecked(file);
    expect(result.rejected[0]).toMatchObject({ code: 'pdf-bytes', lines: [2, 5] });
    expect(result.segments[0]?.lines.at(-1)).toEqual({ no: 2, text: '网站由某某中心维护', offset: 0 });
  });

  it('rejects undecodable garbage without PDF syntax as binary-junk', () => {
    const enc = new TextEncoder();
    const junk: number[] = [];
    for (let k = 0; k < 6; k++) junk.push(...streamBytes(120, 100 + k).map((b) => (b === 0x0a || b === 0x0d ? 0x41 : b)), 0x0a);
    const before = `${ARTICLE_HANS}\n${LONG_BODY_HANT}\n`;
    const bytes = new Uint8Array([...enc.encode(before), ...junk, ...enc.encode(LONG_BODY_HANT)]);
    const file = decodedFile(bytes);
    const result = splitChecked(file);
    expect(result.rejected.map((r) => r.code)).toEqual(['binary-junk']);
    const firstJunkLine = before.split('\n').length;
    expect(result.rejected[0]?.lines).toEqual([firstJunkLine, firstJunkLine + 5]);
    expect(result.segments).toHaveLength(1);
  });

  it('leaves one or two odd lines, or prose mentioning a PDF header, to clean', () => {
    const text = lines(ARTICLE_HANS, 'xref', '^{~}$@#*=`^{~}', '文件开头的%PDF-1.7标记说明这是PDF格式。', ARTICLE_HANT);
    const result = splitChecked(fileOf(text));
    expect(result.rejected).toEqual([]);
    expect(result.segments).toHaveLength(1);
  });
});


describe('split: size and accounting', () => {
  it('accounts for every line and byte on assorted inputs', () => {
    const inputs = ['', '\n\n', '单独一行', ARTICLE_HANS, ARTICLE_HANT, TWO_PAGES_TEXT, `${TWO_PAGES_TEXT}\n${ARTICLE_HANT}\n`];
    for (const text of inputs) splitChecked(fileOf(text));
  });

  it('handles a 5 MB single line and many title-like lines', () => {
    const sentence = '网络空间是人类共同的活动空间，前途命运应由世界各国共同掌握。';
    const oneLine = sentence.repeat(Math.ceil((5 * 1024 * 1024) / (sentence.length * 3)));
    const big = split(fileOf(oneLine));
    expect(big.segments).toHaveLength(1);
    expect(big.segments[0]?.lines[0]?.text.length).toBe(oneLine.length);

    const many = Array.from({ length: 20_000 }, (_, k) => `第${k}号通知_某某政府网`).join('\n');
    const result = splitChecked(fileOf(many));
    expect(result.segments).toHaveLength(1);
  });
});

describe('split: a page glued on after another page\'s footer', () => {
  const BODY_1 = '第79届联合国大会24日通过《联合国打击网络犯罪公约》，这是联合国框架下首个全球性网络犯罪公约。';
  const BODY_2 = '聯合國通過網路犯罪公約後，各國在批准與落實方面仍面臨諸多挑戰，包括人權保障與跨境取證的平衡。';

  it('opens a new segment at a headline followed by its date and text below the copyright / ICP lines', () => {
    const text = lines('联合国通过网络犯罪公约', '2024-12-24 08:00 来源：环球网', BODY_1, '版权所有 环球网', '京ICP备09025637号', '网站地图 | 联系我们', '網路犯罪公約通過後的挑戰', '2024/12/26', BODY_2);
    const { segments } = split(fileOf(text));
    expect(segments.map(range)).toEqual([
      [1, 6],
      [7, 9],
    ]);
  });

  it('keeps a share card after the footer (headline and one sentence, no date) with its page', () => {
    const text = lines('联合国通过网络犯罪公约', '2024-12-24', BODY_1, '版权所有 环球网', '联合国通过网络犯罪公约', '联合国大会通过首个全球性网络犯罪公约。');
    expect(split(fileOf(text)).segments).toHaveLength(1);
  });
});

describe('split: press releases one after another', () => {
  it('opens a segment at a headline above a rule after the end mark 完 and the release stamp', () => {
    const text = lines(
      '政府推動網絡安全國際合作', '＊＊＊＊＊＊', '政府發言人今日表示，特區政府會繼續積極推動網絡安全國際合作，與各地執法機構加強情報交流。', '完',
      '2023年5月12日（星期五）', '香港時間17時30分',
      '數碼港舉辦國際網絡安全論壇', '＊＊＊＊＊＊', '創新科技及工業局局長今日出席數碼港舉辦的國際網絡安全論壇並致辭，介紹香港的最新發展。', '完',
    );
    expect(splitChecked(fileOf(text)).segments.map(range)).toEqual([[1, 6], [7, 10]]);
  });

  it('does not split at 完 when what follows is not a new headline over a rule or date', () => {
    const text = lines('合作倡議', '政府發言人今日表示，特區政府會繼續積極推動網絡安全國際合作，與各地執法機構加強情報交流。', '完', '附錄', '相關文件可於政府網站下載，供市民參閱及提供意見。');
    expect(splitChecked(fileOf(text)).segments).toHaveLength(1);
  });
});

