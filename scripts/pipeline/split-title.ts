/**
 * Page-title lines: how a saved web page announces itself in flattened text.
 *
 *   <title>_<site>               国际互联网条约_百度百科
 *   <title> - <site>             某某问题的讨论 - 知乎
 *   <title>_<channel>_<site>     携手构建网络空间命运共同体_白皮书_中国政府网
 *   <ad words>|<title>           某某钱包手机版app下载|<title>   (SEO prefix of a spam mirror)
 *
 * The structure alone is weak evidence, so a candidate is scored: a site name with a typical ending
 * (网, 百科, 部, 委员会, 办公室, 日报 …), a clear separator, ad words in an SEO prefix, the same line
 * repeated right next to it (scrapers save <title> and the page heading), and the bare title showing
 * up again in the following text. Weights and limits: thresholds.ts (SPLIT).
 */
import { SPLIT } from './thresholds.ts';

export interface Separator {
  start: number;
  end: number;
  /** `_`, `|`, spaced dashes: clear title/site separators. A bare `-` or `—` is also a hyphen. */
  clear: boolean;
  pipe: boolean;
}

export interface TitleParse {
  /** The candidate text (trimmed page-title line). */
  raw: string;
  /** Title with site suffix, channel parts and SEO prefix stripped. */
  title: string;
  site?: string;
  siteStrong: boolean;
  /** Text before a `|` that is not part of the title (an SEO prefix). */
  prefix?: string;
  /** The prefix carries ad/download words. */
  prefixHasAdWords: boolean;
  /** The separator that cuts off the site (or the SEO prefix) is a clear one. */
  clearSeparator: boolean;
}

export interface TitleContext {
  /** Nearest non-blank line before the candidate (trimmed), or ''. */
  previous: string;
  /** Nearest non-blank line after the candidate (trimmed), or ''. */
  next: string;
  /** Text that follows the candidate, at most SPLIT.reappearWindowChars long. */
  following: string;
  /** False when the file's reappearance-search budget is spent. */
  mayScanFollowing: boolean;
}

export interface ScoredTitle extends TitleParse {
  score: number;
  repeated: boolean;
  reappears: boolean;
}

/** Endings of site and publisher names: media, platforms, government bodies (both scripts). */
const SITE_ENDINGS: readonly string[] = [
  '网', '網', '站', '百科', '文库', '文庫', '新闻', '新聞', '日报', '日報', '晚报', '晚報', '时报', '時報',
  '报', '報', '周刊', '週刊', '杂志', '雜誌', '频道', '頻道', '官网', '官網', '门户', '門戶', '论坛', '論壇',
  '博客', '贴吧', '貼吧', '社区', '社區', '在线', '在線', '平台', '资讯', '資訊', '头条', '頭條', '号', '號',
  '部', '委', '委员会', '委員會', '办公室', '辦公室', '政府', '局', '署', '厅', '廳', '院', '中心', '协会',
  '協會', '学会', '學會', '电视台', '電視台', '台', '社',
  // legal and document databases (全國法規資料庫, 国家法律法规数据库)
  '库', '庫',
  // Big Chinese-language portals and Q&A/social platforms whose names carry none of the endings above.
  '知乎', '豆瓣', '微博', '微信', '搜狐', '新浪', '网易', '網易', '腾讯', '騰訊', '凤凰', '鳳凰', '澎湃',
];

/** Words of download/app/gambling ads that SEO spam pages put in front of a copied title. */
const AD_WORDS: readonly string[] = [
  '下载', '下載', 'app', 'apk', '钱包', '錢包', '官网', '官網', '官方', '手机版', '手機版', '安卓', '苹果', '蘋果',
  'ios', '注册', '註冊', '充值', '彩票', '棋牌', '娱乐', '娛樂', '最新版', '免费', '免費', '客户端', '客戶端', '破解',
];

/** Punctuation that does not occur in a site name; most of it ends or splits sentences. */
const SITE_FORBIDDEN = new Set([...'，。！？；：、,!?;:“”"《》()（）「」【】…/\\|']);

/** Sentence-level punctuation a page title does not contain. */
const TITLE_FORBIDDEN = new Set([...'。；']);

/** Every character findSeparators looks at. */
const SEPARATOR_CHAR = /[_＿|｜\-—–－]/;

/** A journal and its issue, as journal databases name the site of an article (`《国际问题研究》2022年第3期`). */
const JOURNAL = /^《[^《》]{2,20}》\s*(?:\d{4}\s*年?\s*(?:第\s*\d{1,3}\s*期|\d{1,3}\s*期|[(（]\d{1,3}[)）]))?$/u;

const DOMAIN = /\.(?:com|cn|net|org|gov|edu|hk|tw|info)\b/i;

function isSpaceChar(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\u00a0';
}

function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function hasWordChars(s: string, min: number): boolean {
  let n = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) n++;
    if (n >= min) return true;
  }
  return false;
}

/**
 * Title/site separators in `s`, left to right: `_`, `|`/`｜` (with surrounding spaces), ` - `, bare `-`
 * and `—`/`–`. A doubled `——` is Chinese punctuation, and `-` between digits is a date, not a separator.
 */
export function findSeparators(s: string): Separator[] {
  const found: Separator[] = [];
  if (!SEPARATOR_CHAR.test(s)) return found; // most lines have none: skip the character walk
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '_' || ch === '＿') {
      found.push({ start: i, end: i + 1, clear: true, pipe: false });
    } else if (ch === '|' || ch === '｜') {
      let start = i;
      let end = i + 1;
      while (start > 0 && isSpaceChar(s[start - 1])) start--;
      while (end < s.length && isSpaceChar(s[end])) end++;
      found.push({ start, end, clear: true, pipe: true });
      i = end - 1;
    } else if (ch === '-' || ch === '—' || ch === '–' || ch === '－') {
      if (ch === '—' && (s[i - 1] === '—' || s[i + 1] === '—')) continue;
      if (isAsciiDigit(s[i - 1]) && isAsciiDigit(s[i + 1])) continue;
      let end = i + 1;
      if (ch === '-' && s[end] === '-') end++;
      const spaced = isSpaceChar(s[i - 1]) && isSpaceChar(s[end]);
      if (spaced) found.push({ start: i - 1, end: end + 1, clear: true, pipe: false });
      else found.push({ start: i, end, clear: false, pipe: false });
      i = end - 1;
    }
  }
  return found;
}

/** null: not a site name; 'strong': has a typical site ending or a domain; 'weak': could be one. */
export function siteStrength(site: string): 'strong' | 'weak' | null {
  const name = site.trim();
  const length = charCount(name);
  if (length < SPLIT.siteMinChars || length > SPLIT.siteMaxChars) return null;
  if (DOMAIN.test(name) || JOURNAL.test(name)) return 'strong';
  for (const ch of name) if (SITE_FORBIDDEN.has(ch)) return null;
  if (!hasWordChars(name, 2)) return null;
  // A Latin short name after the Chinese one (`中央社 CNA`) does not hide the Chinese name's ending.
  const chinese = name.replace(LATIN_SHORT_NAME, '');
  return SITE_ENDINGS.some((ending) => chinese.endsWith(ending)) ? 'strong' : 'weak';
}

const LATIN_SHORT_NAME = /\s+[A-Za-z]{2,8}$/u;

export function hasAdWords(text: string): boolean {
  const lower = text.toLowerCase();
  return AD_WORDS.some((word) => lower.includes(word));
}

/** A date and time and nothing else (`2022年08月19日 17:47:26`): a page's stamp after `来源：… |`, never a title. */
const DATE_ONLY = /^[\d\s年月日号號:：/.\-]+$/u;

export function isValidTitle(title: string): boolean {
  if (DATE_ONLY.test(title)) return false;
  const length = charCount(title);
  if (length < SPLIT.minTitleChars || length > SPLIT.maxTitleChars) return false;
  for (const ch of title) if (TITLE_FORBIDDEN.has(ch)) return false;
  return hasWordChars(title, SPLIT.minTitleChars);
}

/** A short part between separators that names a channel or section (白皮书, 政策文件, 新闻中心). */
function isChannelPart(part: string): boolean {
  const length = charCount(part);
  if (length < 1 || length > SPLIT.channelMaxChars) return false;
  for (const ch of part) if (SITE_FORBIDDEN.has(ch)) return false;
  return true;
}

/** Strip `<ad words>|` from the front of a title. */
function stripSeoPrefix(title: string): { title: string; prefix?: string } {
  const pipe = findSeparators(title).find((sep) => sep.pipe);
  if (!pipe) return { title };
  const prefix = title.slice(0, pipe.start).trim();
  const rest = title.slice(pipe.end).trim();
  if (prefix === '' || !hasAdWords(prefix) || !isValidTitle(rest)) return { title };
  return { title: rest, prefix };
}

/** `<title>[_<channel>]…<sep><site>`: the last separator cuts off the site, short parts before it are channels. */
function parseSiteSuffix(raw: string, seps: readonly Separator[]): TitleParse | null {
  const last = seps[seps.length - 1];
  if (!last) return null;
  const site = raw.slice(last.end).trim();
  const strength = siteStrength(site);
  if (!strength) return null;
  let cut = last.start;
  for (let k = seps.length - 2; k >= 0; k--) {
    const sep = seps[k];
    if (!sep) break;
    const part = raw.slice(sep.end, cut).trim();
    const before = raw.slice(0, sep.start).trim();
    if (!isChannelPart(part) || !isValidTitle(before)) break;
    cut = sep.start;
  }
  const stripped = stripSeoPrefix(raw.slice(0, cut).trim());
  if (!isValidTitle(stripped.title)) return null;
  return {
    raw,
    title: stripped.title,
    site,
    siteStrong: strength === 'strong',
    ...(stripped.prefix !== undefined ? { prefix: stripped.prefix } : {}),
    prefixHasAdWords: stripped.prefix !== undefined,
    clearSeparator: last.clear,
  };
}

/**
 * `<prefix>|<title>` with no site: the prefix is an SEO prefix if it has ad words or (scored later)
 * never reappears. The title must be a single part of article length: `APP下载 | 关于我们 | 联系我们`
 * is a menu, not a spam mirror's title.
 */
function parseSeoPrefix(raw: string, seps: readonly Separator[]): TitleParse | null {
  const pipe = seps.find((sep) => sep.pipe);
  if (!pipe) return null;
  const prefix = raw.slice(0, pipe.start).trim();
  const title = raw.slice(pipe.end).trim();
  if (prefix === '' || !isValidTitle(title) || charCount(title) < SPLIT.seoMinTitleChars) return null;
  if (seps.some((sep) => sep.start >= pipe.end)) return null;
  return { raw, title, siteStrong: false, prefix, prefixHasAdWords: hasAdWords(prefix), clearSeparator: true };
}

/** Every structural reading of a candidate page-title line (none when it has no title/site shape). */
export function parseTitleLine(text: string): TitleParse[] {
  const raw = text.trim();
  // Only a text longer in UTF-16 units can be longer in characters: short lines skip the count.
  if (raw === '' || (raw.length > SPLIT.maxTitleLineChars && charCount(raw) > SPLIT.maxTitleLineChars)) return [];
  const seps = findSeparators(raw);
  if (seps.length === 0) return [];
  const readings: TitleParse[] = [];
  const suffix = parseSiteSuffix(raw, seps);
  if (suffix) readings.push(suffix);
  const seo = parseSeoPrefix(raw, seps);
  if (seo) readings.push(seo);
  return readings;
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** `next` begins with the candidate cut short at its front (a scraper lost the head of the repeat). */
function nextStartsWithTruncatedCopy(candidate: string, next: string): boolean {
  const seps = findSeparators(candidate);
  const last = seps[seps.length - 1];
  if (!last) return false;
  const siteTail = candidate.slice(last.start);
  const at = next.slice(0, candidate.length + 1).indexOf(siteTail);
  return at >= SPLIT.minTitleChars && candidate.endsWith(next.slice(0, at + siteTail.length));
}

/** The same page-title line right before or after (whole, or glued to the neighbouring line). */
export function isRepeated(candidate: string, ctx: TitleContext): boolean {
  return (
    ctx.next === candidate ||
    ctx.previous === candidate ||
    ctx.next.startsWith(candidate) ||
    ctx.previous.endsWith(candidate) ||
    nextStartsWithTruncatedCopy(candidate, ctx.next)
  );
}

/** The bare title occurs again in the following text, beyond copies of the whole candidate line. */
function titleReappears(parse: TitleParse, ctx: TitleContext): boolean {
  if (!ctx.mayScanFollowing || charCount(parse.title) < SPLIT.reappearMinTitleChars) return false;
  return countOccurrences(ctx.following, parse.title) > countOccurrences(ctx.following, parse.raw);
}

function prefixReappears(parse: TitleParse, ctx: TitleContext): boolean {
  return parse.prefix !== undefined && ctx.following.includes(parse.prefix);
}

function scoreReading(parse: TitleParse, ctx: TitleContext): ScoredTitle {
  const repeated = isRepeated(parse.raw, ctx);
  const reappears = titleReappears(parse, ctx);
  let score = 0;
  if (parse.siteStrong) score += SPLIT.pointsStrongSite;
  if (parse.clearSeparator) score += SPLIT.pointsClearSeparator;
  if (parse.prefixHasAdWords) score += SPLIT.pointsSeoPrefix;
  else if (parse.prefix !== undefined && !parse.site && reappears && !prefixReappears(parse, ctx)) {
    score += SPLIT.pointsUnrepeatedPrefix;
  }
  if (repeated) score += SPLIT.pointsRepeated;
  if (reappears) score += SPLIT.pointsReappears;
  return { ...parse, score, repeated, reappears };
}

/** The best-scoring reading of a candidate, or null when it has no title shape. */
export function scoreTitleLine(text: string, ctx: TitleContext): ScoredTitle | null {
  let best: ScoredTitle | null = null;
  for (const reading of parseTitleLine(text)) {
    const scored = scoreReading(reading, ctx);
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

/**
 * Site name at the start of `after` (the text right after a separator in a glued line): the text up to
 * the first space or punctuation if that is a site name with a typical ending; else the longest start
 * with a typical ending (the page text follows without a break); else the text up to the break.
 */
function leadingSiteName(after: string): string | null {
  const zone = after.slice(0, SPLIT.siteMaxChars + 1);
  let breakAt = zone.length;
  for (let i = 0; i < zone.length; i++) {
    const ch = zone[i];
    if (isSpaceChar(ch) || (ch !== undefined && SITE_FORBIDDEN.has(ch))) {
      breakAt = i;
      break;
    }
  }
  const upToBreak = zone.slice(0, breakAt);
  const strength = siteStrength(upToBreak);
  if (strength === 'strong') return upToBreak;
  for (let end = Math.min(breakAt, SPLIT.siteMaxChars); end >= SPLIT.siteMinChars; end--) {
    if (siteStrength(zone.slice(0, end)) === 'strong') return zone.slice(0, end);
  }
  return strength && breakAt < zone.length ? upToBreak : null;
}

/**
 * A page title glued to the start of a long line: `<title> - <site><page text…>`. Returns the title
 * part (the candidate text), or null. The extent is exact when the previous line is the same title
 * line; otherwise the site name ends at a space/punctuation or at its typical ending.
 */
export function gluedTitleAtStart(line: string, previous: string): string | null {
  const text = line.trimStart();
  if (previous !== '' && text.length > previous.length && text.startsWith(previous) && parseTitleLine(previous).length > 0) {
    return previous;
  }
  const zone = text.slice(0, SPLIT.maxTitleChars + 4);
  for (const sep of findSeparators(zone)) {
    if (sep.pipe) continue;
    const title = text.slice(0, sep.start).trim();
    if (!isValidTitle(title)) continue;
    const site = leadingSiteName(text.slice(sep.end));
    if (site === null) return null;
    return text.slice(0, sep.end + site.length);
  }
  return null;
}

/** Positions in `line` before `limit` where a glued title could begin: after a space, punctuation or a digit run. */
function titleStartCandidates(line: string, limit: number): number[] {
  const starts: number[] = [];
  const from = Math.max(0, limit - SPLIT.maxTitleChars);
  for (let q = Math.max(1, from); q <= limit - SPLIT.minTitleChars; q++) {
    const before = line[q - 1];
    const at = line[q];
    const boundary =
      isSpaceChar(before) ||
      (before !== undefined && (SITE_FORBIDDEN.has(before) || before === '>' || before === ']')) ||
      (isAsciiDigit(before) && !isAsciiDigit(at));
    if (boundary && !isSpaceChar(at)) starts.push(q);
  }
  return starts;
}

/**
 * A page title glued to the end of a line: `…previous page's text<title>_<site>`. Returns the offset
 * where the title starts, or -1. Confirmed by the next line being that title line; otherwise the
 * longest boundary-delimited tail whose bare title stands as a line of its own (the page heading) in
 * the following text.
 */
export function gluedTitleAtEnd(line: string, next: string, readFollowing: () => string): number {
  const text = line.trimEnd();
  const zoneStart = Math.max(0, text.length - SPLIT.maxTitleLineChars);
  const seps = findSeparators(text.slice(zoneStart));
  const last = seps[seps.length - 1];
  if (!last || !siteStrength(text.slice(zoneStart + last.end))) return -1;
  if (next !== '' && next.length < text.length && text.endsWith(next) && parseTitleLine(next).length > 0) {
    return text.length - next.length;
  }
  const siteStart = zoneStart + last.start;
  const headings = new Set(readFollowing().split('\n').map((l) => l.trim()));
  for (const q of titleStartCandidates(text, siteStart)) {
    const title = parseTitleLine(text.slice(q))[0]?.title;
    if (title !== undefined && charCount(title) >= SPLIT.reappearMinTitleChars && headings.has(title)) return q;
  }
  return -1;
}
