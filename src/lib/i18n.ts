/**
 * Every piece of interface text, in both scripts. Pages read strings with `ui(locale)`.
 * The two tables must have the same keys (checked by tests/unit/site-i18n.test.ts) and each must be
 * written in its own script (the test runs OpenCC over them).
 */
import type { Locale } from './locales.ts';

type Text = string;
type Count = (n: number) => string;
type Named = (name: string) => string;

export interface UiStrings {
  siteName: Text;
  /** English name for `<title>` suffixes and for readers who do not read Chinese. */
  siteNameEn: Text;
  siteDescription: Text;
  skipToContent: Text;
  mainNav: Text;
  navIndex: Text;
  navSearch: Text;
  navAbout: Text;
  /** Accessible text of the 简/繁 toggle; its visible text is the other script's own name for itself. */
  toggleLabel: Text;
  themeLabel: Text;
  themeAuto: Text;
  themeLight: Text;
  themeDark: Text;
  footerNote: Text;

  scriptName: Record<Locale, Text>;
  variantName: Record<'cn' | 'tw' | 'hk', Text>;

  indexTitle: Text;
  indexIntro: Count;
  colTitle: Text;
  colDate: Text;
  colSource: Text;
  colScript: Text;
  colLength: Text;
  undated: Text;
  unknownSource: Text;
  chars: Count;
  docCount: Count;
  sortLabel: Text;
  sortByDate: Text;
  sortByTitle: Text;
  filtersLabel: Text;
  filterBySource: Text;
  filterByYear: Text;
  filterByScript: Text;
  filterAny: Text;
  filterReset: Text;
  allDocuments: Text;
  /** Filter status; `{shown}` and `{total}` are filled in by format.ts fillTemplate (also in the browser). */
  showingTemplate: Text;
  noMatches: Text;
  sourcePageTitle: Named;
  yearPageTitle: Named;
  scriptPageTitle: Named;
  titleSortPageTitle: Text;
  timelineTitle: Text;
  timelineDesc: (parts: string) => string;
  timelineItem: (year: string, n: number) => string;
  /** Pagination of long lists (index and filter pages). */
  paginationLabel: Text;
  previousPage: Text;
  nextPage: Text;
  /** Accessible name of a page-number link ("第 3 页"); its visible text is the number alone. */
  pageNumber: Count;
  /** "第 2 页，共 5 页": under the heading and in the <title> of every page after the first. */
  pageOf: (n: number, count: number) => string;
  /** Instant filters: button under the results; `{n}` is filled in by the browser. */
  filterShowMoreTemplate: Text;
  filterLoading: Text;
  filterLoadError: Text;

  docMetaLabel: Text;
  metaDate: Text;
  metaSource: Text;
  metaAuthor: Text;
  metaEditor: Text;
  metaNumber: Text;
  metaOriginalScript: Text;
  metaLength: Text;
  metaUrl: Text;
  convertedNote: (from: string, to: string) => string;
  outlineTitle: Text;
  bodyLabel: Text;
  provenanceTitle: Text;
  provenanceFiles: Text;
  provenanceRemoved: Text;
  provenanceRemovedCount: Count;
  provenanceNothingRemoved: Text;
  provenanceSamples: Text;
  provenanceManual: Text;
  provenanceAliases: Text;
  provenanceAmbiguities: Text;
  provenanceAmbiguitiesCount: Count;
  ambiguityChosen: (char: string, chosen: string, candidates: string) => string;
  removalCode: Record<string, Text>;
  citeTitle: Text;
  citePlain: Text;
  citeBibtex: Text;
  prevNextLabel: Text;
  olderDoc: Text;
  newerDoc: Text;
  relatedTitle: Text;
  relatedNearDuplicate: Text;
  relatedContains: Text;
  relatedContainedIn: Text;
  relatedRelated: Text;
  relatedShare: (percent: string) => string;
  relatedJump: Text;

  searchTitle: Text;
  searchPlaceholderNote: Text;
  searchNoScript: Text;

  aboutTitle: Text;
  notFoundTitle: Text;
  notFoundBody: Text;
  notFoundBack: Text;
  redirectTitle: Text;
  redirectBody: Text;
  chooseScriptTitle: Text;
}

const zhHans: UiStrings = {
  siteName: '网络空间治理政策文献',
  siteNameEn: 'Cyberspace Policy Reader',
  siteDescription: '中国网络空间治理政策文献的简体、繁体阅读与检索站点。',
  skipToContent: '跳到正文',
  mainNav: '主导航',
  navIndex: '文献目录',
  navSearch: '搜索',
  navAbout: '关于',
  toggleLabel: '切换到繁体字版本',
  themeLabel: '配色',
  themeAuto: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  footerNote: '文本由原始网页整理、清洗并转换字体；请以原始出处为准。',

  scriptName: { 'zh-Hans': '简体', 'zh-Hant': '繁体' },
  variantName: { cn: '中国大陆用语', tw: '台湾用语', hk: '香港用语' },

  indexTitle: '文献目录',
  indexIntro: (n) => `共收录 ${n} 篇文献，每篇均有简体与繁体两个版本。`,
  colTitle: '标题',
  colDate: '日期',
  colSource: '来源',
  colScript: '原文字体',
  colLength: '字数',
  undated: '日期不详',
  unknownSource: '来源不详',
  chars: (n) => `${n.toLocaleString('en-US')} 字`,
  docCount: (n) => `${n} 篇`,
  sortLabel: '排序',
  sortByDate: '按日期（新→旧）',
  sortByTitle: '按标题',
  filtersLabel: '筛选',
  filterBySource: '来源',
  filterByYear: '年份',
  filterByScript: '原文字体',
  filterAny: '全部',
  filterReset: '清除筛选',
  allDocuments: '全部文献',
  showingTemplate: '显示 {shown} / {total} 篇',
  noMatches: '没有符合条件的文献。',
  sourcePageTitle: (name) => `来源：${name}`,
  yearPageTitle: (year) => `${year} 年的文献`,
  scriptPageTitle: (name) => `原文为${name}的文献`,
  titleSortPageTitle: '文献目录（按标题排序）',
  timelineTitle: '各年份文献数量',
  timelineDesc: (parts) => `柱形图：${parts}。`,
  timelineItem: (year, n) => `${year} 年 ${n} 篇`,
  paginationLabel: '分页',
  previousPage: '上一页',
  nextPage: '下一页',
  pageNumber: (n) => `第 ${n} 页`,
  pageOf: (n, count) => `第 ${n} 页，共 ${count} 页`,
  filterShowMoreTemplate: '再显示 {n} 篇',
  filterLoading: '正在载入全部文献……',
  filterLoadError: '无法载入文献列表，请改用筛选链接。',

  docMetaLabel: '文献信息',
  metaDate: '日期',
  metaSource: '来源',
  metaAuthor: '作者',
  metaEditor: '责任编辑',
  metaNumber: '文号',
  metaOriginalScript: '原文字体',
  metaLength: '字数',
  metaUrl: '原始网址',
  convertedNote: (from, to) => `原文为${from}，本页为自动转换的${to}版本。`,
  outlineTitle: '本文目录',
  bodyLabel: '正文',
  provenanceTitle: '来源与处理记录',
  provenanceFiles: '原始文件',
  provenanceRemoved: '整理时移除的内容',
  provenanceRemovedCount: (n) => `共移除 ${n} 行`,
  provenanceNothingRemoved: '整理时没有移除任何内容。',
  provenanceSamples: '示例',
  provenanceManual: '编辑人工设定的字段',
  provenanceAliases: '并入本篇的重复文献',
  provenanceAmbiguities: '字体转换中的一对多字',
  provenanceAmbiguitiesCount: (n) => `共 ${n} 处`,
  ambiguityChosen: (char, chosen, candidates) => `“${char}”转为“${chosen}”（候选：${candidates}）`,
  removalCode: {
    nav: '导航菜单',
    footer: '页脚',
    icp: '备案信息',
    'share-widget': '分享按钮',
    spam: '垃圾广告',
    'scrape-date': '抓取日期',
    ticker: '行情信息',
    'author-profile': '作者简介',
    'empty-trailer': '空白结尾',
    toc: '目录',
    'duplicate-body': '重复正文',
    'duplicate-line': '重复行',
    'duplicate-title': '重复标题',
    related: '相关链接',
    'link-list': '栏目文章列表',
    code: '网页代码（样式、脚本）',
    image: '图片占位与图片来源',
    comments: '读者评论区',
    'page-title': '网页标题行',
    url: '网址行（已提取）',
    'empty-field': '空白字段',
    'label-joined': '并入上一行的字段值',
    blank: '空白行',
    breadcrumb: '面包屑导航',
    prompt: '网页提示语',
    'page-number': '页码',
    'running-head': '页眉页脚',
    'glued-prefix': '粘连的网站前缀',
    'glued-suffix': '粘连的网站后缀',
    title: '标题行（已提取）',
    date: '日期行（已提取）',
    source: '来源行（已提取）',
    author: '作者行（已提取）',
    editor: '编辑行（已提取）',
    number: '文号行（已提取）',
    byline: '署名行（已提取）',
    bullet: '编号前的列表符号',
    weather: '天气预报',
    'page-info': '网页的文件信息行',
  },
  citeTitle: '引用本文',
  citePlain: '文本格式',
  citeBibtex: 'BibTeX',
  prevNextLabel: '按日期浏览',
  olderDoc: '较早一篇',
  newerDoc: '较新一篇',
  relatedTitle: '相关文献',
  relatedNearDuplicate: '另一版本：',
  relatedContains: '包含以下文献的文字：',
  relatedContainedIn: '被以下文献摘录：',
  relatedRelated: '与以下文献有共同段落：',
  relatedShare: (percent) => `（本文 ${percent} 的文字）`,
  relatedJump: '跳到第一处共同段落',

  searchTitle: '搜索',
  searchPlaceholderNote: '全文搜索即将上线。',
  searchNoScript: '全文搜索需要启用 JavaScript。您也可以浏览',

  aboutTitle: '关于本站',
  notFoundTitle: '找不到页面',
  notFoundBody: '您要找的页面不存在，可能已被移动或合并。',
  notFoundBack: '返回文献目录',
  redirectTitle: '此文献已合并',
  redirectBody: '此文献与另一篇重复，已合并到：',
  chooseScriptTitle: '请选择字体',
};

const zhHant: UiStrings = {
  siteName: '網絡空間治理政策文獻',
  siteNameEn: 'Cyberspace Policy Reader',
  siteDescription: '中國網絡空間治理政策文獻的簡體、繁體閱讀與檢索網站。',
  skipToContent: '跳到正文',
  mainNav: '主導覽',
  navIndex: '文獻目錄',
  navSearch: '搜尋',
  navAbout: '關於',
  toggleLabel: '切換到簡體字版本',
  themeLabel: '配色',
  themeAuto: '跟隨系統',
  themeLight: '淺色',
  themeDark: '深色',
  footerNote: '文本由原始網頁整理、清洗並轉換字體；請以原始出處為準。',

  scriptName: { 'zh-Hans': '簡體', 'zh-Hant': '繁體' },
  variantName: { cn: '中國大陸用語', tw: '臺灣用語', hk: '香港用語' },

  indexTitle: '文獻目錄',
  indexIntro: (n) => `共收錄 ${n} 篇文獻，每篇均有簡體與繁體兩個版本。`,
  colTitle: '標題',
  colDate: '日期',
  colSource: '來源',
  colScript: '原文字體',
  colLength: '字數',
  undated: '日期不詳',
  unknownSource: '來源不詳',
  chars: (n) => `${n.toLocaleString('en-US')} 字`,
  docCount: (n) => `${n} 篇`,
  sortLabel: '排序',
  sortByDate: '按日期（新→舊）',
  sortByTitle: '按標題',
  filtersLabel: '篩選',
  filterBySource: '來源',
  filterByYear: '年份',
  filterByScript: '原文字體',
  filterAny: '全部',
  filterReset: '清除篩選',
  allDocuments: '全部文獻',
  showingTemplate: '顯示 {shown} / {total} 篇',
  noMatches: '沒有符合條件的文獻。',
  sourcePageTitle: (name) => `來源：${name}`,
  yearPageTitle: (year) => `${year} 年的文獻`,
  scriptPageTitle: (name) => `原文為${name}的文獻`,
  titleSortPageTitle: '文獻目錄（按標題排序）',
  timelineTitle: '各年份文獻數量',
  timelineDesc: (parts) => `柱形圖：${parts}。`,
  timelineItem: (year, n) => `${year} 年 ${n} 篇`,
  paginationLabel: '分頁',
  previousPage: '上一頁',
  nextPage: '下一頁',
  pageNumber: (n) => `第 ${n} 頁`,
  pageOf: (n, count) => `第 ${n} 頁，共 ${count} 頁`,
  filterShowMoreTemplate: '再顯示 {n} 篇',
  filterLoading: '正在載入全部文獻……',
  filterLoadError: '無法載入文獻列表，請改用篩選連結。',

  docMetaLabel: '文獻資訊',
  metaDate: '日期',
  metaSource: '來源',
  metaAuthor: '作者',
  metaEditor: '責任編輯',
  metaNumber: '文號',
  metaOriginalScript: '原文字體',
  metaLength: '字數',
  metaUrl: '原始網址',
  convertedNote: (from, to) => `原文為${from}，本頁為自動轉換的${to}版本。`,
  outlineTitle: '本文目錄',
  bodyLabel: '正文',
  provenanceTitle: '來源與處理記錄',
  provenanceFiles: '原始檔案',
  provenanceRemoved: '整理時移除的內容',
  provenanceRemovedCount: (n) => `共移除 ${n} 行`,
  provenanceNothingRemoved: '整理時沒有移除任何內容。',
  provenanceSamples: '示例',
  provenanceManual: '編輯人工設定的欄位',
  provenanceAliases: '併入本篇的重複文獻',
  provenanceAmbiguities: '字體轉換中的一對多字',
  provenanceAmbiguitiesCount: (n) => `共 ${n} 處`,
  ambiguityChosen: (char, chosen, candidates) => `「${char}」轉為「${chosen}」（候選：${candidates}）`,
  removalCode: {
    nav: '導覽選單',
    footer: '頁尾',
    icp: '備案資訊',
    'share-widget': '分享按鈕',
    spam: '垃圾廣告',
    'scrape-date': '擷取日期',
    ticker: '行情資訊',
    'author-profile': '作者簡介',
    'empty-trailer': '空白結尾',
    toc: '目錄',
    'duplicate-body': '重複正文',
    'duplicate-line': '重複行',
    'duplicate-title': '重複標題',
    related: '相關連結',
    breadcrumb: '麵包屑導覽',
    prompt: '網頁提示語',
    'page-number': '頁碼',
    'running-head': '頁首頁尾',
    'link-list': '欄目文章列表',
    code: '網頁代碼（樣式、指令碼）',
    image: '圖片佔位與圖片來源',
    comments: '讀者評論區',
    'page-title': '網頁標題行',
    url: '網址行（已提取）',
    'empty-field': '空白欄位',
    'label-joined': '併入上一行的欄位值',
    blank: '空白行',
    'glued-prefix': '黏連的網站前綴',
    'glued-suffix': '黏連的網站後綴',
    title: '標題行（已擷取）',
    date: '日期行（已擷取）',
    source: '來源行（已擷取）',
    author: '作者行（已擷取）',
    editor: '編輯行（已擷取）',
    number: '文號行（已擷取）',
    byline: '署名行（已擷取）',
    bullet: '編號前的列表符號',
    weather: '天氣預報',
    'page-info': '網頁的文件資訊行',
  },
  citeTitle: '引用本文',
  citePlain: '文字格式',
  citeBibtex: 'BibTeX',
  prevNextLabel: '按日期瀏覽',
  olderDoc: '較早一篇',
  newerDoc: '較新一篇',
  relatedTitle: '相關文獻',
  relatedNearDuplicate: '另一版本：',
  relatedContains: '包含以下文獻的文字：',
  relatedContainedIn: '被以下文獻摘錄：',
  relatedRelated: '與以下文獻有共同段落：',
  relatedShare: (percent) => `（本文 ${percent} 的文字）`,
  relatedJump: '跳到第一處共同段落',

  searchTitle: '搜尋',
  searchPlaceholderNote: '全文搜尋即將上線。',
  searchNoScript: '全文搜尋需要啟用 JavaScript。您也可以瀏覽',

  aboutTitle: '關於本站',
  notFoundTitle: '找不到頁面',
  notFoundBody: '您要找的頁面不存在，可能已被移動或合併。',
  notFoundBack: '返回文獻目錄',
  redirectTitle: '此文獻已合併',
  redirectBody: '此文獻與另一篇重複，已合併到：',
  chooseScriptTitle: '請選擇字體',
};

export const UI: Record<Locale, UiStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export function ui(locale: Locale): UiStrings {
  return UI[locale];
}

/** Label of a removal code in the page's script, or undefined for a code without one (shown as is). */
export function removalLabel(locale: Locale, code: string): string | undefined {
  return Object.hasOwn(UI[locale].removalCode, code) ? UI[locale].removalCode[code] : undefined;
}

/** `<title>` text: page title, then the site name in the page's script and in English. */
export function pageTitle(locale: Locale, title?: string): string {
  const t = UI[locale];
  const site = `${t.siteName} · ${t.siteNameEn}`;
  return title ? `${title} | ${site}` : site;
}
