/**
 * Date parsing for the metadata stage: turns the date notations found on Chinese web pages
 * (`2015-10-09`, `2014/09/18 20:57:33`, `2020年11月18日 16:02`, `2024年1月`, `二〇二二年十一月七日`)
 * into ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, validating month and day. Pure functions.
 */
import type { IsoDate } from './types.ts';
import { METADATA } from './thresholds.ts';

export interface YearRange {
  minYear: number;
  maxYear: number;
}

export interface DateToken {
  iso: IsoDate;
  /** Index of the first and one past the last character of the date (with its time and weekday). */
  start: number;
  end: number;
  /** A weekday was written next to it (`星期天`, `周一`, `禮拜三`): the mark of a page-header clock. */
  weekday: boolean;
}

const HAN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Full-width digits and colons → ASCII, so one set of patterns reads both widths. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ':')
    .replace(/／/g, '/')
    .replace(/－/g, '-');
}

/** `二〇二二` → 2022 (digit by digit, as years are written in official documents). */
function hanYear(text: string): number | undefined {
  let value = 0;
  for (const ch of text) {
    const digit = HAN_DIGITS[ch];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** `十一` → 11, `七` → 7, `三十一` → 31 (month and day numerals). */
function hanSmallNumber(text: string): number | undefined {
  // A tens digit only before 十: `三` alone is 3 (March), not a tens digit missing its 十.
  const match = /^(?:([二三])?(十))?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, units] = match;
  const tensValue = ten ? (tens ? (HAN_DIGITS[tens] ?? 0) : 1) : 0;
  const unitsValue = units ? (HAN_DIGITS[units] ?? 0) : 0;
  return tensValue * 10 + unitsValue;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** ISO text for a validated year / month / day; undefined when any part is out of range. */
export function toIso(year: number, month: number | undefined, day: number | undefined, range: YearRange = METADATA): IsoDate | undefined {
  if (!Number.isInteger(year) || year < range.minYear || year > range.maxYear) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** A clock after the date: `16:02`, `16:02:33`, or in characters as government portals print it (`15时04分`, `10點30分`). */
const TIME = String.raw`(?:\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*[时時点點]\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?))?`;
const WEEKDAY = String.raw`(?:\s*[（(]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)]?)?`;
/** `2015-10-09`, `2014/09/18`, `2014.09.18` (one separator throughout), with optional time; a space may follow a
 *  dash (`2022- 04- 27`, as some portals print it). */
const NUMERIC_DAY = new RegExp(String.raw`(?<!\d)(\d{4})([-/.])(?:(?<=-) )?(\d{1,2})\2(?:(?<=-) )?(\d{1,2})(?!\d)` + TIME + WEEKDAY, 'u');
/** The same with spaces around slashes, as magazines' sites print it (`2015 / 03 / 25`). */
const SPACED_SLASH_DAY = new RegExp(String.raw`(?<!\d)(\d{4})\s+/\s+(\d{1,2})\s+/\s+(\d{1,2})(?!\d)` + TIME + WEEKDAY, 'u');
/** `2020年11月18日`, `2024年1月`, with optional time. */
const HAN_MARKED = new RegExp(String.raw`(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?` + TIME + WEEKDAY, 'u');
/** `二〇二二年十一月七日` as in signatures of official documents. */
const HAN_NUMERAL = new RegExp(String.raw`([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?` + WEEKDAY, 'u');
/** Taiwan's Minguo calendar with its era name, safe in free text: `民國112年3月8日`, `中華民國112年3月`. */
const ROC_NAMED = new RegExp(String.raw`(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?` + TIME + WEEKDAY, 'u');
/** A Minguo date without the era name (`112-03-08`, `112年3月8日`): only as a whole labelled value or a
 *  whole line, where a two- or three-digit year can mean nothing else. */
const ROC_BARE = new RegExp(String.raw`^(\d{2,3})(?:([-/.])(\d{1,2})\2(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)` + TIME + WEEKDAY + '$', 'u');
/** Minguo years count from 1912 (民國元年). */
const ROC_OFFSET = 1911;

/** English month names of bilingual sites' dates (`March 22, 2024`, `22 Mar 2024`, `Sept. 5, 2023`). */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ENGLISH_MONTH_FIRST = new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2}),?\s+(\d{4})(?!\d)` + TIME, 'iu');
const ENGLISH_DAY_FIRST = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+${MONTH_NAME},?\s+(\d{4})(?!\d)` + TIME, 'iu');

/** A day or month first and the year last (`31/03/2025` in Hong Kong and Macau, `03/31/2025` on US-styled sites):
 *  read only when the order shows, a number above 12 being the day; `01/06/2015` could be either and is not read. */
const YEAR_LAST = new RegExp(String.raw`(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/.-])` + TIME, 'u');

/** Xinhua's page stamp, `2022-11/07 10:05:17`, which scrapers often flatten to `2022 11/ 07 10:05:17`: only with its
 *  full time, which no other text writes after such a pair. */
const YEAR_THEN_MONTH_SLASH_DAY = /(?<!\d)(\d{4})[-\s]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s+\d{1,2}:\d{2}:\d{2}(?!\d)/u;

function yearLast(match: RegExpExecArray, range: YearRange): IsoDate | undefined {
  const a = Number(match[1]);
  const b = Number(match[3]);
  if (a > 12 && b <= 12) return toIso(Number(match[4]), b, a, range);
  if (b > 12 && a <= 12) return toIso(Number(match[4]), a, b, range);
  return undefined;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** `2024-01` (numeric year and month only) — used for labelled values, never for free text. */
const NUMERIC_MONTH = /(?<!\d)(\d{4})[-/.](\d{1,2})(?![\d/.-])/u;
/** `2024年` or a bare `2024` — used for labelled values only. */
const YEAR_ONLY = /(?<!\d)(\d{4})(?:\s*年)?(?!\d)/u;

function hasWeekday(matched: string): boolean {
  return /(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]/u.test(matched);
}

function token(iso: IsoDate | undefined, match: RegExpExecArray): DateToken | undefined {
  if (!iso) return undefined;
  return { iso, start: match.index, end: match.index + match[0].length, weekday: hasWeekday(match[0]) };
}

const optional = (value: string | undefined, read: (v: string) => number | undefined = Number) => (value === undefined ? undefined : read(value));

/** Each notation findDate reads: its pattern and how a match becomes a validated ISO date (undefined when it is none). */
const DATE_READERS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray, range: YearRange) => IsoDate | undefined]> = [
  [NUMERIC_DAY, (m, range) => toIso(Number(m[1]), Number(m[3]), Number(m[4]), range)],
  [HAN_MARKED, (m, range) => toIso(Number(m[1]), Number(m[2]), optional(m[3]), range)],
  [
    HAN_NUMERAL,
    (m, range) => {
      const year = hanYear(m[1] ?? '');
      const month = hanSmallNumber(m[2] ?? '');
      const day = optional(m[3], hanSmallNumber);
      const valid = year !== undefined && month !== undefined && (m[3] === undefined || day !== undefined);
      return valid ? toIso(year, month, day, range) : undefined;
    },
  ],
  [ROC_NAMED, (m, range) => toIso(Number(m[1]) + ROC_OFFSET, Number(m[2]), optional(m[3]), range)],
  [ENGLISH_MONTH_FIRST, (m, range) => toIso(Number(m[3]), monthNumber(m[1]!), Number(m[2]), range)],
  [ENGLISH_DAY_FIRST, (m, range) => toIso(Number(m[3]), monthNumber(m[2]!), Number(m[1]), range)],
  [YEAR_THEN_MONTH_SLASH_DAY, (m, range) => toIso(Number(m[1]), Number(m[2]), Number(m[3]), range)],
  [SPACED_SLASH_DAY, (m, range) => toIso(Number(m[1]), Number(m[2]), Number(m[3]), range)],
  [YEAR_LAST, yearLast],
];

/**
 * The first full or year-month date written in `text` (`2015-10-09`, `2020年11月18日 16:02`, `2024年1月`,
 * `二〇二二年十一月七日`, `March 22, 2024`). Invalid dates (month 13, 2 February 30) give undefined.
 */
export function findDate(text: string, range: YearRange = METADATA): DateToken | undefined {
  const ascii = asciiDigits(text);
  let first: DateToken | undefined;
  for (const [pattern, read] of DATE_READERS) {
    const match = pattern.exec(ascii);
    const found = match ? token(read(match, range), match) : undefined;
    // The earliest in the text; on a tie, the notation listed first.
    if (found && (first === undefined || found.start < first.start)) first = found;
  }
  return first;
}

/** A whole value that is a Minguo date without its era name (`112-03-08`, `112年3月8日 10:00`). */
function bareMinguoDate(text: string, range: YearRange): DateToken | undefined {
  const ascii = asciiDigits(text.trim());
  const match = ROC_BARE.exec(ascii);
  if (!match) return undefined;
  const [month, day] = match[3] === undefined ? [match[5], match[6]] : [match[3], match[4]];
  return token(toIso(Number(match[1]) + ROC_OFFSET, Number(month), Number(day), range), match);
}

/**
 * A labelled value (`发布时间：2024年1月`, `更新時間: 2024-01`, `日期：2019年`): also accepts
 * year-month and year-only notations, which are too ambiguous to trust in free text. The most specific
 * notation present decides: an impossible `2019-02-30` gives undefined, not the year 2019.
 */
export function parseDateValue(value: string, range: YearRange = METADATA): IsoDate | undefined {
  const ascii = asciiDigits(value);
  if (NUMERIC_DAY.test(ascii) || HAN_MARKED.test(ascii) || HAN_NUMERAL.test(ascii) || ROC_NAMED.test(ascii) || ENGLISH_MONTH_FIRST.test(ascii) || ENGLISH_DAY_FIRST.test(ascii)) {
    return findDate(value, range)?.iso;
  }
  const last = YEAR_LAST.exec(ascii);
  const dayMonth = last ? yearLast(last, range) : undefined;
  if (dayMonth) return dayMonth;
  const minguo = bareMinguoDate(value, range);
  if (minguo) return minguo.iso;
  const month = NUMERIC_MONTH.exec(ascii);
  if (month) return toIso(Number(month[1]), Number(month[2]), undefined, range);
  const year = YEAR_ONLY.exec(ascii);
  if (year) return toIso(Number(year[1]), undefined, undefined, range);
  return undefined;
}

/** `发布于 2020-09-09 10:24` (Q&A sites and blogs): the verb before the date adds nothing. */
const POSTED_PREFIX = /^(?:发布于|發佈於|發布於|发表于|發表於|编辑于|編輯於|更新于|更新於)\s*[:：]?\s*/u;
/** …nor after it (`[2023.09.14] 發表`, `2024-05-12 发布`). */
const POSTED_SUFFIX = /\s*(?:发表|發表|发布|發布|發佈|刊登|刊出)\s*$/u;

/** The time of a later update after the date (`2023/5/12 15:30（5/12 16:05 更新）`). */
const UPDATE_NOTE = /\s*[（(][^（）()]{0,30}(?:更新|修改|修訂|修订|updated)[^（）()]{0,10}[）)]$/iu;

/** A time zone between the date and the time, or after them (`2024-06-25 HKT 20:02`, `… 10:00 GMT+8`). */
/** The time zones pages print after a date (`2024-06-25 HKT 20:02`). */
export const TIME_ZONE_NAMES = 'HKT|CST|GMT|UTC';
const TIME_ZONE = new RegExp(String.raw`\s+(?:${TIME_ZONE_NAMES})(?:\s*[+＋]\s*\d{1,2})?(?=\s+\d{1,2}:\d{2}|\s*$)`, 'u');

/** A view counter after the date (`2022-11-07   浏览次数: 次    [ ]`, `… 點閱：103`), its number often lost with the page's script. */
const COUNTER_AFTER = /\s+(?:浏览|瀏覽|阅读|閱讀|点击|點擊|点阅|點閱|人气|人氣|访问|訪問)(?:次数|次數|量|数|數)?\s*[:：]?\s*[\d,]*\s*次?(?:\s*[\[【]\s*[\]】])?\s*$/u;

/** Bullets, brackets, bars and spaces a page puts around a date line: `• 2015-10-09`, `[2013-07-15]`, `|2013.04.30`. */
const WRAPPER_START = /[\s•·●◆■▪*\-–—\[【「|｜]/u;
const WRAPPER_END = /[\s\]】」|｜]/u;

/** The text without its wrapper, read from both ends (a `[…]+$` pattern would retry at every character of
 *  a long run of spaces inside the line). */
function unwrapDate(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && WRAPPER_START.test(text.charAt(start))) start++;
  while (end > start && WRAPPER_END.test(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * The line is nothing but a date (with optional time and weekday), e.g. a `2022-11-07 10:20` line under
 * a title or a `2024年06月30日 星期天` page-header clock. Parenthesised dates like `(2022年11月)` are
 * subtitles of the document, not date lines, so they do not count.
 */
export function bareDateLine(text: string, range: YearRange = METADATA): DateToken | undefined {
  const inner = unwrapDate(text.replace(COUNTER_AFTER, '').replace(POSTED_SUFFIX, '')).replace(POSTED_PREFIX, '').replace(UPDATE_NOTE, '').replace(TIME_ZONE, '');
  if (/^[（(]/u.test(inner)) return undefined;
  const found = findDate(inner, range) ?? bareMinguoDate(inner, range);
  if (!found) return undefined;
  const rest = (inner.slice(0, found.start) + inner.slice(found.end)).trim();
  return rest === '' ? found : undefined;
}
