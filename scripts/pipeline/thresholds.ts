/**
 * Every tunable number of the pipeline, in one place, each with the reason for its value.
 * Stages import their own section; tests may pass overrides.
 */

export const DECODE = {
  /** Files larger than this are rejected unread beyond the limit (bytes). Override with --max-bytes. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Bytes sampled to guess an encoding: 256 KB holds thousands of characters, enough for the
   *  UTF-16 NUL pattern and the GBK/Big5 score, while a 50 MB file is not decoded three times. */
  sniffBytes: 256 * 1024,
  /** BOM-less UTF-16 needs at least this many byte pairs in the sample: on a few bytes a NUL pattern
   *  is chance, not evidence. */
  utf16MinPairs: 8,
  /** BOM-less UTF-16: share of byte pairs with a NUL on one side (ASCII digits, spaces, line breaks in
   *  Chinese UTF-16 text are ~10–30 % of characters). 0.1 catches text with a little ASCII. */
  utf16NulShareMin: 0.1,
  /** …and NULs on the other side may be at most this fraction of those: U+xx00 hanzi (一 = U+4E00) put
   *  a few NULs on the other side; binary data puts them on both sides alike. */
  utf16OtherSideNulRatioMax: 0.25,
  /** Bytes that are valid UTF-8 are read as BOM-less UTF-16 only when this share of pairs has the NUL:
   *  UTF-16 of ASCII text is ~100 %, while a UTF-8 file with a few stray NULs is far below. */
  utf16NulShareOverValidUtf8: 0.9,
  /** Without BOM or NUL pattern, UTF-16 is chosen only with this Chinese-text score: real text scores
   *  0.5–0.8, while binary data read as UTF-16 yields rare and private-use characters (below 0). */
  utf16MinScore: 0.3,
  /** Encoding score: each replacement, private-use or C1 character cancels this many common characters.
   *  Big5 punctuation read as GBK becomes private-use characters; one of them is strong evidence. */
  badCharWeight: 2,
  /** Not text: if undecodable sequences plus control characters exceed this share of the decoded
   *  characters. Random binary data lands at 40–60 %; a text file with a stray PDF blob appended (the
   *  split stage rejects that part) stays in the low single digits. */
  maxJunkShare: 0.25,
  /** Mojibake saved as text: a line is examined by its first this many non-ASCII characters… */
  mojibakeProbeChars: 10,
  /** …at least this many (a date line with one 日 is not worth it)… */
  mojibakeMinChars: 4,
  /** …(GBK reading) fewer than this share of which are common Chinese characters: running text has
   *  ~0.6 of them, classical poems ~0.3–0.5, GBK-read UTF-8 (鍏ㄧ悆) under 0.15… */
  mojibakeSuspectShare: 0.34,
  /** …or (Windows-1252 reading) at least this share are Latin-1 letters and signs, which Chinese text
   *  does not have: UTF-8 Chinese read that way is all of them. */
  mojibakeLatinShare: 0.6,
  /** GBK reading: the GBK bytes of those characters line up as UTF-8 sequences for at least this share
   *  (mojibake: ~1, less where a byte was lost; real Chinese text: a sequence here and there by chance). */
  mojibakeUtf8Share: 0.8,
  /** A line read back is kept when it then scores at least this (real text: 0.5–0.8)… */
  mojibakeMinRepairedScore: 0.4,
  /** …and at least this much above the line as it stood. */
  mojibakeMinGain: 0.3,
  /** …and it lost at most this share of characters (bytes the wrong reading had already dropped): a
   *  line with more holes than that is not worth publishing as repaired text. */
  mojibakeMaxLostShare: 0.05,
  /** Pinyin glosses after characters (`網(wǎng)絡(luò)`) are removed only from a text with at least this many: a
   *  content farm's converter glosses every character it changed (dozens a page), while a text that
   *  explains a reading or two keeps them. */
  pinyinGlossMinCount: 5,
} as const;

export const SPLIT = {
  /** Longest page-title line (title + site suffix). Real <title> lines run 10–60 characters; 120 leaves
   *  room for long official titles while a paragraph of running text is longer. */
  maxTitleLineChars: 120,
  /** Longest bare title (without the site): official document titles reach ~60–80 characters. */
  maxTitleChars: 100,
  /** Shortest bare title: two characters (政策, 公告) — anything shorter is a menu symbol. */
  minTitleChars: 2,
  /** A site name is at least two characters (知乎, 新浪) … */
  siteMinChars: 2,
  /** … and at most this many: the longest agency names reach ~16 (中央网络安全和信息化委员会办公室). */
  siteMaxChars: 20,
  /** A title behind an SEO prefix (`…app下载|<title>`) is an article title of at least this many
   *  characters; menu items after a `|` (关于我们, 联系我们) are shorter. */
  seoMinTitleChars: 5,
  /** A part between separators this short is a channel (白皮书, 政策文件, 新闻中心), peeled off with the site. */
  channelMaxChars: 6,
  /** Only titles this long are searched for in the following text: shorter ones (网络, 公告) occur by chance. */
  reappearMinTitleChars: 4,
  /** How far on a title must reappear: page headings follow the <title> within a menu block (a few
   *  hundred characters); 5000 covers ministry menus of several hundred items. */
  reappearWindowChars: 5000,
  /** Work budget for reappearance searches, as a multiple of the file length, so a file made of
   *  thousands of title-like lines still costs linear time (further candidates are scored without it). */
  reappearBudgetFactor: 4,
  /** Score: the site name has a typical site/publisher ending (网, 百科, 部, 委员会, 日报 …). */
  pointsStrongSite: 2,
  /** Score: `_`, `|` or a spaced dash separates title and site (a bare `-`/`—` is often a hyphen). */
  pointsClearSeparator: 1,
  /** Score: the part before `|` carries download/app/wallet ad words (SEO spam mirrors). */
  pointsSeoPrefix: 2,
  /** Score: a `<prefix>|<title>` whose prefix never reappears while the title does. */
  pointsUnrepeatedPrefix: 1,
  /** Score: the same line stands right before/after it (scrapers save <title> and the page heading). */
  pointsRepeated: 2,
  /** Score: the bare title reappears in the following text (the page's own heading). */
  pointsReappears: 2,
  /** A whole line is a page-title line from this score: structure alone (3 at most) is not enough, it
   *  needs a repeat, the title reappearing or an SEO prefix. */
  minTitleScore: 4,
  /** A title glued to the start or end of a longer line needs more: 5 = a strong site or clear
   *  separator plus a repeat or a reappearing title, since prose can contain `X - Y` by chance. */
  minGluedTitleScore: 5,
  /** A page glued on after a footer: its headline is among this many lines after the copyright / ICP line
   *  (more footer lines, site links, a QR prompt come first). */
  afterFooterMaxLines: 6,
  /** A copyright or ICP line that ends a page is short (a long line mentioning 版权 is text). */
  footerLineMaxChars: 200,
  /** …is followed by a date or `来源:` line and running text within this many further lines. */
  afterFooterBodyLines: 3,
  /** …and is a headline: 4–60 characters (Chinese headlines stay under ~50), no full stop. */
  headlineMinChars: 4,
  headlineMaxChars: 60,
  /** Junk: PDF syntax is looked for only in this many characters at each end of a line, which keeps
   *  the regular expressions cheap on multi-megabyte lines (PDF tokens sit at line ends). */
  pdfScanChars: 200,
  /** Junk: a line needs at least this many non-space characters to be judged noisy on its own. */
  noiseLineMinChars: 8,
  /** Junk: share of noise characters (controls, rare ASCII symbols like ` ^ ~ { } $ @, lone letters of
   *  odd scripts) from which a line is stream bytes. PDF stream lines after decode measured 13–31 %;
   *  prose, menus, URLs and dates in the corpus measure 0–1 %, an e-mail line in brackets 12 %. */
  noiseLineShareMin: 0.15,
  /** Junk: a hanzi-poor line at least this noisy joins a junk run around it (stream lines at the low end
   *  of the range) but cannot start one. */
  weakNoiseShareMin: 0.08,
  /** Junk: a line with at least this share of hanzi is text even when noisy (a Chinese line with symbols). */
  noiseLineMaxHanShare: 0.2,
  /** Junk: a line with no hanzi and at most this many characters (`1716 46`, `0`) goes with the junk
   *  around it, but never starts or ends a run. */
  weakLineMaxChars: 24,
  /** Junk: at most this many text-looking lines in a row inside a run (stream bytes that happen to
   *  decode into a few hanzi). */
  junkGapMaxLines: 2,
  /** Junk: a run is rejected from this many PDF/noise lines (one fewer with a `%PDF-` header); one or
   *  two odd lines, or prose that mentions `%PDF-1.7`, are left to clean. */
  junkRunMinStrongLines: 3,
} as const;

export const CLEAN = {
  /** Menus: a run of at least this many consecutive short lines is navigation. Gov/ministry menus run to
   *  dozens of items; 2–3 short lines under a title (an issuing body, a date) are kept. */
  navRunMinLines: 4,
  /** A run with no interface word (首页, 登录, …) must be longer, and lie before or after the text, to be a
   *  menu: 4–7 short lines there can be a signature block or an issuing body; link lists are longer. */
  navRunMinLinesNoUi: 8,
  /** Longest menu item, in characters: full agency names in ministry menus reach ~23 characters
   *  (常驻联合国日内瓦办事处和瑞士其他国际组织代表团); longer lines are text, not links. */
  navItemMaxChars: 25,
  /** A running head or foot of a printed page sits within this many lines of the page number (or of the
   *  top of the text): the page number, a blank, the head. */
  runningHeadReach: 2,
  /** …and is short: a journal or document name with its issue, under ~30 characters. */
  runningHeadMaxChars: 30,
  /** A channel bar flattened onto one line (`国务院  总理  新闻  政策  互动  服务`) has at least this many
   *  items: portal bars list 6–12 channels, while a line of 2–5 names can be a byline or a signature. */
  channelBarMinItems: 6,
  /** …or this many when `|` separates them, which only link rows do (`首页 | 国际 | 国内 | 军事 | 评论`). */
  channelBarMinItemsPiped: 4,
  /** …each at most this many characters: channel names are 2–4 characters long. */
  channelBarItemMaxChars: 4,
  /** A channel bar whose names were joined without spaces (`首页政务要闻政策文件…`) is at most this long:
   *  6–12 names of 2–4 characters. */
  gluedChannelBarMaxChars: 60,
  /** A column's article list (`网络安全审查办法 2022-01-04`, one headline and its date per line) is at least
   *  this many lines; 2–3 dated lines can be a short chronology inside the text. */
  datedLinkRunMinLines: 4,
  /** …and its headlines are at most this many characters (headlines run to ~40). */
  datedLinkMaxChars: 60,
  /** Other articles' headlines listed under the text without a header (a portal's 'more news'): at least this
   *  many short lines in a row after the last finished sentence; a signature block or an annex's 2–3 lines is shorter. */
  trailingHeadlinesMinLines: 4,
  /** …each at most this many characters (headlines run to ~40). */
  trailingHeadlineMaxChars: 48,
  /** Shortest line counted as running text: a clause with a comma is ~10–20 characters; headings and
   *  menu items are shorter or carry no clause punctuation. */
  contentMinChars: 20,
  /** Running text has function characters (的 在 是 和 …); agency names and menus have almost none.
   *  FineWeb-2 Chinese prose sits around 0.08–0.15, so 0.02 only rejects lines with none at all. */
  contentMinStopwordDensity: 0.02,
  /** Running text is punctuated: in the seed corpus paragraphs have ≥ 4.5% sentence punctuation (5th
   *  percentile, ASCII forms counted); 1% still rejects long unpunctuated strings of names or links. */
  contentMinPunctShare: 0.01,
  /** A hard footer (ICP number, 版权所有) after the last paragraph at least this long ends the page; the
   *  shorter lines after it are mobile share cards (a title, a one-sentence summary) and app links. */
  afterFooterResumeMinChars: 100,
  /** Footer lines (copyright, sponsor, ICP) are short; a longer line mentioning 版权 is running text. */
  footerLineMaxChars: 200,
  /** A line with a footer word that is a full sentence (。) of at least this length is running text
   *  (a paragraph on copyright law); one-line footer notices are shorter. */
  footerSentenceMinChars: 40,
  /** A run of short lines numbered 1, 2, 3 … in order, at least this long, is a list or a table of the
   *  document (an annex of names), not a menu: menus are not numbered. */
  numberedRunMinRows: 3,
  /** A comment header starts a comment section when a comment box's own words (`发表评论`, `已有3条评论`)
   *  stand within this many lines of it: the box sits right under its header. */
  commentBoxReach: 3,
  /** Page code (CODE_SIGNALS): a style rule or a script statement is at least this long… */
  codeMinChars: 20,
  /** …has at most this share of Han characters (font names in a TRS style sheet, a string in a script;
   *  a sentence that quotes code is mostly Han)… */
  codeMaxHanShare: 0.15,
  /** …and shows at least this many distinct code marks (one `;` or `()` is punctuation in prose). */
  codeMinSignals: 3,
  /** A media player's message or clock (`视频加载中，请稍候...`, `00:00 / 02:15`) is a short line. */
  playerTextMaxChars: 30,
  /** Widget/menu words are only judged on short lines: `分享 | 打印 | 微信` rows are under ~40 characters. */
  widgetLineMaxChars: 40,
  /** A date line, with its wrapper, time, weekday or update note (`2020/5/7 10:00(5/7 14:41 更新)`), is under ~40
   *  characters; only lines this short are read with the metadata stage's fuller date reader. */
  dateLineMaxChars: 48,
  /** A photo's caption is a phrase or one sentence, under ~50 characters; longer lines with a credit are text. */
  photoCaptionMaxChars: 60,
  /** A portal's no-responsibility note (`文責自負 · 不代表本網立場`, `本文仅代表作者观点，不代表本网立场。`) runs
   *  10–25 characters; a sentence of running text that quotes the phrase is longer. */
  noResponsibilityMaxChars: 30,
  /** A headline with a share bar's label glued to its end (`…國家安全分享到:`): headlines stay under ~60
   *  characters, so a longer line ending in `分享：` is text that leads into a list. */
  gluedShareLabelMaxChars: 70,
  /** A breadcrumb glued before a headline (`Home政治`, `首页>国内>`): a home link and a channel or two. */
  gluedCrumbMaxChars: 12,
  /** Only lines at least this long are searched for glued page chrome: a saved page flattened to one
   *  line (encyclopedia, Q&A sites) is hundreds to thousands of characters. */
  gluedMinLineChars: 150,
  /** Largest head/tail zone stripped from a glued line: portal bars and footers are ~100–300 characters. */
  gluedZoneMaxChars: 400,
  /** A page flattened into one line is cut at its seams from this length on: a short notice with its header
   *  (`发布日期：… 發布單位：…` and a headline before a two-sentence text) is ~100 characters. */
  unglueMinLineChars: 80,
  /** The signing agency between a flattened document's last sentence and its date is at most this long
   *  (`中华人民共和国工业和信息化部`, two agencies signing jointly). */
  gluedSignatureMaxChars: 30,
  /** Share of a head/tail zone's letters that must be UI words (登录 注册 首页 分享 收藏 …) to strip it. */
  gluedUiCoverageMin: 0.6,
  /** …and at least this many UI words: one word (新闻, 分享) at the start of a sentence is not a menu. */
  gluedUiMinTokens: 3,
  /** A line split lists as a page-title line is dropped only if at most this long (titles are short;
   *  a long line with that number is a body piece). */
  pageTitleMaxChars: 150,
  /** A line starting with the tail of the page-title line (`…条约_百科`) must share at least this many
   *  characters with it to be taken as a title fragment. */
  titleFragmentMinChars: 4,
  /** A date with a weekday is a page header (the scrape date) only within the first few lines. */
  scrapeDateTopLines: 5,
  /** Breadcrumb trails (首页 > 资料 > 条约文件 > 政策文件) are short; a longer line with `>` is text. */
  breadcrumbMaxChars: 120,
  /** Finance ticker header rows (• 股票名称 最新价 涨跌幅) are a few words long. */
  tickerMaxChars: 60,
  /** Quote attributions (——某某,2015年12月16日) are one short line. */
  quoteAttributionMaxChars: 80,
  /** A title spared at the end of a menu (right above the date line) has at least this many characters;
   *  menu words are 2–4 characters. */
  spareTitleMinChars: 5,
  /** Author-profile header lines above the list (作者及其成果, 作者简介): at most this many… */
  profileHeaderMaxLines: 2,
  /** …each at most this long. */
  profileHeaderMaxChars: 15,
  /** Author-profile blocks list a person then many works; fewer list items are a normal list. */
  authorProfileMinItems: 5,
  /** The person signals (e-mail, rank such as 研究员) must appear within the first items of the block. */
  authorProfileSignalItems: 6,
  /** A label line (`来源:`) is joined with the next line only if that value is this short (an agency name). */
  labelValueMaxChars: 30,
  /** Porn-keyword SEO lines: at least this many keyword hits… */
  spamMinHits: 4,
  /** A casino ad injected into a hacked page (`澳门新葡京娱乐官网-欢迎您`) is one short unpunctuated line
   *  naming at least two casino brands or bait words; an article on gambling crackdowns writes sentences. */
  gamblingAdMaxChars: 40,
  gamblingAdMinDistinct: 2,
  /** …from at least this many different keywords… */
  spamMinDistinct: 2,
  /** …in a list of at least this many comma-separated items (keyword stuffing, not a sentence)… */
  spamMinItems: 3,
  /** …each at most this long. */
  spamItemMaxChars: 24,
  /** SEO download-ad lines (`xx钱包手机版app下载|title`) are title-length. */
  seoLineMaxChars: 80,
  /** A line counts as the page title if it equals the title hint or one contains the other and the shorter
   *  has at least this share of the longer (title hint `…共同体` vs line `…共同体_白皮书`). */
  titleContainRatio: 0.6,
} as const;

export const DEDUPE = {
  /** Lines are compared folded to one script only in a document with at least this many characters only
   *  Simplified uses and as many only Traditional uses (a page printing its body in both scripts has
   *  hundreds; a Traditional poem collection has no Simplified-only character at all). */
  bothScriptsMinChars: 10,
  /** Only lines with at least this many letters are de-duplicated: headings repeated by a table of
   *  contents (≤ ~30 characters) must stay for the structure stage; paragraphs are longer. */
  minChars: 40,
  /** Near-duplicate lines: within 10% edit distance of the longer copy (MAP-CC's in-document rule). */
  maxEditRatio: 0.1,
  /** Character shingle size for candidate bucketing; 5 keeps one edit from touching more than 5 shingles. */
  shingleChars: 5,
  /** MinHash functions used as buckets: with 16, two lines at Jaccard 0.3 share a bucket 99.7% of the time. */
  numHashes: 16,
  /** Most candidates checked by edit distance per line (bounds the work on repetitive documents). */
  maxCandidates: 32,
  /** A run of at least this many consecutive duplicate lines is a repeated body, not a repeated line. */
  blockMinLines: 3,
  /** Without a title hint the first line counts as the title only if at most this long and not a
   *  sentence: Chinese headlines rarely pass ~60 characters; a first line of running text is a paragraph. */
  titleMaxChars: 80,
  /** A headline printed again as the page's last line is one of the top few lines (title, date, byline). */
  titleRepeatTopLines: 4,
} as const;

export const METADATA = {
  /** Non-blank lines at the top searched for the title line: page headers left by clean (scrape date,
   *  a breadcrumb remnant, a repeated title) rarely take more than a handful of lines before the title. */
  headerZoneLines: 12,
  /** Non-blank lines after the title searched for the date/source/byline block: news and government pages put
   *  title, byline, date, source and a parenthesised subtitle within 3–5 lines; 6 leaves room for one stray line. */
  metaWindowLines: 6,
  /** Without a title, a bulletin's subject sentence has its poster and date within 2 lines under it (a third
   *  for a stray line); a date further down is in the text. */
  subjectAnchorLines: 3,
  /** A wire dateline opens the first paragraph, or the second under a photo caption or an English title. */
  datelineParagraphs: 2,
  /** …counting short lines above it apart, up to this many (a headline and subtitle no rule took, a caption). */
  datelineShortLines: 2,
  /** An unlabelled byline with a date (`原创 张伟 某公众号 2023-05-12 10:00 发表于北京`) is short: longer lines
   *  are sentences that merely end with a date. */
  maxBylineChars: 50,
  /** … and names at most a person and the outlet (plus one more for a co-author). */
  bylineMaxNames: 3,
  /** Non-blank lines at the end searched for `（作者：…）` / `（来源：…）` trailers, which sit on the last 1–3 lines. */
  trailerZoneLines: 4,
  /** A title longer than this is a glued paragraph, not a headline (Chinese headlines stay under ~50 characters). */
  maxTitleChars: 80,
  /** A labelled metadata line longer than this is prose: the longest real one, `• 發佈時間:… 來源:… 作者:…
   *  責任編輯:…`, is about 60 characters. */
  maxMetaLineChars: 120,
  /** A line with a comma and at least this many characters opens the body even without a full stop (the
   *  first line of a hard-wrapped paragraph); header lines with commas are labelled (`来源：…，作者：…`). */
  bodyClauseMinChars: 25,
  /** The signing agency of an official document, full name (中华人民共和国国家互联网信息办公室: 16). */
  signatureMaxChars: 30,
  /** A channel label above a headline (`新聞`, `要闻`, `国际交流`); a kicker line above a title is longer. */
  channelLabelMaxChars: 4,
  /** A cover page's issuing body may be broken over this many lines (`中华人民共和国` / `国务院新闻办公室`). */
  issuerMaxLines: 3,
  /** A field value longer than this is a sentence, not a source/author/editor name (agency names stay < 25). */
  maxFieldValueChars: 30,
  /** Byline under the title: a personal name has at least 2 Han characters (surname + given name). */
  bylineMinChars: 2,
  /** … and at most 4 (compound surname + two-character given name: 欧阳明华); longer lines are not names. */
  bylineMaxChars: 4,
  /** A scraped title line can lose 1–2 characters at an edge; a hint longer by up to this many characters
   *  (and not by a `_site`/`xxx|` affix) is the more complete title. */
  titleTruncationMaxChars: 3,
  /** A title line must hold at least this share of the hint to count as a truncated copy of it. */
  titleMinShareOfHint: 0.5,
  /** A title line may extend the hint by up to this share of its length (`《标题》全文`, a subtitle after a dash
   *  the site dropped); longer additions mean the line is something else that merely quotes the title. */
  titleMaxExtensionShare: 0.5,
  /** Earliest plausible publication year: older "dates" in a header are misparsed numbers (phone, ID). */
  minYear: 1900,
  /** Latest plausible publication year: same reason; a web page cannot be published in 2150. */
  maxYear: 2100,
} as const;
/** METADATA with plain numbers, for tests and callers passing overrides. */
export type MetadataLimits = { readonly [K in keyof typeof METADATA]: number };

export const STRUCTURE = {
  /** A numbered heading is a short line: the longest real ones (`（三）营造开放、公平、公正、非歧视的数字发展环境`)
   *  are ~25 characters; 40 leaves room while keeping one-sentence list items out. */
  headingMaxChars: 40,
  /** Only lines at least this long are checked for inline numbered sections glued into one line (MFA/CAC pages
   *  glue a whole 2,000-character document into one line; ordinary paragraphs with one `1.` are shorter). */
  inlineSplitMinChars: 150,
  /** An inline numbering sequence must reach this many consecutive markers before the line is split on it,
   *  so a lone `一、` inside a sentence never splits. */
  minInlineSequence: 2,
  /** A table saved one cell per line (structure-cells.ts) has at least this many numbered rows… */
  tableMinRows: 3,
  /** …of at most this many cells (the number included): annex tables have 3–6 columns… */
  tableMaxColumns: 8,
  /** …each a short line: names, units, places, dates. */
  tableCellMaxChars: 40,
  /** A table-of-contents entry is a short heading-like line; longer lines end the 目录 run. */
  tocEntryMaxChars: 50,
  /** A 目录 block needs at least this many entries to be treated as a table of contents. */
  tocMinEntries: 2,
  /** Consecutive short lines of the same numbering style, at least this many, form a list (paragraphs),
   *  not a run of headings: real headings are followed by body text or by a deeper heading. */
  listRunMinItems: 3,
  /** Hard-wrapped text: lines at least this wide (display columns, a Han character is 2) are judged;
   *  PDF and mail wraps sit at 60–90 columns, headings and signatures are shorter. */
  reflowMinWidth: 40,
  /** …at least this many of them must share the widest width (one paragraph of 4 lines is enough). */
  reflowMinLines: 4,
  /** A wrapped line may fall this many columns short of the width (a half-width character, kinsoku). */
  reflowWidthSlack: 2,
  /** …and at least this share of the full-width lines stop mid-sentence (web paragraphs end with 。). */
  reflowMinOpenShare: 0.6,
  /** …and the full-width lines are at least this share of all lines: in a wrapped text every paragraph
   *  but its last line is full; a poem collection with a few long titles of one length is not wrapped. */
  reflowMinFullShare: 0.3,
  /** …and at least this share of them hold a comma (prose does; a run of long titles does not). */
  reflowMinClauseShare: 0.5,
} as const;
/** STRUCTURE with plain numbers, for tests and callers passing overrides. */
export type StructureLimits = { readonly [K in keyof typeof STRUCTURE]: number };

export const CONVERT = {
  /** A non-default Traditional form of a character is a real alternative worth reviewing when at least this
   *  many of OpenCC's phrases choose it: 1 would admit data quirks (計 kept once in 不可貲計). */
  ambiguityMinPhrases: 2,
  /** …and at least this share of the phrases containing the character: 于 (16 %), 后 (9 %), 板 (1.9 %:
   *  老闆) are real choices; 万 (0.4 %), 种 (0.8 %) are not, and listing each 万 would bury the real ones. */
  ambiguityMinShare: 0.015,
  /** A one-to-many character counts as a surname when at least this many 2–3 character entries of jieba's
   *  dictionary start with it as a personal name: 于 (623), 范 (151) pass; 发 (1), 面 (0) never do. */
  surnameMinEntries: 20,
  /** …and names are at least this share of those entries: 于 0.98, 范 0.84, 谷 0.69 qualify; 云 0.51 and
   *  余 0.39 do not (an unknown word 云上 is more often "on the cloud" than a name), nor 后 0.18. */
  surnameMinShare: 0.6,
  /** Regional evidence needed before a Traditional text is called Taiwan or Hong Kong usage (words or
   *  glyphs): one 資訊 in a quoted name is no evidence; an article in Taiwan phrasing has dozens. */
  variantMinSignals: 3,
  /** Taiwan vocabulary must outnumber mainland vocabulary by this factor: Taiwan text still says 程序 or
   *  信息 now and then, and mainland text says 支援 or 互動, so a bare majority is too fragile. */
  variantDominance: 2,
  /** Characters of context on each side of an ambiguous character in the review list: enough to show the
   *  word and its neighbour (皇后/之后, 于是/于明) without turning the list into paragraphs. */
  contextChars: 8,
  /** eval:conversion fails below this many of OpenCC's 543 official expected outputs: plain opencc-js
   *  scores 540 (its three misses need a rare-character dictionary it leaves out), and the project's
   *  word-boundary rules must not cost any of them. */
  evalMinPassing: 540,
} as const;

export const NEARDUP = {
  /** Characters per shingle, on text without punctuation/space/figures: 6 Han ≈ 3–4 words — long enough
   *  that common words do not match by themselves, short enough that a repost with a few % of its
   *  characters edited keeps most shingles (each edit spoils ≤ 6). Measured on the seed corpus, 5–8
   *  give the same links; 10+ drops the rewritten Traditional digest below "contained-in". */
  shingleChars: 6,
  /** MinHash bins per document (one-permutation hashing): Jaccard estimate error √(J(1−J)/126) ≤ 0.045. */
  numHashes: 126,
  /** LSH bands × rows = 42 × 3 (= numHashes): candidate probability 0.996 at J = 0.5 (the
   *  near-duplicate threshold), 0.68 at J = 0.3, 4 % at J = 0.1, ~0 for unrelated pages. */
  lshBands: 42,
  lshRows: 3,
  /** Characters per shingle of the passage index: longer than set phrases (网络空间命运共同体 is 9)
   *  and than most quoted slogans' pieces, so documents sharing only vocabulary share no fingerprint. */
  fingerprintChars: 20,
  /** Winnowing window (shingles): any shared passage of ≥ 30 + 20 − 1 = 49 characters yields a common
   *  fingerprint, so an excerpt inside a long page is found even when whole-page Jaccard is tiny;
   *  costs ~2 index entries per 31 characters (~160 per 3,000-character document). */
  winnowWindow: 30,
  /** Fingerprints held by more documents than this are widely quoted passages or site boilerplate:
   *  not used to propose pairs (all-pairs would be quadratic; copies that common are found by LSH). */
  maxPostingDocs: 50,
  /** LSH buckets larger than this link their members as a star instead of all pairs (a family of
   *  hundreds of reposts of one text must not cost quadratic time; a star suffices to merge it). */
  maxBucketDocs: 64,
  /** Documents must share this many fingerprints to be verified: one is a single ~50-character
   *  coincidence (one quoted sentence); a copied passage of ≥ 80 characters yields two or more. */
  minSharedFingerprints: 2,
  /** A shared passage counts only when at least this many (normalised) characters long: documents
   *  that merely share a topic share runs of ≤ 23 characters on the seed corpus (set phrases, titles). */
  minPassageChars: 25,
  /** Jaccard of shingle sets at or above which two documents are versions of one text: edits at rate e
   *  keep ≈ (1−e)^6 of the shingles, so 3 % edits → J ≈ 0.71, 6 % → J ≈ 0.53. */
  nearDuplicateJaccard: 0.5,
  /** Share of the inner document's shingles found in the outer at or above which it is "contained in"
   *  it (an excerpt republished as its own page; the seed corpus's rewritten digest of a white paper
   *  scores 0.68). When both documents reach it, they are near-duplicates (a repost with ~7 % edits). */
  containsMin: 0.6,
  /** Characters of shared passages (each ≥ minPassageChars) needed to call two documents related:
   *  a few copied sentences, more than one quoted slogan. */
  relatedMinChars: 100,
  /** Share of the smaller document lying in shared passages needed for "related" or "contains":
   *  policy papers on one topic re-use stock clauses (seed corpus: 4.5 % and 8.5 % of the smaller
   *  text), while copied or rewritten articles share far more (seed corpus: 47 % and 59 %). */
  relatedMinShare: 0.15,
  /** A single shared passage this long is copied text whatever the sizes (two long reports sharing a
   *  paragraph): stock clauses and quoted slogans stay under ~70 characters (seed corpus: ≤ 64). */
  relatedLongPassageChars: 200,
  /** Bytes of memory verification may use to keep a document's shingles between its candidate pairs
   *  (~80 KB for a 3,000-character document): at 100k documents one poem sits in many pairs, and
   *  rebuilding its shingles per pair was most of the run. Beyond it documents are rebuilt per pair;
   *  the result is the same either way (tested with 0). */
  featureStoreBytes: 512 * 1024 * 1024,
  /** Seed of every hash in the stage (fixed: same input → same pairs). */
  seed: 0x2f6b1d3a,
} as const;

export const PUBLISH = {
  /** A segment with less body text than this (characters, no whitespace) is a stub — a "related items"
   *  teaser or a page that lost its body — and is rejected with a reason rather than published. */
  minBodyChars: 60,
  /** Samples of removed lines kept per removal code in a document's provenance list. */
  removedSamplesPerCode: 20,
  /** Characters of each removed line kept in those samples. */
  removedSampleChars: 80,
  /** Length of a title cut from the start of the text when the text states none and has no headline. */
  fallbackTitleChars: 30,
  /** …taken from a headline-like paragraph among the first this many blocks (a site's greeting or hotline
   *  may stand above the headline)… */
  fallbackHeadlineBlocks: 5,
  /** …of at least this many characters (a user name, a site's name or a one-word label is no headline;
   *  headlines run to 10–30). */
  fallbackHeadlineMinChars: 8,
  /** …and at least this share of them Han characters (`AI治理白皮书发布` is; an ad's `◤Blueseeds永續生活◢` is not). */
  fallbackHeadlineMinHanShare: 0.5,
} as const;

export const PARALLEL = {
  /** Below this many bytes of raw text to process, worker threads cost more than they save: each one
   *  loads the pipeline, the converter's dictionaries and jieba first. Measured here (2 cores): 5 MB took
   *  4.7 s with two workers against 4.4 s in one thread, 49 MB 22 s against 31 s; break-even near 7 MB. */
  minBytes: 8 * 1024 * 1024,
  /** Raw bytes handed to a worker at a time: small enough to balance uneven files across workers,
   *  large enough that messages are few (10k bench documents: ~200 batches). */
  batchBytes: 256 * 1024,
} as const;
