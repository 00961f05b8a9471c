/**
 * Every tunable number of the pipeline, in one place, each with the reason for its value.
 * Stages import their own section; tests may pass overrides.
 */

export const DECODE = {
  /** Files larger than this are rejected unread beyond the limit (bytes). Override with --max-bytes. */
  maxFileBytes: 50 * 1024 * 1024,
} as const;

export const SPLIT = {} as const;

export const CLEAN = {
  /** Menus: a run of at least this many consecutive short lines is navigation. Gov/ministry menus run to
   *  dozens of items; 2–3 short lines under a title (an issuing body, a date) are kept. */
  navRunMinLines: 4,
  /** Longest menu item, in characters: full agency names in ministry menus reach ~23 characters
   *  (常驻联合国日内瓦办事处和瑞士其他国际组织代表团); longer lines are text, not links. */
  navItemMaxChars: 25,
  /** Shortest line counted as running text: a clause with a comma is ~10–20 characters; headings and
   *  menu items are shorter or carry no clause punctuation. */
  contentMinChars: 20,
  /** Running text has function characters (的 在 是 和 …); agency names and menus have almost none.
   *  FineWeb-2 Chinese prose sits around 0.08–0.15, so 0.02 only rejects lines with none at all. */
  contentMinStopwordDensity: 0.02,
  /** After a hard footer (ICP number, 版权所有), only a paragraph at least this long resumes the text;
   *  shorter lines there are mobile share cards (a title, a one-sentence summary) and app links. */
  afterFooterResumeMinChars: 100,
  /** Footer lines (copyright, sponsor, ICP) are short; a longer line mentioning 版权 is running text. */
  footerLineMaxChars: 200,
  /** Widget/menu words are only judged on short lines: `分享 | 打印 | 微信` rows are under ~40 characters. */
  widgetLineMaxChars: 40,
  /** Only lines at least this long are searched for glued page chrome: a saved page flattened to one
   *  line (encyclopedia, Q&A sites) is hundreds to thousands of characters. */
  gluedMinLineChars: 150,
  /** Largest head/tail zone stripped from a glued line: portal bars and footers are ~100–300 characters. */
  gluedZoneMaxChars: 400,
  /** Share of a head/tail zone's letters that must be UI words (登录 注册 首页 分享 收藏 …) to strip it. */
  gluedUiCoverageMin: 0.6,
  /** …and at least this many UI words: one word (新闻, 分享) at the start of a sentence is not a menu. */
  gluedUiMinTokens: 3,
  /** A line starting with the tail of the page-title line (`…条约_百科`) must share at least this many
   *  characters with it to be taken as a title fragment. */
  titleFragmentMinChars: 4,
  /** A date with a weekday is a page header (the scrape date) only within the first few lines. */
  scrapeDateTopLines: 5,
  /** Author-profile blocks list a person then many works; fewer list items are a normal list. */
  authorProfileMinItems: 5,
  /** The person signals (e-mail, rank such as 研究员) must appear within the first items of the block. */
  authorProfileSignalItems: 6,
  /** A label line (`来源:`) is joined with the next line only if that value is this short (an agency name). */
  labelValueMaxChars: 30,
  /** Porn-keyword SEO lines: at least this many keyword hits… */
  spamMinHits: 4,
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
} as const;

export const METADATA = {
  /** Non-blank lines at the top searched for the title line: page headers left by clean (scrape date,
   *  a breadcrumb remnant, a repeated title) rarely take more than a handful of lines before the title. */
  headerZoneLines: 12,
  /** Non-blank lines after the title searched for the date/source/byline block: news and government pages put
   *  title, byline, date, source and a parenthesised subtitle within 3–5 lines; 6 leaves room for one stray line. */
  metaWindowLines: 6,
  /** Non-blank lines at the end searched for `（作者：…）` / `（来源：…）` trailers, which sit on the last 1–3 lines. */
  trailerZoneLines: 4,
  /** A title longer than this is a glued paragraph, not a headline (Chinese headlines stay under ~50 characters). */
  maxTitleChars: 80,
  /** A labelled metadata line longer than this is prose: the longest real one, `• 發佈時間:… 來源:… 作者:…
   *  責任編輯:…`, is about 60 characters. */
  maxMetaLineChars: 120,
  /** A field value longer than this is a sentence, not a source/author/editor name (agency names stay < 25). */
  maxFieldValueChars: 30,
  /** Byline under the title: a personal name of 2–4 Han characters (4 covers compound surnames). */
  bylineMinChars: 2,
  bylineMaxChars: 4,
  /** A scraped title line can lose 1–2 characters at an edge; a hint longer by up to this many characters
   *  (and not by a `_site`/`xxx|` affix) is the more complete title. */
  titleTruncationMaxChars: 3,
  /** A title line must hold at least this share of the hint to count as a truncated copy of it. */
  titleMinShareOfHint: 0.5,
  /** Plausible publication years: the corpus is web pages on Internet policy; outside this a "date" is a misparse. */
  minYear: 1900,
  maxYear: 2100,
} as const;

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
  /** A table-of-contents entry is a short heading-like line; longer lines end the 目录 run. */
  tocEntryMaxChars: 50,
  /** A 目录 block needs at least this many entries to be treated as a table of contents. */
  tocMinEntries: 2,
  /** Consecutive short lines of the same numbering style, at least this many, form a list (paragraphs),
   *  not a run of headings: real headings are followed by body text or by a deeper heading. */
  listRunMinItems: 3,
} as const;

export const CONVERT = {} as const;

export const NEARDUP = {
  /** Characters per shingle, on text without punctuation/space: 6 Han ≈ 3–4 words, longer than most
   *  set phrases' pieces yet short enough that a copy with a few % of characters edited keeps most
   *  shingles (each edit spoils ≤ 6 shingles). */
  shingleChars: 6,
  /** MinHash bins per document (one-permutation hashing): Jaccard estimate error ≈ √(J(1−J)/128) ≤ 0.045. */
  numHashes: 126,
  /** LSH bands × rows = 42 × 3: candidate probability 0.99 at J = 0.5 (the near-duplicate threshold
   *  band below), 0.68 at J = 0.3, 4 % at J = 0.1, ~0 for unrelated pages. */
  lshBands: 42,
  lshRows: 3,
  /** Winnowing window (shingles): any shared run of ≥ 20 + 6 − 1 = 25 characters yields a common
   *  fingerprint, so an excerpt inside a long page is found even when whole-page Jaccard is tiny. */
  winnowWindow: 20,
  /** Fingerprints held by more documents than this are set phrases or site boilerplate, not evidence
   *  of copied text; they are not used to propose pairs (copies that large are still found by LSH). */
  maxPostingDocs: 50,
  /** LSH buckets larger than this link their members as a star instead of all pairs (a family of
   *  hundreds of reposts of one text must not cost quadratic time; a star suffices to merge it). */
  maxBucketDocs: 64,
  /** Documents must share this many fingerprints to be checked for overlap: one shared fingerprint is
   *  a single ~25-character coincidence (a quoted slogan); copied passages yield several. */
  minSharedFingerprints: 2,
  /** A shared passage counts only when at least this many characters long: shared vocabulary
   *  (网络空间命运共同体, 构建人类命运共同体 … up to ~20 characters) stays below it. */
  minPassageChars: 25,
  /** Jaccard of shingle sets at or above which two documents are versions of one text (a repost with
   *  a few % edits: 3 % edits keep ≈ 83 % of 6-shingles → J ≈ 0.7; 8 % edits → J ≈ 0.5). */
  nearDuplicateJaccard: 0.5,
  /** Share of the smaller document's shingles found in the larger at or above which the smaller is
   *  "contained in" the larger (an excerpt republished as its own page, lightly edited). */
  containsMin: 0.6,
  /** Characters of shared passages (each ≥ minPassageChars) needed to call two documents related:
   *  a few copied sentences, more than one quoted slogan. */
  relatedMinChars: 100,
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
} as const;
