/**
 * Clean stage: take page chrome out of one saved page (a Segment) and record every removal.
 *
 * The page is read top to bottom as lines. Each line is first judged on its own (footer, breadcrumb,
 * share widget, menu word, spam, …); then context rules look at runs of lines (navigation menus,
 * "related items" blocks, whatever follows the footer, an author profile before the article, a scrape
 * date at the very top, an empty label at the very end). Long lines also lose chrome glued to their ends.
 *
 * Kept on purpose for later stages: the title line(s), dates, metadata lines (来源/作者/责任编辑/发布时间…),
 * short bylines, headings and tables of contents, quote attributions.
 *
 * Signals and word lists: clean-signals.ts, clean-patterns.ts; numbers: thresholds.ts (CLEAN).
 */
import type { Line, Removal, Segment, WorkingDoc } from './types.ts';
import { CLEAN } from './thresholds.ts';
import {
  AGENCY_NAME,
  ATTACHMENT_LINE,
  BARE_LABEL,
  BREADCRUMB_LABEL,
  BREADCRUMB_SEPARATOR,
  BREADCRUMB_STEPS,
  BREADCRUMB_TO_ARTICLE,
  BREADCRUMB_TRAIL,
  CLAUSE_PUNCT,
  CODE_SIGNALS,
  COMMENT_HEADER,
  COMMENT_UI,
  COUNT_VALUE,
  COUNTER,
  DATA_URL_IMAGE,
  PHOTO_CREDIT_LINE,
  DATED_LINK,
  DISCLAIMER,
  END_MARK,
  FOOTER_MARKERS,
  GAMBLING_WORDS,
  IMAGE_STAND_IN,
  IMAGE_ALT_TEXT,
  BULLETED_COUNT,
  LIST_ITEM,
  NO_RESPONSIBILITY,
  PAGE_NUMBER,
  PAGE_HELP,
  PAGER_ROW,
  PLAYER_TEXT,
  PREV_NEXT,
  PREV_NEXT_LABEL,
  PROFILE_SIGNAL,
  PROMPT_ANY,
  RELATED_HEADER,
  RELATED_INLINE,
  ROOT_URL,
  SEO_AD_OBJECTS,
  SEO_AD_WORDS,
  SENTENCE_END,
  SPAM_WORDS,
  STRONG_UI_WORDS,
  TICKER_WORDS,
  TOPIC_TAGS,
  UI_WORDS,
  WEATHER,
  WEEKDAY_DATE,
  WIDGET_WORDS,
  YEAR_BEFORE_LINKS,
} from './clean-patterns.ts';
import {
  codePointLength,
  hanCount,
  hasIcpNumber,
  isContentLike,
  isDateLine,
  isHeadingLike,
  isMetadataLine,
  isOnlyWords,
  isQuoteAttribution,
  isSymbolsOnly,
  isTitleKey,
  longestFirst,
  normalizeForCompare,
  scanWords,
  normalizeLinesForCompare,
  visibleLength,
  type CleanThresholds,
} from './clean-signals.ts';
import { stripGlued, stripLeadingStyle } from './clean-glued.ts';
import { unglue } from './clean-unglue.ts';
import { holdsCellTable } from './structure-cells.ts';
import { leadingMarker } from './structure-numbering.ts';

const UI_SORTED = longestFirst(UI_WORDS);
const STRONG_UI_SORTED = longestFirst(STRONG_UI_WORDS);
const WIDGET_SORTED = longestFirst(WIDGET_WORDS);
/** Any casino word: most lines have none, and one search is cheaper than one per word. */
const GAMBLING_ANY = new RegExp(GAMBLING_WORDS.join('|'), 'iu');
/** Any ticker column name: most lines have none, and one search is cheaper than one per word. */
const TICKER_ANY = new RegExp(TICKER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');

/**
 * A line being judged: `code` set once it is to be removed; `keep` marks lines later stages need;
 * `menuWord` marks a short line made only of interface words that is removed only inside a menu run.
 * `length`, `contentLike` and `key` remember what several rules ask of the text (see lengthOf).
 */
interface Item {
  line: Line;
  code?: string;
  keep?: 'title' | 'metadata' | 'date' | 'heading' | 'quote';
  menuWord?: boolean;
  length?: number;
  contentLike?: boolean;
  key?: string;
}

/** A new item; every field is present from the start (objects of one shape keep the rules' code fast). */
function newItem(line: Line, keep?: Item['keep']): Item {
  return { line, code: undefined, keep, menuWord: undefined, length: undefined, contentLike: undefined, key: undefined };
}

/** visibleLength of the item's text, computed once. */
function lengthOf(it: Item): number {
  return (it.length ??= visibleLength(it.line.text));
}

/** normalizeForCompare of the item's text, for the title checks (clean fills it in for a whole page at once). */
function keyOf(it: Item): string {
  return (it.key ??= normalizeForCompare(it.line.text));
}

/** isContentLike of the item's text, computed once: the context rules below ask it of every line. */
function contentLike(it: Item, t: CleanThresholds): boolean {
  return (it.contentLike ??= isContentLike(it.line.text, t));
}

interface Ctx {
  seg: Segment;
  t: CleanThresholds;
  /** The page-title line and the title hint through normalizeForCompare, computed once per page. */
  pageTitleKey?: string;
  titleHintKey?: string;
}

// ------------------------------------------------------------------ single-line rules

/** Keyword-stuffed porn SEO line: a comma-separated list of short items full of spam keywords. */
function isSpamList(text: string, t: CleanThresholds): boolean {
  if (text.includes('。')) return false;
  const items = text.split(/[,，、|｜\s]+/u).filter((s) => s.length > 0);
  if (items.length < t.spamMinItems || items.some((s) => codePointLength(s) > t.spamItemMaxChars)) return false;
  let hits = 0;
  const distinct = new Set<string>();
  for (const word of SPAM_WORDS) {
    if (!text.includes(word)) continue;
    const n = text.split(word).length - 1;
    if (n > 0) distinct.add(word);
    hits += n;
  }
  return hits >= t.spamMinHits && distinct.size >= t.spamMinDistinct;
}

/** Casino ad injected into a hacked page: a short unpunctuated line with two or more casino words, or a
 *  list of them (`bet365体育在线投注|皇冠足球比分|真人百家乐`). */
function isGamblingAd(text: string, t: CleanThresholds): boolean {
  if (/[。！？，,；]/u.test(text)) return false;
  const lower = text.toLowerCase();
  const distinct = GAMBLING_WORDS.filter((w) => lower.includes(w)).length;
  if (distinct < t.gamblingAdMinDistinct) return false;
  // A list of them may be long; a single ad line is short.
  return visibleLength(text) <= t.gamblingAdMaxChars || distinct >= t.spamMinHits;
}

/** Download ad used as an SEO title prefix: `xx钱包手机版app下载|title`. */
function isSeoAd(text: string, t: CleanThresholds): boolean {
  if (CLAUSE_PUNCT.test(text) || visibleLength(text) > t.seoLineMaxChars) return false;
  const parts = text.split(/[|｜_]/u);
  if (parts.length < 2) return false; // SEO titles put the ad before a separator and the real title
  const head = parts[0] ?? '';
  return SEO_AD_WORDS.test(head) && SEO_AD_OBJECTS.test(head);
}

/** Footer line: copyright, sponsor, operator, CMS signature, back-to-top, contact with address/phone. */
function isFooter(text: string, t: CleanThresholds): boolean {
  if (YEAR_BEFORE_LINKS.test(text) && visibleLength(text) <= t.widgetLineMaxChars) {
    return isOnlyWords(text.replace(YEAR_BEFORE_LINKS, ''), STRONG_UI_SORTED);
  }
  if (visibleLength(text) > t.footerLineMaxChars) return false;
  if (DISCLAIMER.test(text)) return true;
  if (NO_RESPONSIBILITY.test(text) && visibleLength(text) <= t.noResponsibilityMaxChars) return true;
  if (!FOOTER_MARKERS.test(text)) return false;
  // A long sentence that mentions 版权 is running text, not a footer.
  return !(/。/u.test(text) && isContentLike(text, t) && visibleLength(text) > t.footerSentenceMinChars);
}

/** Breadcrumb: `当前位置:首页>正文`, or a trail from the home page (`首页 > 资料 > 条约文件`). */
function isBreadcrumb(text: string, t: CleanThresholds): boolean {
  if (BREADCRUMB_LABEL.test(text)) return true;
  if (CLAUSE_PUNCT.test(text) || visibleLength(text) > t.breadcrumbMaxChars) return false;
  if (BREADCRUMB_TRAIL.test(text)) return (text.match(BREADCRUMB_SEPARATOR) ?? []).length >= 1;
  // A trail from the site's name down to the article (`人民网>>国际>>正文`, `新华网 > 国际 > 正文`).
  return BREADCRUMB_TO_ARTICLE.test(text) || BREADCRUMB_STEPS.test(text);
}

/** A bar of buttons with the site's name or an empty label among them (`某某文库 分享 时间: 收藏本文`): a row of
 *  at least three space-separated items, at least two and at least half of them widget words, no value
 *  after a label and no digits (`来源：新华社 时间：2023-05-10 分享` is a metadata line). */
function isWidgetRow(text: string): boolean {
  if (CLAUSE_PUNCT.test(text)) return false;
  const items = text.trim().split(/\s+/u);
  if (items.length < 3) return false;
  let widgets = 0;
  for (const item of items) {
    if (/[:：]$/u.test(item)) continue;
    if (/[:：\d]/u.test(item)) return false;
    if (isOnlyWords(item, WIDGET_SORTED)) widgets++;
  }
  return widgets >= 2 && widgets * 2 >= items.length;
}

/** Style sheet or script text copied with the page (see CODE_SIGNALS): several code marks, little Han. */
function isPageCode(text: string, t: CleanThresholds): boolean {
  // Most lines have none of the brackets every signal needs.
  if (!/[{};(<]/u.test(text)) return false;
  const length = visibleLength(text);
  if (length < t.codeMinChars || hanCount(text) > length * t.codeMaxHanShare) return false;
  return CODE_SIGNALS.filter((re) => re.test(text)).length >= t.codeMinSignals;
}

/** Stock-ticker header row of a news portal's finance widget: two or more column names. */
function isTicker(text: string, t: CleanThresholds): boolean {
  if (!TICKER_ANY.test(text) || visibleLength(text) > t.tickerMaxChars) return false;
  return TICKER_WORDS.filter((w) => text.includes(w)).length >= 2;
}

/** The page's <title> line or a repeat of it (split lists them; a repeat may also just be equal to it). */
function isPageTitle(it: Item, ctx: Ctx): boolean {
  const { seg, t } = ctx;
  const { line } = it;
  if (ctx.pageTitleKey !== undefined && keyOf(it) === ctx.pageTitleKey) return true;
  return (seg.pageTitleLines ?? []).includes(line.no) && visibleLength(line.text) <= t.pageTitleMaxChars;
}

/** Which removal code a line earns on its own, or undefined. */
function classifyLine(it: Item, ctx: Ctx): string | undefined {
  const { line } = it;
  const { text } = line;
  const { t } = ctx;
  const short = lengthOf(it) <= t.widgetLineMaxChars;
  if (isSpamList(text, t) || isSeoAd(text, t) || (GAMBLING_ANY.test(text) && isGamblingAd(text, t))) return 'spam';
  if (isPageTitle(it, ctx)) return 'page-title';
  if (hasIcpNumber(text) && lengthOf(it) <= t.footerLineMaxChars) return 'icp';
  if (isFooter(text, t)) return 'footer';
  if (isBreadcrumb(text, t)) return 'breadcrumb';
  if (RELATED_INLINE.test(text) && !/[。！？]/u.test(text) && lengthOf(it) <= t.footerLineMaxChars) return 'related';
  if (isTicker(text, t)) return 'ticker';
  if (short && PROMPT_ANY.some((re) => re.test(text))) return 'prompt';
  if (lengthOf(it) <= t.playerTextMaxChars && PLAYER_TEXT.test(text)) return 'prompt';
  if (lengthOf(it) <= t.footerLineMaxChars && PAGE_HELP.test(text)) return 'prompt';
  // (a portal's top bar with the full date and the weather is the scrape date: see markScrapeDate)
  if (short && WEATHER.test(text) && !CLAUSE_PUNCT.test(text) && !/\d{4}\s*[年/.-]/u.test(text)) return 'weather';
  if (lengthOf(it) <= t.widgetLineMaxChars && (IMAGE_STAND_IN.test(text) || (endsInImageName(text) && IMAGE_ALT_TEXT.test(text)))) return 'image';
  if (DATA_URL_IMAGE.test(text)) return 'image';
  if (lengthOf(it) <= t.photoCaptionMaxChars && PHOTO_MARK.test(text) && PHOTO_CREDIT_LINE.test(text)) return 'image';
  if (isPageCode(text, t)) return 'code';
  if (PAGE_NUMBER.test(text)) return 'page-number';
  if (PREV_NEXT.test(text) && lengthOf(it) <= t.footerLineMaxChars) return 'nav';
  if (TOPIC_TAGS.test(text) && !CLAUSE_PUNCT.test(text) && lengthOf(it) <= t.widgetLineMaxChars) return 'nav';
  if (short && PAGER_ROW.test(text)) return 'nav';
  if (ROOT_URL.test(text)) return 'nav';
  if (short && (isOnlyWords(text, WIDGET_SORTED) || COUNTER.test(text) || isWidgetRow(text))) return 'share-widget';
  if (short && isOnlyWords(text, STRONG_UI_SORTED)) return 'nav';
  // A one-line menu mixing unmistakable and ordinary interface words (`首页 | 新闻 | 联系我们`, `Home | News`).
  if (short && isOnlyWords(text, UI_SORTED) && scanWords(text, STRONG_UI_SORTED).tokens > 0) return 'nav';
  if (isSymbolsOnly(text)) return /[◆◇×✕]/u.test(text) ? 'share-widget' : 'nav';
  return undefined;
}

/** A share bar's counts left as list items without their icons (`• 0` / `• 0` / `• 2`): two in a row at least
 *  (one `• 2` can be a list item cut off). */
function markBulletedCounts(items: Item[]): void {
  // (A bullet and at most six digits: the cached length spares the pattern on every other line.)
  const counts = (k: number) => {
    const it = items[k];
    return it !== undefined && lengthOf(it) <= 7 && BULLETED_COUNT.test(it.line.text);
  };
  for (let i = 0; i < items.length; i++) {
    if (open(items[i]!) && counts(i) && (counts(i - 1) || counts(i + 1))) items[i]!.code = 'share-widget';
  }
}

/** The line ends as IMAGE_ALT_TEXT needs, in a Latin letter or 码/碼: a cheap test that spares most lines the pattern. */
function endsInImageName(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end--;
  const c = text.charCodeAt(end);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x7801 || c === 0x78bc;
}

/** One short name, a space, the same name again. */
const DOUBLED_NAME = /^\s*([^\s，。；！？,.;!?]{2,12})\s+\1\s*$/u;

/** Above the text, a site's or blog's name printed twice in a row (logo text and link: `我的網誌 我的網誌`); inside
 *  the text the same shape is a heading (a collection's section and its first poem, `太和 太和`). */
function markDoubledNames(items: Item[], t: CleanThresholds): void {
  // Only where running text shows where the header ends (a collection of poems has none).
  const [first] = contentSpan(items, t);
  for (let i = 0; i < first; i++) {
    const it = items[i]!;
    if (open(it) && !it.keep && lengthOf(it) <= t.widgetLineMaxChars && DOUBLED_NAME.test(it.line.text)) it.code = 'nav';
  }
}

/** A character every PHOTO_CREDIT_LINE form holds: most lines have none, and the full pattern is costlier. */
const PHOTO_MARK = /[照圖图攝摄▲△►]|IMG|DSC/u;

/** What later stages need this line for, if anything. */
function keepKind(it: Item, ctx: Ctx): Item['keep'] {
  const text = it.line.text;
  if (ctx.titleHintKey !== undefined && isTitleKey(keyOf(it), ctx.titleHintKey, ctx.t)) return 'title';
  if (isDateLine(text)) return 'date';
  if (isMetadataLine(text, ctx.t)) return 'metadata';
  if (isQuoteAttribution(text, ctx.t)) return 'quote';
  if (isHeadingLike(text)) return 'heading';
  return undefined;
}

// ------------------------------------------------------------------ context rules

const open = (it: Item) => it.code === undefined;

/** A line that ends in a comma or colon and so leads into the text below it (`大会，`, `各位来宾：`). */
const SALUTATION = /[，,：:]\s*$/u;

/** A label and its value (`主 席:沈召集委員伯洋`, `專門委員:廖曼利`): a record's field, never a menu item — unless
 *  the value is an interface word (`法務部廉政署:回首頁`). */
const LABELLED_VALUE = /^\s*\p{Script=Han}[\p{Script=Han} \u3000]{0,7}[:：]\s*(?=\S)/u;

function isLabelledValue(text: string): boolean {
  const m = LABELLED_VALUE.exec(text);
  return m !== null && !isOnlyWords(text.slice(m[0].length), UI_SORTED);
}

/** Run-member for menus: short, no clause punctuation, not something later stages need. */
function isMenuCandidate(it: Item, t: CleanThresholds): boolean {
  if (it.code === 'nav') return true;
  if (!open(it) || it.keep || ATTACHMENT_LINE.test(it.line.text) || isLabelledValue(it.line.text)) return false;
  return lengthOf(it) <= t.navItemMaxChars && !CLAUSE_PUNCT.test(it.line.text);
}

/** The heading of a list the document carries: an attachment line, or a title ending in 名单 / 清单 / 一览表. */
const LIST_HEADING = new RegExp(`${ATTACHMENT_LINE.source}|(?:名单|名單|名录|名錄|名册|名冊|清单|清單|一览表|一覽表)[》」]?\\s*[:：]?\\s*$`, 'iu');
/** The ordering note a list of names opens with (`（按姓氏笔画排序）`, `排名不分先后`). */
const ORDER_NOTE = /按姓氏(?:笔画|筆畫|拼音)|排名不分先[后後]/u;

/** A row's leading number and its text (`1 工业互联网…`, `2. …`, `3、…`, `(4) …`); a pager's bare `1` `2` has no text. */
const ROW_NUMBER = /^\s*[(（]?(\d{1,3})[\s.、．)）]+\S/u;

/** At least `numberedRunMinRows` lines of the run are numbered 1, 2, 3 … in order (other lines, such as a
 *  table's header row, may stand between), or the run is a table saved one cell per line. */
function isNumberedRun(run: Item[], t: CleanThresholds): boolean {
  if (holdsCellTable(run.map((it) => it.line.text))) return true;
  let expected = 1;
  let rows = 0;
  for (const it of run) {
    const n = Number(ROW_NUMBER.exec(it.line.text)?.[1] ?? NaN);
    if (n === expected) {
      expected++;
      rows++;
    } else if (n === 1) {
      expected = 2;
      rows = 1;
    }
  }
  return rows >= t.numberedRunMinRows;
}

/** Index range of running text: first and last content-like open line. */
function contentSpan(items: Item[], t: CleanThresholds): [number, number] {
  let first = -1;
  let last = -1;
  items.forEach((it, i) => {
    if (open(it) && contentLike(it, t)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return [first, last];
}

/** Navigation menus: runs of ≥ navRunMinLines short link-like lines. */
function markMenuRuns(items: Item[], t: CleanThresholds): void {
  const [first, last] = contentSpan(items, t);
  let i = 0;
  while (i < items.length) {
    if (!isMenuCandidate(items[i]!, t)) {
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && isMenuCandidate(items[j]!, t)) j++;
    const run = items.slice(i, j);
    const hasUiWord = run.some((it) => it.code === 'nav' || it.menuWord);
    // Rows numbered 1, 2, 3 … are a list or a table of the document (an annex's 名单), never a menu; nor
    // are lines without an interface word under an attachment's or a list's heading (`附件：专家委员会名单`).
    const above = items[i - 1];
    const headed = above !== undefined && above.code === undefined && LIST_HEADING.test(above.line.text);
    const listed = !hasUiWord && (headed || ORDER_NOTE.test(run[0]!.line.text));
    // Agencies signing a document jointly, one per line above the date (a regulation of 13 departments).
    const signed = !hasUiWord && run.every((it) => AGENCY_NAME.test(it.line.text)) && isDateLine(items[j]?.line.text ?? '');
    if (isNumberedRun(run, t) || listed || signed) {
      i = j;
      continue;
    }
    const outside = first < 0 || j <= first || i > last;
    const isMenu = hasUiWord ? run.length >= t.navRunMinLines : outside && run.length >= t.navRunMinLinesNoUi;
    if (isMenu) {
      // The last line before the date, the metadata or the first paragraph is the article title when it is
      // not itself an interface word; a rule of symbols under it (＊＊＊, ———, as press releases print) does
      // not hide it.
      const next = items[j];
      let titleAt = run.length - 1;
      while (titleAt > 0 && isSymbolsOnly(run[titleAt]!.line.text)) titleAt--;
      const title = run[titleAt]!;
      // …or a salutation that opens the text (`大会，` under a resolution's title, `各省人民政府：`).
      const startsArticle =
        next !== undefined &&
        (next.keep === 'date' || next.keep === 'metadata' || (open(next) && (contentLike(next, t) || SALUTATION.test(next.line.text))));
      const spareTitle =
        startsArticle && title.code === undefined && !title.menuWord && lengthOf(title) >= t.spareTitleMinChars;
      run.forEach((it, k) => {
        if (!(spareTitle && k === titleAt)) it.code = 'nav';
      });
    }
    i = j;
  }
}

/** A channel bar's first item: the home link. */
const HOME_FIRST = /^\s*(首页|首頁|主页|主頁|网站首页|網站首頁)\s*\S/u;

/**
 * A portal's channel bar flattened onto one line above the text: many short items, no punctuation, at
 * least one of them an interface word (新闻, 首页). A row of names has no interface word and stays.
 */
function markChannelBars(items: Item[], t: CleanThresholds): void {
  const [first] = contentSpan(items, t);
  for (let i = 0; i < (first < 0 ? items.length : first); i++) {
    const it = items[i]!;
    if (!open(it) || it.keep || CLAUSE_PUNCT.test(it.line.text)) continue;
    const parts = it.line.text.split(/[\s\u3000|｜·•/]+/u).filter(Boolean);
    // …or its channels (or a breadcrumb's crumbs) joined without separators, as flattened pages have them
    // (`首页政务要闻政策文件…`, `首頁 新聞與公告 本部新聞`): then it starts at the home link.
    if (HOME_FIRST.test(it.line.text) && lengthOf(it) <= t.gluedChannelBarMaxChars) {
      it.code = 'nav';
      continue;
    }
    const minItems = /[|｜]/u.test(it.line.text) ? t.channelBarMinItemsPiped : t.channelBarMinItems;
    if (parts.length < minItems || parts.some((p) => codePointLength(p) > t.channelBarItemMaxChars)) continue;
    if (parts.some((p) => isOnlyWords(p, UI_SORTED))) it.code = 'nav';
  }
}

/** Open lines below the first line of running text that match `header`, in order (a line a caller has
 *  marked since is passed over). */
function* headersBelowText(items: Item[], t: CleanThresholds, header: RegExp): Generator<number> {
  const [first] = contentSpan(items, t);
  if (first < 0) return;
  for (let i = first + 1; i < items.length; i++) if (open(items[i]!) && header.test(items[i]!.line.text)) yield i;
}

/** 'related items' blocks below the article start: the header and every line up to the next running text. */
function markRelatedBlocks(items: Item[], t: CleanThresholds): void {
  for (const i of headersBelowText(items, t, RELATED_HEADER)) {
    items[i]!.code = 'related';
    for (const next of items.slice(i + 1)) {
      if (!open(next)) continue;
      if (contentLike(next, t)) break;
      next.code = 'related';
    }
  }
}

/**
 * A reader-comment section under the article: from a comment header (`网友评论`, `评论（3）`) that a comment
 * box's own words follow within a few lines (`发表评论`, `已有3条评论`, `请登录后评论`), to the end of the
 * page. The comments are readers' words, not the document's, however long they are.
 */
function markComments(items: Item[], t: CleanThresholds): void {
  for (const i of headersBelowText(items, t, COMMENT_HEADER)) {
    if (!items.slice(i, i + t.commentBoxReach + 1).some((near) => COMMENT_UI.test(near.line.text))) continue;
    // Dates in it are the comments' own.
    for (const rest of items.slice(i)) if (open(rest)) rest.code = 'comments';
    return;
  }
}

/** A number alone under a widget label (`关注者` / `1,024`): the counter's value goes with it. */
function markCounterValues(items: Item[]): void {
  for (let i = 1; i < items.length; i++) {
    if (open(items[i]!) && items[i - 1]!.code === 'share-widget' && COUNT_VALUE.test(items[i]!.line.text)) items[i]!.code = 'share-widget';
  }
}

/** A breadcrumb glued before the headline that the next line repeats (`Home政治數位發展部8/27掛牌…` above
 *  `數位發展部8/27掛牌…`): the line is the short trail plus the next line, so it goes whole. */
function markCrumbsBeforeTitle(items: Item[], t: CleanThresholds): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const it = items[i]!;
    const next = items[i + 1]!;
    if (!open(it) || !open(next) || lengthOf(next) < t.spareTitleMinChars) continue;
    const title = next.line.text.trim();
    const text = it.line.text.trim();
    if (text.length <= title.length || !text.endsWith(title)) continue;
    const crumb = text.slice(0, text.length - title.length);
    // A label before the repeat (`来源:` + `央视网 | 2022年…`) makes a metadata line, not a trail.
    if (visibleLength(crumb) <= t.gluedCrumbMaxChars && !CLAUSE_PUNCT.test(crumb) && !/[:：]\s*$/u.test(crumb)) it.code = 'breadcrumb';
  }
}

/** The title a previous / next label links to, saved on the line below a label that stood alone
 *  (`上一篇` / `关于开展安全评估工作的通知`): short, and not a sentence. */
function markPrevNextTitles(items: Item[], t: CleanThresholds): void {
  for (let i = 1; i < items.length; i++) {
    const label = items[i - 1]!;
    const it = items[i]!;
    if (label.code !== 'nav' || !PREV_NEXT_LABEL.test(label.line.text) || !open(it)) continue;
    if ((it.keep === undefined || it.keep === 'heading') && lengthOf(it) <= t.datedLinkMaxChars && !SENTENCE_END.test(it.line.text.trim())) it.code = 'nav';
  }
}

/** An entry of a column's article list: a short headline (no numbering) and its date. */
function isDatedLink(it: Item, t: CleanThresholds): boolean {
  if (it.keep === 'metadata' || lengthOf(it) > t.datedLinkMaxChars) return false;
  return DATED_LINK.test(it.line.text) && leadingMarker(it.line.text.trim()) === undefined;
}

/**
 * A column's article list (the whole of a listing page, or a "latest articles" box above or below the
 * text): a run of lines that are each a headline and its date. A numbered line (`1.《网络安全法》（2016年11月7日）`) is an item of
 * the text's own list and breaks the run.
 */
function markDatedLinkRuns(items: Item[], t: CleanThresholds): void {
  const [first, last] = contentSpan(items, t);
  let i = 0;
  while (i < items.length) {
    let j = i;
    while (j < items.length && (open(items[j]!) || items[j]!.code === 'related') && isDatedLink(items[j]!, t)) j++;
    // Between paragraphs such rows are more likely a table of the text (laws and their dates) than a link box.
    const outside = first < 0 || j <= first || i > last;
    if (outside && j - i >= t.datedLinkRunMinLines) for (let k = i; k < j; k++) items[k]!.code ??= 'link-list';
    i = Math.max(j, i + 1);
  }
}

/**
 * A news site's "latest" box printed as a time stamp, then a headline, over and over (`2025-07-14 10:00 HKT` /
 * `長腳蟹優惠2025|5大酒樓優惠合集…`): at least `datedLinkRunMinLines` such pairs outside the text or closing the
 * page. The stamps carry a time of day, which a chronology inside a text does not print.
 */
function markDatedPairRuns(items: Item[], t: CleanThresholds): void {
  const [first, last] = contentSpan(items, t);
  const lines = items.flatMap((it, k) => (open(it) && it.line.text.trim() !== '' ? [k] : []));
  // Each line once: 'D' a time-stamped date, 'H' a headline (teasers may ask or exclaim; a sentence of the text
  // ends in 。), '' neither.
  const kinds = lines.map((k) => {
    const { text } = items[k]!.line;
    // (keepKind has read every open line's date already)
    if (items[k]!.keep === 'date' && TIME_OF_DAY.test(text)) return 'D';
    return lengthOf(items[k]!) <= t.datedLinkMaxChars && !/。\s*$/u.test(text) ? 'H' : '';
  });
  let s = 0;
  while (s < lines.length) {
    // A run alternates date and headline lines, starting with either.
    let e = s;
    while (e < lines.length && kinds[e] !== '' && (e === s || kinds[e] !== kinds[e - 1])) e++;
    const run = lines.slice(s, e);
    const outside = first < 0 || run.at(-1)! < first || run[0]! >= last || e === lines.length;
    if (outside && Math.floor(run.length / 2) >= t.datedLinkRunMinLines) for (const k of run) items[k]!.code = 'link-list';
    s = Math.max(e, s + 1);
  }
}

/** A time of day (`10:00`): the mark of a page's time stamp. */
const TIME_OF_DAY = /\d{1,2}:\d{2}/u;

/**
 * Below the text, a hard footer (ICP number, 版权所有) ends the page: whatever follows is chrome (app
 * links, a mobile share card with the title and a one-sentence summary). The zone starts at the first
 * footer line after the last long paragraph, so a footer-like line in mid-text never swallows text.
 */
function markAfterFooter(items: Item[], t: CleanThresholds): void {
  let lastLong = -1;
  items.forEach((it, i) => {
    if (open(it) && contentLike(it, t) && lengthOf(it) >= t.afterFooterResumeMinChars) lastLong = i;
  });
  if (lastLong < 0) [lastLong] = contentSpan(items, t);
  if (lastLong < 0) return;
  let inFooter = false;
  for (let i = lastLong + 1; i < items.length; i++) {
    const it = items[i]!;
    if (it.code === 'footer' || it.code === 'icp') inFooter = true;
    else if (inFooter && open(it)) it.code = 'footer';
  }
}

/** A line that ends a sentence or a paragraph (a closing quote or bracket may follow the mark, and a link bar's `|`). */
const FINISHED = /[。！？!?…][”」』）)]?[\s|｜]*$/u;
/** A line that stops in the middle of a clause: no headline ends so. */
const CLAUSE_END = /[，,、；;：:]\s*$/u;

const ALIGNED_CELLS = /\S(?: {2,}|\t|\u3000)\S/u;

/** A label over the tags or links of such a list (`关键词:`, `標籤：`). */
const LIST_LABEL = /^\s*\p{Script=Han}{2,6}\s*[:：]\s*$/u;

/** A headline of a list under the text: short, with Han, not stopping mid-clause, not kept for a later stage; never
 *  a numbered heading or item (`三、服务与安全防范`, `1. 推理算力资源`) or a `- 名称:…` item: an excerpt cut short may
 *  end in those. */
function isListedHeadline(it: Item, t: CleanThresholds): boolean {
  if (!open(it) || it.keep === 'date' || it.keep === 'metadata' || it.keep === 'heading') return false;
  const text = it.line.text;
  if (/^\s*[-–]\s/u.test(text) || leadingMarker(text.trim()) !== undefined) return false;
  // (A headline may end in ？ or ！, never in 。: a verse or a sentence does.)
  return lengthOf(it) <= t.trailingHeadlineMaxChars && /\p{Script=Han}/u.test(text) && !CLAUSE_END.test(text) && !/[。；;]/u.test(text);
}

/**
 * Other articles' headlines listed under the text without a header of their own (a portal's 'more news', a
 * site's 'hot' list, `…的相关文章` rows): from the end of the page back, a run of short headline-like lines,
 * directly under the last line that finishes a sentence. Numbered rows and name lists are the document's.
 */
function markTrailingHeadlines(items: Item[], t: CleanThresholds): void {
  const [first] = contentSpan(items, t);
  if (first < 0) return;
  let end = items.length;
  // A page's closing lines (footer, metadata a later stage reads) may follow the list.
  while (end > first && !open(items[end - 1]!)) end--;
  let start = end;
  // (Lines removed already, a footer or a widget among the headlines, do not break the run.)
  const member = (it: Item) => !open(it) || isListedHeadline(it, t) || LIST_LABEL.test(it.line.text);
  while (start > first + 1 && member(items[start - 1]!)) start--;
  const run = items.slice(start, end).filter(open);
  if (run.length < t.trailingHeadlinesMinLines || isNumberedRun(run, t)) return;
  // A table whose cells are aligned with runs of spaces (`路政署           已刪除`), two rows at least.
  if (run.filter((it) => ALIGNED_CELLS.test(it.line.text)).length >= 2) return;
  // A list the document carries under its heading (`附件：专家委员会名单`, `（按姓氏笔画排序）`).
  if (run.some((it) => LIST_HEADING.test(it.line.text) || ORDER_NOTE.test(it.line.text))) return;
  // Right under the text's last sentence, or under its trailer (`【编辑:李冉】`, a date).
  const above = items[start - 1];
  if (above === undefined || !(FINISHED.test(above.line.text) || above.keep === 'metadata' || above.keep === 'date')) return;
  for (const it of run) it.code = 'related';
}

/**
 * After a line that ends the article (`完`, press-release style), the page only stamps the release: the
 * date stays for the metadata stage, the other short lines (time of day, print and share rows) are chrome.
 * Running text after the mark (a second article glued on) is left alone.
 */
function markAfterEndMark(items: Item[], t: CleanThresholds): void {
  const [first] = contentSpan(items, t);
  if (first < 0) return;
  const mark = items.findLastIndex((it, i) => i > first && open(it) && END_MARK.test(it.line.text));
  if (mark < 0) return;
  const after = items.slice(mark + 1).filter(open);
  if (after.some((it) => contentLike(it, t) || lengthOf(it) > t.widgetLineMaxChars)) return;
  for (const it of after) {
    const dated = it.keep === 'date' || it.keep === 'metadata' || WEEKDAY_DATE.test(it.line.text);
    if (!dated) it.code = 'footer';
  }
}

/**
 * Running heads and feet of a printed document (`国务院公报 2022年第8号` on every page): a short line that
 * recurs, each time at the top of the text or next to a page number.
 */
function markRunningHeads(items: Item[], t: CleanThresholds): void {
  const pageBreaks = items.flatMap((it, i) => (it.code === 'page-number' ? [i] : []));
  if (pageBreaks.length === 0) return;
  const nearBreak = (i: number) => i < t.runningHeadReach || pageBreaks.some((b) => Math.abs(b - i) <= t.runningHeadReach);
  const byText = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (!open(it) || it.keep === 'heading' || lengthOf(it) > t.runningHeadMaxChars || CLAUSE_PUNCT.test(it.line.text)) return;
    const key = it.line.text.trim();
    byText.set(key, [...(byText.get(key) ?? []), i]);
  });
  for (const at of byText.values()) {
    if (at.length >= 2 && at.every(nearBreak)) for (const i of at) items[i]!.code = 'running-head';
  }
}

/** A date with a weekday among the first lines, before any running text: the day the page was saved. */
function markScrapeDate(items: Item[], t: CleanThresholds): void {
  let seen = 0;
  for (const it of items) {
    if (!open(it)) continue;
    if (seen >= t.scrapeDateTopLines || contentLike(it, t)) return;
    if (WEEKDAY_DATE.test(it.line.text)) it.code = 'scrape-date';
    seen++;
  }
}

/**
 * Author profile ahead of the article: an optional short header, then a list of `- ` items naming a
 * person (e-mail, rank) and many works, all before the first paragraph of running text.
 */
function markAuthorProfile(items: Item[], t: CleanThresholds): void {
  const openIdx = items.map((it, i) => (open(it) ? i : -1)).filter((i) => i >= 0);
  let k = 0;
  const header: number[] = [];
  while (k < openIdx.length && header.length < t.profileHeaderMaxLines) {
    const item = items[openIdx[k]!]!;
    const text = item.line.text;
    if (LIST_ITEM.test(text) || lengthOf(item) > t.profileHeaderMaxChars || CLAUSE_PUNCT.test(text)) break;
    header.push(openIdx[k]!);
    k++;
  }
  const list: number[] = [];
  while (k < openIdx.length && LIST_ITEM.test(items[openIdx[k]!]!.line.text)) {
    list.push(openIdx[k]!);
    k++;
  }
  if (list.length < t.authorProfileMinItems) return;
  const signals = list.slice(0, t.authorProfileSignalItems).some((i) => PROFILE_SIGNAL.test(items[i]!.line.text));
  const articleFollows = openIdx.slice(k).some((i) => contentLike(items[i]!, t));
  if (!signals || !articleFollows) return;
  for (const i of [...header, ...list]) items[i]!.code = 'author-profile';
}

/**
 * `来源:` + next line `新华社` → one line `来源:新华社`. No text is lost; the value's own line number is
 * recorded as 'label-joined' (its text now lives in the label line) so line accounting stays complete.
 */
function joinLabelValues(items: Item[], t: CleanThresholds, removed: Removal[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const next = items[i + 1];
    const canJoin =
      open(it) && BARE_LABEL.test(it.line.text) && next !== undefined && open(next) &&
      !BARE_LABEL.test(next.line.text) && lengthOf(next) <= t.labelValueMaxChars &&
      !CLAUSE_PUNCT.test(next.line.text);
    if (canJoin) {
      out.push(newItem({ ...it.line, text: it.line.text.trimEnd() + next.line.text.trim() }, 'metadata'));
      removed.push({ stage: 'clean', code: 'label-joined', line: next.line.no, text: next.line.text });
      i++;
    } else out.push(it);
  }
  return out;
}

/** Label lines with nothing after them at the very end of the document (`文献来源:`). */
function markEmptyTrailer(items: Item[]): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    if (!open(it)) continue;
    if (!BARE_LABEL.test(it.line.text)) return;
    it.code = 'empty-trailer';
  }
}

// ------------------------------------------------------------------ stage

/** One bracketed button at the start / end of a line: `【我要纠错】 `, ` 【打印】`. */
const LEADING_BUTTON = /^\s*[【\[][^】\]]{1,8}[】\]]\s*/u;
const TRAILING_BUTTON = /\s*[【\[][^】\]]{1,8}[】\]]\s*$/u;

function isButton(text: string): boolean {
  return isOnlyWords(text, WIDGET_SORTED) || isOnlyWords(text, STRONG_UI_SORTED);
}

/**
 * The line without the bracketed widget buttons at its ends (`【我要纠错】 【责任编辑：李华】` keeps
 * `【责任编辑：李华】`, `责任编辑：王明 【打印】【关闭】` keeps `责任编辑：王明`), as a glued-chrome result; null
 * when there are none or nothing would be left.
 */
function stripButtons(text: string): { keep: { text: string; start: number }[]; cuts: { code: string; text: string }[] } | null {
  let start = 0;
  for (let m = LEADING_BUTTON.exec(text); m && isButton(m[0]); m = LEADING_BUTTON.exec(text.slice(start))) start += m[0].length;
  let end = text.length;
  for (let m = TRAILING_BUTTON.exec(text.slice(start, end)); m && isButton(m[0]); m = TRAILING_BUTTON.exec(text.slice(start, end))) end -= m[0].length;
  if ((start === 0 && end === text.length) || text.slice(start, end).trim() === '') return null;
  const cuts = [text.slice(0, start), text.slice(end)].filter((s) => s !== '').map((s) => ({ code: 'share-widget', text: s }));
  return { keep: [{ text: text.slice(start, end), start }], cuts };
}

/** A list bullet before a numbered line (`• 一、積極強化打詐`, `• (一)開發…`): a page's nested list saved as
 *  text, where the numbering says what the bullet did; without it the structure stage sees the heading. */
const BULLET = /^\s*[•·●◦▪■◆]\s*/u;

function stripBullet(text: string): ReturnType<typeof stripButtons> {
  const m = BULLET.exec(text);
  if (!m || !leadingMarker(text.slice(m[0].length))) return null;
  return { keep: [{ text: text.slice(m[0].length), start: m[0].length }], cuts: [{ code: 'bullet', text: m[0] }] };
}

/** A share bar's label glued to the end of a headline (`…就沒國家安全分享到:`): the buttons after it were images. */
const GLUED_SHARE_LABEL = /(?<=\S)\s*分享(?:到|至)?\s*[:：]\s*$/u;

/** The line without a share label glued to its end, as a glued-chrome result; null when there is none, or
 *  when the line is a sentence (`…的成果可以分享：`) or nothing but the label. */
function stripShareLabel(text: string, t: CleanThresholds): ReturnType<typeof stripButtons> {
  if (!text.includes('分享')) return null; // most lines: one scan instead of the pattern's scan from every position
  const m = GLUED_SHARE_LABEL.exec(text);
  if (!m || CLAUSE_PUNCT.test(text) || visibleLength(text) > t.gluedShareLabelMaxChars) return null;
  if (visibleLength(text.slice(0, m.index)) < t.spareTitleMinChars) return null;
  return { keep: [{ text: text.slice(0, m.index), start: 0 }], cuts: [{ code: 'share-widget', text: m[0] }] };
}

/** A flattened page's line in pieces (see clean-unglue.ts), each with its offset within the decoded line. */
function unglueLines(lines: Line[], ctx: Ctx): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const pieces = unglue(line.text, ctx.seg.titleHint, ctx.t);
    if (!pieces) out.push(line);
    else for (const p of pieces) out.push({ no: line.no, text: p.text, offset: (line.offset ?? 0) + p.start });
  }
  return out;
}

/** Long lines lose chrome glued to their ends; the cuts are recorded, split-out lines keep the line number. */
function stripGluedLines(lines: Line[], ctx: Ctx, removed: Removal[]): Item[] {
  const items: Item[] = [];
  for (let line of unglueLines(lines, ctx)) {
    const styled = stripLeadingStyle(line.text);
    if (styled) {
      // The rules go; what follows them is judged like any line (it may carry chrome of its own).
      for (const cut of styled.cuts) removed.push({ stage: 'clean', code: cut.code, line: line.no, text: cut.text });
      line = { no: line.no, text: styled.keep[0]!.text, offset: (line.offset ?? 0) + styled.keep[0]!.start };
    }
    const glued = stripGlued(line.text, { pageTitleLine: ctx.seg.pageTitleLine, titleHint: ctx.seg.titleHint }, ctx.t);
    const buttons = glued.cuts.length === 0 && /[【\[]/u.test(line.text) ? stripButtons(line.text) : null;
    const result = glued.cuts.length > 0 ? glued : (buttons ?? stripShareLabel(line.text, ctx.t) ?? stripBullet(line.text) ?? glued);
    for (const cut of result.cuts) removed.push({ stage: 'clean', code: cut.code, line: line.no, text: cut.text });
    if (result.cuts.length === 0) {
      items.push(newItem(line));
      continue;
    }
    // Pieces of a cut line carry their offset within the decoded line (as split's pieces do).
    for (const piece of result.keep) {
      items.push(newItem({ no: line.no, text: piece.text, offset: (line.offset ?? 0) + piece.start }));
    }
  }
  return items;
}

/** Clean one saved page. Pass `t` to override thresholds (tests). */
export function clean(seg: Segment, t: CleanThresholds = CLEAN): WorkingDoc {
  const ctx: Ctx = {
    seg,
    t,
    pageTitleKey: seg.pageTitleLine ? normalizeForCompare(seg.pageTitleLine) : undefined,
    titleHintKey: seg.titleHint ? normalizeForCompare(seg.titleHint) : undefined,
  };
  const removed: Removal[] = [];
  const nonEmpty: Line[] = [];
  for (const line of seg.lines) {
    if (line.text === '') continue; // an empty line holds no text: nothing to account for
    if (line.text.trim() === '') removed.push({ stage: 'clean', code: 'blank', line: line.no, text: line.text });
    else nonEmpty.push(line);
  }
  let items = stripGluedLines(nonEmpty, ctx, removed);
  // The title checks compare every line's key: normalise the whole page in one call.
  if (ctx.pageTitleKey !== undefined || ctx.titleHintKey !== undefined) {
    const keys = normalizeLinesForCompare(items.map((it) => it.line.text));
    items.forEach((it, i) => (it.key = keys[i]));
  }
  for (const it of items) {
    it.code = classifyLine(it, ctx);
    if (it.code) continue;
    it.keep = keepKind(it, ctx);
    it.menuWord = lengthOf(it) <= t.widgetLineMaxChars && isOnlyWords(it.line.text, UI_SORTED);
  }
  markScrapeDate(items, t);
  markRunningHeads(items, t);
  markAuthorProfile(items, t);
  items = joinLabelValues(items, t, removed);
  markRelatedBlocks(items, t);
  markComments(items, t);
  markDatedLinkRuns(items, t);
  markDatedPairRuns(items, t);
  markDoubledNames(items, t);
  markCounterValues(items);
  markBulletedCounts(items);
  markPrevNextTitles(items, t);
  markCrumbsBeforeTitle(items, t);
  markAfterFooter(items, t);
  markAfterEndMark(items, t);
  markTrailingHeadlines(items, t);
  markChannelBars(items, t);
  markMenuRuns(items, t);
  markEmptyTrailer(items);

  const lines: Line[] = [];
  for (const it of items) {
    if (it.code) removed.push({ stage: 'clean', code: it.code, line: it.line.no, text: it.line.text });
    else lines.push(it.line);
  }
  removed.sort((a, b) => a.line - b.line);
  return { file: seg.file, index: seg.index, titleHint: seg.titleHint, pageTitleLine: seg.pageTitleLine, lines, removed };
}
