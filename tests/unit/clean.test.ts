import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../scripts/pipeline/clean.ts';
import { stripGlued } from '../../scripts/pipeline/clean-glued.ts';
import { isContentLike, punctShare, stopwordDensity } from '../../scripts/pipeline/clean-signals.ts';
import type { Segment, WorkingDoc } from '../../scripts/pipeline/types.ts';

/** A segment from plain lines, numbered from 1. */
function seg(lines: string[], extra: Partial<Segment> = {}): Segment {
  return { file: 'test.txt', index: 0, lines: lines.map((text, i) => ({ no: i + 1, text })), ...extra };
}

const kept = (doc: WorkingDoc) => doc.lines.map((l) => l.text);
const codeOf = (doc: WorkingDoc, text: string) => doc.removed.find((r) => r.text === text)?.code;

// Running text written for these tests (modelled on policy news, not copied from the corpus).
const P1 = '近日,国家网信办召开座谈会,听取互联网企业和专家学者对数据出境安全评估工作的意见建议。';
const P2 = '与会代表认为,完善数据跨境流动规则,有利于在保障安全的前提下促进数字经济健康发展。';
const P3 = '会议强调,要坚持发展和安全并重,进一步优化评估流程,为企业提供更加便利的服务。';

describe('clean: navigation menus', () => {
  it('removes a one-word-per-line menu above the title and keeps the title, date and source', () => {
    const doc = clean(
      seg(['首页', '|', '简', '|', '繁', '|', 'EN', '|', '登录', '个人中心', '邮箱', '无障碍', '数据安全新规解读', '2023-05-10 09:30', '来源:', '人民网', P1, P2]),
    );
    expect(kept(doc)).toEqual(['数据安全新规解读', '2023-05-10 09:30', '来源:人民网', P1, P2]);
    expect(codeOf(doc, '登录')).toBe('nav');
    expect(codeOf(doc, '|')).toBe('nav');
  });

  it('removes a menu of section names that contains a home link', () => {
    const menu = ['首页', '机构设置', '领导信息', '新闻中心', '政务公开', '国家和地区', '驻外机构', '常驻联合国及其他国际组织代表团'];
    const doc = clean(seg([...menu, '关于加强网络安全合作的倡议', '2021-03-02', P1, P2]));
    expect(kept(doc)).toEqual(['关于加强网络安全合作的倡议', '2021-03-02', P1, P2]);
    expect(doc.removed.filter((r) => r.code === 'nav')).toHaveLength(menu.length);
  });

  it('keeps a short list of names inside the text (no interface word, between paragraphs)', () => {
    const doc = clean(seg([P1, '中国', '印度尼西亚', '马来西亚', '新加坡', P2]));
    expect(kept(doc)).toEqual([P1, '中国', '印度尼西亚', '马来西亚', '新加坡', P2]);
  });

  it('keeps the title right before the date when a menu without a title hint precedes it', () => {
    const doc = clean(seg(['首页', '要闻', '政策', '服务', '互动', '网络安全宣传周开幕', '2022-09-05', P1]));
    expect(kept(doc)).toEqual(['网络安全宣传周开幕', '2022-09-05', P1]);
  });

  it('removes a portal bar of ordinary words (新闻 图片 视频 …) when they form a menu run', () => {
    const doc = clean(seg(['网页', '新闻', '图片', '视频', '地图', '数据出境新规', P1]));
    expect(kept(doc)).toEqual(['数据出境新规', P1]);
  });

  it('keeps a lone line such as 建议 or 新闻 between paragraphs', () => {
    expect(kept(clean(seg([P1, '建议', P2, '新闻', P3])))).toEqual([P1, '建议', P2, '新闻', P3]);
  });

  it('removes a language switcher and a home-page URL', () => {
    const doc = clean(seg(['EnglishFrançaisEspañol无障碍关怀版', 'https://www.example.gov.cn/', '标题一则', P1]));
    expect(codeOf(doc, 'EnglishFrançaisEspañol无障碍关怀版')).toBe('nav');
    expect(codeOf(doc, 'https://www.example.gov.cn/')).toBe('nav');
  });

  it('keeps a document URL with a path (metadata may use it)', () => {
    const doc = clean(seg(['https://www.example.gov.cn/zhengce/2023/content_123.htm', P1]));
    expect(kept(doc)).toContain('https://www.example.gov.cn/zhengce/2023/content_123.htm');
  });
});

describe('clean: breadcrumbs', () => {
  it('removes a breadcrumb trail and a labelled breadcrumb', () => {
    const doc = clean(seg(['首页 > 政务公开 > 政策解读', '当前位置:首页>正文', '标题', P1]));
    expect(codeOf(doc, '首页 > 政务公开 > 政策解读')).toBe('breadcrumb');
    expect(codeOf(doc, '当前位置:首页>正文')).toBe('breadcrumb');
    expect(kept(doc)).toEqual(['标题', P1]);
  });
});

describe('clean: labels, notices and dates among page chrome', () => {
  it('keeps a label before a repeated line as a metadata line, not a breadcrumb', () => {
    const doc = clean(seg(['来源:央视网 | 2022年08月19日 17:47:26', '央视网 | 2022年08月19日 17:47:26', P1]));
    expect(kept(doc)).toContain('来源:央视网 | 2022年08月19日 17:47:26');
  });

  it('removes a bulletin board\'s previous / next links and a page\'s English or Japanese language prompt', () => {
    const doc = clean(seg([P1, 'Your browser does not appear to support Traditional Chinese. Would you like to go to the English website?', 'こちらのページは繁体字版です。日本語版「台湾」に移動しますか。', P2, '上一則公告 下一則公告']));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, '上一則公告 下一則公告')).toBe('nav');
  });

  it('removes a share sheet\'s instructions, a loading survey box, the reading-now label, a reading-time widget and a menu toggle', () => {
    const chrome = [
      '点击右上角微信好友', '请使用浏览器分享功能进行分享', '正在阅读:《网络安全审查办法》答记者问', '调查问题加载中,请稍候。', '若长时间无响应,请刷新本页面',
      '全文249个字 阅读约需 分钟', '• 讀畢需時 1 分鐘', '流動式目錄', 'iOS App下載Android App下載', '了解最新隱私權聲明', 'Close this search box.', 'Skip to content',
    ];
    const doc = clean(seg([...chrome, '《网络安全审查办法》答记者问', P1, P2]));
    expect(kept(doc)).toEqual(['《网络安全审查办法》答记者问', P1, P2]);
    for (const line of chrome) expect(codeOf(doc, line)).toBe('prompt');
  });

  it('removes a box of time-stamped headlines closing the page, and keeps a chronology of dates inside the text', () => {
    const box = ['派東涌公屋嫌遠?公屋男住5年全改觀', '2025-07-14 16:45 HKT', '李婉華食品王國越做越大', '2025-07-14 10:00 HKT', '長腳蟹優惠2025|5大酒樓優惠合集!', '2025-07-14 18:32 HKT', '港人評港鐵站地區為全港最好住?', '2025-07-13 12:00 HKT'];
    const doc = clean(seg(['消委會遭黑客入侵', P1, P2, ...box]));
    expect(kept(doc)).toEqual(['消委會遭黑客入侵', P1, P2]);
    expect(codeOf(doc, '2025-07-13 12:00 HKT')).toBe('link-list');
    const chronology = ['2019-04-03', '国家标准发布', '2020-05-12', '试点启动', '2021-06-10', '数据安全法通过', '2022-07-07', '评估办法公布'];
    expect(kept(clean(seg(['大事记', P1, ...chronology, P2])))).toEqual(['大事记', P1, ...chronology, P2]);
  });

  it('removes a site\'s name printed twice in a row above the text, and keeps the same shape inside it (a heading)', () => {
    const doc = clean(seg(['我的網誌 我的網誌', '推動構建安全網絡環境', P1, '安全 安全 再安全', '太和 太和', P2]));
    expect(kept(doc)).toEqual(['推動構建安全網絡環境', P1, '安全 安全 再安全', '太和 太和', P2]);
    expect(codeOf(doc, '我的網誌 我的網誌')).toBe('nav');
  });

  it('removes a photo\'s caption left without its photo, and keeps a sentence that mentions photography', () => {
    const captions = ['立法院。聯合報系資料照', '民進黨立委沈伯洋。圖／聯合報系資料照', '立法院長韓國瑜敲下議事槌。（記者陳逸寬攝）', '（相关资料图）', '▲立院三讀個人資料保護法修正案。', '微信图片_20190828143220'];
    const doc = clean(seg(['三讀通過個資法修正', ...captions, P1, '他平时爱好摄影，也常到社区讲解防诈知识。', P2]));
    expect(kept(doc)).toEqual(['三讀通過個資法修正', P1, '他平时爱好摄影，也常到社区讲解防诈知识。', P2]);
    for (const line of captions) expect(codeOf(doc, line)).toBe('image');
  });

  it('removes a `更多港聞` box of other headlines under the text, and recommendation headers', () => {
    const doc = clean(seg(['私隱署教「自保」十招', P1, P2, '更多港聞', '黃大仙中心外堆垃圾 環境局:大致清理', '中大微型雕塑展']));
    expect(kept(doc)).toEqual(['私隱署教「自保」十招', P1, P2]);
    expect(codeOf(doc, '更多港聞')).toBe('related');
    const boxes = clean(seg(['三讀通過兒少網路保護法案', P1, P2, '大數據推薦', '熱銷商品', '頻道推薦']));
    expect(kept(boxes)).toEqual(['三讀通過兒少網路保護法案', P1, P2]);
  });

  it('keeps a date line inside a run of menu items: a bulleted date, a date with its update time', () => {
    const bullets = clean(seg(['• 来源:互联网', '• |', '• 2015-01-14', '• |', '• 0 条评论', P1]));
    expect(kept(bullets)).toContain('• 2015-01-14');
    const updated = clean(seg(['中央社一手新聞APP', '下載', '駭客攻擊台灣', '2020/5/7 10:00(5/7 14:41 更新)', P1]));
    expect(kept(updated)).toContain('2020/5/7 10:00(5/7 14:41 更新)');
  });
});

describe('clean: footers', () => {
  const footer = [
    '主办单位:某某省人民政府办公厅 运行维护单位:某某省大数据中心',
    '版权所有:某某省人民政府网',
    '网站标识码4400000001 粤ICP备12345678号-2 粤公网安备44010402000123号',
    '联系我们 地址:某某市某某路100号 邮编:510000 电话:020-12345678',
    '承办:某某信息中心 技术支持:某某科技有限公司',
    '© 2023 某某网 版权所有',
    'Produced By CMS 内容管理系统 publishdate:2023/06/01 10:00:00',
    '返回顶部',
  ];

  it('removes copyright, sponsor, ICP, contact and CMS lines', () => {
    const doc = clean(seg([P1, P2, ...footer]));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, footer[2]!)).toBe('icp');
    expect(codeOf(doc, footer[0]!)).toBe('footer');
    expect(codeOf(doc, footer[3]!)).toBe('footer');
  });

  it('removes a bare ICP number line', () => {
    const doc = clean(seg([P1, '京ICP备10000001号']));
    expect(codeOf(doc, '京ICP备10000001号')).toBe('icp');
  });

  it('removes short chrome after the footer below the text (app links, a share card)', () => {
    const doc = clean(seg([P1, P2, '版权所有:某某网', '某某网客户端', '电脑版', '某某网发布数据安全白皮书。']));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, '某某网客户端')).toBe('footer');
    expect(codeOf(doc, '某某网发布数据安全白皮书。')).toBe('footer');
  });

  it('does not let a footer line in mid-text swallow the short paragraphs after it', () => {
    const long = P1 + P2 + P3;
    const doc = clean(seg([long, '版权所有:某某网', P2, long]));
    expect(kept(doc)).toEqual([long, P2, long]);
  });

  it('keeps a paragraph that mentions copyright', () => {
    const text = '著作权法规定,作者对其作品享有版权所有的各项权利,包括复制权、发行权和信息网络传播权等,他人使用应当取得许可。';
    expect(kept(clean(seg([text])))).toEqual([text]);
  });
});

describe('clean: share, print and font-size widgets', () => {
  const widgets = ['分享:', '分享到', '打印', '【打印】【纠错】', '【中大小】', '字号:', '默认', '大', '超大', '扫一扫在手机打开当前页', '【我要纠错】', '微信', '微博', 'QQ', '×', '◆ ◆', '关闭'];

  it.each(widgets)('removes the widget line %s', (w) => {
    const doc = clean(seg(['标题', w, P1]));
    expect(codeOf(doc, w)).toBe('share-widget');
    expect(kept(doc)).toEqual(['标题', P1]);
  });

  it("removes a row of buttons with the site's name and an empty label among them, not a metadata row or a row of names", () => {
    const bar = '某某文库 分享 时间: 收藏本文';
    const doc = clean(seg(['数据安全合作倡议', bar, P1, P2]));
    expect(codeOf(doc, bar)).toBe('share-widget');
    expect(kept(doc)).toEqual(['数据安全合作倡议', P1, P2]);
    const kept1 = ['来源:新华社 时间:2023-05-10 分享 打印', '张三 李四 微信 王五', '某某网 分享 收藏 2023年'];
    for (const line of kept1) expect(kept(clean(seg(['数据安全合作倡议', line, P1, P2])))).toContain(line);
  });

  it("removes the page's help for its buttons, an ad's read-on marker, data-URL pictures and a no-responsibility note", () => {
    const lines = [
      '您的瀏覽器不支援JavaScript功能,若部份網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態',
      '請利用鍵盤按住Ctrl + P開啟列印功能',
      '而IE7或Firefox瀏覽器則可利用鍵盤 Ctrl + (+)放大 (-)縮小來改變字型大小。',
      'AAA',
      '請繼續往下閱讀...',
      '<image>data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%22%3E</image>',
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk',
      '稿件由用戶上傳 · 文責自負 · 不代表本網立場',
    ];
    const doc = clean(seg(['數據安全合作倡議', lines[0]!, lines[1]!, lines[2]!, lines[3]!, P1, lines[4]!, lines[5]!, P2, lines[6]!, lines[7]!]));
    expect(kept(doc)).toEqual(['數據安全合作倡議', P1, P2]);
    expect(codeOf(doc, lines[5]!)).toBe('image');
    // Running text about keyboards and about a site's position stays.
    const text = ['用户可按住Ctrl键选择多个文件，这一设计降低了操作难度，提高了办事效率。', '该平台表示，有关言论不代表本网观点的说法并不能免除其审核责任，监管部门已介入调查。'];
    expect(kept(clean(seg([P1, ...text, P2])))).toEqual([P1, ...text, P2]);
  });

  it('removes a breadcrumb glued before the headline that the next line repeats, not a line that ends a sentence with it', () => {
    const doc = clean(seg(['Home政治數位發展部8/27掛牌 政院:資安防護不會換湯不換藥', '數位發展部8/27掛牌 政院:資安防護不會換湯不換藥', P1, P2]));
    expect(kept(doc)).toEqual(['數位發展部8/27掛牌 政院:資安防護不會換湯不換藥', P1, P2]);
    expect(codeOf(doc, 'Home政治數位發展部8/27掛牌 政院:資安防護不會換湯不換藥')).toBe('breadcrumb');
    const lines = ['会议指出，要持续推进数据安全治理', '数据安全治理', P1];
    expect(kept(clean(seg(lines)))).toEqual(lines);
  });

  it("removes the page's notices about itself: browser advice, privacy banners, age gates, and its weather widget", () => {
    const notices = [
      '為達最佳瀏覽效果,建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。',
      '請至Edge官網下載 請至FireFox官網下載 請至Google官網下載',
      '本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解隱私聲明。',
      '請同意我們的隱私權規範,才能啟用聽新聞的功能。',
      '限制級',
      '您即將進入之新聞內容 需滿18歲 方可瀏覽。',
      '請更新您的瀏覽器',
      '您使用的瀏覽器版本較舊,已不再受支援。建議您更新瀏覽器版本,以獲得最佳瀏覽體驗。',
      '跳轉到內容',
    ];
    const doc = clean(seg(['政府網路每天都被攻擊', ...notices, '03/13 週五 彰化縣|17°C - 21°C', '晴時多雲', P1, P2]));
    expect(kept(doc)).toEqual(['政府網路每天都被攻擊', P1, P2]);
    expect(codeOf(doc, '晴時多雲')).toBe('weather');
    // Articles about privacy policies and browsers keep their sentences.
    const text = ['平台不得以用户不同意隐私政策为由，拒绝提供基本功能服务，这是此次新规的重点之一。', '该浏览器市场份额持续上升，已超过其他同类产品，成为用户首选的上网工具。', '气温最高达到38℃，多地发布高温预警，电力供应保障面临压力。'];
    expect(kept(clean(seg([P1, ...text, P2])))).toEqual([P1, ...text, P2]);
  });

  it('takes the bullet off a numbered line of a nested list saved as text, and only there', () => {
    const doc = clean(seg([P1, '  • 一、積極強化打詐', '    • (一)開發詐騙通報查詢網', '• 会议期间各方交流了经验', P2]));
    expect(kept(doc)).toEqual([P1, '一、積極強化打詐', '(一)開發詐騙通報查詢網', '• 会议期间各方交流了经验', P2]);
    expect(codeOf(doc, '  • ')).toBe('bullet');
  });

  it("removes a row of the site's topic tags, not a paper's keywords", () => {
    const tags = '进入专题: 网际互动   政府形象   网络民意   网络问政';
    const doc = clean(seg(['政民网际互动对政府形象的影响', tags, P1, '关键词：网际互动；政府形象', P2]));
    expect(codeOf(doc, tags)).toBe('nav');
    expect(kept(doc)).toContain('关键词：网际互动；政府形象');
  });

  it('cuts a share label glued to the end of a headline, not the colon of a line that leads into a list', () => {
    const doc = clean(seg(['首頁 -> 港澳 ->時政', '香港檢視虛假信息法例 政務司司長:沒網絡安全就沒國家安全分享到:', P1, P2]));
    expect(kept(doc)[0]).toBe('香港檢視虛假信息法例 政務司司長:沒網絡安全就沒國家安全');
    expect(codeOf(doc, '分享到:')).toBe('share-widget');
    const lead = '经验交流会上，三家单位的做法值得分享：';
    expect(kept(clean(seg([P1, lead, P2])))).toEqual([P1, lead, P2]);
  });

  it('keeps a paragraph with 分享 in the middle and one starting with 分享', () => {
    const a = '各国应加强合作,推动数字技术成果分享,让更多发展中国家从互联网发展中受益。';
    const b = '分享數字紅利,推動全球發展。中國願同各國一道,攜手構建網絡空間命運共同體。';
    expect(kept(clean(seg([a, b])))).toEqual([a, b]);
  });
});

describe('clean: page header with the scrape date', () => {
  it('removes a date with a weekday at the top, keeps the publication date line', () => {
    const doc = clean(seg(['2023年08月06日 星期日', '某某论坛在京开幕', '2019-09-18 20:57:33', P1]));
    expect(codeOf(doc, '2023年08月06日 星期日')).toBe('scrape-date');
    expect(kept(doc)).toEqual(['某某论坛在京开幕', '2019-09-18 20:57:33', P1]);
  });

  it('keeps a weekday date that appears after the text has started', () => {
    const doc = clean(seg([P1, P2, '2023年08月06日 星期日', P3]));
    expect(kept(doc)).toContain('2023年08月06日 星期日');
  });
});

describe('clean: stock tickers', () => {
  it.each(['• 股票名称 最新价 涨跌幅', '  • 股票名稱 最新價 漲跌幅'])('removes %s', (line) => {
    const doc = clean(seg([P1, line]));
    expect(codeOf(doc, line)).toBe('ticker');
  });
});

describe('clean: spam', () => {
  it('removes a comma-separated porn keyword line', () => {
    const spam = '欧美一区在线观看,欧美一区无码AV,国产精品一级毛片,日韩二区在线视频免费';
    const doc = clean(seg([P1, spam]));
    expect(codeOf(doc, spam)).toBe('spam');
  });

  it('keeps a governance paragraph about pornographic content', () => {
    const text = '开展“净网”专项行动,严厉打击网络淫秽色情信息,清理传播低俗内容的账号,维护清朗网络空间。';
    expect(kept(clean(seg([text])))).toEqual([text]);
  });

  it('removes a wallet-app download ad used as an SEO title prefix', () => {
    const ad = 'abcwallet钱包手机版app下载|数据安全法全文';
    expect(codeOf(clean(seg([ad, P1])), ad)).toBe('spam');
  });

  it('keeps a heading that mentions app downloads without an SEO separator', () => {
    const heading = '三、规范手机软件下载管理';
    expect(kept(clean(seg([heading, P1])))).toEqual([heading, P1]);
  });
});

describe('clean: author profile ahead of the article', () => {
  const profile = [
    '作者简介',
    '- 张某某',
    '- 副研究员',
    '- 国际问题研究所',
    '- [email protected]',
    '- 论数字贸易规则的演进',
    '- 亚太地区网络安全合作的现状与前景',
    '- 全球治理中的新兴经济体',
    '- 《数据主权研究》',
  ];

  it('removes the profile block and keeps title, byline, date and text', () => {
    const doc = clean(seg([...profile, '网络空间治理的新进展', '张某某', '2014-03-20', P1, P2]));
    expect(kept(doc)).toEqual(['网络空间治理的新进展', '张某某', '2014-03-20', P1, P2]);
    expect(doc.removed.filter((r) => r.code === 'author-profile')).toHaveLength(profile.length);
  });

  it('keeps an ordinary list without person signals', () => {
    const list = ['- 加强顶层设计', '- 完善法律法规', '- 强化技术支撑', '- 深化国际合作', '- 培养专业人才'];
    const doc = clean(seg(['主要任务', ...list, P1]));
    expect(kept(doc)).toEqual(['主要任务', ...list, P1]);
  });
});

describe('clean: related-items blocks and prompts', () => {
  it('removes 相关新闻 and the headlines after it', () => {
    const doc = clean(seg([P1, P2, '相关新闻', '某地发布数据条例', '专家解读新规', '数据安全宣传周启动', '相关链接:', '某某部']));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, '专家解读新规')).toBe('related');
  });

  it('does not start a related block in the menu above the article', () => {
    const doc = clean(seg(['首页', '相关新闻', '政策', '服务', '数据新规发布', '2023-01-01', '来源:', '新华社', P1, P2]));
    expect(kept(doc)).toEqual(['数据新规发布', '2023-01-01', '来源:新华社', P1, P2]);
  });

  it('stops the related block at running text', () => {
    const doc = clean(seg([P1, '相关附件', '附件1.xls', P2]));
    expect(kept(doc)).toEqual([P1, P2]);
  });

  it.each(['登录/注册', '下载百科APP', '您即将离开本网站,跳转到其他网站, 是否继续访问?', '继续访问放弃', '信息提示'])(
    'removes the prompt %s',
    (line) => {
      const doc = clean(seg([P1, line]));
      expect(codeOf(doc, line)).toBe('prompt');
    },
  );
});

describe('clean: labels and trailers', () => {
  it('joins a label with its value on the next line, marking the value line as joined', () => {
    const doc = clean(seg(['标题', '来源:', '新华社', P1]));
    expect(kept(doc)).toEqual(['标题', '来源:新华社', P1]);
    expect(doc.removed).toEqual([{ stage: 'clean', code: 'label-joined', line: 3, text: '新华社' }]);
  });

  it('joins a publication-time label with a date on the next line', () => {
    expect(kept(clean(seg(['标题', '发布时间:', '2015-10-09', P1])))).toEqual(['标题', '发布时间:2015-10-09', P1]);
  });

  it('removes an empty 文献来源: trailer at the end', () => {
    const doc = clean(seg([P1, P2, '文献来源:']));
    expect(codeOf(doc, '文献来源:')).toBe('empty-trailer');
    expect(kept(doc)).toEqual([P1, P2]);
  });

  it('keeps metadata lines in both scripts', () => {
    const meta = ['发布时间:2015-10-09', '  • 發佈時間:2014-09-18 20:57:33  來源:中國網  作者:佚名  責任編輯:王某', '责任编辑:李某', '(最近更新时间:2024年1月)'];
    expect(kept(clean(seg([...meta, P1])))).toEqual([...meta, P1]);
  });

  it('keeps bare date lines in three formats', () => {
    const dates = ['2013-07-15', '2022-11-07 10:20', '2020年11月18日 16:02'];
    expect(kept(clean(seg(['标题', dates[0]!, P1, dates[1]!, P2, dates[2]!, P3])))).toEqual(['标题', dates[0], P1, dates[1], P2, dates[2], P3]);
  });
});

describe('clean: content that must survive', () => {
  it('keeps headings, a table of contents and a quote attribution', () => {
    const toc = ['目录', '前言', '一、总体要求', '（一）指导思想', '（二）基本原则', '二、主要任务', '第一章 总则', '1.完善制度', '结束语'];
    const body = [
      '前言',
      P1,
      '一、总体要求',
      '“网络空间是人类共同的活动空间。”',
      '——某国领导人,2016年4月19日',
      '(2022年11月)',
      P2,
    ];
    const doc = clean(seg([...toc, ...body]));
    expect(kept(doc)).toEqual([...toc, ...body]);
  });

  it('keeps a short two-line issuing body under the title', () => {
    const doc = clean(seg(['某某白皮书', '中华人民共和国', '国务院新闻办公室', P1]));
    expect(kept(doc)).toEqual(['某某白皮书', '中华人民共和国', '国务院新闻办公室', P1]);
  });

  it('removes a repeated page-title line and a viewer page number', () => {
    const doc = clean(seg(['数据法规汇编 - 某文库', '数据法规汇编', P1, '- 1 -'], { pageTitleLine: '数据法规汇编 - 某文库', titleHint: '数据法规汇编' }));
    expect(codeOf(doc, '数据法规汇编 - 某文库')).toBe('page-title');
    expect(codeOf(doc, '- 1 -')).toBe('page-number');
    expect(kept(doc)).toEqual(['数据法规汇编', P1]);
  });

  it('records a whitespace-only line as blank and ignores empty lines', () => {
    const doc = clean(seg([P1, '', '\u3000 ', P2]));
    expect(doc.removed).toEqual([{ stage: 'clean', code: 'blank', line: 3, text: '\u3000 ' }]);
  });
});

describe('clean: page chrome glued onto one long line', () => {
  const body = (P1 + P2 + P3).repeat(2);

  it('strips a portal bar and a title fragment at the start, and the © / ICP footer at the end', () => {
    const line =
      '数据条约_某某百科 网页新闻贴吧知道图片视频地图文库资讯百科首页登录注册进入词条全站搜索帮助个人中心收藏播报讨论上传视频' +
      body +
      '新手上路编辑入门编辑规则意见反馈投诉建议©2024 Example 使用前必读 | 隐私政策 | 京ICP证000000号 京公网安备110000000000';
    const doc = clean(seg([line], { pageTitleLine: '国际数据条约_某某百科', titleHint: '国际数据条约' }));
    expect(kept(doc)).toEqual([body]);
    expect(doc.removed.map((r) => r.code)).toEqual(['page-title', 'glued-prefix', 'glued-suffix']);
    expect(doc.removed[0]!.text).toBe('数据条约_某某百科');
  });

  it('strips a Q&A-site head and action bar, keeps the title and the publication stamp as lines', () => {
    const title = '如何看待数据跨境新规';
    const line = `${title} - 某乎切换模式写文章登录/注册${title}${body}发布于 2021-03-30 14:34数据安全赞同 2添加评论分享喜欢收藏申请`;
    const doc = clean(seg([line], { pageTitleLine: `${title} - 某乎`, titleHint: title }));
    expect(kept(doc)).toEqual([title, body, '发布于 2021-03-30 14:34']);
    expect(doc.lines.every((l) => l.no === 1)).toBe(true);
    // Each piece says where it stood in the physical line.
    expect(doc.lines.map((l) => line.slice(l.offset ?? 0).startsWith(l.text))).toEqual([true, true, true]);
    expect(codeOf(doc, '切换模式写文章登录/注册')).toBe('glued-prefix');
  });

  it('takes a page flattened into one line apart: menu, breadcrumb, buttons, links and footer go, the rest stays', () => {
    const line =
      '首页政务要闻政策文件互动交流您当前的位置：首页>政策文件>部门文件国家数据局关于开展试点工作的通知' +
      '发布时间：2024-03-18 09:45来源：国家数据局【字体：大中小】打印分享到：' +
      body +
      '国家数据局2024年3月15日相关链接：国家发展改革委网站主办单位：国家数据局 版权所有 京ICP备2024000001号';
    const doc = clean(seg([line]));
    expect(kept(doc)).toEqual(['国家数据局关于开展试点工作的通知', '发布时间：2024-03-18 09:45', '来源：国家数据局', body, '国家数据局', '2024年3月15日']);
    expect(codeOf(doc, '首页政务要闻政策文件互动交流')).toBe('nav');
    expect(codeOf(doc, '您当前的位置：首页>政策文件>部门文件')).toBe('breadcrumb');
    expect(codeOf(doc, '【字体：大中小】')).toBe('share-widget');
    expect(codeOf(doc, '打印分享到：')).toBe('share-widget');
    expect(codeOf(doc, '国家发展改革委网站')).toBe('related');
    expect(codeOf(doc, '版权所有 京ICP备2024000001号')).toBe('icp');
    // Every piece keeps its line number and its place in the physical line.
    expect(doc.lines.every((l) => l.no === 1 && line.slice(l.offset ?? 0).startsWith(l.text))).toBe(true);
  });

  it('removes a channel bar or crumbs joined without separators, which start at the home link', () => {
    const doc = clean(seg(['首页政务要闻政策文件互动交流办事服务', '首頁 新聞與公告 本部新聞', '关于开展试点工作的通知', P1, P2]));
    expect(kept(doc)).toEqual(['关于开展试点工作的通知', P1, P2]);
    expect(doc.removed.map((r) => r.code)).toEqual(['nav', 'nav']);
  });

  it('removes a link box with its header on the same line, and the 您当前的位置 breadcrumb', () => {
    const doc = clean(seg(['您当前的位置：首页 > 新闻中心', '关于开展试点工作的通知', P1, P2, '相关链接：国家发展改革委网站 中国政府网']));
    expect(kept(doc)).toEqual(['关于开展试点工作的通知', P1, P2]);
    expect(codeOf(doc, '相关链接：国家发展改革委网站 中国政府网')).toBe('related');
  });

  it('leaves a long paragraph that starts with 新闻 and ends with a clause unchanged', () => {
    const line = '新闻发布会上,' + body + '下一步将继续完善相关制度';
    expect(stripGlued(line, {})).toEqual({ keep: [{ text: line, start: 0 }], cuts: [] });
  });
});

describe('clean: signals', () => {
  it('measures function-character density higher for text than for a menu', () => {
    expect(stopwordDensity(P1 + P2 + P3)).toBeGreaterThan(0.05);
    expect(stopwordDensity('首页机构设置新闻动态政务公开领导信息')).toBe(0);
  });

  it('measures sentence punctuation, counting the ASCII forms scraped pages carry', () => {
    expect(punctShare('日前,国家主席对某国进行国事访问。')).toBeCloseTo(2 / 17);
    expect(punctShare('首页 机构设置 新闻动态')).toBe(0);
  });

  it('tells running text from a menu item', () => {
    expect(isContentLike(P1)).toBe(true);
    expect(isContentLike('常驻联合国日内瓦办事处和瑞士其他国际组织代表团')).toBe(false);
  });
});

describe('clean: accounting', () => {
  const pool = [P1, P2, P3, '首页', '登录', '|', '分享:', '打印', '来源:', '新华社', '文献来源:', '版权所有:某某网', '京ICP备10000001号',
    '相关新闻', '某地发布条例', '2022-11-07 10:20', '一、总体要求', '   ', '', '• 股票名称 最新价 涨跌幅',
    '2024年06月30日 星期天', '- 研究员', '- [email protected]', '- 某论文题目'];
  const chars = (s: string) => [...s.replace(/\s+/gu, '')].sort().join('');

  it('keeps or records every visible character of the input, and every non-empty line number', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 40 }), (lines) => {
        const doc = clean(seg(lines));
        // A joined value is recorded under its own line number but its text lives on in the label line.
        const removedText = doc.removed.filter((r) => r.code !== 'label-joined').map((r) => r.text);
        const out = [...doc.lines.map((l) => l.text), ...removedText].join('');
        expect(chars(out)).toBe(chars(lines.join('')));
        const numbers = new Set([...doc.lines.map((l) => l.no), ...doc.removed.map((r) => r.line)]);
        expect(lines.every((text, i) => text === '' || numbers.has(i + 1))).toBe(true);
      }),
    );
  });
});

describe('clean: Taiwan, Hong Kong, WeChat and printed-page chrome', () => {
  it('removes Taiwan print / font-size rows and a footer with address, counter and IPv6 notice', () => {
    const doc = clean(seg(['字級：小 中 大', '友善列印  回上頁', '資安合作備忘錄簽署', P1, P2, '瀏覽人次：1,234', '地址：100臺北市中正區某路1號 電話：(02)2380-0000', '隱私權政策 | 政府網站資料開放宣告', '本網站支援 IPv6']));
    expect(kept(doc)).toEqual(['資安合作備忘錄簽署', P1, P2]);
    expect(codeOf(doc, '友善列印  回上頁')).toBe('share-widget');
  });

  it('keeps the title under a rule of symbols at the end of a menu', () => {
    const doc = clean(seg(['新聞公報', '主頁 | 新聞公報 | 政府公告', '繁體版 | 简体版 | English', '政府推動網絡安全國際合作', '＊＊＊＊＊＊＊＊', P1, P2]));
    expect(kept(doc)).toEqual(['政府推動網絡安全國際合作', P1, P2]);
  });

  it('after an end mark (完, END) keeps the release date and removes the rest; a glued article after it stays', () => {
    const stamped = clean(seg([P1, P2, '完', '2023年5月12日（星期五）', '香港時間17時30分', '今日新聞 | 列印此頁']));
    expect(kept(stamped)).toEqual([P1, P2, '完', '2023年5月12日（星期五）']);
    const glued = clean(seg([P1, '（完）', '另一篇报道的标题', P3]));
    expect(kept(glued)).toEqual([P1, '（完）', '另一篇报道的标题', P3]);
  });

  it('removes a copyright year before footer links, previous / next links and WeChat account rows', () => {
    const doc = clean(seg([P1, P2, '上一篇：数据安全法解读', '下一篇：没有了', '2023 | 重要告示 | 私隱政策', '阅读原文', '预览时标签不可点']));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, '上一篇：数据安全法解读')).toBe('nav');
    // 上篇 / 下篇 without a colon head the parts of a long text.
    expect(kept(clean(seg(['上篇 总论', P1, '下篇 分论', P2])))).toEqual(['上篇 总论', P1, '下篇 分论', P2]);
  });

  it('keeps the fields of a record out of menu runs, but not a label whose value is an interface word', () => {
    const record = ['主 席:沈召集委員伯洋', '專門委員:廖曼利', '主任秘書:李淑娟', '簡任編審 張美慧', '科 長 黃姵瑜'];
    expect(kept(clean(seg([P1, ...record, P2])))).toEqual([P1, ...record, P2]);
    const menu = clean(seg(['按Enter到主內容區', '法務部廉政署:回首頁', '網站導覽', 'English', '廉政新聞', P1, P2]));
    expect(codeOf(menu, '按Enter到主內容區')).toBe('nav');
    expect(codeOf(menu, '法務部廉政署:回首頁')).toBe('nav');
    expect(kept(menu).slice(-2)).toEqual([P1, P2]);
  });

  it('keeps the title between a menu and a `日期:` line (a Taiwan ministry page)', () => {
    const doc = clean(seg(['重要政策', ':::', '普及偏鄉數位應用計畫', '日期:107-06-21', '資料來源:新聞傳播處', P1, P2]));
    expect(kept(doc)).toContain('普及偏鄉數位應用計畫');
    expect(kept(doc)).toContain('日期:107-06-21');
  });

  it('removes bare previous / next labels and the titles saved on the line below them', () => {
    const doc = clean(seg([P1, P2, '上一篇', '关于开展数据安全评估工作的通知', '【下一篇】', '网络安全审查办法答记者问', '版权所有 某某网']));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, '关于开展数据安全评估工作的通知')).toBe('nav');
    // Labels with no link under them (the first and the last article of a column), and a label followed by a space.
    expect(kept(clean(seg([P1, P2, '上一篇', '下一篇'])))).toEqual([P1, P2]);
    expect(kept(clean(seg([P1, P2, '下一條 數據安全法解讀', P3])))).toEqual([P1, P2, P3]);
    // What follows a label is a link only if it is short and not a sentence.
    expect(kept(clean(seg([P1, '下一篇：', P2, P3])))).toEqual([P1, P2, P3]);
    // 上篇 / 下篇 on their own head the parts of a long text: they and the heading under them stay.
    expect(kept(clean(seg(['上篇', '总论', P1, '下篇', '分论', P2])))).toEqual(['上篇', '总论', P1, '下篇', '分论', P2]);
  });

  it('removes a channel bar flattened onto one line, but not a row of names', () => {
    const bar = clean(seg(['国务院  总理  新闻  政策  互动  服务  数据', '数据安全合作倡议', P1, P2]));
    expect(kept(bar)).toEqual(['数据安全合作倡议', P1, P2]);
    const names = clean(seg(['数据安全合作倡议', '张三  李四  王五  赵六  钱七  孙八', P1, P2]));
    expect(kept(names)).toEqual(['数据安全合作倡议', '张三  李四  王五  赵六  钱七  孙八', P1, P2]);
  });

  it('cuts bracketed buttons off the ends of a line and keeps the rest', () => {
    const doc = clean(seg([P1, P2, '【我要纠错】 责任编辑：李华', '责任编辑：王明 【打印】【关闭】', '【重要】会议将于下周举行']));
    expect(kept(doc)).toEqual([P1, P2, '责任编辑：李华', '责任编辑：王明', '【重要】会议将于下周举行']);
    expect(codeOf(doc, '【我要纠错】 ')).toBe('share-widget');
  });

  it('removes the pager row of a multi-page article, not a sentence about pages', () => {
    const doc = clean(seg([P1, '上一页 1 2 3 下一页', '首页 上一頁 … 5 6 下一頁 尾页', '下一页将介绍具体措施。', P2]));
    expect(kept(doc)).toEqual([P1, '下一页将介绍具体措施。', P2]);
  });

  it('removes breadcrumbs from a site name down to the article, one-line mixed menus, and keeps a process flow', () => {
    const doc = clean(seg(['人民网>>国际>>正文', '首页 | 新闻 | 联系我们', '数据安全合作倡议', P1, '申请 > 审核 > 发布', P2, '【纠错】 【责任编辑：李四】']));
    expect(kept(doc)).toEqual(['数据安全合作倡议', P1, '申请 > 审核 > 发布', P2, '【责任编辑：李四】']);
    expect(codeOf(doc, '人民网>>国际>>正文')).toBe('breadcrumb');
    expect(codeOf(doc, '首页 | 新闻 | 联系我们')).toBe('nav');
    // A trail that stops at the channel, joined by `>>` or `»`, is a breadcrumb too.
    const short = clean(seg(['人民网>>国际', '新聞 » 科技 » 資安', '数据安全合作倡议', P1]));
    expect(kept(short)).toEqual(['数据安全合作倡议', P1]);
    // Ordinary interface words alone are not enough: 新闻 and 更多 are also words of the text.
    expect(kept(clean(seg(['新闻 | 更多', P1])))).toEqual(['新闻 | 更多', P1]);
  });

  it('removes running heads that recur next to page numbers, not a line that merely repeats', () => {
    const doc = clean(seg(['国务院公报 2022年第8号', '数据安全合作行动方案', P1, '- 1 -', '', '国务院公报 2022年第8号', P2, '- 2 -']));
    expect(kept(doc)).toEqual(['数据安全合作行动方案', P1, P2]);
    expect(codeOf(doc, '国务院公报 2022年第8号')).toBe('running-head');
    const repeated = clean(seg(['合作倡议', P1, '共同维护网络安全', P2, '共同维护网络安全', P3]));
    expect(kept(repeated)).toContain('共同维护网络安全');
  });
});

describe('clean: article lists and recommendation boxes', () => {
  const LIST = ['网络数据安全管理条例 2024-09-30', '促进和规范数据跨境流动规定 2024-03-22', '数据出境安全评估办法（2022-07-07）', '· 网络安全审查办法 2022-01-04'];

  it("removes a column's article list (a headline and its date per line) above or below the text", () => {
    const doc = clean(seg([...LIST, P1, P2, ...LIST.map((l) => l.replace('2', '1'))]));
    expect(kept(doc)).toEqual([P1, P2]);
    for (const line of LIST) expect(codeOf(doc, line)).toBe('link-list');
    // Between paragraphs the same rows are a table of the text and stay.
    expect(kept(clean(seg([P1, ...LIST, P2])))).toEqual([P1, ...LIST, P2]);
  });

  it('reads Minguo dates after the headline and bracketed dates before it', () => {
    const tw = ['數位發展部公布資安年報 112-05-12', '資安署舉辦國際研討會 112-05-02', '臺美資安合作備忘錄簽署 112-04-20', '公私協力推動資安產業 112-04-11'];
    const cn = ['[2023-05-12] 网络数据安全管理条例', '[2023-04-20] 数据出境安全评估办法', '【2023-03-15】生成式人工智能服务管理暂行办法', '[2023-02-08] 网络安全审查办法'];
    for (const list of [tw, cn]) {
      const doc = clean(seg([P1, P2, ...list]));
      expect(kept(doc)).toEqual([P1, P2]);
    }
  });

  it('keeps three dated lines, numbered items of the text, and labelled date rows', () => {
    expect(kept(clean(seg([P1, P2, ...LIST.slice(0, 3)])))).toEqual([P1, P2, ...LIST.slice(0, 3)]);
    const numbered = ['1.《网络安全法》（2016年11月7日）', '2.《数据安全法》（2021年6月10日）', '3.《个人信息保护法》（2021年8月20日）', '4.《关键信息基础设施安全保护条例》（2021年7月30日）'];
    expect(kept(clean(seg([P1, ...numbered, P2])))).toEqual([P1, ...numbered, P2]);
    const labelled = ['发布时间：2024-09-30', '更新时间：2024-10-01', '成文日期：2024-09-24', '印发日期：2024-09-30'];
    expect(kept(clean(seg(['网络数据安全管理条例', ...labelled, P1, P2])))).toEqual(['网络数据安全管理条例', ...labelled, P1, P2]);
  });

  it('removes a recommendation box inside the text and keeps the text after it', () => {
    const doc = clean(seg([P1, '热点推荐', '· 多地出台措施促进消费回暖', '· 一季度GDP同比增长4.5%', P2, '猜你喜欢', '数字中国建设整体布局规划印发']));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, '热点推荐')).toBe('related');
    expect(codeOf(doc, '数字中国建设整体布局规划印发')).toBe('related');

    for (const header of ['热图推荐', '新闻精选', '刊文精选']) {
      expect(kept(clean(seg([P1, P2, header, '多地出台措施促进消费回暖', '一季度GDP同比增长4.5%'])))).toEqual([P1, P2]);
    }
  });

  it('removes export and back-to-top rows of law databases and full-width page numbers', () => {
    const doc = clean(seg([P1, '列印 | 匯出PDF | 回頁首', '－ 2 －', P2]));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, '列印 | 匯出PDF | 回頁首')).toBe('share-widget');
    expect(codeOf(doc, '－ 2 －')).toBe('page-number');
  });
});

describe('clean: counters of Q&A sites and blogs', () => {
  it('removes like, comment and view counters, a counter label with its number below, and the follow button', () => {
    const doc = clean(seg(['如何看待数据安全倡议？', '关注者', '1,024', '被浏览', '356,789', '关注', '123 人赞同了该回答', P1, P2, '赞同 123', '12 条评论', '阅读 1.2万']));
    expect(kept(doc)).toEqual(['如何看待数据安全倡议？', P1, P2]);
    expect(codeOf(doc, '1,024')).toBe('share-widget');
    expect(codeOf(doc, '12 条评论')).toBe('share-widget');
  });

  it('keeps a number line that no counter label introduces, and sentences about likes', () => {
    expect(kept(clean(seg([P1, '2022', P2, '评论员文章引发热议', P3])))).toEqual([P1, '2022', P2, '评论员文章引发热议', P3]);
  });
});

describe('clean: platform notices', () => {
  const NOTICE = '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，本平台仅提供信息存储服务。';
  const REPRINT = '本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用，違者依法追究責任。';

  it("removes a platform's notice under the article, however long", () => {
    const doc = clean(seg([P1, P2, NOTICE, REPRINT]));
    expect(kept(doc)).toEqual([P1, P2]);
    expect(codeOf(doc, NOTICE)).toBe('footer');
    expect(codeOf(doc, REPRINT)).toBe('footer');
  });

  it('keeps a sentence of the text that speaks of reprinting without permission', () => {
    const law = '根据著作权法的规定，未经授权不得转载他人作品，网络服务提供者应当履行相应的注意义务。';
    expect(kept(clean(seg([P1, law, P2])))).toEqual([P1, law, P2]);
  });
});

describe('clean: casino ads injected into hacked pages', () => {
  it('removes a casino ad line and casino keyword lists', () => {
    const ads = ['澳门新葡京娱乐官网-欢迎您', 'bet365体育在线投注|皇冠足球比分|澳门赌场网址|真人百家乐', '威尼斯人娱乐城 永利皇宫 太阳城 银河娱乐 葡京赌场 金沙娱乐 博彩网站'];
    const doc = clean(seg([ads[0]!, P1, ads[1]!, P2, ads[2]!]));
    expect(kept(doc)).toEqual([P1, P2]);
    for (const ad of ads) expect(codeOf(doc, ad)).toBe('spam');
  });

  it('keeps text about fighting online gambling, and a heading that names one casino word', () => {
    const text = '公安机关依法打击跨境网络赌博犯罪，关停赌场网址三千余个，查处为博彩网站提供支付结算的团伙。';
    expect(kept(clean(seg([P1, '严厉打击跨境赌场犯罪', text, P2])))).toEqual([P1, '严厉打击跨境赌场犯罪', text, P2]);
  });
});


describe('clean: style sheets, scripts and media players copied with the text', () => {
  const css = '.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:5px;}';
  const analytics = 'var _hmt = _hmt || [];(function() {var hm = document.createElement("script");hm.src = "https://hm.example/hm.js";})();';
  const write = `document.write('<script src="/js/share.js"></script>');`;

  it('removes style rules, analytics snippets and document.write lines as page code', () => {
    const doc = clean(seg(['关于开展试点工作的通知', css, P1, analytics, P2, write, P3]));
    expect(kept(doc)).toEqual(['关于开展试点工作的通知', P1, P2, P3]);
    expect([css, analytics, write].map((line) => codeOf(doc, line))).toEqual(['code', 'code', 'code']);
  });

  it('cuts style rules glued before the first paragraph and keeps the paragraph', () => {
    const doc = clean(seg(['关于开展试点工作的通知', css + P1, P2]));
    expect(kept(doc)).toEqual(['关于开展试点工作的通知', P1, P2]);
    expect(codeOf(doc, css)).toBe('code');
    expect(doc.lines[1]!.offset).toBe(css.length);
  });

  it('keeps sentences that quote code or use brackets and semicolons', () => {
    const quoting = '攻击者在页面中插入 document.write(payload); 语句，诱导用户执行恶意脚本，相关单位应及时修补此类跨站脚本漏洞。';
    const listing = '本办法所称数据，包括：（一）个人信息；（二）重要数据；（三）核心数据（见附件1）。';
    const doc = clean(seg(['关于开展试点工作的通知', P1, quoting, listing, P2]));
    expect(kept(doc)).toEqual(['关于开展试点工作的通知', P1, quoting, listing, P2]);
  });

  it("removes a video box's messages and clock, and keeps a sentence about a video", () => {
    const sentence = '视频加载中断的问题已经修复，平台将继续优化播放体验，保障用户正常收看政务直播。';
    const doc = clean(seg(['关于开展试点工作的通知', P1, '视频加载中，请稍候...', '您的浏览器不支持 video 标签。', '00:00 / 02:15', sentence, P2]));
    expect(kept(doc)).toEqual(['关于开展试点工作的通知', P1, sentence, P2]);
    expect(codeOf(doc, '00:00 / 02:15')).toBe('prompt');
  });
});

describe('clean: picture stand-ins, full-text buttons and attachments', () => {
  it('removes picture placeholders and credits, view-picture and expand buttons, and keeps a sentence about pictures', () => {
    const sentence = '图片来源不明的网络谣言传播速度快，网信部门将依法查处编造传播虚假信息的账号。';
    const doc = clean(seg(['关于开展试点工作的通知', '点击查看大图', '[图片]', P1, '（图片来源：视觉中国）', '展开全文', sentence, P2]));
    expect(kept(doc)).toEqual(['关于开展试点工作的通知', P1, sentence, P2]);
    expect(codeOf(doc, '[图片]')).toBe('image');
    expect(codeOf(doc, '（图片来源：视觉中国）')).toBe('image');
    expect(codeOf(doc, '展开全文')).toBe('prompt');
  });

  it('keeps the attachment line and the signature under prev/next links and a back-to-list button', () => {
    const lines = ['返回列表', '上一条：关于开展网络安全宣传周活动的通知', '下一条：关于公布示范单位名单的通知', '附件：1.合规审计指引.docx', '扫码关注', '市网信办', '2024年6月1日'];
    const doc = clean(seg(['关于开展试点工作的通知', P1, P2, ...lines]));
    expect(kept(doc)).toEqual(['关于开展试点工作的通知', P1, P2, '附件：1.合规审计指引.docx', '市网信办', '2024年6月1日']);
    expect(codeOf(doc, '返回列表')).toBe('nav');
    expect(codeOf(doc, '扫码关注')).toBe('prompt');
  });
});

describe('clean: numbered rows are the document', () => {
  it("keeps an annex table whose rows are numbered 1, 2, 3 … below the text (no menu is numbered)", () => {
    const rows = ['序号 项目名称 申报单位 所在地区', ...['工业互联网安全监测平台 某某科技有限公司 北京', '车联网数据安全防护系统 某某汽车有限公司 上海', '智慧城市安全运营中心 某某信息技术有限公司 广东', '数据分类分级管理平台 某某数据有限公司 浙江', '关键信息基础设施安全防护 某某电力有限公司 江苏', '云原生安全防护平台 某某云计算有限公司 四川', '隐私计算数据流通平台 某某网络有限公司 湖北', '网络安全态势感知平台 某某安全技术有限公司 山东'].map((r, k) => `${k + 1} ${r}`)];
    const doc = clean(seg(['关于公布试点示范项目名单的通知', P1, P2, '附件：试点示范项目名单', ...rows]));
    expect(kept(doc)).toEqual(['关于公布试点示范项目名单的通知', P1, P2, '附件：试点示范项目名单', ...rows]);
  });

  it('keeps an unnumbered list under its heading (附件：…名单), but not a menu with interface words there', () => {
    const names = ['张伟 北京大学', '王芳 清华大学', '李强 中国科学院', '刘洋 复旦大学', '陈静 浙江大学', '杨帆 南京大学', '赵磊 武汉大学', '黄敏 中山大学', '周杰 四川大学'];
    const doc = clean(seg(['关于成立专家委员会的通知', P1, P2, '附件：专家委员会组成人员名单', ...names]));
    expect(kept(doc)).toEqual(['关于成立专家委员会的通知', P1, P2, '附件：专家委员会组成人员名单', ...names]);
    const sorted = clean(seg(['关于成立专家委员会的通知', P1, P2, '（按姓氏笔画排序）', ...names]));
    expect(kept(sorted)).toEqual(['关于成立专家委员会的通知', P1, P2, '（按姓氏笔画排序）', ...names]);
    const menu = clean(seg(['关于成立专家委员会的通知', P1, P2, '附件：名单.docx', '新闻', '视频', '图片', '专题', '网站地图']));
    expect(kept(menu)).toEqual(['关于成立专家委员会的通知', P1, P2, '附件：名单.docx']);
  });

  it('keeps the agencies that sign a document jointly, one per line above the date', () => {
    const agencies = ['国家互联网信息办公室', '国家发展和改革委员会', '工业和信息化部', '公安部', '国家安全部', '财政部', '商务部', '中国人民银行', '国家市场监督管理总局', '国家保密局'];
    const doc = clean(seg(['网络安全审查办法', P1, P2, ...agencies, '2021年12月28日']));
    expect(kept(doc)).toEqual(['网络安全审查办法', P1, P2, ...agencies, '2021年12月28日']);
  });

  it('still removes a pager whose page numbers stand one per line', () => {
    const doc = clean(seg(['关于公布试点示范项目名单的通知', P1, P2, '首页', '1', '2', '3', '4', '下一页', '尾页']));
    expect(kept(doc)).toEqual(['关于公布试点示范项目名单的通知', P1, P2]);
  });
});

describe('clean: reader comments under the article', () => {
  it('removes a comment section from its header to the end of the page, long comments included', () => {
    const comments = ['网友评论', '已有2条评论', '请登录后发表评论', '北京网友 2024-03-23 09:12', P3, '上海网友 2024-03-23 10:05', '希望落实到位。', '查看更多评论'];
    const doc = clean(seg(['专家解读数据出境新规', P1, P2, ...comments]));
    expect(kept(doc)).toEqual(['专家解读数据出境新规', P1, P2]);
    expect(doc.removed.every((r) => r.code === 'comments')).toBe(true);
    expect(doc.removed).toHaveLength(comments.length);
  });

  it('keeps a heading named 网友评论 that no comment box follows', () => {
    const doc = clean(seg(['专家解读数据出境新规', P1, '网友评论', P2, P3]));
    expect(kept(doc)).toEqual(['专家解读数据出境新规', P1, '网友评论', P2, P3]);
  });
});

describe("clean: a portal's top bar", () => {
  it('removes the greeting, the date with weekday and weather, and the accessibility row; keeps a greeting in a speech', () => {
    const doc = clean(
      seg(['您好，欢迎访问某市人民政府门户网站！', '今天是：2024年3月22日 星期五 北京 晴 12℃~25℃', '设为首页 | 加入收藏 | 无障碍浏览 | 长者模式', '某市网信办召开数据安全工作推进会', P1, '欢迎来到美丽的乌镇！', P2]),
    );
    expect(kept(doc)).toEqual(['某市网信办召开数据安全工作推进会', P1, '欢迎来到美丽的乌镇！', P2]);
    expect(doc.removed.map((r) => r.code)).toEqual(['prompt', 'scrape-date', 'nav']);
  });
});

describe('clean: pictures’ names and a share bar’s counts', () => {
  it('removes lines that are an image’s alternative text, and a share bar’s bare counts', () => {
    const chrome = ['anue logo', 'search icon', 'menu-icon', '中国舆情网-一带一路BANNER', '中国舆情网官网二维码', '百科问答小站 font logo', '• 0', '• 12'];
    const doc = clean(seg(['专家解读数据出境新规', ...chrome, P1, P2]));
    expect(kept(doc)).toEqual(['专家解读数据出境新规', P1, P2]);
    expect(doc.removed.map((r) => r.code)).toEqual(['image', 'image', 'image', 'image', 'image', 'image', 'share-widget', 'share-widget']);
  });

  it('keeps a single bulleted number, a list item cut off', () => {
    const doc = clean(seg(['专家解读数据出境新规', P1, '1. 隱碼技術:將訂單收貨人電話號碼轉換為代碼。', '• 2']));
    expect(kept(doc)).toEqual(['专家解读数据出境新规', P1, '1. 隱碼技術:將訂單收貨人電話號碼轉換為代碼。', '• 2']);
  });

  it('keeps text that merely mentions a logo or a QR code', () => {
    const lines = ['新版政务服务标志（logo）设计方案公示', '扫描下方二维码即可在线办理业务，全程无需到现场。', P1];
    expect(kept(clean(seg(['专家解读数据出境新规', ...lines])))).toEqual(['专家解读数据出境新规', ...lines]);
  });
});

describe('clean: other articles’ headlines listed under the text without a header', () => {
  const list = ['李家超到访黄大仙 就《施政报告》听取市民意见', '【通讲坛】香山论坛务实对话 南海问题各国态度如何?', '陈水扁给柯文哲“送暖”用意如何?', '香港青年联合国发声:关于香港 这些数字足以证明一切'];

  it('removes the run under the last sentence, or under the text’s editor line, which stays for the metadata stage', () => {
    const doc = clean(seg(['专家解读数据出境新规', P1, P2, '更 多', ...list]));
    expect(kept(doc)).toEqual(['专家解读数据出境新规', P1, P2]);
    expect(doc.removed.map((r) => r.code)).toEqual(Array(5).fill('related'));
    expect(kept(clean(seg(['专家解读数据出境新规', P1, P2, '【编辑:李冉】', ...list])))).toEqual(['专家解读数据出境新规', P1, P2, '【编辑:李冉】']);
    // …also when the last paragraph ends with a link bar's `|`.
    expect(kept(clean(seg(['专家解读数据出境新规', P1, `${P2} |`, '视频更 多', ...list])))).toEqual(['专家解读数据出境新规', P1, `${P2} |`]);
    // …and the tags' label over it (`关键词:`).
    expect(kept(clean(seg(['专家解读数据出境新规', P1, P2, '关键词:', '质检', '资讯', ...list])))).toEqual(['专家解读数据出境新规', P1, P2]);
  });

  it('keeps a short run (a signature block), numbered rows, verses, and lines that stop mid-clause', () => {
    const kept3 = [P1, P2, ...list.slice(0, 3)];
    expect(kept(clean(seg(kept3)))).toEqual(kept3);
    const numbered = [P1, P2, '1. 北京某某科技有限公司', '2. 上海某某信息技术有限公司', '3. 深圳某某网络有限公司', '4. 杭州某某数据有限公司'];
    expect(kept(clean(seg(numbered)))).toEqual(numbered);
    const verses = [P1, '送王七尉松滋得阳台云', '君不见巫山神女作行云，霏红沓翠晓氛氲。', '婵娟流入楚王梦，倏忽还随零雨分。', '空中飞去复飞来，朝朝暮暮下阳台。', '愁君此去为仙尉，便逐行云去不回。'];
    expect(kept(clean(seg(verses)))).toEqual(verses);
    const clauses = [P1, P2, '一是加强组织领导，', '二是完善制度机制，', '三是强化技术支撑，', '四是抓好宣传引导。'];
    expect(kept(clean(seg(clauses)))).toEqual(clauses);
    // An excerpt cut short in a numbered section, a `- 名称:…` list or an aligned table keeps it.
    const section = [P1, P2, '三、服务与安全防范', '1. 推理算力资源', '- 开发服务能力:是指模型并发能力', '- 采用第三方云平台或服务器情况:自建', '2. 服务', '- 服务方式:App、网页'];
    expect(kept(clean(seg(section)))).toEqual(section);
    const table = [P1, P2, '路政署           已刪除  行動完結後短期內', '民政事務總署        已刪除  未有披露', '環境及生態局及轄下部門   已刪除  未有披露', '商務及經濟發展局與轄下部門 已刪除  未有披露'];
    expect(kept(clean(seg(table)))).toEqual(table);
  });
});

describe('clean: English page-position links and image file names', () => {
  it('removes `top of page`, `bottom of page` and a picture’s file name', () => {
    const doc = clean(seg(['top of page', '专家解读数据出境新规', P1, P2, '回到最頂.png', 'bottom of page']));
    expect(kept(doc)).toEqual(['专家解读数据出境新规', P1, P2]);
  });
});

describe('clean: reading time, a player that cannot play, share tools', () => {
  it('removes `本篇文章984字,读完约2分钟`, `未能播放Youtube視頻`, `分享工具 facebook` and `字号变大| 字号变小`', () => {
    const doc = clean(seg(['专家解读数据出境新规', '本篇文章984字,读完约2分钟', '未能播放Youtube視頻', '分享工具 facebook', '字号变大| 字号变小', P1, P2]));
    expect(kept(doc)).toEqual(['专家解读数据出境新规', P1, P2]);
  });
});

describe('clean: an e-paper’s masthead, page label and page buttons', () => {
  it('removes them above the headline', () => {
    const doc = clean(seg(['浙江日报 数字报纸', '昨天 明天 上版 下版   版面概览', '00007版:观点', 'A02版:国内 新闻列表', '久久为功,打造清朗网络空间', P1, P2]));
    expect(kept(doc)).toEqual(['久久为功,打造清朗网络空间', P1, P2]);
  });
});

describe('clean: a back button, a comment counter, a paywall notice', () => {
  it('removes `返回`, `留言与评论(共有 0 条评论) |` and a library’s quota notice', () => {
    const doc = clean(seg(['返回', '专家解读数据出境新规', P1, P2, '留言与评论(共有 0 条评论) |', '消耗 1 篇笔墨文库配额,会员有效期内无限次查看']));
    expect(kept(doc)).toEqual(['专家解读数据出境新规', P1, P2]);
  });

  it('keeps a sentence about pictures or members', () => {
    const lines = ['图片显示，会场座无虚席。', '会员单位在有效期内可查看全部标准文本，并参与标准制定工作。'];
    expect(kept(clean(seg(['专家解读数据出境新规', P1, ...lines])))).toEqual(['专家解读数据出境新规', P1, ...lines]);
  });
});
