/**
 * Labelled metadata fields on Chinese web pages, in both scripts:
 * `发布时间:2015-10-09`, `來源:中國網財經`, `作者：佚名`, `责任编辑:王安`, several of them on one line
 * (`• 發佈時間:2014-09-18 20:57:33  來源:中國網財經  作者:佚名  責任編輯:湯婧`), or wrapped in brackets
 * (`（最近更新时间：2024年1月）`, `【责任编辑：张三】`). Pure functions.
 */
import { asciiDigits, findDate } from './metadata-date.ts';
import { siteStrength } from './split-title.ts';
import { METADATA, type MetadataLimits } from './thresholds.ts';

/** `title` and `info` fields are read but not stored as such: the value of a `标题：` field is the title,
 *  an `info` field (索引号, 主题分类: the filing table of a government site) only describes the page. */
export type FieldKind = 'date' | 'updated' | 'source' | 'author' | 'editor' | 'number' | 'url' | 'title' | 'info';

export interface Field {
  kind: FieldKind;
  label: string;
  /** Trimmed value; may be empty (`来源:` with the value on the next line). */
  value: string;
}

/** Label words per field, longest first so `责任编辑` wins over `编辑` and `最近更新时间` over `时间`. */
const LABELS: Array<{ kind: FieldKind; words: string[] }> = [
  { kind: 'updated', words: ['Last updated', 'Updated', '最近更新时间', '最近更新時間', '最后更新时间', '最後更新時間', '更新时间', '更新時間', '更新日期',
    // the version of a law on a law database
    '修正日期', '修订日期', '修訂日期', '更新'] },
  {
    kind: 'date',
    words: [
      '发布时间', '發佈時間', '發布時間', '发布日期', '發佈日期', '發布日期', '发表时间', '發表時間', '发表日期', '發表日期',
      '发文日期', '發文日期', '成文日期', '印发日期', '印發日期', '公布日期', '公佈日期', '颁布日期', '頒布日期', '时间', '時間', '日期', 'Published', 'Date',
      '首发', '首發', '首发时间', '首發時間',
      // school and council bulletin boards, newspapers' web desks
      '张贴日期', '張貼日期', '张贴时间', '張貼時間', '发稿时间', '發稿時間', '刊登日期', '刊出日期', '上稿时间', '上稿時間',
      '公告日期', '公告时间', '公告時間',
    ],
  },
  {
    kind: 'source',
    words: ['本文来源', '本文來源', '文章来源', '文章來源', '信息来源', '資訊來源', '新闻来源', '新聞來源', '稿件来源', '稿件來源', '文献来源', '文獻來源', '资料来源', '資料來源', '发布单位', '發布單位', '发布机关', '發布機關', '发布机构', '發布機構',
      '发文机关', '發文機關', '发稿单位', '發稿單位', '撰稿单位', '撰稿單位', '来源', '來源', 'Source', '稿源', '出处', '出處',
      // reposts name the account or paper they copied from
      '转载自', '轉載自', '转自', '轉自'],
  },
  { kind: 'editor', words: ['责任编辑', '責任編輯', '责编', '責編', '编辑', '編輯'] },
  // `文：` as magazines print the writer's credit (`文: U Magazine`, `文:楊沐萱(…得主)`)
  { kind: 'author', words: ['作者', '撰文', '撰稿', '记者', '記者', 'Author', '文'] },
  { kind: 'number', words: ['发文字号', '發文字號', '发文编号', '發文編號', '文件编号', '文件編號', '文号', '文號'] },
  { kind: 'title', words: ['标题', '標題', '法规名称', '法規名稱'] },
  {
    kind: 'info',
    words: [
      '索引号', '索引號', '新闻稿编号', '新聞稿編號', '主题分类', '主題分類', '主题词', '主題詞', '公文种类', '公文種類', '体裁分类', '體裁分類', '组配分类', '組配分類',
      // press-release contact rows (Taiwan, Hong Kong)
      '新闻联络人', '新聞聯絡人', '新闻联系人', '新聞聯繫人', '联络人', '聯絡人', '联系电话', '聯絡電話', '電話', '电话',
    ],
  },
  { kind: 'url', words: ['原文链接', '原文鏈接', '原文網址', '原文网址', '本页网址', '本頁網址', '本文网址', '本文網址', '本文链接', '本文鏈接', '链接', '鏈接', '网址', '網址'] },
];

const LABEL_KIND = new Map<string, FieldKind>();
for (const group of LABELS) for (const word of group.words) LABEL_KIND.set(word, group.kind);
const LABEL_WORDS = [...LABEL_KIND.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** Filing tables space their labels out to align the colons (`索 引 号：`, `标　　题：`). */
const SPACED = (word: string) => [...word].join('[\\s\\u3000]*');
/** A known label at a field boundary (line start, after a space, bullet, bracket or separator). */
const LABEL_RE = new RegExp(`(?<=^|[\\s•·●◆■▪|｜丨/（(【\\[])(${LABEL_WORDS.map(SPACED).join('|')})\\s*[:：]`, 'gu');

/** Any short `词:` token after a space: an unknown label (`字号:`, `浏览次数:`) ending the previous value. */
const OTHER_LABEL_RE = /\s+[\p{Script=Han}A-Za-z]{1,6}\s*[:：]/u;

/** Values meaning "nobody known" (`作者：佚名`): the field stays undefined rather than naming a fake person. */
const UNKNOWN_VALUES = new Set(['佚名', '匿名', '未知', '不详', '不詳', '无', '無', '暂无', '暫無', '-', '--', '—']);

const OPENERS = '（(【[「';
const CLOSERS = '）)】]」';
/** Bullets, dashes and spaces around a metadata line. */
const BULLETS = /^[\s•·●◆■▪*\-–—]+|\s+$/gu;

/** Strip one pair of enclosing brackets: `（作者：张三）` → `作者：张三`. */
export function unwrapBrackets(text: string): string {
  const trimmed = text.trim();
  const open = OPENERS.indexOf(trimmed.charAt(0));
  if (open >= 0 && trimmed.endsWith(CLOSERS.charAt(open))) return trimmed.slice(1, -1).trim();
  return trimmed;
}

/** Brackets left over from bracketed fields in a row (`【来源：新华网】【发布时间：…】` leaves `新华网】【`). */
const STRAY_OPENERS = /[【\[（(「]+$/u;
const STRAY_CLOSERS = /^[】\]）)」]+|[】\]）)」]+$/gu;

/** Buttons printed after the last field (`来源:外交部网站  打印本页`, `… 【关闭窗口】`). */
const TRAILING_BUTTONS =
  /(?:\s+(?:[【\[]\s*)?(?:打印本页|打印本頁|打印|列印|关闭窗口|關閉窗口|关闭|關閉|收藏本文|收藏|分享到|分享至|分享|纠错|糾錯|下载|下載|语音播报|語音播報|朗读|朗讀)+(?:\s*[】\]])?\s*[:：]?)+\s*$/u;
/** A widget or counter glued after the value (`信息化工作网【字号:`, `中国信息产业网|点击量:27265`), or a reader's
 *  controls (`2020年6月13日 09:29:19 文字 【 】【增加行距】【加粗】`). */
const TRAILING_WIDGET = /\s*(?:[【\[]\s*(?:字号|字號|字体|字體)|(?:文字|字体|字體)?\s*[【\[]\s*(?:[】\]]|增加行距|缩小行距|縮小行距|加粗|高亮|还原|還原)|[|｜]\s*(?:点击量|點擊量|阅读量|閱讀量|浏览量|瀏覽量|点击|點擊|浏览|瀏覽|阅读|閱讀)\s*[:：]?\s*[\d,]*).*$/u;

function cleanValue(raw: string): string {
  const cut = OTHER_LABEL_RE.exec(raw);
  const value = (cut ? raw.slice(0, cut.index) : raw).replace(TRAILING_WIDGET, '').replace(TRAILING_BUTTONS, '');
  const trimmed = value
    .replace(/[\s|｜丨]+$/u, '')
    .replace(/^[\s|｜丨]+/u, '')
    .replace(/[\s\u3000]+/gu, ' ')
    .trim()
    .replace(STRAY_OPENERS, '');
  // A closing bracket without its opener in the value is the end of the field's brackets.
  return /[【\[（(「]/u.test(trimmed) ? trimmed : trimmed.replace(STRAY_CLOSERS, '').trim();
}

/** `来源：中国网信网 | 2023-05-12`: a value, a separator, then the date without a label. */
const TRAILING_DATE = /\s*[|｜丨]\s*([^|｜丨]+?)\s*$/u;
/** `张三 李四 2024-03-22`: a value, a space, then a date (and time) without a label. */
const VALUE_DATE = /(?<=\S)\s+(\S*\d\S*(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$/u;
/** A date glued to the value without a space (`来源:中国网信网2022-01-04 10:57`). */
const GLUED_DATE = /(?<=\p{Script=Han})(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$/u;
/** A site's address after the source's name. */
const SOURCE_ADDRESS = /(?<=\S)\s+(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?\s*$/iu;

/** Role words before a byline name: `记者 张三`, `本报记者 李四`, `通讯员 王五`. */
const ROLE_PREFIX = /^(?:(本报|本報|本台|特约|特約)(记者|記者|通讯员|通訊員)\s*|(记者|記者|通讯员|通訊員|实习生|實習生)\s+)/u;

/** A portal's staff code after an editor's name (`张三 SN123`, `李四_NE0011`). */
const STAFF_CODE = /[\s_]+[A-Z]{1,4}\d{2,}$/u;

/** A person field keeps the name before any affiliation: `张三，某研究院研究员` → `张三`, `张三（北京大学教授）` →
 *  `张三`, `记者 张三` → `张三`. */
export function personName(value: string): string {
  // `张三（北京大学法学院教授）`: the affiliation in brackets goes too.
  return (value.split(/[，,；;]|[（(][^）)]*[）)]?\s*$/u)[0]?.trim() ?? '').replace(ROLE_PREFIX, '').replace(STAFF_CODE, '').trim();
}

/** The part of a value that becomes metadata: the name for person fields, the whole value otherwise. */
function shownValue(field: Field): string {
  return field.kind === 'author' || field.kind === 'editor' ? personName(field.value) : field.value;
}

/** `佚名`, `匿名`, an empty value… → undefined; otherwise the value. */
export function knownValue(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || UNKNOWN_VALUES.has(trimmed)) return undefined;
  return trimmed;
}

export interface MetaLine {
  fields: Field[];
  /** A date written without a label: before the first label (`2022-11-07 10:20 来源：新华社`) or after the
   *  last value and a separator (`来源：中国网信网 | 2023-05-12`). */
  leadingDate?: string;
}

/**
 * Read a line made ONLY of labelled fields (optionally after a date, inside brackets, after bullets).
 * Returns undefined when any text is not part of a field, when a value is too long to be a name, or
 * when the line is too long to be a metadata line — so prose such as `数据来源：国家统计局显示……` or
 * `时间：……` sentences stay in the body.
 */
export function parseMetaLine(raw: string, limits: MetadataLimits = METADATA): MetaLine | undefined {
  if (raw.length > limits.maxMetaLineChars) return undefined;
  if (raw.includes('版')) {
    const edition = editionLine(raw, limits);
    if (edition) return edition;
  }
  // Every label ends with a colon or, on a few sites, a slash: a line without one holds no field (most
  // lines; the label search is costly).
  if (DATE_WORD.test(raw)) raw = withDateLabelColons(raw) ?? raw;
  if (!LABEL_MARK.test(raw) && !SOURCE_NO_COLON.test(raw)) return undefined;
  const text = withColonLabel(raw);
  if (!text.includes(':') && !text.includes('：')) return undefined;
  const inner = unwrapBrackets(text.replace(BULLETS, ''));
  const labels = [...inner.matchAll(LABEL_RE)];
  const first = labels[0];
  if (!first) return undefined;
  const head = leadingChrome(inner.slice(0, first.index)).replace(/^[\s•·●◆■▪|｜丨]+|[\s•·●◆■▪|｜丨]+$/gu, '');
  let leadingDate: string | undefined;
  const fields: Field[] = [];
  const site = SITE_BEFORE_FIELDS.exec(head)?.[1];
  if (head !== '' && !site) {
    const bare = head.replace(/^[(（\[【]\s*(.*?)\s*[)）\]】]$/u, '$1');
    const date = findDate(bare, limits);
    if (!date || asciiDigits(bare).slice(date.start, date.end) !== asciiDigits(bare)) return undefined;
    leadingDate = date.iso;
  }
  let trailingDate: string | undefined;
  labels.forEach((match, i) => {
    const label = (match[1] ?? '').replace(/[\s\u3000]+/gu, '');
    const next = labels[i + 1];
    let raw = inner.slice((match.index ?? 0) + match[0].length, next ? next.index : inner.length);
    const kind = LABEL_KIND.get(label) ?? 'source';
    // A value may carry the date after a separator or a space, without a label of its own (the last one
    // `来源：中国网信网 | 2023-05-12`, or one between fields `作者：张三 2024-03-22 来源：…`).
    const tail = next && kind !== 'date' && kind !== 'updated' ? VALUE_DATE.exec(raw) : !next ? TRAILING_DATE.exec(raw) ?? GLUED_DATE.exec(raw) ?? VALUE_DATE.exec(raw) : null;
    const tailDate = tail ? findDate(tail[1] ?? '', limits) : undefined;
    if (tail && tailDate && asciiDigits(tail[1] ?? '').slice(tailDate.start, tailDate.end) === asciiDigits(tail[1] ?? '') && (kind !== 'date' && kind !== 'updated')) {
      raw = raw.slice(0, tail.index);
      trailingDate ??= tailDate.iso;
    }
    // A source followed by its site's address (`国务院新闻办公室网站 www.scio.gov.cn`): the address goes.
    if (kind === 'source') raw = raw.replace(SOURCE_ADDRESS, '');
    fields.push({ kind, label, value: cleanValue(raw) });
  });
  if (fields.some((f) => f.kind !== 'url' && shownValue(f).length > limits.maxFieldValueChars)) return undefined;
  // The site is the source only when no field names one (`人民网 发布时间:… 来源:新华社` is 新华社's text).
  if (site && !fields.some((f) => f.kind === 'source')) fields.push({ kind: 'source', label: '', value: site });
  return { fields, leadingDate: leadingDate ?? trailingDate };
}

const LABEL_MARK = /[:：/／]/u;

/** A news site's name before its labelled fields (`杭州网  发布时间:2019-10-16`): the source. */
const SITE_BEFORE_FIELDS = /^(\p{Script=Han}{2,8}(?:网|網|报|報|社|台|日报|日報|新闻|新聞))$/u;

/** Interface chrome before the fields (`选择字号:   本文共阅读 1581 次 更新时间:…`, `| 阅读量 | 分类: 微新闻 | 作者:…`,
 *  `2024年07月23日 09:27:07 人气: 35027 来源:…`): a font-size label, a read counter, a blog's category, which
 *  say nothing about the document. */
const HEAD_CHROME =
  /(?:选择)?(?:字号|字號|字体|字體)\s*[:：]?\s*(?:[大中小]\s*)*|本文共?(?:被)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊)\s*[\d,，]+\s*次|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)(?:量|数|數|次数|次數)?\s*[:：]?\s*[\d,，]*\s*次?|(?:分类|分類|栏目|欄目|频道|頻道)\s*[:：]\s*\S{1,10}/gu;

/** The head without its chrome (items separated by `|`, or run together with a date). */
function leadingChrome(head: string): string {
  return head
    .split(/[|｜丨]/u)
    .map((item) => item.replace(HEAD_CHROME, ' ').replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

/** A newspaper's edition line, under or after an article (`《 人民日报 》（ 2024年03月22日   第 04 版）`,
 *  `光明日报 2024-03-22 第11版`): the paper is the source, the date the document's. */
const EDITION_LINE =
  /^\s*《?\s*(\p{Script=Han}{2,12})\s*》?\s*[（(]?\s*([\d０-９]{4}\s*[-/.年]\s*[\d０-９]{1,2}\s*[-/.月]\s*[\d０-９]{1,2}\s*日?)\s*[,，]?\s*第\s*[\d０-９一二三四五六七八九十]{1,3}\s*版\s*[）)]?\s*$/u;

function editionLine(raw: string, limits: MetadataLimits): MetaLine | undefined {
  const m = EDITION_LINE.exec(raw);
  const date = m ? findDate(m[2] ?? '', limits) : undefined;
  if (!m || !date) return undefined;
  return { fields: [{ kind: 'source', label: '', value: m[1]! }], leadingDate: date.iso };
}

/** Labels some sites write with a slash (`发布 / 2023年5月12日`, `文 / 林小华`), read as the colon-labelled field. */
const SLASH_LABEL = /^\s*(发布|發布|發佈|更新|文|作者|编辑|編輯|来源|來源)\s*[/／]\s*(?=\S)/u;
const SLASH_LABEL_AS: Record<string, string> = { 发布: '发布时间', 發布: '發布時間', 發佈: '發佈時間', 更新: '更新时间', 文: '作者' };
/** A news agency's archive code after the closing bracket of a trailer (`（編輯：陳大文）1120512`). */
const ARCHIVE_CODE = /(?<=[）)])\s*\d{6,8}\s*$/u;

/** Date labels some sites print without a colon, a space before the date (`發佈時間 2013-06-19 13:44 最後更新時間 …`). */
const DATE_LABEL_NO_COLON = new RegExp(
  String.raw`(?<=^|\s)(${LABELS.filter((g) => g.kind === 'date' || g.kind === 'updated').flatMap((g) => g.words).filter((w) => /\p{Script=Han}/u.test(w)).sort((a, b) => b.length - a.length).join('|')})\s+(?=\d{2,4}\s*[-/.年])`,
  'gu',
);

/** The bare verb as a date label, right before the date, with or without a colon (`发布2025-08-11 09:37`, `- 發佈:2022-02-21`). */
const POSTED_VERB_DATE = /(?<=^|[\s•·|｜\-])(发布|發布|發佈)\s*[:：]?\s*(?=\d{4}\s*[-/.年])/gu;

/** What every date label ends with: a line without one has no colon-less date label (the full search is costly). */
const DATE_WORD = /时间|時間|日期|首[发發]|更新|[发發][布佈]/u;

/** The line with its colon-less date labels (DATE_LABEL_NO_COLON, POSTED_VERB_DATE) given a colon, or undefined when it has none. */
function withDateLabelColons(raw: string): string | undefined {
  const labelled = raw
    .replace(DATE_LABEL_NO_COLON, '$1：')
    .replace(POSTED_VERB_DATE, (_, word: string) => `${SLASH_LABEL_AS[word] ?? word}：`);
  return labelled === raw ? undefined : labelled;
}

/** A source named after a space, not a colon, on a line of its own (`(來源 中央社)`, `来源 新华网`). */
const SOURCE_NO_COLON = /^(\s*[（(【\[]?\s*)(来源|來源)\s+(?=[^\s:：，。,][^\s，。,]{1,19}\s*[）)】\]]?\s*$)/u;

function withColonLabel(text: string): string {
  const cut = text.replace(ARCHIVE_CODE, '').replace(SOURCE_NO_COLON, '$1$2：');
  if (!cut.includes('/') && !cut.includes('／')) return cut;
  return cut.replace(SLASH_LABEL, (_, label: string) => `${SLASH_LABEL_AS[label] ?? label}：`);
}

/** The line is `来源:` / `作者：` with nothing after it: the value may be on the next line. */
export function isDanglingLabel(line: MetaLine): boolean {
  return line.fields.length === 1 && line.fields[0]?.value === '' && line.leadingDate === undefined;
}

/** A byline with names and a date but no labels. */
export interface DatedByline {
  date: string;
  /** The names before the date, in order (a person, then the publishing account or outlet). */
  names: string[];
  /** The outlet after the date (`2023年05月12日 10:30 新浪新闻综合`), the portal's own credit line. */
  outlet?: string;
  /** The authors listed after the date (`2022年09月15日孟洁 | 周子川 | 吉文行`), as a law firm's or journal's page prints them. */
  authors?: string[];
}

/** Two or more short names joined by bars or 、 (`孟洁 | 周子川 | 吉文行`): a list of authors, never an outlet. */
const NAME_LIST = /^\p{Script=Han}{2,4}(?:\s*[|｜丨、]\s*\p{Script=Han}{2,4}){1,7}$/u;

/** The column an outlet's name is followed by, after a slash (`經濟日報 / 經濟日報社論`). */
const OUTLET_COLUMN = /\s*[/／]\s*\p{Script=Han}{2,8}$/u;

/** Marks around the names of an unlabelled byline: an original-work tag before, the place of posting after. */
const BYLINE_TAG = /^(原创|原創|转载|轉載)\s+/u;
/** A token ending in a preposition or copula is a phrase leading to the date (`更新于`, `发布于`), not a name. */
const PHRASE_END = /[于於在为為是至到]$/u;
const POSTED_AT = /\s*(发表于|發表於|发布于|發佈於)\s*\p{Script=Han}{1,6}\s*$/u;
/** The article's length after the date (`2019-04-03 00:09:21 字数:895`). */
const WORD_COUNT = /\s+(?:字数|字數)\s*[:：]\s*\d+\s*$/u;

/** A blog's counters after the date (`2022-11-26 356浏览 0`, `阅读 1,024 评论 3`). */
const COUNTERS_AFTER = /(?:\s+(?:(?:浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論|赞|讚)\s*)?[\d,]+\s*(?:次)?(?:浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論|赞|讚)?)+\s*$/u;

/**
 * An unlabelled byline under a title, as blogs and WeChat public accounts print it:
 * `原创 张伟 网络治理观察 2023-05-12 10:00 发表于北京`, `网络治理观察 2023年05月12日`. Names are at most
 * `bylineMaxNames` short tokens without punctuation; the line ends with the date (and time, place).
 */
export function datedByline(text: string, limits: MetadataLimits = METADATA): DatedByline | undefined {
  const line = text.trim().replace(WORD_COUNT, '');
  // The colons of a clock (`01:22:45`) are no label's.
  if (line.length > limits.maxBylineChars || /[，。；！？,;!?：:]/u.test(line.replace(/\d{1,2}:\d{2}(?::\d{2})?/gu, ''))) return undefined;
  const date = findDate(line, limits);
  if (!date) return undefined;
  if (date.start === 0) {
    // The portal layout: the date, then the outlet the story comes from; a place (`北京`) is no outlet.
    const after = line.slice(date.end).trim();
    if (NAME_LIST.test(after)) return { date: date.iso, names: [], authors: after.split(/\s*[|｜丨、]\s*/u) };
    // …maybe with its column after a slash (`2021-04-15 02:18  經濟日報 /   經濟日報社論`).
    const outlet = after.replace(OUTLET_COLUMN, '');
    const isOutlet = outlet.length <= limits.maxFieldValueChars && !/\s/u.test(outlet) && (siteStrength(outlet) === 'strong' || /(综合|綜合)$/u.test(outlet));
    return isOutlet ? { date: date.iso, names: [], outlet } : undefined;
  }
  const rest = line.slice(date.end).replace(POSTED_AT, '').replace(COUNTERS_AFTER, '').replace(TRAILING_BUTTONS, '');
  if (rest.trim() !== '') return undefined;
  const names = line.slice(0, date.start).replace(BYLINE_TAG, '').trim().split(/\s+/u).filter(Boolean);
  if (names.length === 0 || names.length > limits.bylineMaxNames) return undefined;
  if (names.some((n) => n.length > limits.maxFieldValueChars || !/\p{Script=Han}|[A-Za-z]/u.test(n) || PHRASE_END.test(n))) return undefined;
  return { date: date.iso, names };
}

/** A reporter's byline under a headline, without a date: `新华社记者王思北`, `新民网记者 沈文林`,
 *  `聯合報／ 記者唐筱恬／台北即時報導`, `鉅亨網/鉅亨網記者楊伶雯`, `本报记者 张三 李四`. The outlet, if named, is the source. */
const REPORTER_LINE =
  /^\s*[（(〔【\[]?\s*(?:(\p{Script=Han}{2,10}?(?:社|网|網|报|報|台|视|視|日报|日報))\s*[／/|｜丨]?\s*)?(?:本报|本報|本网|本網|本台|\p{Script=Han}{2,10}?(?:社|网|網|报|報|台|视|視))?(?:记者|記者|通讯员|通訊員)(?!招待|会|會|节|節|证|證|站|团|團)\s*(\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}?)(?:\s*[／/|｜丨]?\s*\p{Script=Han}{2,6}?(?:即时|即時)?(?:报道|報導|报导|報道)|\s+(?:报道|報導|报导|報道))?\s*[）)〕】\]]?\s*$/u;

/** A newspaper's byline mark before the names (`□ 刘桂锋 王紫欣`, `◎ 高國祐`, `□本报记者 张三`). */
const MARKED_BYLINE = /^\s*[□◎○]\s*(?:(?:本报|本報)?(?:记者|記者)|文\s*[/／]|作者\s*[:：])?\s*(\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,4})\s*$/u;

/** A byline of one person and their profession, as law firms and think tanks print it (`黃于珊律師`, `张三 教授`). */
const TITLED_PERSON = /^\s*(\p{Script=Han}{2,4})\s*(?:律师|律師|教授|副教授|研究员|研究員|副研究员|副研究員|讲师|講師|分析师|分析師)\s*$/u;

/** The person of a titled byline, or undefined. */
export function titledPerson(text: string): string | undefined {
  return TITLED_PERSON.exec(text)?.[1];
}

/** The names of a marked byline, or undefined. */
export function markedByline(text: string): string[] | undefined {
  const m = MARKED_BYLINE.exec(text);
  return m ? m[1]!.split(/[、\s]+/u).filter(Boolean) : undefined;
}

export interface ReporterLine {
  outlet?: string;
  names: string[];
}

export function reporterLine(text: string): ReporterLine | undefined {
  const m = REPORTER_LINE.exec(text);
  if (!m) return undefined;
  const names = m[2]!.split(/[、\s]+/u).filter(Boolean);
  return m[1] ? { outlet: m[1], names } : { names };
}

/** Words before 報導 that name no one (`綜合報導`, `編譯報導`, `本報報導`). */
const NOT_A_REPORTER = /^(?:综合|綜合|编译|編譯|本报|本報|本台|本网|本網|中心|外电|外電|生活中心|国际中心|國際中心)$/u;

/** Names that reported, without the word 记者 (`黃佩華 林志純 報導`). */
const REPORTED_BY = /^(\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4}){0,3})\s*(?:报道|報導|报导|報道)$/u;

/** A date, then its reporters (`2025/10/16 15:19 記者鍾麗華／台北報導`, `2023-08-25 19:00:00 / 黃佩華 林志純 報導 /`). */
export function datedReporterLine(text: string, limits: MetadataLimits = METADATA): (ReporterLine & { date: string }) | undefined {
  const date = findDate(text, limits);
  if (!date || text.slice(0, date.start).trim() !== '') return undefined;
  const rest = text.slice(date.end).replace(/^[\s/／|｜丨]+|[\s/／|｜丨]+$/gu, '');
  const names = REPORTED_BY.exec(rest)?.[1]?.split(/\s+/u).filter((n) => !NOT_A_REPORTER.test(n));
  // (`綜合報導` names no one, but the line is still the date and its byline)
  const reporters = reporterLine(rest) ?? (names ? { names } : undefined);
  return reporters ? { ...reporters, date: date.iso } : undefined;
}

/** One author of a paper and the marks that point to their affiliations (`张三1`, `李四1,2*`, `王五①`). */
const PAPER_AUTHOR = /(\p{Script=Han}{2,4})\s*([0-9¹²³⁴⁵⁶⁷⁸⁹⁰①-⑩*＊]{1,3}(?:[,，][0-9¹²³⁴⁵⁶⁷⁸⁹⁰①-⑩*＊]{1,3})*)/gu;

/**
 * The author line of a paper under its title, every name carrying affiliation marks (`张三1，李四2`):
 * the names, or undefined. Marks on every name tell it from a line of words; unmarked names are left to
 * the credit-line rule.
 */
export function paperAuthors(text: string): string[] | undefined {
  const names: string[] = [];
  const rest = text.replace(PAPER_AUTHOR, (_, name: string) => {
    names.push(name);
    return ' ';
  });
  return names.length > 0 && /^[\s，、；;,]*$/u.test(rest) ? names : undefined;
}

/** `（作者：张三，某研究院研究员）` at the very end of a paragraph. */
const TRAILING_AUTHOR = /[（(](?:作者|撰文)\s*[:：]\s*([^（()）]{1,60})[)）]\s*$/u;

export interface TrailingAuthor {
  author?: string;
  /** Where the parenthesis starts in the line. */
  start: number;
}

/** News sites close the last paragraph with the reporters in brackets: `（记者 申佳平）`, `(总台央视记者 黄惠馨 孔禄渊)`,
 *  `（本報記者 王小明 報導）`, `（文/张三）`. */
const TRAILING_REPORTERS = /[（(]\s*(?:\p{Script=Han}{0,6}?(?:记者|記者)|文\s*[/／]\s*(?:记者|記者)?)\s*(\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,5})\s*[)）]\s*$/u;
/** Words among the names in such a bracket that are roles, not names (`通讯员`, `报道`). */
const REPORTER_ROLES = new Set(['通讯员', '通訊員', '实习生', '實習生', '报道', '報導', '报导', '報道', '摄影', '攝影']);
/** A photographer's credit (`（记者 张三 摄）`) names no author. */
const PHOTO_CREDIT = /^(?:摄|攝)$/u;

/** City and county news sites close the text with the writer's bare name in brackets: `……“帮凶”。(吴爱花)`,
 *  `（王亚铭 张三）`. Only names that start with a common surname count: `（完）`, `（待续）`, `（图）` are no names. */
const TRAILING_NAMES = /[（(]\s*(\p{Script=Han}{2,3}(?:[、\s]+\p{Script=Han}{2,3}){0,3})\s*[)）]\s*$/u;
/** The commonest Chinese surnames (together about four fifths of the population), in both scripts. */
const SURNAMES = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯',
]);

/** The reporters named in brackets at the end of a paragraph, joined with 、. */
function trailingReporters(text: string): TrailingAuthor | undefined {
  const match = TRAILING_REPORTERS.exec(text);
  if (!match) return trailingNames(text);
  const tokens = (match[1] ?? '').split(/[、\s]+/u).filter((t) => t !== '');
  if (tokens.some((t) => PHOTO_CREDIT.test(t) || /(?:摄|攝)$/u.test(t))) return undefined;
  const names = tokens.filter((t) => !REPORTER_ROLES.has(t));
  return names.length === 0 ? undefined : { author: names.join('、'), start: match.index };
}

/** Bare names in brackets closing a paragraph, each starting with a common surname. */
function trailingNames(text: string): TrailingAuthor | undefined {
  const match = TRAILING_NAMES.exec(text);
  if (!match) return undefined;
  const names = (match[1] ?? '').split(/[、\s]+/u).filter((t) => t !== '');
  return names.every((n) => SURNAMES.has(n[0]!)) ? { author: names.join('、'), start: match.index } : undefined;
}

/** An author note or the reporters' bracket closing a paragraph; an author's name is the part before the first
 *  comma (the rest is affiliation). */
export function trailingAuthor(text: string, limits: MetadataLimits = METADATA): TrailingAuthor | undefined {
  const match = TRAILING_AUTHOR.exec(text);
  if (!match) return trailingReporters(text);
  const name = personName(match[1] ?? '');
  if (name.length > limits.maxFieldValueChars) return undefined;
  return { author: knownValue(name), start: match.index };
}
