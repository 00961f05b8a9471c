/**
 * Metadata stage: find the title, publication date, source, author and editor of a cleaned document
 * and take their lines out of the body (each one recorded as a Removal with stage 'metadata').
 *
 * Input layout (after clean/dedupe): [scrape-date clock] [title line(s)] [byline] [date / labelled lines]
 * [subtitle] body … [责任编辑 / （作者：…） trailer]. Only the header zone under the title, labelled lines
 * and the last lines are read, so dates and names inside the body text are never taken for metadata.
 */
import { END_MARK } from './clean-patterns.ts';
import { bareDateLine, findDate, parseDateValue } from './metadata-date.ts';
import { DATELINE_CITIES, datelineAgency, datelineOnly, datelineReporters } from './metadata-dateline.ts';
import {
  type DatedByline,
  type Field,
  type FieldKind,
  datedByline,
  markedByline,
  titledPerson,
  type MetaLine,
  isDanglingLabel,
  knownValue,
  paperAuthors,
  parseMetaLine,
  reporterLine,
  datedReporterLine,
  personName,
  trailingAuthor,
  unwrapBrackets,
} from './metadata-fields.ts';
import {
  DOC_NUMBER_LINE,
  compareWithHint,
  endsInClause,
  isAgencyLike,
  isBodyLike,
  CHANNEL_NAMES,
  isCreditLike,
  isSignatureLike,
  isSiteBanner,
  isTitleLike,
  LATIN_FIELD,
  PHOTO_CAPTION,
  continuesTitle,
  withoutColumnTag,
  normalizeTitle,
} from './metadata-title.ts';
import { METADATA, type MetadataLimits } from './thresholds.ts';
import type { DocMetadata, IsoDate, Line, MetadataResult, Removal, WorkingDoc } from './types.ts';

type Limits = MetadataLimits;

/** What the stage has decided so far about one document. */
interface Draft {
  lines: Line[];
  limits: Limits;
  meta: DocMetadata;
  published?: IsoDate;
  updated?: IsoDate;
  /** The date printed on a cover page under the title (`（2022年11月）`): used when the page gives no other. */
  cover?: IsoDate;
  /** Index in lines → removal code, for lines taken out whole. */
  removed: Map<number, string>;
  /** Index in lines → the part cut off the end of the line (a `（作者：…）` trailer). */
  cut: Map<number, { at: number; code: string }>;
  /** Index in lines of the headline, when one was found. */
  titleIndex?: number;
}

interface TitleChoice {
  /** Index of the title line in the body, when the title was found there. */
  index?: number;
  title?: string;
  /** Page-title copies (`xxx下载|标题`, `标题_网站`) seen in the header. */
  copies: number[];
  /** The title line is pinned by what surrounds it (the page title's copy, or the date and source lines under it):
   *  what stands above it in the header is the page's own (menus, logos, tickers), not the article's. */
  anchored?: boolean;
}

const SENTENCE_PUNCTUATION = /[。！？!?]/u;
/** Labels that only ever mean the responsible editor, so such lines are metadata wherever they stand. */
const EDITOR_ONLY_LABELS = new Set(['责任编辑', '責任編輯', '责编', '責編']);

export function extractMetadata(doc: WorkingDoc, limits: Limits = METADATA): MetadataResult {
  const draft: Draft = { lines: doc.lines, limits, meta: {}, removed: new Map(), cut: new Map() };
  const nonBlank: number[] = [];
  doc.lines.forEach((line, i) => {
    if (line.text.trim() !== '') nonBlank.push(i);
  });
  const header = nonBlank.slice(0, limits.headerZoneLines);

  readWriterPicture(draft, header);
  const choice = labelledTitle(draft, header) ?? chooseTitle(draft, header, doc.titleHint);
  if (choice.index !== undefined) draft.removed.set(choice.index, 'title');
  draft.titleIndex = choice.index;
  // Source lines an earlier stage removed (blank ones aside): the two lines of one title have none between them.
  const gone = doc.removed.filter((r) => r.code !== 'blank').map((r) => r.line);
  joinBrokenTitle(draft, nonBlank, choice, gone);
  if (choice.title) draft.meta.title = withoutColumnTag(choice.title);
  for (const i of choice.copies) draft.removed.set(i, 'title');
  readFilingTable(draft, header);
  markAboveTitle(draft, header, choice);

  const titlePosition = choice.index === undefined ? subjectLine(draft, nonBlank) : nonBlank.indexOf(choice.index);
  const windowStart = titlePosition + 1;
  readHeaderWindow(draft, nonBlank.slice(windowStart, windowStart + limits.metaWindowLines));
  readEditorLines(draft, nonBlank);
  readTrailer(draft, nonBlank);
  readDatelineReporters(draft, nonBlank);
  readDatelineAgency(draft, nonBlank);

  const date = draft.published ?? draft.updated ?? draft.cover;
  if (date) draft.meta.date = date;
  return { doc: rebuild(doc, draft), meta: draft.meta };
}

// ------------------------------------------------------------------ title

function textAt(draft: Draft, i: number): string {
  return draft.lines[i]?.text.trim() ?? '';
}

/**
 * Title, in order of trust: a header line matching the page-title hint; the title-like line right above
 * the date/source lines (the news-page layout); the hint alone; a first short line followed by body text.
 */
function chooseTitle(draft: Draft, header: number[], hint: string | undefined): TitleChoice {
  const copies: number[] = [];
  const cleanHint = hint?.trim();
  if (cleanHint) {
    for (const i of header) {
      const match = compareWithHint(textAt(draft, i), cleanHint, draft.limits);
      if (match === 'page-title') copies.push(i);
      else if (match) return { index: i, title: match === 'line' ? textAt(draft, i) : cleanHint.replace(/(?:\.{3,}|…+)$/u, ''), copies, anchored: true };
    }
  }
  const anchored = titleAboveMetadata(draft, header);
  if (anchored !== undefined) return { index: anchored, title: textAt(draft, anchored), copies, anchored: true };
  if (cleanHint) return { title: cleanHint, copies };
  const leading = leadingTitle(draft, header);
  if (leading !== undefined) return { index: leading, title: textAt(draft, leading), copies };
  return { copies };
}

/** A title printed over two lines: the line after the title line (or before it) that finishes it joins it. */
function joinBrokenTitle(draft: Draft, nonBlank: number[], choice: TitleChoice, gone: readonly number[]): void {
  if (choice.index === undefined || !choice.title) return;
  const p = nonBlank.indexOf(choice.index);
  const join = (a: string, b: string) => (/[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b);
  // The two lines of one title stand together: a line removed between them (a menu's `:::`, a breadcrumb)
  // makes the first a channel label (`重要政策` above `普及偏鄉數位應用計畫`).
  const together = (a: number, b: number) => !gone.some((no) => no > draft.lines[a]!.no && no < draft.lines[b]!.no);
  const next = nonBlank[p + 1];
  if (next !== undefined && !draft.removed.has(next) && together(choice.index, next) && continuesTitle(choice.title, textAt(draft, next), draft.limits)) {
    choice.title = join(choice.title, textAt(draft, next));
    draft.removed.set(next, 'title');
    return;
  }
  const previous = nonBlank[p - 1];
  const before = previous === undefined ? '' : textAt(draft, previous);
  if (previous !== undefined && !draft.removed.has(previous) && together(previous, choice.index) && isTitleLike(before, draft.limits) && continuesTitle(before, choice.title, draft.limits)) {
    choice.title = join(before, choice.title);
    draft.removed.set(previous, 'title');
  }
}

/** A wire story's dateline with its headline (`新华社北京11月8日电 题：共同携手，让互联网发展成果更好造福全人类`). */
const WIRE_TITLE = /^\s*(\p{Script=Han}{2,6}?社)?\p{Script=Han}{0,8}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電)\s*(?:题|題)\s*[:：]\s*(\S.{3,}?)\s*$/u;

/** The value of a `标题：` field in the header (a government site's filing table names the document). */
function labelledTitle(draft: Draft, header: number[]): TitleChoice | undefined {
  for (const i of header) {
    const text = textAt(draft, i);
    if (!/[题題称稱]/u.test(text)) continue; // 标题 / 標題 / 法规名称: most lines have none of these
    const wire = WIRE_TITLE.exec(text);
    if (wire) {
      if (wire[1]) setOnce(draft.meta, 'source', wire[1]);
      return { index: i, title: wire[2]!, copies: [] };
    }
    const line = parseMetaLine(text, draft.limits);
    const field = line?.fields.find((f) => f.kind === 'title' && f.value !== '');
    if (!line || !field) continue;
    // The line is the title alone, or one row of the table (read with the rest of the table).
    return { index: line.fields.length === 1 && !line.leadingDate ? i : undefined, title: field.value, copies: [] };
  }
  return undefined;
}

/**
 * A filing table (索引号 / 发文机关 / 成文日期 / 标题 / 发文字号 / 发布日期, one or two fields a row), as
 * government sites print above a document: the labelled rows from the first to the last row holding a
 * table-only field (标题, 文号, 索引号, 主题分类), and the labelled rows touching them.
 */
function readFilingTable(draft: Draft, header: number[]): void {
  const lines = header.map((i) => parseMetaLine(textAt(draft, i), draft.limits));
  const tableOnly = (k: number) => lines[k]?.fields.some((f) => f.kind === 'title' || f.kind === 'info' || f.kind === 'number') === true;
  const row = (k: number) => lines[k] !== undefined && isUsable(lines[k], draft.limits);
  let from = lines.findIndex((_, k) => tableOnly(k));
  if (from < 0) return;
  let to = lines.findLastIndex((_, k) => tableOnly(k));
  while (from > 0 && row(from - 1)) from--;
  while (to + 1 < header.length && row(to + 1)) to++;
  for (let k = from; k <= to; k++) {
    const i = header[k]!;
    if (!draft.removed.has(i) && row(k)) takeMetaLine(draft, lines[k]!, i);
  }
}

/** A date line or labelled metadata line that marks the header block under a title. */
function isMetadataAnchor(draft: Draft, i: number): boolean {
  const text = textAt(draft, i);
  const date = bareDateLine(text, draft.limits);
  if (date) return !date.weekday;
  const line = parseMetaLine(text, draft.limits);
  // A page address (`本页网址：…`) is printed anywhere, not under the headline: no anchor.
  if (line !== undefined) return !isAddressLine(line) && (isUsable(line, draft.limits) || isDanglingLabel(line));
  return (
    datedByline(text, draft.limits) !== undefined ||
    reporterLine(text) !== undefined ||
    datedReporterLine(text, draft.limits) !== undefined ||
    datelineOnly(text) !== undefined ||
    markedByline(text) !== undefined ||
    titledPerson(text) !== undefined ||
    datedChannels(draft, text) !== undefined
  );
}

/** A date, then the channels the story is filed under (`2024年5月29日 時事脈搏 港聞`): one of them a known channel. */
function datedChannels(draft: Draft, text: string): ReturnType<typeof bareDateLine> {
  // (Most lines name no channel: that test spares them the date patterns.)
  if (!text.split(/\s+/u).some((c) => CHANNEL_NAMES.has(c))) return undefined;
  const date = findDate(text, draft.limits);
  if (!date || date.start !== 0 || date.weekday) return undefined;
  const channels = text.slice(date.end).trim().split(/\s+/u);
  const named = channels.length <= 3 && channels.every((c) => /^\p{Script=Han}{2,6}$/u.test(c)) && channels.some((c) => CHANNEL_NAMES.has(c));
  return named ? date : undefined;
}

/**
 * No title: a bulletin board's subject is a sentence (`轉知:為因應…,請查照。`) with the poster and the date
 * under it; its position (0) when a dated line follows within a few lines, so that the header window reads
 * it. -1 otherwise: a labelled line without a date under a first paragraph is the text's own (a chart's
 * `資料來源：…`).
 */
function subjectLine(draft: Draft, nonBlank: number[]): number {
  const first = nonBlank[0];
  if (first === undefined || !isBodyLike(textAt(draft, first), draft.limits)) return -1;
  return nonBlank.slice(1, 1 + draft.limits.subjectAnchorLines).some((i) => isMetadataAnchor(draft, i) && isDatedAnchor(draft, i)) ? 0 : -1;
}

/** A date line, or a labelled line that holds a date. */
function isDatedAnchor(draft: Draft, i: number): boolean {
  const text = textAt(draft, i);
  if (bareDateLine(text, draft.limits)) return true;
  const line = parseMetaLine(text, draft.limits);
  return line !== undefined && (line.leadingDate !== undefined || line.fields.some((f) => f.kind === 'date' || f.kind === 'updated'));
}

/** A labelled line holding only the page's address (`本页网址：https://…`). */
function isAddressLine(line: MetaLine): boolean {
  return line.fields.length > 0 && line.fields.every((f) => f.kind === 'url');
}

/** A publishing system's default account, which names no author (`admin`). */
const SITE_ACCOUNT = /^\s*[•·]?\s*(?:admin|administrator|root|editor|webmaster|guest|user|system)\s*$/iu;

/** Authors and their outlet in a row without labels (`张茜茜 涂群 交大评论`): short Han names only. */
const NAME_ROW = /^\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,6}){1,4}$/u;

/** A site's user name in Latin letters under the headline, alone on its line (`• honlamchunsing`). */
const USER_NAME = /^\s*[•·]?\s*[a-z][a-z0-9_.-]{2,24}\s*$/u;

/** Marks a blog prints before its author's name (`原创` / `作者头像` / `算法大模型-丁香` / date). */
const AUTHOR_MARK = /^(?:原创|原創|作者头像|作者頭像|头像|頭像|user avatar|avatar)$/iu;

/** News layout: title, optional byline or agency / parenthesised subtitle, then the date or `来源:` line. */
function titleAboveMetadata(draft: Draft, header: number[]): number | undefined {
  if (header.length < 2 || !startsText(draft, header[0]!)) return headlineAboveAnchor(draft, header);
  // Past one paragraph above the headline: a summary or a site's blurb may stand first. (A bulletin's subject
  // sentence has its board's category path there instead, `一般公告 / 張貼者 資訊組長`: no headline.)
  const title = headlineAboveAnchor(draft, header.slice(1));
  return title !== undefined && !CATEGORY_PATH.test(textAt(draft, title)) ? title : undefined;
}

/** Items separated by a spaced slash or bar (`一般公告 / 張貼者 資訊組長`): a path, not a headline. */
const CATEGORY_PATH = /\s[/／|｜]\s/u;

/** The first of `lines` is a paragraph and the next a labelled line with a date (`来源:中国日报网 2023-01-13 10:20`): a
 *  summary under the headline. (A bare date under a first paragraph is the text's own.) */
function summaryBeforeFields(draft: Draft, lines: readonly number[]): boolean {
  const [summary, next] = lines;
  return summary !== undefined && next !== undefined && isBodyLike(textAt(draft, summary), draft.limits) && isFieldLine(draft, next) && isDatedAnchor(draft, next);
}

/** Running text that no headline could be: where the header ends. */
function startsText(draft: Draft, i: number): boolean {
  return isBodyLike(textAt(draft, i), draft.limits) && !isTitleLike(textAt(draft, i), draft.limits);
}

function headlineAboveAnchor(draft: Draft, header: number[]): number | undefined {
  // Only the header counts: a date under the signature of a short text is no header anchor.
  const bodyStart = header.findIndex((i) => startsText(draft, i));
  const anchor = header.slice(0, bodyStart < 0 ? header.length : bodyStart).findIndex((i) => isMetadataAnchor(draft, i));
  // A portal's layout: the headline, its summary paragraph, then the source and date lines.
  if (anchor < 0 && bodyStart === 1 && summaryBeforeFields(draft, header.slice(1))) return isTitleLike(textAt(draft, header[0]!), draft.limits) ? header[0] : undefined;
  for (let p = anchor - 1; p >= 0; p--) {
    const text = textAt(draft, header[p] ?? -1);
    const earlier = header[p - 1];
    const earlierTitle = earlier !== undefined && isTitleLike(textAt(draft, earlier), draft.limits);
    // Between the title and the date: a byline, an issuing body (a report's cover), a bracketed subtitle, the
    // English version of a Chinese title (bilingual statements print both), a journal's DOI line, or a photo's caption.
    const skippable =
      ((isCreditLike(text, draft.limits) || CHANNEL_NAMES.has(text.trim()) || isSignatureLike(text, draft.limits) || LATIN_FIELD.test(text) || PHOTO_CAPTION.test(text)) && earlierTitle) ||
      (earlierTitle && !/\p{Script=Han}/u.test(text) && /\p{Script=Han}/u.test(textAt(draft, earlier!))) ||
      /^[（(]/u.test(text) ||
      // A blog's author block: the avatar's alt text or an originality tag, then the account's name.
      AUTHOR_MARK.test(text) ||
      ((USER_NAME.test(text) || NAME_ROW.test(text)) && earlierTitle) ||
      (earlier !== undefined && AUTHOR_MARK.test(textAt(draft, earlier)));
    if (skippable) continue;
    if (p === anchor - 1 && ((!earlierTitle && isSignatureLike(text, draft.limits)) || !isTitleLike(text, draft.limits))) {
      // A government site's banner above the date, the headline under it (`政府資訊科技總監辦公室` / `24-01-2024` /
      // `立法會十八題：…` / text); or a line no headline could be (a price board's quote row).
      const below = headlineUnderDate(draft, header, anchor);
      if (below !== undefined) return below;
    }
    return isTitleLike(text, draft.limits) ? header[p] : undefined;
  }
  return undefined;
}

/** The line under the date at `anchor` when it is a headline with running text right under it; the date
 *  then dates the page (it is no clock: it has the headline under it). */
function headlineUnderDate(draft: Draft, header: number[], anchor: number): number | undefined {
  const [dateLine, title, next] = [header[anchor]!, header[anchor + 1], header[anchor + 2]];
  const date = bareDateLine(textAt(draft, dateLine), draft.limits) ?? datedChannels(draft, textAt(draft, dateLine));
  if (title === undefined || next === undefined || !date || date.weekday) return undefined;
  // (The text under it may print ASCII commas between Han clauses, which a headline may too: only here, under a
  // date and a headline, does such a line count as the text's first.)
  const opensText = isBodyLike(textAt(draft, next), draft.limits) || /,(?=\p{Script=Han})/u.test(textAt(draft, next));
  if (!isTitleLike(textAt(draft, title), draft.limits) || !opensText) return undefined;
  draft.published ??= date.iso;
  draft.removed.set(dateLine, 'date');
  return title;
}

/** No hint and no date: a short first line followed by body text (maybe after a `（…）` subtitle, the
 *  issuing number or the authors) is the headline. */
function leadingTitle(draft: Draft, header: number[]): number | undefined {
  // Dates and labelled fields may come first (`發布日期：…` / `發布單位：…` above the headline, as Taiwan
  // government pages print them).
  // …and so may a channel's name (`政治` above the headline).
  const start = header.findIndex(
    (i) => !draft.removed.has(i) && !bareDateLine(textAt(draft, i), draft.limits) && !isFieldLine(draft, i) && !CHANNEL_NAMES.has(textAt(draft, i)),
  );
  const first = header[start];
  // A parenthesised subtitle, the document's issuing number or a paper's authors may stand between the
  // headline and the text.
  // …and so may a speech's occasion under its title (`——在2024年世界互联网大会开幕式上的致辞`).
  // …and so may the second line of a title printed over two lines.
  const between = (text: string) =>
    /^[（(]|^(?:——|－－|--)/u.test(text) ||
    DOC_NUMBER_LINE.test(text) ||
    paperAuthors(text) !== undefined ||
    (first !== undefined && continuesTitle(textAt(draft, first), text, draft.limits));
  const next = header.slice(start + 1).find((i) => !between(textAt(draft, i)));
  // A cover page: the title above its date in brackets (`（2022年11月）`), as white papers print.
  if (first !== undefined && isTitleLike(textAt(draft, first), draft.limits) && coverDate(draft, header[start + 1])) return first;
  if (first === undefined || next === undefined) return undefined;
  // The text opens with a paragraph, or with a salutation (`大会，` under a resolution's title).
  const opensText = isBodyLike(textAt(draft, next), draft.limits) || endsInClause(textAt(draft, next));
  if (!isTitleLike(textAt(draft, first), draft.limits) || !opensText) return undefined;
  return first;
}

const PAGE_ADDRESS = /^https?:\/\/\S+$/u;

/** A blog template's author block above the headline: the portrait's alt text, then the name (`Writer's pictureMarco Lam`). */
const WRITER_PICTURE = /^\s*[•·]?\s*Writer['’]s picture\s*(\S.{0,40})$/iu;

function readWriterPicture(draft: Draft, header: number[]): void {
  for (const i of header) {
    const name = WRITER_PICTURE.exec(textAt(draft, i))?.[1];
    if (name === undefined) continue;
    setOnce(draft.meta, 'author', name.trim());
    draft.removed.set(i, 'author');
  }
}

/** A labelled metadata line other than a title (`發布日期：113-03-12`, `来源：新华网`). */
function isFieldLine(draft: Draft, i: number): boolean {
  const line = parseMetaLine(textAt(draft, i), draft.limits);
  return line !== undefined && isUsable(line, draft.limits) && !line.fields.some((f) => f.kind === 'title');
}

/** Above the title: a date line is the scrape clock of the page header, a title copy is a repeat, a site
 *  banner or channel label is page chrome, a bare URL is the page's address. */
function markAboveTitle(draft: Draft, header: number[], choice: TitleChoice): void {
  const titleKey = choice.title ? normalizeTitle(choice.title) : undefined;
  for (const [k, i] of header.entries()) {
    if (i === choice.index) break;
    if (choice.index === undefined && !bareDateLine(textAt(draft, i), draft.limits)?.weekday) break;
    if (draft.removed.has(i)) continue;
    const date = bareDateLine(textAt(draft, i), draft.limits);
    // The date printed next to the fields above the headline (`2022 11/07 10:05:17` / `来源:新华网`) is the article's;
    // a date alone up there is the page header's clock.
    const besideFields = [header[k - 1], header[k + 1]].some((j) => j !== undefined && j !== choice.index && isFieldLine(draft, j));
    if (date && !date.weekday && besideFields) {
      draft.published ??= date.iso;
      draft.removed.set(i, 'date');
    } else if (date) draft.removed.set(i, 'scrape-date');
    // …or a copy of it with the site's name (`…保安局稱非針對個人 - RTHK`, the page title printed above).
    else if ((titleKey && normalizeTitle(textAt(draft, i)) === titleKey) || (choice.index !== undefined && isTitleCopy(draft, textAt(draft, i)))) draft.removed.set(i, 'title');
    else if (choice.index !== undefined && (isSiteBanner(textAt(draft, i), draft.limits) || CHANNEL_NAMES.has(textAt(draft, i)))) draft.removed.set(i, 'nav');
    else if (PAGE_ADDRESS.test(textAt(draft, i))) {
      // The address a page was saved from, printed above it (print views, save-as-text tools).
      setOnce(draft.meta, 'url', textAt(draft, i));
      draft.removed.set(i, 'url');
    } else {
      // The page's address, or the fields printed above the headline.
      const line = parseMetaLine(textAt(draft, i), draft.limits);
      if (line && isUsable(line, draft.limits) && (isAddressLine(line) || isFieldLine(draft, i))) takeMetaLine(draft, line, i);
      // Above a pinned headline, a short line that is no text of its own is the page's (an app bar, a logo's
      // name, a stock ticker, a list of hot topics).
      else if (choice.anchored && !isBodyLike(textAt(draft, i), draft.limits)) draft.removed.set(i, 'nav');
    }
  }
}

// ------------------------------------------------------------------ header window

function isTitleCopy(draft: Draft, text: string): boolean {
  const title = draft.meta.title;
  if (!title) return false;
  return normalizeTitle(text) === normalizeTitle(title) || compareWithHint(text, title, draft.limits) === 'page-title';
}

/** Lines under the title until the body starts: title repeats, byline, date, labelled fields; subtitles stay. */
function readHeaderWindow(draft: Draft, window: number[]): void {
  for (let w = 0; w < window.length; w++) {
    const i = window[w] ?? -1;
    const text = textAt(draft, i);
    // A photo's caption under the headline stays in the text; the date may come after it. So does a summary.
    if (PHOTO_CAPTION.test(text) || (w === 0 && summaryBeforeFields(draft, window))) continue;
    if (isBodyLike(text, draft.limits)) return;
    if (draft.removed.has(i)) continue;
    if (isTitleCopy(draft, text)) {
      draft.removed.set(i, 'title');
      continue;
    }
    const date = bareDateLine(text, draft.limits);
    if (date) {
      draft.published ??= date.iso;
      draft.removed.set(i, 'date');
      continue;
    }
    // A cover page's date and issuing body stay in the text (they are the document's own cover); the date
    // only counts when the page states no other.
    const cover = coverDate(draft, i);
    if (cover) {
      draft.cover ??= cover.iso;
      const issuer = issuerLines(draft, window.slice(w + 1));
      if (issuer) setOnce(draft.meta, 'source', issuer.name);
      w += issuer?.lines.length ?? 0;
      continue;
    }
    const byline = datedByline(text, draft.limits);
    if (byline) {
      takeByline(draft, byline, i);
      continue;
    }
    const titled = titledPerson(text);
    const marked = markedByline(text) ?? (titled ? [titled] : undefined);
    if (marked) {
      setOnce(draft.meta, 'author', marked.join('、'));
      draft.removed.set(i, 'byline');
      continue;
    }
    const agency = datelineOnly(text);
    if (agency) {
      setOnce(draft.meta, 'source', agency);
      draft.removed.set(i, 'byline');
      continue;
    }
    const dated = datedReporterLine(text, draft.limits);
    if (dated) draft.published ??= dated.date;
    const reporter = dated ?? reporterLine(text);
    if (reporter) {
      takeReporter(draft, reporter, i);
      continue;
    }
    const authors = paperAuthors(text);
    if (authors) {
      setOnce(draft.meta, 'author', authors.join('、'));
      draft.removed.set(i, 'author');
      continue;
    }
    const line = parseMetaLine(text, draft.limits);
    if (line && isDanglingLabel(line)) {
      if (joinDanglingLabel(draft, line, i, window[w + 1])) w++;
      else draft.removed.set(i, 'empty-field');
      continue;
    }
    if (line && isUsable(line, draft.limits)) {
      takeMetaLine(draft, line, i);
      continue;
    }
    // The issuing number under an official document's title names the document; it stays in the text.
    if (DOC_NUMBER_LINE.test(text)) {
      setOnce(draft.meta, 'number', text);
      continue;
    }
    if (CHANNEL_NAMES.has(text.trim())) {
      if (window.slice(w + 1).some((j) => isMetadataAnchor(draft, j))) draft.removed.set(i, 'nav');
      continue;
    }
    // A user name right above the date is the poster's byline.
    if (USER_NAME.test(text) && !SITE_ACCOUNT.test(text) && window[w + 1] !== undefined && isDatedAnchor(draft, window[w + 1]!)) {
      setOnce(draft.meta, 'author', text.replace(/^\s*[•·]?\s*/u, ''));
      draft.removed.set(i, 'author');
      continue;
    }
    readCreditLine(draft, window, w);
  }
}

/**
 * A credit line: a bare personal name (byline) or agency name between the title and the date / source line,
 * or an agency name right under a bare date line (`2023-05-12 18:45` / `新聞局`, as Macau's government
 * prints; under a labelled `發佈時間:` line a short line is the text's own heading).
 */
/** The author's name in brackets right under a commentary's headline (`（宋燕）`); a document's state in brackets
 *  (`（草案）`, `（全文）`) is a subtitle. */
const BRACKETED_NAME = /^[（(]\s*(\p{Script=Han}{2,4})\s*[）)]$/u;
const DOCUMENT_STATES = new Set(['草案', '全文', '摘要', '试行', '試行', '修订', '修訂', '节选', '節選', '续完', '續完', '待续', '待續', '附件', '原文', '译文', '譯文', '征求意见稿', '徵求意見稿', '送审稿', '送審稿', '修正', '暂行', '暫行', '公告', '通知']);

function readCreditLine(draft: Draft, window: number[], w: number): void {
  const i = window[w]!;
  const text = textAt(draft, i);
  const bracketed = BRACKETED_NAME.exec(text)?.[1];
  if (w === 0 && bracketed && isCreditLike(bracketed, draft.limits) && !DOCUMENT_STATES.has(bracketed) && draft.titleIndex !== undefined) {
    setOnce(draft.meta, 'author', bracketed);
    draft.removed.set(i, 'author');
    return;
  }
  const agency = isAgencyLike(text, draft.limits) || isSignatureLike(text, draft.limits);
  if (!agency && !isCreditLike(text, draft.limits)) return;
  const previous = window[w - 1];
  const underDate =
    agency && previous !== undefined && draft.removed.get(previous) === 'date' && bareDateLine(textAt(draft, previous), draft.limits) !== undefined;
  if (underDate || window.slice(w + 1).some((j) => isMetadataAnchor(draft, j))) {
    setOnce(draft.meta, agency ? 'source' : 'author', text);
    draft.removed.set(i, agency ? 'source' : 'author');
  }
}

/** A date in brackets on a line of its own (`（2022年11月）` under a white paper's title). */
function coverDate(draft: Draft, i: number | undefined): ReturnType<typeof bareDateLine> {
  if (i === undefined) return undefined;
  const text = textAt(draft, i);
  return /^[（(].*[）)]$/u.test(text) ? bareDateLine(unwrapBrackets(text), draft.limits) : undefined;
}

/** The issuing body under a date, on one to three short lines (`中华人民共和国` / `国务院新闻办公室`): its name and lines. */
function issuerLines(draft: Draft, after: number[]): { name: string; lines: number[] } | undefined {
  let name = '';
  for (let k = 0; k < Math.min(after.length, draft.limits.issuerMaxLines); k++) {
    const text = textAt(draft, after[k]!);
    if (!/^\p{Script=Han}+$/u.test(text) || draft.removed.has(after[k]!)) return undefined;
    name += text;
    if (isSignatureLike(name, draft.limits)) return { name, lines: after.slice(0, k + 1) };
  }
  return undefined;
}

/** An unlabelled byline: the date, then a person and the outlet (a lone name: a person when it reads as one). */
/** The section names sites print before a date (`news 2026/3/20`, `国资政策文件 2022-07-07`): a channel's slug, or
 *  a name ending in what a channel lists (documents, policies, news), which no outlet or person is called. */
const CHANNEL_SLUG = /^(?:news|blogs?|articles?|posts?|home|index|detail|info)$|(?:文件|政策|动态|動態|资讯|資訊|公告|专题|專題|要闻|要聞|栏目|欄目)$/iu;

/** A reporter's byline: its names are the authors, its outlet the source; the line goes. */
function takeReporter(draft: Draft, reporter: { names: string[]; outlet?: string }, i: number): void {
  if (reporter.names.length > 0) setOnce(draft.meta, 'author', reporter.names.join('、'));
  setOnce(draft.meta, 'source', reporter.outlet);
  draft.removed.set(i, 'byline');
}

function takeByline(draft: Draft, byline: DatedByline, i: number): void {
  draft.published ??= byline.date;
  if (byline.outlet !== undefined && !CHANNEL_SLUG.test(byline.outlet)) setOnce(draft.meta, 'source', byline.outlet);
  if (byline.authors) setOnce(draft.meta, 'author', byline.authors.join('、'));
  // The place of a reporter's byline (`鉅亨網記者黃皓宸 台北 2025-10-22 20:03`) is no outlet, nor is a channel's
  // slug (`news 2026/3/20 15:21:02`).
  const names = byline.names.filter((n, k) => (k === 0 || !DATELINE_CITIES.includes(n)) && !CHANNEL_SLUG.test(n));
  const [first, ...others] = names;
  const reporter = first === undefined ? undefined : reporterLine(first);
  if (reporter && reporter.names.length > 0) {
    takeReporter(draft, reporter, i);
    return;
  }
  const outlet = others.at(-1);
  if (outlet !== undefined) {
    setOnce(draft.meta, 'author', knownValue(first ?? ''));
    setOnce(draft.meta, 'source', knownValue(outlet));
  } else if (first !== undefined) {
    const person = isCreditLike(first, draft.limits) && !isAgencyLike(first, draft.limits);
    setOnce(draft.meta, person ? 'author' : 'source', knownValue(first));
  }
  draft.removed.set(i, 'byline');
}

/** `来源:` alone with the value on the next line (`新华社`): read both as one field and remove both. */
function joinDanglingLabel(draft: Draft, line: MetaLine, i: number, next: number | undefined): boolean {
  const field = line.fields[0];
  const value = next === undefined ? '' : textAt(draft, next);
  const joinable =
    field !== undefined &&
    fieldCode({ ...field, value }, draft.limits) !== undefined &&
    value.length <= draft.limits.maxFieldValueChars &&
    !SENTENCE_PUNCTUATION.test(value) &&
    parseMetaLine(value, draft.limits) === undefined &&
    !bareDateLine(value, draft.limits);
  if (!joinable || next === undefined || field === undefined) return false;
  const code = applyFields(draft, { fields: [{ ...field, value }] });
  draft.removed.set(i, code);
  draft.removed.set(next, code);
  return true;
}

// ------------------------------------------------------------------ editor lines and trailer

/** `责任编辑:王安` lines are metadata wherever they stand (usually at the end). */
function readEditorLines(draft: Draft, nonBlank: number[]): void {
  for (const i of nonBlank) {
    if (draft.removed.has(i)) continue;
    const line = parseMetaLine(textAt(draft, i), draft.limits);
    if (line && isUsable(line, draft.limits) && line.fields.some((f) => EDITOR_ONLY_LABELS.has(f.label))) {
      takeMetaLine(draft, line, i);
    }
  }
}

/** The first paragraphs of the text (below the headline): where a dateline names the agency and reporters. */
function openingParagraphs(draft: Draft, nonBlank: number[]): number[] {
  const after = draft.titleIndex === undefined ? nonBlank : nonBlank.filter((i) => i > draft.titleIndex!);
  const { datelineParagraphs, datelineShortLines } = draft.limits;
  const open: number[] = [];
  let paragraphs = 0;
  // Short lines in between do not count (a headline and its subtitle the stage did not take, a caption).
  for (const i of after) {
    if (draft.removed.has(i)) continue;
    open.push(i);
    if (isBodyLike(textAt(draft, i), draft.limits)) paragraphs++;
    if (paragraphs >= datelineParagraphs || open.length >= datelineParagraphs + datelineShortLines) break;
  }
  return open;
}

/** No author in the header: the reporters named in the first paragraph's dateline are the authors (the text
 *  keeps them); a desk tag that names them names the source too. */
function readDatelineReporters(draft: Draft, nonBlank: number[]): void {
  if (draft.meta.author !== undefined) return;
  for (const i of openingParagraphs(draft, nonBlank)) {
    const found = datelineReporters(textAt(draft, i));
    if (found) {
      draft.meta.author = found.names.join('、');
      setOnce(draft.meta, 'source', found.desk);
      return;
    }
  }
}

/** No source in the header: the agency of the first paragraph's dateline is the source (the text keeps it); the
 *  first paragraph, or the second under a caption or a bilingual page's English title. */
function readDatelineAgency(draft: Draft, nonBlank: number[]): void {
  if (draft.meta.source !== undefined) return;
  for (const i of openingParagraphs(draft, nonBlank)) {
    const found = datelineAgency(textAt(draft, i));
    if (found) {
      if (found.agency) draft.meta.source = found.agency;
      return;
    }
  }
}

/** The last lines: labelled `（来源：…）`/`作者：…` lines, empty labels, and a `（作者：…）` closing a paragraph. */
/** Role words a reporters' credit lists between the names (`本報記者 王小明 通訊員 李大華 報導`). */
const REPORTER_ROLES = /^(?:通讯员|通訊員|实习生|實習生|摄影|攝影|报道|報導|报导|報道)$/u;

function readTrailer(draft: Draft, nonBlank: number[]): void {
  const tail = nonBlank.filter((i) => !draft.removed.has(i)).slice(-draft.limits.trailerZoneLines);
  for (let t = 0; t < tail.length; t++) {
    const i = tail[t] ?? -1;
    const line = parseMetaLine(textAt(draft, i), draft.limits);
    // A reporter's credit closing the text (`(总台央视记者 张岗)`).
    const reporter = line ? undefined : reporterLine(textAt(draft, i));
    const names = reporter?.names.filter((n) => !REPORTER_ROLES.test(n)) ?? [];
    if (reporter && names.length > 0) {
      takeReporter(draft, { ...reporter, names }, i);
      continue;
    }
    if (!line) continue;
    if (isDanglingLabel(line)) {
      if (joinDanglingLabel(draft, line, i, tail[t + 1])) t++;
      else draft.removed.set(i, 'empty-field');
    } else if (isUsable(line, draft.limits) && !isEventTime(line, draft.limits) && !isContactRow(line, draft.limits)) {
      takeMetaLine(draft, line, i);
    }
  }
  readTrailingDate(draft, nonBlank);
  const last = nonBlank.findLast((i) => !draft.removed.has(i));
  if (last === undefined) return;
  const trailer = trailingAuthor(draft.lines[last]?.text ?? '', draft.limits);
  if (!trailer) return;
  setOnce(draft.meta, 'author', trailer.author);
  if (trailer.start > 0) draft.cut.set(last, { at: trailer.start, code: 'author' });
  else draft.removed.set(last, 'author');
}

/**
 * No date in the header: a date line below the last paragraph dates the document (a release stamp under
 * `完`, or the date under the signature of an official document). The signature's date is part of the
 * text and stays; a stamp after an end mark or with a weekday is page furniture and is taken out.
 */
function readTrailingDate(draft: Draft, nonBlank: number[]): void {
  if (draft.published !== undefined) return;
  const open = nonBlank.filter((i) => !draft.removed.has(i));
  const tail = open.slice(-draft.limits.trailerZoneLines);
  for (let t = tail.length - 1; t >= 0; t--) {
    const text = textAt(draft, tail[t]!);
    if (isBodyLike(text, draft.limits)) break; // only below the last paragraph: a date inside the text is content
    const date = bareDateLine(text, draft.limits);
    if (!date) continue;
    draft.published = date.iso;
    const previous = tail[t - 1];
    const stamp = date.weekday || (previous !== undefined && END_MARK.test(textAt(draft, previous)));
    if (stamp) draft.removed.set(tail[t]!, 'date');
    return;
  }
  readSignatureDate(draft, open);
}

/**
 * An official document signed and dated above an attachment (`国务院办公厅` / `2023年5月10日`, then the plan
 * it issues): the first date line right under an agency's name dates the document. It stays in the text.
 */
function readSignatureDate(draft: Draft, open: number[]): void {
  for (let k = 1; k < open.length; k++) {
    const date = bareDateLine(textAt(draft, open[k]!), draft.limits);
    if (date && !date.weekday && isSignatureLike(textAt(draft, open[k - 1]!), draft.limits)) {
      draft.published = date.iso;
      return;
    }
  }
}

/** A trailer line of page-info fields only (`联系人：张三　电话：…` closing a notice): part of the text. */
function isContactRow(line: MetaLine, limits: Limits): boolean {
  const usable = line.fields.filter((f) => fieldCode(f, limits) !== undefined);
  return usable.length > 0 && usable.every((f) => f.kind === 'info');
}

/** Generic `时间：`/`日期：` labels at the end of a text give an event's time (`时间：2022年3月1日 地点：北京`). */
const GENERIC_DATE_LABELS = new Set(['时间', '時間', '日期']);

/** A trailer line whose only usable field is a generic date label: content, not the publication date. */
function isEventTime(line: MetaLine, limits: Limits): boolean {
  const usable = line.fields.filter((f) => fieldCode(f, limits) !== undefined);
  return usable.length > 0 && usable.every((f) => GENERIC_DATE_LABELS.has(f.label));
}

// ------------------------------------------------------------------ fields

/** At least one field says something: a parsable date, a name (even 佚名), or a URL. */
function isUsable(line: MetaLine, limits: Limits): boolean {
  if (line.leadingDate) return true;
  return line.fields.some((f) => fieldCode(f, limits) !== undefined);
}

/** The removal code a field stands for, or undefined when its value is empty, a sentence or unparsable. */
function fieldCode(field: Field, limits: Limits): string | undefined {
  const value = field.value;
  if (field.kind === 'date' || field.kind === 'updated') return parseDateValue(value, limits) ? 'date' : undefined;
  if (field.kind === 'url') return /^https?:\/\/\S+$/u.test(value) ? 'url' : undefined;
  if (value === '' || SENTENCE_PUNCTUATION.test(value)) return undefined;
  return field.kind === 'info' ? 'page-info' : field.kind;
}

/** Set a metadata field unless it is already known; unknown values (佚名) leave it absent, not `undefined`. */
function setOnce(meta: DocMetadata, key: 'source' | 'author' | 'editor' | 'number' | 'url', value: string | undefined): void {
  if (value !== undefined && meta[key] === undefined) meta[key] = value;
}

const SETTERS: Record<FieldKind, (draft: Draft, value: string) => void> = {
  date: (draft, value) => (draft.published ??= parseDateValue(value, draft.limits)),
  updated: (draft, value) => (draft.updated ??= parseDateValue(value, draft.limits)),
  source: (draft, value) => setOnce(draft.meta, 'source', knownValue(value)),
  author: (draft, value) => setOnce(draft.meta, 'author', knownValue(personName(value))),
  editor: (draft, value) => setOnce(draft.meta, 'editor', knownValue(personName(value))),
  number: (draft, value) => setOnce(draft.meta, 'number', knownValue(value)),
  // The title was read before the fields (labelledTitle); an info field describes the page, not the text.
  title: () => undefined,
  info: () => undefined,
  url: (draft, value) => setOnce(draft.meta, 'url', value),
};

/** Record every usable field of the line (first value wins) and return the code of the first one. */
function applyFields(draft: Draft, line: MetaLine): string {
  if (line.leadingDate) draft.published ??= line.leadingDate;
  let code: string | undefined = line.leadingDate ? 'date' : undefined;
  for (const field of line.fields) {
    const fieldCodeValue = fieldCode(field, draft.limits);
    if (fieldCodeValue === undefined) continue;
    SETTERS[field.kind](draft, field.value);
    code ??= fieldCodeValue;
  }
  return code ?? 'metadata';
}

function takeMetaLine(draft: Draft, line: MetaLine, i: number): void {
  draft.removed.set(i, applyFields(draft, line));
}

// ------------------------------------------------------------------ output

function rebuild(doc: WorkingDoc, draft: Draft): WorkingDoc {
  const lines: Line[] = [];
  const removals: Removal[] = [];
  doc.lines.forEach((line, i) => {
    const code = draft.removed.get(i);
    const cut = draft.cut.get(i);
    if (code) {
      removals.push({ stage: 'metadata', code, line: line.no, text: line.text });
    } else if (cut) {
      lines.push({ no: line.no, text: line.text.slice(0, cut.at).trimEnd() });
      removals.push({ stage: 'metadata', code: cut.code, line: line.no, text: line.text.slice(cut.at) });
    } else {
      lines.push(line);
    }
  });
  return { ...doc, lines, removed: [...doc.removed, ...removals] };
}
