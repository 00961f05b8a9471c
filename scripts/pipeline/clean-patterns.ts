/**
 * Word lists and regular expressions for the clean stage, in both scripts.
 *
 * Everything here names a GENERIC piece of web-page chrome (menus, footers, share widgets, …) as it
 * appears on Chinese sites; nothing is keyed to one site or one document. The numbers that decide how
 * these are combined live in thresholds.ts (CLEAN).
 */

/**
 * Unmistakable interface words: home, account, site tools, version and language switchers. A short line
 * made only of these is navigation wherever it stands.
 */
export const STRONG_UI_WORDS: readonly string[] = [
  '首页', '首頁', '主页', '主頁', '登录', '登錄', '注册', '註冊', '退出', '个人中心', '個人中心', '我的收藏', '收藏',
  '用户登录', '用戶登錄', '用户注册', '用戶註冊',
  '留言', '邮箱', '郵箱', '搜索', '搜尋', '设为首页', '設為首頁', '加入收藏', '网站地图', '網站地圖', '联系我们',
  '聯繫我們', '关于我们', '關於我們', '关于本网', '關於本網', '网站声明', '網站聲明', '网站纠错', '網站糾錯', '隐私政策',
  '隱私政策', '免责声明', '免責聲明', '使用帮助', '意见反馈', '意見反饋', '在线客服',
  // Taiwan and Hong Kong government sites
  '隱私權政策', '隐私权政策', '私隱政策', '私隐政策', '重要告示', '無障礙聲明', '无障碍声明', '網站導覽', '网站导览', '回首頁',
  '回首页', '常見問答', '常见问答', '意見信箱', '意见信箱', '政府網站資料開放宣告', '政府网站资料开放宣告',
  '返回列表', '返回列表页', '返回列表頁', '返回目录', '返回目錄', '返回上级', '返回上級', '返回上一级', '返回上一級', '返回首页', '返回首頁',
  '跳到主要內容區塊', '跳到主要内容区块', '跳到主要內容', '跳到主要内容', '跳至主要內容', '跳至主要内容', '跳轉到內容', '跳转到内容',
  '登入', '登出', '會員登入', '会员登录',
  '无障碍浏览', '無障礙瀏覽', '关怀模式', '關懷模式', '适老化', '適老化',
  '无障碍', '無障礙', '关怀版', '關懷版', '长者模式', '電腦版', '电脑版', '手机版', '手機版', '移动版', '移動版', 'PC版',
  '客户端', '客戶端', '小程序', 'APP', 'App', 'app',
  '简体', '繁体', '簡體', '繁體', '简', '繁', '簡', 'EN', 'English', 'Français', 'Español', 'Русский', 'عربي',
  'Deutsch', '日本語', '한국어', 'Português',
  // English interface of bilingual sites (spaces are stripped before matching: `About Us` → `AboutUs`)
  'Home', 'About', 'AboutUs', 'Contact', 'ContactUs', 'Login', 'LogIn', 'Signin', 'SignIn', 'Signup', 'SignUp', 'Search',
  'Sitemap', 'SiteMap', 'Privacy', 'PrivacyPolicy', 'TermsofUse', 'TermsOfUse', 'RSS', 'Menu',
];

/**
 * Words that are interface words in a menu or a portal bar but also ordinary words (新闻, 视频, 建议, 编辑):
 * they count towards menus and glued portal bars, but a line made only of them is not removed on its own.
 */
export const WEAK_UI_WORDS: readonly string[] = [
  '检索', '檢索', '帮助', '幫助', '更多', '客服', '反馈', '投诉', '举报', '建议', '订阅', '訂閱', '进入', '查看', '看过',
  '文档', '工具', '下载', '下載', '今日新聞', '今日新闻', 'News', 'More',
  // portal verticals (search-engine and news-portal top bars)
  '网页', '網頁', '新闻', '新聞', '贴吧', '知道', '网盘', '图片', '圖片', '视频', '視頻', '地图', '地圖', '文库', '资讯',
  '資訊', '采购', '百科', '音乐', '学术', '词条', '詞條', '全站',
  // article-page actions (Q&A, encyclopedia, blogs)
  '切换模式', '写文章', '發文章', '发布于', '發佈於', '编辑于', '赞同', '贊同', '添加评论', '评论', '評論', '分享', '喜欢',
  '喜歡', '申请', '播报', '讨论', '上传', '编辑', '編輯', '入门', '规则', '任务', '新手上路', '有用', '点赞', '關注', '关注',
];

/** All interface words, for measuring how much of a stretch is page chrome. */
export const UI_WORDS: readonly string[] = [...STRONG_UI_WORDS, ...WEAK_UI_WORDS];

/** Share / print / font-size widget words: a short line made only of these is a widget row. */
export const WIDGET_WORDS: readonly string[] = [
  '分享到', '分享至', '分享', '打印本页', '打印', '列印', '纠错', '糾錯', '我要纠错', '我要糾錯', '关闭窗口', '关闭', '關閉',
  '字号', '字號', '字体', '字體', '默认', '默認', '超大', '大', '中', '小', '扫一扫在手机打开当前页', '掃一掃在手機打開當前頁',
  '扫一扫', '掃一掃', '微信', '微博', 'QQ空间', 'QQ空間', 'QQ', '朋友圈', '复制链接', '複製鏈接', '收藏', '收藏本文', '收藏本页',
  '收藏本頁', '×', '◆',
  // Taiwan and Hong Kong pages: print, mail, back and font-size rows, and their share buttons
  '友善列印', '列印此頁', '列印本頁', '電郵此頁', '电邮此页', '電郵', '电邮', '轉寄', '转寄', '回上頁', '回上页', '回上一頁',
  '返回上一页', '字級', '字级', 'AAA', 'A+', 'A-', 'A＋', 'A－', '複製連結', '复制连结', 'Facebook', 'Twitter', 'WhatsApp', 'LINE', 'Line', 'Plurk',
  'Telegram', 'Email', 'E-mail', 'X', 'Share', 'Sharethis', 'ShareThis', 'Print', 'LinkedIn', 'Weibo', 'WeChat', 'Reddit',
  '分享让更多人看到', '分享讓更多人看到',
  // export and back-to-top buttons of law databases and document viewers (`列印 | 匯出PDF | 回頁首`)
  // counters and actions of Q&A sites and blogs (`关注者` / `1,024`, `申请转载`)
  '关注者', '關注者', '被浏览', '被瀏覽', '申请转载', '申請轉載', '喜欢', '喜歡', '关注', '關注', '+关注', '＋关注', '+關注',
  '举报', '舉報', '字級設定', '字级设定', '字體大小', '字体大小', '特',
  '相片', '匯出PDF', '汇出PDF', '导出PDF', '導出PDF', '下载PDF', '下載PDF', '回頁首', '回页首', '回到頁首', '回到页首',
  '字号变大', '字号变小', '字號變大', '字號變小', '返回', '分享工具', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'weibo', 'wechat',
  // a document's download and read-aloud buttons (`国资政策文件 2022-07-07 下载收藏 语音播报`)
  '下载', '下載', '语音播报', '語音播報', '朗读', '朗讀',
];

/** Characters that only separate or decorate (menu separators, brackets of 【打印】, bullets). */
export const DECORATION_CHARS = /[|｜/／\\·•●◆◇■□▪▶►>＞›»:：、,，.。\-—_\s【】\[\]()（）「」<>《》"“”'‘’*#~]/gu;

/**
 * A platform's notice under every article, a full sentence but page furniture all the same: "(this site:)
 * no reprint without permission", "this platform only stores what users upload". A sentence of an article
 * on copyright that says the same is not addressed from the site and stays.
 */
export const DISCLAIMER =
  /^\s*(?:本網站|本网站|本站|本平台|本報|本报|本刊|本文|特别声明|特別聲明|版权声明|版權聲明|免责声明|免責聲明)[^。]{0,60}?(?:非經|未经|未經|未获|未獲)(?:授權|授权|許可|许可|同意)[，,\s]*(?:不得|禁止|請勿|请勿)(?:轉載|转载|使用|複製|复制)|仅提供信息存储服务|僅提供資訊儲存服務|僅提供信息存儲服務/u;

/** A portal's note that it takes no responsibility for what users post (`稿件由用戶上傳 · 文責自負 · 不代表本網立場`). */
export const NO_RESPONSIBILITY = /文[责責]自[负負]|不代表本[网網站台](?:立场|立場|观点|觀點)/u;

/** The copyright line that closes a page (a page glued on after it starts a new document). */
export const FOOTER_END = /版权所有|版權所有|Copyright|©|All\s+rights\s+reserved/iu;

/** Hard footer markers: the copyright line, sponsor, licence numbers, CMS signature, back-to-top. */
export const FOOTER_MARKERS = new RegExp(
  `${FOOTER_END.source}|` +
    String.raw`主办单位|主辦單位|主办[:：]|主辦[:：]|承办[:：]|承辦[:：]|协办[:：]|技术支持[:：]|技術支持[:：]|运行维护单位|運行維護單位|网站标识码|網站標識碼|增值电信业务经营许可证|Produced\s+By|Powered\s+by|返回顶部|返回頂部|回到顶部|聯絡我們.{0,6}(地址|電話)|联系我们.{0,6}(地址|电话|邮编)|^\s*(地址|地 址|通訊地址|通讯地址)\s*[:：].{0,80}(電話|电话|Tel)|Back\s+to\s+top|最後更新日期|最后更新日期|瀏覽人次|浏览人次|點閱次數|点阅次数|到訪人次|本網站支援|本网站支持|無障礙檢測|无障碍检测|版權告示|版权告示`,
  'iu',
);

/** ICP licence and public-security filing numbers (京ICP备12345678号-1, 京公网安备110…). */
export const ICP_PATTERN =
  /[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊]\s*ICP\s*[备证備證]|公网安备|公網安備/u;
/** Literal text every ICP_PATTERN match contains (a quick pre-check; keep in step with the pattern). */
export const ICP_LITERALS = /ICP|公网安备|公網安備/u;

/** Breadcrumb with an explicit label: 当前位置:首页>正文. */
const BREADCRUMB_LABELS = '当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|您当前的位置|您當前的位置|你当前的位置|所在位置';
export const BREADCRUMB_LABEL = new RegExp(String.raw`^\s*(${BREADCRUMB_LABELS})\s*[:：]`, 'u');
/** The same label anywhere in a line (a flattened page: `…数据发布您当前的位置：首页>…`). */
export const BREADCRUMB_LABEL_ANYWHERE = new RegExp(String.raw`(?:${BREADCRUMB_LABELS})\s*[:：]`, 'gu');

/** Breadcrumb without label: starts at the home page and walks down with > › » / separators. */
export const BREADCRUMB_TRAIL = /^\s*(首页|首頁|主页|主頁|Home)\s*[>＞›»→/]/iu;
export const BREADCRUMB_SEPARATOR = /[>＞›»→]/gu;

/** Breadcrumb from a site name down to the article page: short steps, the last one 正文 / 详情 (the page itself). */
export const BREADCRUMB_TO_ARTICLE = /^\s*([^>＞›»→\s][^>＞›»→]{0,15}\s*[>＞›»→]{1,2}\s*){1,6}(正文|正文内容|正文內容|详情|詳情|内容|內容|文章)\s*$/u;

/** A trail of short steps joined by the separators only breadcrumbs use (`人民网>>国际`, `新聞 » 科技`); a single
 *  `>` also writes a process flow (`申请 > 审核 > 发布`) and does not count. */
export const BREADCRUMB_STEPS = /^\s*[^>＞›»→\s]{1,12}(?:\s*(?:>>|＞＞|»|›)\s*[^>＞›»→\s]{1,12}){1,6}\s*(?:>>|＞＞|»|›)?\s*$/u;

/** Headers of "related items" and recommendation blocks (at the end of an article, or a sidebar inside it). */
export const RELATED_HEADER =
  /^\s*(相关|相關)(稿件|新闻|新聞|附件|链接|鏈接|連結|连结|阅读|閱讀|文章|报道|報導|专题|專題|推荐|推薦)\s*[:：]?\s*$|^\s*(延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|往期回顾|往期回顧|友情链接|友情鏈接|重要链接|重要鏈接|链接|鏈接|連結|连结|(热点|熱點|热门|熱門|热图|熱圖|精彩|编辑|編輯|为你|為你|新闻|新聞|刊文|图片|圖片|大数据|大數據|频道|頻道)(推荐|推薦|文章|新闻|新聞|精选|精選)|热销商品|熱銷商品|猜你喜欢|猜你喜歡|更多(?:新闻|新聞|港闻|港聞|澳闻|澳聞|资讯|資訊|内容|內容|文章|报道|報導|推荐|推薦|精彩|相关|相關|阅读|閱讀|影音|视频|視頻)|(24小时|24小時|今日|本周|本週|热门|熱門|阅读|閱讀|点击|點擊)?排行榜?)\s*[:：]?\s*$/u;

/** A box of links with its header on the same line (`相关链接：工业和信息化部网站 国务院国资委网站`). */
export const RELATED_INLINE = /^\s*(相关|相關|友情|重要)(链接|鏈接|連結|连结)\s*[:：]\s*\S/u;

/**
 * Marks of style sheets and scripts a scraper copied with the text (TRS CMS pages open with
 * `.TRS_Editor P{margin-top:5px;…}`, analytics snippets `var _hmt = _hmt || [];(function() {…})();`,
 * `document.write('<script …>')`). A line is page code when several of them meet and it has little Han text.
 */
/** A style property (`margin-top:`, `font-family:`): what tells a style rule from a brace in prose. */
export const CSS_PROPERTY = /\b(?:margin|padding|font|line-height|color|background|border|width|height|display|text-align|position)(?:-[a-z]+)*\s*:/iu;

export const CODE_SIGNALS: readonly RegExp[] = [
  // a CSS rule: selector { property: value; }
  /[\w.#*\]-]\s*\{\s*[\w-]+\s*:[^{}]*\}/u,
  CSS_PROPERTY,
  // statements ended by semicolons
  /;[^;]*;/u,
  // JavaScript keywords before a name, a bracket or an assignment
  /\b(?:var|let|const|function|return|typeof|new)\b\s*[\w$(=[{]/u,
  // the DOM and the browser window
  /\b(?:document|window|navigator|location)\.[A-Za-z]/u,
  // a call with arguments, ended by a semicolon or a closing bracket
  /[A-Za-z_$][\w$.]*\([^()]*\)\s*[;)}]/u,
  // an immediately invoked function, a handler, an arrow
  /\}\)\(\);?|function\s*\(|=>\s*[{(]/u,
  // markup of scripts and styles
  /<\/?(?:script|style|link|meta|iframe|div|span)\b/iu,
];

/** Where a picture stood (`[图片]`, `【圖片】`) or the credit of one (`（图片来源：视觉中国）`, `图源：新华社`):
 *  the picture is not in the text, so neither is its stand-in. */
/** A picture saved as its data URL (`data:image/png;base64,…`, `<image>data:image/svg+xml,…</image>`). */
export const DATA_URL_IMAGE = /^\s*(?:<image>)?\s*data:image\/[\w.+-]+[;,]/u;

export const IMAGE_STAND_IN =
  /^\s*(?:[\[【（(]\s*(?:图片|圖片|图像|圖像|照片|图|圖|视频|視頻|音频|音頻)\s*[\]】）)]|[（(]?\s*(?:图片来源|圖片來源|图源|圖源|图片提供|圖片提供|题图|題圖|配图|配圖)\s*[:：/]\s*[^。！？]{1,30}?[）)]?)\s*$/u;

/** An image's alternative text or file name left as a line (`anue logo`, `search icon`, `中国舆情网-一带一路BANNER`,
 *  `舆情网官网二维码`, `user avatar`, `回到最頂.png`): the name of a picture, never text. */
export const IMAGE_ALT_TEXT = /(?:^|[\s_\-\p{Script=Han}])(?:logo|icon|avatar|banner)\s*$|^\S{0,16}(?:二维码|二維碼)\s*$|^\s*[^\s/]{1,40}\.(?:png|jpe?g|gif|webp|svg)\s*$/iu;

/** A photo's caption left without its photo: a file-photo or photographer credit closing a short line
 *  (`立法院。聯合報系資料照`, `民進黨立委沈伯洋。圖／聯合報系資料照`, `立法院長韓國瑜敲下議事槌。（記者陳逸寬攝）`,
 *  `（相关资料图）`), a caption marked `▲`, or a camera's file name (`微信图片_20190828143220`). */
export const PHOTO_CREDIT_LINE = new RegExp(
  [
    String.raw`(?:資料照|资料照|資料圖|资料图|資料圖片|资料图片)(?:\s*[／/]\s*(?:記者|记者)?\s*\p{Script=Han}{2,4}\s*(?:攝影|摄影|攝|摄))?\s*[）)]?\s*$`,
    String.raw`[。．\s]\s*(?:圖|图)\s*[／/]\s*[^。，,]{1,16}$`,
    String.raw`[（(]\s*(?:記者|记者)\s*\p{Script=Han}{2,4}\s*(?:攝影|摄影|攝|摄)\s*[）)]\s*$`,
    String.raw`^\s*[▲△►]`,
    String.raw`^\s*(?:微信图片|微信圖片|IMG|DSC)[_\-]?\d{6,}\s*$`,
  ].join('|'),
  'u',
);

/** An agency's name alone on a line (`国家互联网信息办公室`, `工业和信息化部`, `中国人民银行`): under a document
 *  signed jointly, many of them stand one per line above the date. */
export const AGENCY_NAME =
  /^\s*\p{Script=Han}{1,20}(?:部|委员会|委員會|委|局|院|办公室|辦公室|办公厅|辦公廳|厅|廳|署|会|會|银行|銀行|室|中心|政府|办|辦|司|处|處|所)\s*$/u;

/** A line that names an attachment (`附件：1.合规审计指引.docx`, `2.联系人名单.xls`): part of the document. */
export const ATTACHMENT_LINE = /^\s*附件\s*\d{0,2}\s*[:：.、]|\.(?:docx?|xlsx?|pptx?|pdf|wps|ofd|zip|rar)\s*$/iu;

/** Media-player text of a video or audio box (`视频加载中，请稍候...`, `您的浏览器不支持 video 标签。`, `00:00 / 02:15`). */
export const PLAYER_TEXT =
  /^\s*(?:(?:视频|視頻|音频|音頻|播放器)(?:加载|加載|載入)中|(?:未能|无法|無法)播放\s*\S{0,10}(?:视频|視頻|影片)|(?:您的)?(?:浏览器|瀏覽器)(?:不支持|不支援|暂不支持|暫不支援)\s*(?:video|audio|HTML5|h5|该|該|此)?|\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?\s*$)/iu;

/** The header of a reader-comment section under an article (`网友评论`, `评论（3）`, `发表评论`). */
export const COMMENT_HEADER =
  /^\s*(?:网友|網友|用户|用戶|读者|讀者|全部|最新|热门|熱門|精彩|我要|发表|發表)?(?:评论|評論|留言)(?:区|區)?\s*[:：]?\s*(?:[(（]\s*\d+\s*[)）]|\d+)?\s*$/u;
/** What only a comment box says (`已有3条评论`, `请登录后发表评论`, `查看更多评论`, `暂无评论`). */
export const COMMENT_UI =
  /(?:发表|發表)(?:评论|評論)|(?:请|請)(?:先)?(?:登录|登錄).{0,6}(?:评论|評論|留言)|(?:已有|共)\s*\d+\s*(?:条|條|人)(?:评论|評論|参与|參與)|(?:查看|更多|展开|展開)(?:更多|全部)?(?:评论|評論)|(?:暂无|暫無)(?:评论|評論)|(?:评论|評論)\s*\d+\s*(?:条|條)|文明上网理性发言|文明上網理性發言/u;

/** Login / app / leave-site prompts. */
export const PROMPT_PATTERNS: readonly RegExp[] = [
  /^\s*(登录|登錄)\s*[/／|]\s*(注册|註冊)\s*$/u,
  /^\s*(立即)?(下载|下載|打开|打開).{0,8}(APP|App|app|客户端|客戶端)\s*$/u,
  // app store buttons run together (`iOS App下載Android App下載`)
  /^\s*(?:(?:iOS|Android|安卓|苹果|蘋果)\s*(?:App|APP|app)?\s*(?:下载|下載)\s*){1,3}$/u,
  /您即将离开|您即將離開|是否继续访问|是否繼續訪問/u,
  /^\s*(继续访问|繼續訪問)\s*(放弃|放棄)?\s*$/u,
  /^\s*(信息提示|温馨提示|溫馨提示)\s*$/u,
  // WeChat public-account article chrome: collection tag, preview note, follow / read-original / more-like-this rows
  /^\s*(收录于|收錄於)(合集|话题|話題)/u,
  // "scan the QR code to read on your phone / follow us"
  /^\s*(?:用|使用)?(?:微信|手机|手機|QQ)?\s*(扫描|掃描|扫码|掃碼|长按|長按|扫一扫|掃一掃).{0,6}(二维码|二維碼|识别|識別).{0,10}$/u,
  // "view the large picture", "expand / collapse the full text", "scan to follow" buttons
  /^\s*(?:点击|點擊)?(?:查看|看)?(?:大图|大圖|原图|原圖)\s*$/u,
  /^\s*(?:(?:展开|展開|收起|阅读|閱讀)(?:全文|剩余全文|剩餘全文)?|全文(?:阅读|閱讀))\s*[∨∧>›»↓↑]?\s*$/u,
  /^\s*(?:扫码|掃碼|扫描二维码|掃描二維碼)(?:关注|關注)(?:我们|我們)?\s*$/u,
  // the greeting of a portal's top bar (`您好，欢迎访问某市人民政府门户网站！`)
  // (a site is named: `欢迎来到美丽的乌镇！` in a speech stays)
  /^\s*(?:您好|你好)?[，,！!\s]*(?:欢迎|歡迎)(?:您)?(?:访问|訪問|来到|來到|光临|光臨|进入|進入|浏览|瀏覽|登录|登錄)[^。！!]{0,30}?(?:网站|網站|门户|門戶|本站|平台|官网|官網|网|網)[！!。]?\s*$/u,
  // the share sheet's caption (`分享至好友和朋友圈`)
  /^\s*分享(?:至|到)(?:好友|朋友)(?:和|及|、)?(?:朋友圈)?\s*$/u,
  /^\s*(预览时标签不可点|預覽時標籤不可點|阅读原文|閱讀原文|喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|关注该公众号|關注該公眾號)\s*$/u,
  // a share sheet's instructions (`点击右上角微信好友`, `请使用浏览器分享功能进行分享`) and a survey box still loading
  // (`调查问题加载中，请稍候。`, `若长时间无响应，请刷新本页面`)
  /^\s*(?:点击|點擊)右上角.{0,8}(?:分享|好友|朋友圈)|^\s*(?:请|請)使用(?:浏览器|瀏覽器)(?:的)?分享功能/u,
  /^\s*\S{0,8}(?:加载中|載入中)[，,。.…]*\s*(?:请稍候|請稍候)|^\s*若长时间无响应|^\s*若長時間無回應/u,
  // an English site theme's controls (`Close this search box.`, `Skip to content`, `Toggle navigation`)
  /^\s*(?:Close this search box|Skip to (?:main )?content|Toggle navigation|Open menu|Close menu|Search for:?|Top of page|Bottom of page|Back to top|Go to top)\s*\.?\s*$/iu,
  // a reading-time widget (`全文249个字 阅读约需 分钟`, `• 讀畢需時 1 分鐘`) and a mobile menu's toggle (`流動式目錄`)
  /^\s*[•·]?\s*(?:全文\s*\d*\s*个?字\s*(?:阅读|閱讀)|(?:阅读|閱讀)(?:约需|約需|需时|需時|时长|時長)|(?:读毕|讀畢)(?:需时|需時))/u,
  // …and its other wording (`本篇文章984字,读完约2分钟`)
  /^\s*本(?:篇|文)(?:文章)?(?:共)?\s*\d+\s*字\s*[,，]?\s*(?:读完|讀完|阅读|閱讀)(?:约|約|需)?\s*\d+\s*分(?:钟|鐘)\s*$/u,
  /^\s*(?:流动式|流動式|搜寻|搜尋|搜索|语言|語言)(?:目录|目錄|选单|選單|菜单)\s*$/u,
  // the reading-now label a page repeats its title in (`正在阅读：《…》答记者问`)
  /^\s*(?:正在阅读|正在閱讀|您正在阅读|您正在閱讀)\s*[:：]/u,
  // an e-paper's masthead, page label and page buttons (`浙江日报 数字报纸`, `00007版:观点`, `A02版:国内 新闻列表`,
  // `昨天 明天 上版 下版   版面概览`)
  /^\s*\p{Script=Han}{2,10}\s*(?:数字报纸|數字報紙|数字报|數字報|电子版|電子版|电子报|電子報)\s*$|^\s*[A-Z]?\d{1,5}\s*版\s*[:：]\s*\p{Script=Han}{1,8}(?:\s+新闻列表|\s+新聞列表)?\s*$|^\s*(?:(?:昨天|明天|上一?版|下一?版|版面概览|版面概覽|版面导航|版面導航|往期回顾|往期回顧)\s*){2,}$/u,
  // a comment section's counter left alone (`留言与评论(共有 0 条评论) |`) and a document library's paywall notice
  // (`消耗 1 篇笔墨文库配额,会员有效期内无限次查看`)
  /^\s*(?:留言|评论|評論)(?:与|與|和|及)(?:评论|評論|留言)\s*[（(]\s*共有?\s*\d+\s*[条條]\s*(?:评论|評論|留言)\s*[）)]\s*[|｜]?\s*$/u,
  /^\s*(?:消耗|扣除)\s*\d*\s*\S{0,4}\s*\S{0,8}(?:配额|配額|积分|積分)|(?:会员|會員|VIP)(?:有效期|期间|期間)内?\S{0,6}(?:查看|阅读|閱讀|下载|下載)/iu,
  // the marker a news site leaves where an ad interrupts the text (`請繼續往下閱讀...`)
  /^\s*(?:请继续往下阅读|請繼續往下閱讀|继续阅读下文|繼續閱讀下文)\s*[.。…]*\s*$/u,
];

/** PROMPT_PATTERNS joined into one pattern per set of flags: one scan of a line instead of one per pattern. */
export const PROMPT_ANY: readonly RegExp[] = [...new Set(PROMPT_PATTERNS.map((re) => re.flags))].map(
  (flags) => new RegExp(PROMPT_PATTERNS.filter((re) => re.flags === flags).map((re) => `(?:${re.source})`).join('|'), flags),
);

/** A portal's weather widget: a temperature (`彰化縣|17°C - 21°C天氣圖標`), or only weather words (`晴時多雲`). */
export const WEATHER = /-?\d{1,2}\s*(?:°C|℃|°)(?:\s*[-~～至]\s*-?\d{1,2}\s*(?:°C|℃|°))?|^\s*(?:晴|多云|多雲|阴|陰|小雨|中雨|大雨|阵雨|陣雨|雷阵雨|雷陣雨|雨|雪|雾|霧|霾|时|時|转|轉|有|偶|局部|短暂|短暫)+\s*$/u;

/** Notices a page prints about itself rather than its article, up to a sentence or two long. */
export const PAGE_HELP = new RegExp(
  [
    // the message for browsers without JavaScript (`您的瀏覽器不支援JavaScript功能，若部份網頁功能無法正常使用時…`)
    String.raw`^\s*(?:您的)?(?:浏览器|瀏覽器)(?:不支持|不支援|未启用|未啟用|已停用|已禁用|已关闭|已關閉).{0,6}(?:JavaScript|Javascript|javascript|JS|脚本|腳本)`,
    // keyboard help of print and font-size buttons (`請利用鍵盤按住Ctrl + P開啟列印功能`, `…則可利用鍵盤 Ctrl + (+)放大`)
    String.raw`(?:利用|使用|按住|按下)\s*(?:键盘|鍵盤)?\s*(?:按住|按下)?\s*(?:Ctrl|CTRL|ALT|Alt)\s*[键鍵]?\s*\+`,
    // browser advice and download links (`為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器`, `請至Edge官網下載`)
    String.raw`(?:为达|為達)最佳(?:浏览|瀏覽|阅读|閱讀)(?:效果|体验|體驗)`,
    String.raw`(?:Chrome|Firefox|FireFox|Edge|Safari).{0,40}(?:浏览器|瀏覽器)`,
    String.raw`(?:请至|請至)\s*\S{1,12}?\s*(?:官网|官網)下[载載]`,
    String.raw`(?:请|請)更新(?:您的)?(?:浏览器|瀏覽器)|(?:浏览器|瀏覽器)版本(?:较旧|較舊|过旧|過舊|太旧|太舊)`,
    // the English notice of a Chinese page offering its English site (`Your browser does not appear to support Traditional
    // Chinese. Would you like to go to …?`)
    String.raw`^\s*Your browser (?:does not|doesn['’]t) (?:appear to )?support|Would you like to (?:go|switch) to .{0,60}(?:English|website|site)`,
    // …and its Japanese twin (`こちらのページは繁体字版です。日本語版「…」に移動しますか。`)
    String.raw`日本[語语]版.{0,30}(?:移動|移动|切り替え)`,
    // a privacy banner (`本網站使用相關技術提供更好的閱讀體驗…`, `請同意我們的隱私權規範，才能啟用聽新聞的功能`)
    String.raw`(?:本网站|本網站|本站)(?:使用|採用|采用).{0,20}(?:Cookie|cookie|技術|技术)`,
    String.raw`(?:我们|我們)(?:使用|採用|采用)(?:相关|相關)?(?:网站|網站)?(?:技术|技術|Cookie|cookie).{0,12}(?:改善|提供|优化|優化)`,
    String.raw`^\s*(?:了解|瞭解)(?:最新)?(?:隐私|隱私)(?:权|權)?(?:政策|声明|聲明)\s*$`,
    String.raw`(?:请|請)同意.{0,12}(?:隐私|隱私)(?:权|權)?(?:政策|声明|聲明|规范|規範)[,，]?\s*才能`,
    // an age gate before restricted news (`限制級`, `您即將進入之新聞內容 需滿18歲 方可瀏覽`)
    String.raw`^\s*限制[级級]\s*$`,
    String.raw`(?:需|須)滿\s*18\s*(?:歲|岁)\s*方可(?:瀏覽|浏览|觀看|观看)`,
    // …and the rating law it cites (`根據「電腦網路內容分級處理辦法」…依台灣網站分級推廣基金會規定作標示`)
    String.raw`網站分級推廣基金會|内容分级处理办法.{0,20}(?:标示|标识)|內容分級處理辦法.{0,20}標示`,
  ].join('|'),
  'u',
);

/** Stock-ticker column headers (finance widgets on news portals), both scripts. */
export const TICKER_WORDS: readonly string[] = [
  '股票名称', '股票名稱', '最新价', '最新價', '涨跌幅', '漲跌幅', '涨跌额', '漲跌額', '成交量', '成交额', '成交額', '代码', '代碼',
];

/** Keywords of porn SEO spam (keyword-stuffed lines appended to hijacked pages). */
export const SPAM_WORDS: readonly string[] = [
  '毛片', '无码', '無碼', '有码', '有碼', 'AV', '一区', '一區', '二区', '二區', '三区', '三區', '在线视频', '在線視頻',
  '在线观看', '在線觀看', '免费观看', '免費觀看', '日韩', '日韓', '欧美', '歐美', '国产精品', '國產精品', '一级', '一級',
  '婬', '淫乱', '淫亂', '三级片', '三級片', '偷拍', '自拍', '午夜', '成人影', '福利视频', '黄片', '黃片',
];

/** Casino and betting ads injected into hacked government and news pages (brands, games, sign-up bait). */
export const GAMBLING_WORDS: readonly string[] = [
  '娱乐城', '娛樂城', '娱乐官网', '娛樂官網', '娱乐平台', '娛樂平台', '葡京', '威尼斯人', '太阳城', '太陽城', '金沙娱乐',
  '金沙娛樂', '永利', '银河娱乐', '銀河娛樂', 'bet365', '皇冠', '百家乐', '百家樂', '真人荷官', '在线投注', '在線投注',
  '足球比分', '赌场', '賭場', '博彩网站', '博彩網站', '时时彩', '時時彩', '六合彩', '老虎机', '老虎機', '网投', '網投',
  '开户送', '開戶送', '注册送', '註冊送', '彩金', '欢迎您', '歡迎您',
];

/** Download ads used as SEO prefixes of page titles: `xx钱包手机版app下载|title`. */
export const SEO_AD_WORDS = /(下载|下載|官网|官網|官方版|最新版|手机版|手機版|安卓版|苹果版|蘋果版|免费版|免費版)/u;
export const SEO_AD_OBJECTS = /(app|APP|App|apk|APK|软件|軟件|钱包|錢包|客户端|客戶端)/u;

/** Metadata labels the next stage reads (publication date, source, author, editor, update time). */
export const METADATA_LABEL =
  /(发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|更新时间|更新時間|更新日期|发布单位|發布單位|發布機關|发布机关|资料来源|資料來源|发稿单位|發稿單位|新聞聯絡人|新闻联络人|Published|Last updated|Updated|Source|Author|来源|來源|作者|责任编辑|責任編輯|编辑|編輯|记者|記者|稿源|出处|出處|原标题|原標題)\s*[:：]|^\s*(?:日期|时间|時間)\s*[:：]\s*\S/u;

/** A label line with nothing after it (`来源:`), the value possibly on the next line. */
export const BARE_LABEL =
  /^\s*[•·]?\s*(发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|更新时间|更新時間|来源|來源|作者|责任编辑|責任編輯|编辑|編輯|记者|記者|稿源|出处|出處|文献来源|文獻來源|原文链接|原文鏈接|原标题|原標題)\s*[:：]\s*$/u;

/** A bare date (with optional time): 2013-07-15, 2022-11-07 10:20, 2020年11月18日 16:02, 2024/01/05. */
export const DATE_LINE =
  /^\s*[(（]?\s*(\d{4}|(中華民國|中华民国|民國|民国)?\s*\d{2,3}(?=\s*年))\s*(年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|[-/.]\s*\d{1,2}([-/.]\s*\d{1,2})?)(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*[)）]?\s*$/u;

/** A date followed by a weekday: a page header carrying the day the page was saved (`今天是：2024年3月22日
 *  星期五`, with the weather after it on portals: `北京 晴 12℃~25℃`). */
export const WEEKDAY_DATE =
  /^\s*(今天是|今天是[:：]|今日[:：]?)?\s*\d{4}\s*(年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*[（(]?(星期|周|週|禮拜|礼拜)[一二三四五六日天][）)]?(?:\s+[^\s\d]{1,8}){0,3}(?:\s*-?\d{1,2}\s*(?:℃|°C)(?:\s*[~～\-—至]\s*-?\d{1,2}\s*(?:℃|°C))?)?\s*$/u;

/** A publication stamp glued into page chrome (`发布于 2021-03-30 14:34`): kept as its own line. */
export const PUBLISHED_STAMP =
  /(发布于|發佈於|发表于|發表於|编辑于|編輯於|发布时间[:：]?|發佈時間[:：]?)\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?/u;

/** Headings: 一、 （一） 第一章 1. 1、 前言 结束语 目录 … */
export const HEADING_LINE =
  /^\s*(第[一二三四五六七八九十百零〇两\d]+[章节節篇部条條编編卷]|[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百\d]+[)）]|\d+(\.\d+)*[、.．]|(前言|序言|引言|导言|導言|结束语|結束語|结语|結語|目录|目錄|附件|附录|附錄|后记|後記|摘要|总则|總則|附则|附則)\s*$)/u;

/** Labels of the links to the previous / next article; 上篇 / 下篇 are not among them (see PREV_NEXT). */
const PREV_NEXT_WORDS = '上一篇|下一篇|上一條|下一條|上一条|下一条|上一則|下一則|上一则|下一则|前一篇|後一篇|后一篇';
/** What a bulletin board names after the label (`上一則公告`, `下一条新闻`). */
const PREV_NEXT_NOUN = '(?:公告|新闻|新聞|文章|消息|通知|资讯|資訊)?';

/** Links to the previous / next article under the text (`上一篇：…`, `【下一篇】…`, `上一篇 …`, a bare `下一篇`).
 *  上篇 / 下篇 alone also head the parts of a long text, so they count only when a colon or brackets mark them. */
export const PREV_NEXT = new RegExp(
  `^\\s*(?:【(?:${PREV_NEXT_WORDS}|上篇|下篇)】|(?:${PREV_NEXT_WORDS})${PREV_NEXT_NOUN}(?:\\s|[:：]|$)|(?:上篇|下篇)\\s*[:：])`,
  'u',
);

/** A previous / next label with nothing after it (`上一篇`, `【下一篇】`, `下一條：`): the title it links to,
 *  if there is one, was saved on the next line. */
export const PREV_NEXT_LABEL = new RegExp(`^\\s*[【\\[]?(?:(?:${PREV_NEXT_WORDS})${PREV_NEXT_NOUN}|上篇|下篇)[】\\]]?\\s*[:：]?\\s*$`, 'u');

/** A row of the site's topic tags (`进入专题: 网际互动 政府形象 网络民意`, `標籤：資安 個資`); a paper's own
 *  `关键词：` line is part of the paper and not among them. */
export const TOPIC_TAGS = /^\s*(?:进入专题|進入專題|相关专题|相關專題|所属专题|所屬專題|专题|專題|标签|標籤|Tags?)\s*[:：]/u;

/** A pager row of a multi-page article: `上一页 1 2 3 下一页`, `首页 上一頁 … 5 6 下一頁 尾页`. */
export const PAGER_ROW = /^(?=.*(上一页|下一页|上一頁|下一頁))(\s*(首页|首頁|上一页|上一頁|下一页|下一頁|尾页|尾頁|末页|末頁|\d{1,4}|…|\.{2,3}|[|｜]))+\s*$/u;

/** A line that only says the article ends (`完`, `（完）`, `-完-`, `【完】`, `END`), as press releases print it. */
export const END_MARK = /^\s*[（(【〔［\[\-—–－]*\s*(完|END|End)\s*[）)】〕］\]\-—–－]*\s*$/u;

/** A copyright year before a row of footer links (`2023 | 重要告示 | 私隱政策`; the © itself is an image). */
export const YEAR_BEFORE_LINKS = /^\s*©?\s*(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?\s*[|｜]/u;

/** Quote attribution under an epigraph: ——中国国家主席习近平,2015年12月16日 */
export const QUOTE_ATTRIBUTION = /^\s*(——|—|－－|--)\s*\S/u;

/** A printed page number left from a document viewer: `- 1 -`, `— 12 —`, `第 3 页`. */
export const PAGE_NUMBER = /^\s*([-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*[页頁](\s*[/／共]\s*\d{1,4}\s*[页頁]?)?)\s*$/u;

/** A bare link to a site's home page (no path): part of the header. */
export const ROOT_URL = /^\s*https?:\/\/[^\s/]+\/?\s*$/iu;

/** List-item marker of author-profile / publication lists. */
/** A like / comment / view counter (`赞同 123`, `12 条评论`, `123 人赞同了该回答`, `阅读 1.2万`). */
export const COUNTER =
  /^\s*(?:\d[\d,.]*\s*[万萬kK]?\s*(?:人赞同了该回答|人贊同了該回答|人赞同了该文章|条评论|條評論|人关注|人關注|次浏览|次瀏覽|次阅读|次閱讀|人看过|人在看)|(?:(?:赞同|贊同|点赞|點讚|在看|评论|評論|阅读|閱讀|浏览|瀏覽|收藏|转发|轉發|分享|跟贴|跟帖|跟貼|参与|參與)\s*[:：]?\s*\d[\d,.]*\s*[万萬]?\+?\s*)+)\s*$/u;

/** A share bar's counts left as list items without their icons (`• 0`, `• 12`). */
export const BULLETED_COUNT = /^\s*[•·●]\s*\d{1,6}\s*$/u;

/** A number alone on a line: the value of a counter whose label stands on the line above. */
export const COUNT_VALUE = /^\s*\d[\d,.]*\s*[万萬]?\s*$/u;

/** Dates of list entries: `2023-05-12`, `2023年5月12日`, `05-12`, Minguo `112-05-12`. */
const LIST_DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{2,3}-\d{1,2}-\d{1,2}|\d{1,2}[-/]\d{1,2}`;

/** One entry of a column's article list: a headline, then its date (`数据出境安全评估办法 2022-07-07`,
 *  `· 中方就全球数字治理提出倡议（2023-03-15）`), or the date in brackets first (`[2023-05-12] 标题`).
 *  Sentence punctuation or a label colon makes it text or metadata. */
export const DATED_LINK = new RegExp(
  String.raw`^\s*[·•●◆■▪*\-]?\s*(?:` +
    // the headline, then its date (Minguo `112-05-12` on Taiwan sites)
    String.raw`[^\s。；！？:：][^。；！？:：]*?\s*[（(\[【]?\s*(?:${LIST_DATE})\s*[)）\]】]?` +
    // or the date in brackets first (`[2023-05-12] 标题`)
    String.raw`|[\[【（(]\s*(?:${LIST_DATE})\s*[\]】）)]\s*[^\s。；！？:：][^。；！？:：]*` +
    String.raw`)\s*$`,
  'u',
);

export const LIST_ITEM = /^\s*[-–•*·]\s+\S/u;

/** Person signals of an author profile: e-mail (also Cloudflare-obfuscated) or an academic rank. */
export const PROFILE_SIGNAL =
  /@|\[email[^\]]*protected\]|研究员|研究員|教授|讲师|講師|博士|院士|所长|所長|主任|研究中心|研究所|研究院/u;

/** Characters that end a clause or sentence (full-width and the ASCII forms scraped pages often carry). */
export const CLAUSE_PUNCT = /[。！？；，!?;,]/u;
/** Characters that end a sentence. */
export const SENTENCE_END = /[。！？!?…]$/u;
/** Sentence punctuation counted by the punctuation-share signal: CJK forms and the ASCII forms that
 *  scraped pages often carry instead (`日前,国家…`). */
export const SENTENCE_PUNCT = /[。，；：！？、“”,;:!?]/gu;

/**
 * FineWeb-2's Chinese stopword list is single characters; used as a density signal (running text has
 * them, menus and name lists do not). Both scripts: 於/于, 為/为, 與/与, 後/后.
 */
export const STOPWORD_CHARS = new Set([
  '的', '年', '在', '月', '是', '和', '日', '了', '於', '于', '为', '為', '有', '被', '人', '中', '他', '与', '與', '后',
  '後', '也', '而', '由',
]);
