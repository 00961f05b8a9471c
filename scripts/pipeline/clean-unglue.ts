/**
 * A saved page flattened into ONE line (a scraper that joins the page's text nodes without breaks, or with
 * single spaces) keeps its whole header before the first sentence — menu, breadcrumb, headline,
 * `发布时间：…来源：…`, the `【字体：大中小】` and share buttons, the addressee — and its signature, related
 * links and footer after the last (`工业和信息化部2021年9月15日相关链接：…主办单位：…京ICP备…`). This module
 * cuts such a line into pieces at those seams, so that the line rules judge each piece on its own (the menu
 * goes as a menu, the date line is read as a date, the footer as a footer) and the text between stays one
 * paragraph. Nothing is removed here: the pieces cover the line.
 *
 * A line is cut only where its head or tail shows that it is a flattened page: a labelled date, a date
 * with a time of day or a breadcrumb label before the first sentence end; a footer marker and a date after
 * the last.
 */
import { BREADCRUMB_LABEL_ANYWHERE, FOOTER_MARKERS, ICP_PATTERN, METADATA_LABEL, PUBLISHED_STAMP, WIDGET_WORDS } from './clean-patterns.ts';
import { longestFirst, scanWords, type CleanThresholds } from './clean-signals.ts';
import type { KeptPiece } from './clean-glued.ts';
import { CLEAN } from './thresholds.ts';

const WIDGET_SORTED = longestFirst(WIDGET_WORDS);

/** Where a sentence ends: the header of a flattened page lies before the first, its footer after the last. */
const SENTENCE_END = /[。！？!?]/gu;
/** A date as pages print it, Minguo years included (`2021-09-15`, `2023年5月12日`, `112-05-12`). */
const DATE = String.raw`(?:\d{4}|(?:中華民國|中华民国|民國|民国)?\s*\d{2,3}(?=\s*[-/.年]))\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/** Every metadata label (METADATA_LABEL, anywhere in the text). */
const LABEL = new RegExp(METADATA_LABEL.source, 'gu');
/** A metadata label with its value, up to the first space (`来源：新华网`, `發布單位：數位發展部`). */
const LABEL_VALUE = new RegExp(String.raw`(?:${METADATA_LABEL.source})\s*[^\s【\[]{1,30}(?=\s)`, 'gu');
/** A label whose value is a date: `发布时间：2021-09-15 16:30`, `發布日期：112-05-12`, `日期：2023年5月12日`. */
const DATED_LABEL = new RegExp(String.raw`(?:${METADATA_LABEL.source}|(?:日期|时间|時間)\s*[:：])\s*${DATE}(?:\s*${TIME})?`, 'gu');
/** A date with a time of day standing between spaces (`… 2023-05-12 10:30:15 来源：…`): a page's publication
 *  stamp. Prose glues its dates to the words around them (`会议于2023年5月12日 10:30在北京召开`). */
const DATE_TIME = new RegExp(String.raw`(?<=^|\s)${DATE}\s*${TIME}(?=\s|$)`, 'gu');
/** A date (and time) opening the line before a space (`2024-06-01 来源：市网信办 各区县…`): the page's date
 *  line glued to what follows. Prose puts a comma after an opening date (`2024年6月1日，国家…`). */
const LEADING_DATE = new RegExp(String.raw`^\s*${DATE}(?:\s*${TIME})?(?=\s)`, 'u');
/** A short bracketed button or widget (`【字体：大中小】`, `【打印】`, `[关闭]`). */
const BRACKETED = /[【\[][^】\]]{1,12}[】\]]/gu;
/** A breadcrumb that ends at the article (`人民网 >> 时政 >> 正文`); the headline follows after a space. */
const TRAIL_TO_ARTICLE = /[>＞›»→]{1,2}\s*(?:正文|正文内容|正文內容|详情|詳情)(?=\s)/gu;
/** A note in brackets right after the last sentence (`（责编：赵七、钱八）`, `（完）`): a line of its own. */
const BRACKETED_TRAILER = /^\s*[（(][^（）()]{1,40}[）)]/u;
/** The `:::` access-key anchors of Taiwan government pages. */
const ACCESS_KEY = /:::/gu;
/** The last crumb of a trail and the headline glued after it (`…>部门文件工业和信息化部关于…`): crumbs are
 *  column names, which end in one of these words, and a headline is longer than a crumb. */
const CRUMB_THEN_TITLE =
  /[>＞›»→]\s*([^>＞›»→\s]{0,6}?(?:文件|动态|動態|要闻|要聞|新闻|新聞|公告|通知|政策|解读|解讀|信息|資訊|资讯|公开|公開|发布|發布|法规|法規|规章|規章|专题|專題|报道|報導|时政|時政|国内|國內|国际|國際))(?=[^>＞›»→\s]{8,}$)/u;
/** A headline glued to the lead by a space (`數位部推動資通安全防護計畫 數位發展部今（12）日宣布…，`): a short
 *  unpunctuated run, a space, then text that reaches a comma or full stop without another space. */
const HEADLINE_THEN_LEAD = /^\s*[^\s\p{P}][^\s\p{P}]{3,39}\s+(?=[^\s]+?[，。；,;])/u;
/** A full date in a tail (the signature date under an official document, the dates of related items). */
const TAIL_DATE = new RegExp(DATE, 'gu');
/** Headers of link boxes in a tail (`相关链接：…`, `相关新闻 …`, `延伸阅读`). */
const LINK_BOX =
  /(?:相关|相關|友情|重要)(?:链接|鏈接|連結|连结|新闻|新聞|稿件|阅读|閱讀|文章|报道|報導)\s*[:：]?|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀/gu;
const FOOTER_ANYWHERE = new RegExp(FOOTER_MARKERS.source, 'giu');

const startsOf = (text: string, pattern: RegExp, offset = 0) => [...text.matchAll(pattern)].map((m) => offset + m.index!);
const endsOf = (text: string, pattern: RegExp, offset = 0) => [...text.matchAll(pattern)].map((m) => offset + m.index! + m[0].length);
const around = (text: string, pattern: RegExp, offset = 0) => [...startsOf(text, pattern, offset), ...endsOf(text, pattern, offset)];

/** Where the headline starts after the breadcrumb trail starting at `from` (0 when it cannot be told). */
function titleAfterTrail(head: string, from: number): number {
  const trail = head.slice(from);
  const stop = trail.search(/[:：]/u);
  const segment = trail.slice(stop + 1).split(/[\s【\[]/u)[0] ?? '';
  const m = CRUMB_THEN_TITLE.exec(segment);
  return m ? from + stop + 1 + m.index + m[0].length : 0;
}

/** Offsets in `head` (the text before the first sentence end) where a flattened page header has seams. */
function headCuts(head: string, titleHint: string | undefined): number[] {
  const crumbs = startsOf(head, BREADCRUMB_LABEL_ANYWHERE);
  const datedMatches = [...head.matchAll(DATED_LABEL), ...head.matchAll(DATE_TIME)];
  const dated = around(head, DATED_LABEL);
  const stamped = around(head, DATE_TIME);
  const opening = LEADING_DATE.exec(head);
  if (opening) stamped.push(opening[0].length);
  // A date and its time stay together (`发布时间：2021-09-15 16:30`).
  const insideDate = (at: number) => datedMatches.some((m) => at > m.index! && at < m.index! + m[0].length);
  // A labelled date, a date with its time or a breadcrumb: page chrome, not a sentence that names a source.
  if (dated.length === 0 && stamped.length === 0 && crumbs.length === 0 && !PUBLISHED_STAMP.test(head)) return [];
  const cuts = [
    ...crumbs,
    ...crumbs.map((at) => titleAfterTrail(head, at)),
    ...dated,
    ...stamped,
    ...startsOf(head, LABEL),
    ...endsOf(head, LABEL_VALUE),
    ...around(head, BRACKETED),
    ...around(head, ACCESS_KEY),
    ...endsOf(head, TRAIL_TO_ARTICLE),
  ].filter((at) => !insideDate(at));
  const hint = titleHint?.trim();
  const at = hint ? head.indexOf(hint) : -1;
  if (hint && at >= 0) cuts.push(at, at + hint.length);
  return cuts;
}

/**
 * Offsets in the tail (after the last sentence end, starting at `offset`) where a signed document's
 * signature and date end and the related links and footer begin. A tail without a date is left to
 * clean-glued.ts, which cuts a footer off whole.
 */
function tailCuts(tail: string, offset: number, t: CleanThresholds): number[] {
  if (!FOOTER_MARKERS.test(tail) && !ICP_PATTERN.test(tail)) return signatureCuts(tail, offset, t);
  const dates = [...tail.matchAll(TAIL_DATE)];
  if (dates.length === 0) return [];
  const cuts = [
    // A date stays with its label (`更新日期：2023-05-12`).
    ...dates.filter((m) => !/[:：]\s*$/u.test(tail.slice(0, m.index))).map((m) => offset + m.index!),
    ...dates.map((m) => offset + m.index! + m[0].length),
    ...around(tail, LINK_BOX, offset),
    ...startsOf(tail, FOOTER_ANYWHERE, offset),
    ...startsOf(tail, LABEL, offset),
  ];
  // The signing agency right before the date (`…访问控制。工业和信息化部2021年9月15日`) is a line of its own.
  const signature = tail.slice(0, dates[0]!.index);
  if (signature.trim() !== '' && signature.length <= t.gluedSignatureMaxChars && !/\p{P}/u.test(signature)) cuts.push(offset);
  const trailer = BRACKETED_TRAILER.exec(tail);
  if (trailer) cuts.push(offset, offset + trailer[0].length);
  return cuts;
}

/** An official document's end glued to its last sentence, with no footer after it: the signing agency, the
 *  date and a bracketed note (`…。 国务院办公厅 2023年5月12日 （此件公开发布）`). */
const SIGNATURE_END = new RegExp(String.raw`^(\s*[^\s\p{P}]{2,${CLEAN.gluedSignatureMaxChars}}\s*)(${DATE})(\s*[（(][^（）()]{1,20}[）)])?\s*$`, 'u');

function signatureCuts(tail: string, offset: number, t: CleanThresholds): number[] {
  const m = SIGNATURE_END.exec(tail);
  if (!m || m[1]!.trim().length > t.gluedSignatureMaxChars) return [];
  const dateStart = offset + m[1]!.length;
  return [offset, dateStart, dateStart + m[2]!.length];
}

/** End of a run of share / print buttons at the start of a piece (`打印分享到：各省…` → after `：`,
 *  `小字号 本报…` → after the space), or 0. Single-character widget words (大 中 小) count only next to a
 *  longer one: `大中型企业` is a sentence. */
function widgetRunEnd(text: string): number {
  const lead = text.length - text.trimStart().length;
  let end = lead;
  let tokens = 0;
  let long = false;
  for (;;) {
    const scan = scanWords(text.slice(end, end + 12), WIDGET_SORTED);
    const first = scan.ends[0];
    if (!first || scan.starts[0] !== 0) break;
    end += first.end;
    tokens++;
    long ||= first.covered >= 2;
  }
  if (!long) return 0;
  const colon = /^\s*[:：]|^\s+/u.exec(text.slice(end));
  if (colon) return end + colon[0].length;
  return tokens >= 2 && end - lead >= 4 ? end : 0;
}

/** Where a piece of the head splits further: after its buttons, or after a headline glued to the lead. */
function innerCut(piece: string): number {
  const run = widgetRunEnd(piece);
  if (run > 0) return run;
  return HEADLINE_THEN_LEAD.exec(piece)?.[0].length ?? 0;
}

/**
 * The pieces of a flattened page's line, or null when the line is not one (most lines: they are short,
 * or their head and tail carry no page chrome).
 */
export function unglue(text: string, titleHint: string | undefined, t: CleanThresholds = CLEAN): KeptPiece[] | null {
  if (text.length < t.unglueMinLineChars) return null;
  const sentenceEnds = startsOf(text, SENTENCE_END);
  const firstEnd = sentenceEnds[0] ?? text.length;
  const lastEnd = sentenceEnds.length > 0 ? sentenceEnds[sentenceEnds.length - 1]! + 1 : text.length;
  const head = text.slice(0, Math.min(firstEnd, t.gluedZoneMaxChars));
  const tailStart = Math.max(lastEnd, text.length - t.gluedZoneMaxChars);
  const cuts = new Set([...headCuts(head, titleHint), ...(tailStart < text.length ? tailCuts(text.slice(tailStart), tailStart, t) : [])]);
  cuts.delete(0);
  cuts.delete(text.length);
  if (cuts.size === 0) return null;
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  const pieces: KeptPiece[] = [];
  // Spaces at a seam belong to the piece before (or, at the start of the line, to the first piece): no
  // piece is blank, and only the first may start with a space.
  const push = (from: number, end: number) => {
    const last = pieces[pieces.length - 1];
    const slice = text.slice(from, end);
    const lead = last ? slice.length - slice.trimStart().length : 0;
    if (last && lead > 0) last.text += slice.slice(0, lead);
    if (from + lead === end) return;
    if (last && last.text.trim() === '') last.text += slice.slice(lead);
    else pieces.push({ text: slice.slice(lead), start: from + lead });
  };
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    const inner = start < head.length ? innerCut(text.slice(start, end)) : 0;
    if (inner > 0 && start + inner < end) push(start, start + inner);
    push(start + (inner > 0 && start + inner < end ? inner : 0), end);
  }
  return pieces.length > 1 ? pieces : null;
}
