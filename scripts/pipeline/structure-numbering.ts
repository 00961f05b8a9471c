/**
 * Chinese section numbering for the structure stage: `第一章`, `第二节`, `壹、` (Taiwan's official documents),
 * `一、`/`一．`, `（一）`/`(一)`, `1.`/`1、`/`1．`, `1.1 `/`1.1.1 `, `（1）`, `Ⅰ、`, and the standalone section
 * words (`前言`, `结束语`, …). Pure functions.
 */

export type NumberStyle =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'capital'
  | 'roman'
  | 'han-comma'
  | 'han-paren'
  | 'decimal'
  | 'decimal-deep'
  | 'arabic'
  | 'arabic-space'
  | 'arabic-paren';

export interface Marker {
  style: NumberStyle;
  /** The number written (第三章 → 3, （二） → 2, 12. → 12). */
  value: number;
  /** Length of the marker text (`（一）` → 3). */
  length: number;
}

const HAN_NUMERAL = '[一二三四五六七八九十百零〇两]';
const DIGIT = '[0-9０-９]';
/** Optional spaces inside a spaced-out marker. */
const SP = '[ \\u00a0\\u3000]?';

/** Marker patterns, anchored at the start of the text; group 1 is the number. */
const PATTERNS: Array<{ style: NumberStyle; re: RegExp }> = [
  // `第一编` / `第二篇` / `第三部分` — parts of long official documents.
  // Law databases space the parts out (`第 一 章`, `第 1 條`).
  { style: 'part', re: new RegExp(`^第${SP}(${HAN_NUMERAL}{1,4}|${DIGIT}{1,3})${SP}(?:编|編|篇|部分)`, 'u') },
  // `第一章` — chapters of strategies, laws and white papers.
  { style: 'chapter', re: new RegExp(`^第${SP}(${HAN_NUMERAL}{1,4}|${DIGIT}{1,3})${SP}章`, 'u') },
  // `第一节` — sections inside chapters.
  { style: 'section', re: new RegExp(`^第${SP}(${HAN_NUMERAL}{1,4}|${DIGIT}{1,3})${SP}[节節]`, 'u') },
  // `第十条` / `第 10 條` — articles of a law; a heading only when standalone or with a short caption.
  { style: 'article', re: new RegExp(`^第${SP}(${HAN_NUMERAL}{1,4}|${DIGIT}{1,3})${SP}[条條](?:${SP}之${SP}[一二三四五六七八九十0-9]{1,3})?(?![件款])`, 'u') },
  // `第 1-1 條`: an article inserted after 第 1 條, as Taiwan's law database prints it (spaced; `第1-14条` is a range).
  { style: 'article', re: new RegExp(`^第[ \u3000]+(${DIGIT}{1,3})-${DIGIT}{1,3}[ \u3000]+[条條]`, 'u') },
  // `壹、` / `貳、` — the top level of Taiwan's official documents (financial numerals).
  { style: 'capital', re: /^([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})[、．]/u },
  // `Ⅰ、` / `Ⅱ.` — Roman numeral characters.
  { style: 'roman', re: /^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])[、．.\s]/u },
  // `一、` / `一．` — but not `一、二线城市`, where a numeral follows the comma.
  { style: 'han-comma', re: /^([一二三四五六七八九十]{1,3})[、．](?![一二三四五六七八九十])/u },
  // `（一）` / `(一)`.
  { style: 'han-paren', re: /^[（(]([一二三四五六七八九十]{1,3})[）)]/u },
  // `1.1 背景` / `2.3.1 目标` — decimal sections of reports; a space must follow (`2.5亿` is a number).
  { style: 'decimal-deep', re: new RegExp(`^${DIGIT}{1,2}\\.${DIGIT}{1,2}\\.(${DIGIT}{1,2})[\\s\u3000]`, 'u') },
  { style: 'decimal', re: new RegExp(`^${DIGIT}{1,2}\\.(${DIGIT}{1,2})[\\s\u3000]`, 'u') },
  // `1.` / `1．` / `1、` — but not `2.5亿` (a digit follows the point) nor a year (`2014.`: three or more digits).
  { style: 'arabic', re: new RegExp(`^(${DIGIT}{1,2})[.．、](?!${DIGIT})`, 'u') },
  // `1 引言` / `2 研究方法` — the top level of academic papers: a small number, a space, then a caption
  // (not a quantity: `3 月`, `12 个`, `5 G`).
  { style: 'arabic-space', re: new RegExp(`^(${DIGIT}{1,2})[ \u3000]+(?=[\\p{Script=Han}])(?![年月日时時点點分秒个個号號岁歲万萬亿億元名人家项項条條次位倍届屆期版])`, 'u') },
  // `（1）` / `(1)`.
  { style: 'arabic-paren', re: new RegExp(`^[（(](${DIGIT}{1,2})[）)]`, 'u') },
];

const HAN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const ROMAN = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';

/** `三` → 3, `十二` → 12, `二十` → 20, `一百零五` → 105, `１２` → 12. */
export function numberValue(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  if (ascii.length === 1 && ROMAN.includes(ascii)) return ROMAN.indexOf(ascii) + 1;
  let total = 0;
  let digit = 0;
  for (const ch of ascii) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十' || ch === '拾') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      const value = HAN_DIGIT[ch];
      if (value === undefined) return undefined;
      digit = value;
    }
  }
  return total + digit;
}

/** The numbering marker the text starts with, if any. */
export function leadingMarker(text: string): Marker | undefined {
  for (const { style, re } of PATTERNS) {
    const match = re.exec(text);
    if (!match) continue;
    const value = numberValue(match[1] ?? '');
    if (value === undefined || value < 1) return undefined;
    return { style, value, length: match[0].length };
  }
  return undefined;
}

/** Standalone words that head a document part (`前言`, `結束語`, `附件1`, a paper's `参考文献`): always the top heading level. */
const SECTION_WORDS = /^(?:前言|序言|序|引言|导言|導言|绪论|緒論|结束语|結束語|结语|結語|后记|後記|附录|附錄|附件\s*[0-9０-９]*|参考文献|參考文獻|注释|註釋|致谢|致謝)\s*[:：]?$/u;

export function isSectionWord(text: string): boolean {
  return SECTION_WORDS.test(text.trim());
}

/** Sentence punctuation anywhere in a line: such a line is prose, never a heading. */
export function hasSentencePunctuation(text: string): boolean {
  return /[。！？；!?;]/u.test(text);
}
