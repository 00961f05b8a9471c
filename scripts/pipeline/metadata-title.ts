/**
 * Title helpers for the metadata stage: compare a body line with the page-title hint from split,
 * and tell title-like lines from bylines, subtitles and body text. Pure functions.
 */
import { bareDateLine } from './metadata-date.ts';
import { datelineOnly } from './metadata-dateline.ts';
import { datedByline, markedByline, parseMetaLine, reporterLine, titledPerson } from './metadata-fields.ts';
import { siteStrength } from './split-title.ts';
import { isSectionWord, leadingMarker } from './structure-numbering.ts';
import { UI_WORDS, WIDGET_WORDS } from './clean-patterns.ts';
import { hanCount, longestFirst, scanWords, visibleLength } from './clean-signals.ts';
import { METADATA, PUBLISH, type MetadataLimits } from './thresholds.ts';
import type { Block } from './types.ts';

type PublishLimits = typeof PUBLISH;

/** The label of a record's field, as journal and government pages print them above the text. */
const FIELD_LABEL = /^\s*(?:关键词|關鍵詞|关键字|關鍵字|主题词|主題詞|摘要|作者|来源|來源|标签|標籤|分类|分類|栏目|欄目|公开方式|公開方式|索引号|索引號|发布机构|發布機構|发文机关|發文機關)\s*[:：]/u;

/** Menu and widget words of two characters or more (`大`, `中` of a font-size row are also ordinary
 *  characters): a line holding one is page chrome, not a headline. */
const INTERFACE_WORDS = longestFirst([...UI_WORDS, ...WIDGET_WORDS].filter((w) => [...w].length >= 2));

/** How a body line relates to the page-title hint. */
export type TitleMatch =
  /** The line is the title (equal, or the hint carries a `_site` / `xxx|` affix the line lacks). */
  | 'line'
  /** The line is a truncated copy of the hint (a scrape lost an edge character): the hint is more complete. */
  | 'hint'
  /** The line is the hint plus a site suffix or SEO prefix (`xxx下载|标题`): a page-title copy, not the title. */
  | 'page-title';

/** Separators between a title and a site name / SEO prefix in page titles: `标题_网站`, `xxx下载|标题`, `标题 - 知乎`. */
const AFFIX_SEPARATORS = '|｜丨_-–—';
const ELLIPSIS = /(?:\.{3,}|…+)$/u;
/** Breadcrumb trails (`首页 > 资料 > 政策文件`) end with the column name a hint may carry. */
const BREADCRUMB = /[>›»]/u;
const SENTENCE_END = /[。！？；!?;]$/u;
const CLAUSE_END = /[，,、：:]$/u;

/** The line ends in a comma or colon: it leads into the text below (`大会，`, `各省人民政府：`), never a title. */
export function endsInClause(text: string): boolean {
  return CLAUSE_END.test(text.trim());
}

/** Compare titles ignoring whitespace and full-width/half-width differences. */
export function normalizeTitle(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

function isAffix(prefix: string, suffix: string): boolean {
  const prefixOk = prefix === '' || AFFIX_SEPARATORS.includes(prefix.slice(-1));
  const suffixOk = suffix === '' || AFFIX_SEPARATORS.includes(suffix.charAt(0));
  return prefixOk && suffixOk && prefix + suffix !== '';
}

/** Where `inner` sits inside `outer`: the text before and after it, or undefined when absent. */
function around(outer: string, inner: string): { prefix: string; suffix: string } | undefined {
  const at = outer.indexOf(inner);
  if (at < 0) return undefined;
  return { prefix: outer.slice(0, at), suffix: outer.slice(at + inner.length) };
}

/**
 * Decide whether `line` is the document title announced by `hint` (see TitleMatch).
 * Undefined when the line is unrelated, a sentence, or only shares a fragment with the hint.
 */
export function compareWithHint(line: string, hint: string, limits: MetadataLimits = METADATA): TitleMatch | undefined {
  const hintTruncated = ELLIPSIS.test(hint.trim());
  const h = normalizeTitle(hint.trim().replace(ELLIPSIS, ''));
  const l = normalizeTitle(line);
  if (h === '' || l === '' || l.length > limits.maxTitleChars) return undefined;
  // The page's own title, even a question (`如何看待……？`).
  if (l === h) return 'line';
  if (SENTENCE_END.test(l)) return undefined;
  const lineAround = around(l, h);
  if (lineAround) {
    if (isAffix(lineAround.prefix, lineAround.suffix)) return 'page-title';
    const extra = lineAround.prefix.length + lineAround.suffix.length;
    const allowed = Math.max(limits.titleTruncationMaxChars, Math.floor(h.length * limits.titleMaxExtensionShare));
    // The hint was cut by the site (`标题…`), or the line is a fuller form of it (`《标题》全文`), not a breadcrumb.
    if (BREADCRUMB.test(l)) return undefined;
    if (hintTruncated ? lineAround.prefix === '' : extra <= allowed) return 'line';
    return undefined;
  }
  const hintAround = around(h, l);
  if (hintAround) {
    // The hint is the line plus a site suffix the line rightly lacks.
    if (isAffix(hintAround.prefix, hintAround.suffix)) return 'line';
    const missing = hintAround.prefix.length + hintAround.suffix.length;
    if (missing <= limits.titleTruncationMaxChars && l.length >= h.length * limits.titleMinShareOfHint) return 'hint';
  }
  return undefined;
}

/** Section words that open a document's body and are never its title. */
const SECTION_WORDS = new Set(['前言', '序言', '引言', '导言', '導言', '摘要', '目录', '目錄', '结束语', '結束語', '结语', '結語', '附件', '附录', '附錄', '后记', '後記']);
/** Numbered headings (`一、`, `（一）`, `1.`, `第一章`) are body structure, not the title. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、,，]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]+[章节節篇部编編])/u;

/** A short line that could be a headline: not a sentence, heading, date, labelled field, bracketed note or breadcrumb. */
/** The kinds of document an official title ends with (`…的通知`, `…管理办法`, `…白皮书`). */
const DOC_TYPE_END =
  /(?:通知|意见|意見|办法|辦法|规定|規定|决定|決定|方案|规划|規劃|条例|條例|公告|通告|通报|通報|报告|報告|批复|批覆|函|细则|細則|指南|纲要|綱要|计划|計畫|計劃|规则|規則|决议|決議|宣言|声明|聲明|倡议|倡議|白皮书|白皮書|战略|戰略)[》」]?$/u;

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * The second line of a title broken in two, as long official titles are printed: it closes a bracket the
 * first left open (`…《数据出境安全评估申报指南` / `（第二版）》的通知`), or it ends in the kind of document
 * the first line lacks (`关于进一步加强网络数据安全管理` / `促进数据依法有序自由流动的意见`).
 */
/** A channel's label above a headline (`头条新闻`, `国内新闻`, `要聞`, `快訊`): never the start of a title. */
const CHANNEL_LABEL = /^\p{Script=Han}{0,4}(?:新闻|新聞|要闻|要聞|头条|頭條|动态|動態|快讯|快訊|热点|熱點|资讯|資訊)$/u;

/** A row of three or more short items (`后退 前进 登录注册 标准版`): an app bar, never a title's first line. */
const BUTTON_ROW = /^\S{1,4}(?:\s+\S{1,4}){2,}$/u;

export function continuesTitle(first: string, second: string, limits: MetadataLimits = METADATA): boolean {
  const a = first.trim();
  const b = second.trim();
  if (CHANNEL_LABEL.test(a) || BUTTON_ROW.test(a)) return false;
  if (b === '' || a.length + b.length > limits.maxTitleChars || SENTENCE_END.test(b) || endsInClause(b) || NUMBERED.test(b)) return false;
  if (bareDateLine(b, limits) || parseMetaLine(b, limits) || !/\p{Script=Han}/u.test(b)) return false;
  const opened = ([['《', '》'], ['（', '）'], ['(', ')'], ['「', '」']] as const).some(([o, c]) => count(a, o) > count(a, c) && count(b, c) > count(b, o));
  return opened || (!DOC_TYPE_END.test(a) && DOC_TYPE_END.test(b));
}

/** A longer bracketed name before a headline is its subject, part of it (`【資訊科技及廣播事務委員會】關注…`). */
const SUBJECT_TAG = /^\s*【[^】\s]{9,16}】\s*\S{4}/u;

/** A column's tag before a headline (`【权威发布】`, `【图解】`, `[专题]`): short, and a headline follows it. */
const COLUMN_TAG = /^\s*[【\[][^】\]\s]{1,8}[】\]]\s*(?=\S{4})/u;

/** A record's field in Latin letters (`DOI: 10.12677/…, PDF, HTML`, `ISSN: …`): no headline, but a journal
 *  page prints it between the title and the authors. */
export const LATIN_FIELD = /^\s*[A-Za-z]{2,10}\s*[:：]/u;

/** A photo's caption (`▲左起數發部數位政府司司長…`, `…接受媒體訪問。（記者叢昌瑾攝）`): it may stand between the
 *  headline and the date, and is never the headline. */
export const PHOTO_CAPTION = /^\s*[▲△▼►]|[（(](?:[^（）()]{0,16}?)(?:攝|摄|攝影|摄影|提供|翻攝|翻摄|資料照|资料照)[）)]\s*$/u;

/** Decoration after a headline (`…二十大精神)******`, `…拉开帷幕~~~`), or a paper's footnote mark (`…的价值研判与规制*`). */
const TRAILING_DECORATION = /\s*(?:[*＊]+|[~～#＃=＝]{2,})\s*$/u;

/** The headline without a column tag before it (`【权威发布】国家网信办发布…` → `国家网信办发布…`) or
 *  decoration after it. */
export function withoutColumnTag(title: string): string {
  return title.replace(LEADING_BULLET, '').replace(COLUMN_TAG, '').replace(TRAILING_DECORATION, '');
}

/** A list bullet before a headline (`• 共享清朗的网络空间`, the page's headline list item). */
const LEADING_BULLET = /^\s*[•·●◆■▪]\s*/u;

/** A signed figure of a price board (`+0.015`, `-1.2%`, `(+9.317%)`). */
const SIGNED_FIGURE = /(?<![\p{L}\p{N}])[+\-−]\d[\d.,]*%?/gu;

/** A finance widget's quote row (`即時 按盤價 升0.176 +0.015 (+9.317%)`): two signed figures or more. */
function isQuoteRow(text: string): boolean {
  return (text.match(SIGNED_FIGURE)?.length ?? 0) >= 2;
}

export function isTitleLike(text: string, limits: MetadataLimits = METADATA): boolean {
  const t = withoutColumnTag(text.trim());
  if (t.length < 2 || t.length > limits.maxTitleChars) return false;
  // A title never ends in a comma or colon: such a line opens the text (`大会，`, `各省人民政府：`).
  if (SENTENCE_END.test(t) || endsInClause(t) || SECTION_WORDS.has(t) || NUMBERED.test(t)) return false;
  if ((/^[（(【\[]/u.test(t) && !SUBJECT_TAG.test(t)) || BREADCRUMB.test(t) || bareDateLine(t, limits) || parseMetaLine(t, limits) || datedByline(t, limits) || datelineOnly(t) || markedByline(t) || reporterLine(t) || titledPerson(t)) return false;
  if (LATIN_FIELD.test(t) || PHOTO_CAPTION.test(t) || isQuoteRow(t)) return false;
  // A Chinese title, or the title of an English version (bilingual sites publish both): two words at least.
  return /\p{Script=Han}/u.test(t) || /^[A-Z][\p{L}\d'’-]*(?:[\s,:–—-]+[\p{L}\d'’-]+)+$/u.test(t);
}

/** Last characters of short agency names put under a title (`新华社`, `人民网`, `外交部`, `国务院`): not persons. */
const AGENCY_ENDINGS = /(?:[社网網部院局委办辦厅廳会會报報台署处處司所站室府]|[小中大]学|[小中大]學|学校|學校)$/u;

/** A news site's channel printed between the headline and the date (`本地`, `港聞`, `國際`): page chrome, never a byline. */
export const CHANNEL_NAMES: ReadonlySet<string> = new Set([
  '本地', '港闻', '港聞', '澳闻', '澳聞', '国际', '國際', '国内', '國內', '两岸', '兩岸', '大陆', '大陸', '中国', '中國', '财经', '財經', '经济', '經濟',
  '产经', '產經', '社会', '社會', '政治', '时事', '時事', '时政', '時政', '要闻', '要聞', '新闻', '新聞', '即时', '即時', '科技', '生活', '评论', '評論',
  '观点', '觀點', '地方', '军事', '軍事', '教育', '文化', '焦点', '焦點', '热点', '熱點', '头条', '頭條', '快讯', '快訊', '娱乐', '娛樂', '体育', '體育',
]);

/** A credit line under a title: 2–4 Han characters only, never a section word or a channel — a person or an agency. */
export function isCreditLike(text: string, limits: MetadataLimits = METADATA): boolean {
  const t = text.trim();
  const pattern = new RegExp(`^\\p{Script=Han}{${limits.bylineMinChars},${limits.bylineMaxChars}}$`, 'u');
  return pattern.test(t) && !SECTION_WORDS.has(t) && !CHANNEL_NAMES.has(t) && !WEEKDAY_ALONE.test(t);
}

/** A page clock's weekday left on a line of its own (`星期四`). */
const WEEKDAY_ALONE = /^(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]$/u;

/** The issuing number of an official document on a line of its own (`国办发〔2023〕15号`, `台資安字第1120001234號`). */
export const DOC_NUMBER_LINE = /^[\p{Script=Han}]{1,12}\s*(?:[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*第?\s*\d{1,5}|第\s*\d{4,12})\s*[号號]$/u;

/** The signature of an official document (`国务院办公厅`, `中华人民共和国外交部`): an agency name alone on a line. */
export function isSignatureLike(text: string, limits: MetadataLimits = METADATA): boolean {
  const t = text.trim();
  return t.length <= limits.signatureMaxChars && /^[\p{Script=Han}（）()]+$/u.test(t) && AGENCY_ENDINGS.test(t);
}

/**
 * Page chrome above a headline: the site's banner (`澳門特別行政區政府入口網站`, `国家互联网信息办公室
 * 中央网络安全和信息化委员会办公室` — site or agency names only) or a channel label of a few characters (`新聞`).
 */
export function isSiteBanner(text: string, limits: MetadataLimits = METADATA): boolean {
  const t = text.trim();
  if (new RegExp(`^\\p{Script=Han}{1,${limits.channelLabelMaxChars}}$`, 'u').test(t)) return true;
  const parts = t.split(/[\s\u3000]+/u);
  return parts.every((part) => siteStrength(part) === 'strong' || isSignatureLike(part, limits));
}

/** A short agency credit (`新华社`, `人民网`) rather than a personal name. */
export function isAgencyLike(text: string, limits: MetadataLimits = METADATA): boolean {
  return isCreditLike(text, limits) && AGENCY_ENDINGS.test(text.trim());
}

/** A line that opens the body: too long for a header line, or holding a sentence (`……白皮书。全文如下：`). */
export function isBodyLike(text: string, limits: MetadataLimits = METADATA): boolean {
  const t = text.trim();
  if (t.length > limits.maxMetaLineChars || /[。！？!?]/u.test(t)) return true;
  // An addressee or a lead-in that ends in a colon (`各省、自治区、直辖市人民政府：`, `以下是……的发言：`): a
  // label has its value after the colon, these have the text on the next lines.
  if (t.length >= limits.bodyClauseMinChars && /[:：]$/u.test(t)) return true;
  // The first line of a hard-wrapped paragraph: clauses, no sentence end yet, and no label (`来源：…，…`).
  return t.length >= limits.bodyClauseMinChars && /[，、]/u.test(t) && !/[:：]/u.test(t);
}

/**
 * A display title when the text states none: the first heading that is not a part of the text (`第一章 总则`,
 * `引言`, `一、…` are), else a headline-like paragraph near the top (`国家数据要素政策一览` under a site's
 * greeting), else the start of the text.
 */
export function fallbackTitle(blocks: readonly Block[], limits: PublishLimits = PUBLISH): string {
  const isPart = (text: string) => leadingMarker(text.trim()) !== undefined || isSectionWord(text);
  const mostlyHan = (text: string) => hanCount(text) >= visibleLength(text) * limits.fallbackHeadlineMinHanShare;
  // Not a hotline or a counter (`English服务热线:010-59231580`), not a row of buttons (`后退 前进 登录注册`), not a
  // record's field (`关键词:内容用户`, `公开方式: 主动公开`).
  // Mostly Han characters: not an ad's banner (`◤Blueseeds永續生活◢`) or a font-size row (`A A A A A`).
  const headline = (b: Block) =>
    b.type === 'paragraph' && b.text.trim().length >= limits.fallbackHeadlineMinChars && !/[:：]\s*\d/u.test(b.text) && !FIELD_LABEL.test(b.text) && mostlyHan(b.text) &&
    isTitleLike(b.text) && scanWords(b.text, INTERFACE_WORDS).tokens === 0;
  // A headline stands above the text: a short line after its first long paragraph of Chinese is a subheading
  // (a long notice in English above the headline is not the text).
  const top = blocks.slice(0, limits.fallbackHeadlineBlocks);
  const textStart = top.findIndex((b) => b.text.trim().length > METADATA.maxTitleChars && mostlyHan(b.text));
  const titled = blocks.find((b) => b.type === 'heading' && !isPart(b.text)) ?? top.slice(0, textStart < 0 ? top.length : textStart).find(headline);
  if (titled) return withoutColumnTag(titled.text.trim());
  const text = (blocks[0]?.text ?? '').trim();
  return text.length > limits.fallbackTitleChars ? `${text.slice(0, limits.fallbackTitleChars)}…` : text || '(无标题)';
}
