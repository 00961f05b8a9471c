import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineOutput } from '../../scripts/pipeline/index.ts';
import type { Block } from '../../scripts/pipeline/types.ts';
import { ROOT } from '../helpers/cli.ts';

const DIR = path.join(ROOT, 'tests/fixtures/layouts');

/** The whole pipeline on one fixture page; it must publish exactly one document and account for every line. */
function run(name: string): { out: PipelineOutput; meta: Record<string, string | undefined>; blocks: Block[]; removed: Map<string, string> } {
  const out = runPipeline([{ name, bytes: new Uint8Array(readFileSync(path.join(DIR, name))) }]);
  expect(out.docs).toHaveLength(1);
  expect(out.report.files[0]!.lines.unaccounted).toBe(0);
  const doc = out.docs[0]!;
  const original = doc.converted.original === 'zh-Hans' ? doc.converted.hans : doc.converted.hant;
  return {
    out,
    meta: { ...original.meta },
    blocks: original.blocks,
    removed: new Map(doc.removed.map((r) => [r.text.trim(), r.code])),
  };
}

const texts = (blocks: Block[]) => blocks.map((b) => b.text);

describe('page layouts the seed corpus does not have', () => {
  it('Hong Kong press release: the title under a rule of ＊, the release stamp after 完 dates it and goes', () => {
    const { meta, blocks, removed } = run('hk-press-release.txt');
    expect(meta.title).toBe('政府推動網絡安全國際合作');
    expect(meta.date).toBe('2023-05-12');
    expect(texts(blocks)[0]).toMatch(/^政府發言人今日/u);
    expect(texts(blocks).at(-1)).toBe('完');
    expect(removed.get('香港時間17時30分')).toBe('footer');
    expect(removed.get('2023 | 重要告示 | 私隱政策 | 無障礙聲明')).toBe('footer');
    expect(removed.get('分享至 Facebook  分享至 X  分享至 WhatsApp')).toBe('share-widget');
  });

  it('Taiwan agency news: Minguo dates, 發布單位 as the source, print rows and the site footer removed', () => {
    const { meta, blocks, removed } = run('tw-agency-news.txt');
    expect(meta).toMatchObject({ title: '數位發展部資通安全署與美方簽署資安合作備忘錄', date: '2023-03-08', source: '資通安全署' });
    expect(texts(blocks)[0]).toMatch(/^數位發展部資通安全署今（8）日/u);
    expect(texts(blocks).at(-1)).toMatch(/定期檢討合作成效。$/u);
    expect(blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['一、合作範疇', '二、後續推動']);
    for (const line of ['字級：小 中 大', '友善列印  回上頁', '瀏覽人次：1,234']) expect(removed.has(line)).toBe(true);
    expect(removed.get('本網站支援 IPv6 | 無障礙檢測通過')).toBe('footer');
  });

  it('government filing table: 标题 gives the title, 发文字号 the number, 发文机关 the source; the table leaves the text', () => {
    const { meta, blocks, removed, out } = run('gov-filing-table.txt');
    expect(meta).toMatchObject({ title: '国务院关于印发全球数据安全合作行动方案的通知', source: '国务院', number: '国发〔2022〕8号', editor: '李华' });
    expect(meta.date).toMatch(/^2022-03-(15|21)$/u);
    expect(texts(blocks)[0]).toBe('国发〔2022〕8号');
    expect(texts(blocks).join('\n')).not.toMatch(/索\s*引\s*号|主题分类|我要纠错|总理\s+新闻/u);
    expect(removed.get('国务院  总理  新闻  政策  互动  服务  数据  国情')).toBe('nav');
    expect(removed.get('【我要纠错】')).toBe('share-widget');
    // The number is published in both scripts' front matter.
    const slug = out.docs[0]!.slug;
    expect(out.files.get(`zh-hans/${slug}.mdx`)).toContain('number: "国发〔2022〕8号"');
    expect(out.files.get(`zh-hant/${slug}.mdx`)).toContain('number: "國發〔2022〕8號"');
  });

  it('WeChat article: the unlabelled byline gives author, account and date; account chrome is removed', () => {
    const { meta, blocks, removed } = run('wechat-article.txt');
    expect(meta).toMatchObject({ title: '数据跨境流动治理的国际经验与中国方案', author: '张伟', source: '网络治理观察', date: '2023-05-12' });
    expect(texts(blocks)[0]).toMatch(/^编者按：/u);
    for (const line of ['收录于合集 #数据治理 12个', '预览时标签不可点', '阅读原文', '往期推荐']) expect(removed.has(line)).toBe(true);
  });

  it('news agency and newspaper pages: breadcrumbs down to 正文, bracketed buttons, QR and share prompts removed', () => {
    const agency = run('news-agency.txt');
    expect(agency.meta).toMatchObject({ title: '中美举行网络安全对话', date: '2023-05-12', source: '新华网', editor: '李四' });
    expect(texts(agency.blocks)).toHaveLength(2);
    expect(agency.removed.get('新华网 > 国际 > 正文')).toBe('breadcrumb');
    expect(agency.removed.get('扫描二维码用手机浏览')).toBe('prompt');
    const paper = run('newspaper-site.txt');
    expect(paper.meta).toMatchObject({ title: '全球数字治理论坛在京开幕', date: '2023-05-12', source: '人民网－人民日报', editor: '王五、赵六' });
    expect(paper.removed.get('人民网>>国际>>正文')).toBe('breadcrumb');
    expect(texts(paper.blocks).at(-1)).toBe('《 人民日报 》（ 2023年05月12日 03 版）');
  });

  it('English interface of a bilingual site: menu, share and print rows, back-to-top and English labels', () => {
    const { meta, blocks, removed } = run('english-interface.txt');
    expect(meta).toMatchObject({ title: '中国网络空间研究院发布年度报告', date: '2023-05-12' });
    expect(texts(blocks)).toHaveLength(2);
    expect(removed.get('Home | About | News | Contact')).toBe('nav');
    expect(removed.get('Share this: Facebook Twitter LinkedIn')).toBe('share-widget');
    expect(removed.get('Back to top')).toBe('footer');
  });

  it('three pages in one file, the last glued on after a footer without its <title> line: three documents', () => {
    const name = 'pages-after-footer.txt';
    const out = runPipeline([{ name, bytes: new Uint8Array(readFileSync(path.join(DIR, name))) }]);
    expect(out.report.files[0]!.lines.unaccounted).toBe(0);
    const docs = out.docs.map((d) => (d.converted.original === 'zh-Hans' ? d.converted.hans : d.converted.hant).meta);
    expect(docs.map((m) => [m.title, m.date])).toEqual([
      ['联合国通过网络犯罪公约', '2024-12-24'],
      ['中方欢迎联大通过网络犯罪公约', '2024-12-25'],
      ['網路犯罪公約通過後的挑戰', '2024-12-26'],
    ]);
    for (const d of out.docs) expect(d.converted.hans.blocks.map((b) => b.text).join('\n')).not.toMatch(/首页|版权所有|ICP/u);
  });

  it('hard-wrapped PDF extract: lines joined into paragraphs, running heads and page numbers removed', () => {
    const { meta, blocks, removed } = run('pdf-wrapped.txt');
    expect(meta.title).toBe('全球数据安全合作行动方案');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(texts(blocks)[0]).toMatch(/^为积极参与.*安全和发展利益，.*务实合作。$/u);
    expect(removed.get('国务院公报 2022年第8号')).toBe('running-head');
    expect(removed.get('- 1 -')).toBe('page-number');
  });

  it('law database: 法規名稱 gives the title, 修正日期 the date; chapters and standalone articles become headings', () => {
    const { meta, blocks, removed } = run('tw-law-database.txt');
    expect(meta).toMatchObject({ title: '資通安全管理法', date: '2023-05-31' });
    const headings = blocks.filter((b) => b.type === 'heading');
    expect(headings.map((b) => [b.text, b.level])).toEqual([
      ['第 一 章 總則', 2], ['第 1 條', 3], ['第 2 條', 3], ['第 3 條', 3],
      ['第 二 章 公務機關資通安全管理', 2], ['第 10 條', 3], ['第 11 條', 3],
    ]);
    expect(removed.get('資通安全管理法-全國法規資料庫')).toBe('page-title');
    expect(removed.get('列印 | 匯出PDF | 回頁首')).toBe('share-widget');
  });

  it('journal article: the journal in the page title, authors with affiliation marks, numbered sections', () => {
    const { meta, blocks, removed } = run('journal-article.txt');
    expect(meta).toMatchObject({ title: '论全球网络空间治理的中国方案', author: '张三、李四' });
    expect(removed.get('张三1，李四2')).toBe('author');
    const headings = blocks.filter((b) => b.type === 'heading');
    expect(headings.map((b) => [b.text, b.level])).toEqual([
      ['1 引言', 2], ['2 全球网络空间治理的模式之争', 2], ['2.1 多利益攸关方模式', 3], ['2.2 多边模式', 3], ['3 结语', 2], ['参考文献', 2],
    ]);
  });

  it("a column's listing page (headlines with dates, no article) publishes nothing and says why", () => {
    const name = 'column-listing.txt';
    const out = runPipeline([{ name, bytes: new Uint8Array(readFileSync(path.join(DIR, name))) }]);
    const file = out.report.files[0]!;
    expect(out.docs).toHaveLength(0);
    expect(file.status).toBe('rejected');
    expect(file.lines.unaccounted).toBe(0);
    expect(file.removed['link-list']).toBe(10);
    expect(file.rejected[0]!.reason).toMatch(/listing page \(10 headline-and-date lines/u);
  });

  it('a recommendation box inside the text goes, and the text around it stays', () => {
    const { meta, blocks, removed } = run('news-with-sidebar.txt');
    expect(meta.author).toBe('王五'); // from the dateline 本报北京5月11日电（记者王五）
    expect(texts(blocks).some((t) => t.startsWith('下一步，有关部门'))).toBe(true);
    for (const line of ['热点推荐', '· 多地出台措施促进消费回暖', '· 一季度GDP同比增长4.5%']) expect(removed.get(line)).toBe('related');
  });

  it('official notice from a PDF: title above the issuing number, signature date, full-width page numbers', () => {
    const { meta, blocks, removed } = run('official-notice.txt');
    expect(meta).toMatchObject({
      title: '国务院办公厅关于印发《促进数字经济国际合作行动计划》的通知',
      number: '国办发〔2023〕15号',
      date: '2023-05-10',
    });
    expect(texts(blocks).slice(0, 2)).toEqual(['国办发〔2023〕15号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：']);
    expect(texts(blocks)).toContain('2023年5月10日');
    expect(removed.get('－ 1 －')).toBe('page-number');
  });

  it('Hong Kong speech: a long title above a lead-in ending in a colon is the whole title', () => {
    const { meta, blocks } = run('hk-speech.txt');
    expect(meta.title).toBe('立法會：商務及經濟發展局局長就「數碼經濟國際合作」動議辯論的總結發言（只有中文）');
    expect(meta.date).toBe('2023-05-10');
    expect(texts(blocks)[0]).toMatch(/^以下是.*總結發言：$/u);
  });

  it('site banner and channel label above the title are chrome; the office under a bare date is the source', () => {
    const macau = run('macau-news.txt');
    expect(macau.meta).toMatchObject({ title: '經濟財政司司長出席數字經濟國際合作論壇', source: '新聞局', date: '2023-05-12' });
    expect(macau.removed.get('澳門特別行政區政府入口網站')).toBe('nav');
    expect(macau.removed.get('新聞')).toBe('nav');
    expect(macau.removed.get('相片')).toBe('share-widget');
    expect(texts(macau.blocks)).toHaveLength(3);
    const portal = run('portal-banner.txt');
    expect(portal.meta).toMatchObject({ title: '中国代表出席联合国网络安全开放式工作组会议', source: '中国网信网', editor: '王明' });
    expect(portal.removed.get('国家互联网信息办公室 中央网络安全和信息化委员会办公室')).toBe('nav');
    expect(texts(portal.blocks)).toHaveLength(3);
  });

  it('press conference and ministry press release: comment box, related links and a press-release number leave the text', () => {
    const mfa = run('press-conference.txt');
    expect(mfa.meta).toMatchObject({ title: '2023年5月12日外交部发言人汪文斌主持例行记者会', date: '2023-05-12' });
    expect(texts(mfa.blocks).at(-1)).toMatch(/^中方坚决反对/u);
    const tw = run('tw-ministry-news.txt');
    expect(tw.meta).toMatchObject({ title: '外交部歡迎美國參議院通過強化臺美數位貿易合作法案', source: '北美司', date: '2023-05-12' });
    expect(tw.removed.get('新聞稿編號：157')).toBe('page-info');
    expect(texts(tw.blocks)).toHaveLength(3);
  });

  it('white paper with a cover page: title above the bracketed month, issuer as source, redundant contents dropped', () => {
    const { meta, blocks, removed } = run('white-paper-cover.txt');
    expect(meta).toEqual({ title: '携手构建网络空间命运共同体', date: '2022-11', source: '中华人民共和国国务院新闻办公室' });
    expect(texts(blocks).slice(0, 3)).toEqual(['（2022年11月）', '中华人民共和国', '国务院新闻办公室']);
    expect(blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      '前言', '一、新时代中国互联网发展和治理理念', '二、新时代中国互联网发展和治理实践', '三、构建更加紧密的网络空间命运共同体', '结束语',
    ]);
    expect(removed.get('目录')).toBe('toc');
  });

  it('Q&A site answer: the question is the title, counters and action buttons go, 发布于 dates it', () => {
    const { meta, blocks, removed } = run('qa-site-answer.txt');
    expect(meta).toMatchObject({ title: '如何看待中国提出的《全球数据安全倡议》？', date: '2020-09-09' });
    expect(texts(blocks).join('\n')).not.toMatch(/\u200b|赞同|条评论|关注者|356,789|申请转载/u);
    for (const line of ['关注者', '1,024', '123 人赞同了该回答', '赞同 123', '12 条评论']) expect(removed.get(line)).toBe('share-widget');
  });

  it('UN resolution: the numbered title above 大会， survives the header block, the date under the text dates it', () => {
    const { meta, blocks, removed } = run('un-resolution.txt');
    expect(meta).toMatchObject({ title: '73/27. 从国际安全角度看信息和电信领域的发展', date: '2018-12-05' });
    expect(texts(blocks)[0]).toBe('大会，');
    expect(removed.get('A/RES/73/27')).toBe('nav');
  });

  it('report cover: title, issuing institute and month; a contents list with dot leaders and page numbers is dropped', () => {
    const { meta, blocks, removed } = run('report-cover-contents.txt');
    expect(meta).toEqual({ title: '全球数字治理白皮书', source: '中国信息通信研究院', date: '2023-12' });
    expect(texts(blocks).join('\n')).not.toMatch(/\.{5}/u);
    expect(removed.get('一、全球数字治理的发展态势 ........................................ 1')).toBe('toc');
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(5);
  });

  it('bilingual statement: the Chinese title is the title, its English version stays in the text', () => {
    const { meta, blocks } = run('bilingual-statement.txt');
    expect(meta).toEqual({ title: '中法关于全球数字治理的联合声明', date: '2024-05-06' });
    expect(texts(blocks)[0]).toBe('Joint Statement between China and France on Global Digital Governance');
    expect(texts(blocks)).toHaveLength(5);
  });

  it('Taiwan news agency: site with a Latin short name, an update note after the date, the reporter before the place (the agency is the source), the archive code after the editor', () => {
    const { meta, blocks, removed } = run('tw-news-agency.txt');
    expect(meta).toEqual({ title: '數發部與美國簽署資安合作備忘錄', editor: '陳大文', author: '王小明', source: '中央社', date: '2023-05-12' });
    expect(texts(blocks)).toHaveLength(2);
    expect(removed.get('字級設定：小 中 大 特')).toBe('share-widget');
    expect(removed.get('本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。')).toBe('footer');
    for (const channel of ['即時', '政治', '國際', '兩岸']) expect(removed.get(channel)).toBe('nav');
  });

  it('portal and overseas newspaper: date then outlet, a staff code after the editor, slash labels', () => {
    const portal = run('portal-news.txt');
    expect(portal.meta).toEqual({ title: '中方回应网络安全指责', source: '新浪新闻综合', editor: '张三', date: '2023-05-12' });
    const paper = run('overseas-newspaper.txt');
    expect(paper.meta).toEqual({ title: '中美网络安全对话重启', author: '林小华', date: '2023-05-12' });
    expect(texts(paper.blocks)).toHaveLength(2);
  });

  it('two press releases saved one after the other: the headline above a rule after 完 and its stamp opens the second', () => {
    const name = 'hk-two-releases.txt';
    const out = runPipeline([{ name, bytes: new Uint8Array(readFileSync(path.join(DIR, name))) }]);
    expect(out.report.files[0]!.lines.unaccounted).toBe(0);
    const docs = out.docs.map((d) => d.converted.hant).sort((a, b) => (a.meta.title! < b.meta.title! ? -1 : 1));
    expect(docs.map((d) => [d.meta.title, d.meta.date, d.blocks.at(-1)?.text])).toEqual([
      ['政府推動網絡安全國際合作', '2023-05-12', '完'],
      ['數碼港舉辦國際網絡安全論壇', '2023-05-12', '完'],
    ]);
  });

  it('portal article with a self-media notice: report and share sheets, counters, rankings and the notice go', () => {
    const { meta, blocks, removed } = run('portal-self-media.txt');
    expect(meta).toEqual({ title: '欧盟发布网络安全新规 中方回应', source: '环球时报', author: '张三', editor: '李四', date: '2023-05-12' });
    expect(texts(blocks)).toEqual([
      '（原标题：欧盟发布网络安全新规）',
      '欧盟委员会当地时间11日公布了新的网络安全法规草案，要求在欧盟市场销售的数字产品满足强制性网络安全要求。',
      '中国外交部发言人12日表示，希望欧方为各国企业提供公平、公正、非歧视的营商环境。',
    ]);
    expect(removed.get('用微信扫码二维码')).toBe('prompt');
    expect(removed.get('跟贴 123 参与 456')).toBe('share-widget');
    expect(removed.get('24小时排行')).toBe('related');
  });

  it("print view: the page's address above the title and the 本页网址 line become the document's url", () => {
    const { meta, blocks, removed } = run('print-view.txt');
    expect(meta).toEqual({ title: '数字经济伙伴关系协定工作组举行首次会议', url: 'https://www.gov.cn/xinwen/2023-06/02/content_5754321.htm', source: '新华社', date: '2023-06-02' });
    expect(texts(blocks)).toHaveLength(2);
    expect(removed.has('https://www.gov.cn/xinwen/2023-06/02/content_5754321.htm')).toBe(true);
    expect(removed.get('本页网址：https://www.gov.cn/xinwen/2023-06/02/content_5754321.htm')).toBe('url');
  });

  it('hacked government page: casino ads injected above and inside the notice are removed as spam', () => {
    const { meta, blocks, removed } = run('hacked-gov-page.txt');
    expect(meta).toEqual({ title: '关于开展网络安全宣传周活动的通知', source: '市委网信办', date: '2023-09-01' });
    expect(texts(blocks).join('\n')).not.toMatch(/娱乐|投注|百家乐|博彩/u);
    expect(texts(blocks).at(-1)).toBe('2023年9月1日');
    expect([...removed.values()].filter((code) => code === 'spam')).toHaveLength(3);
  });

  it('government notice flattened into one line: header, signature and footer come apart, sections become headings', () => {
    const { meta, blocks, removed } = run('flattened-gov-notice.txt');
    expect(meta).toEqual({ title: '国家数据局关于开展公共数据资源开发利用试点工作的通知', source: '国家数据局', date: '2024-03-18' });
    expect(blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['一、总体要求', '二、试点任务']);
    expect(texts(blocks)[0]).toMatch(/^各省、自治区/u);
    expect(texts(blocks).slice(-2)).toEqual(['国家数据局', '2024年3月15日']);
    expect(removed.get('首页政务要闻政策文件互动交流办事服务数据发布')).toBe('nav');
    expect(removed.get('您当前的位置：首页>政策文件>部门文件')).toBe('breadcrumb');
    expect(removed.get('打印分享到：')).toBe('share-widget');
    expect(removed.get('国家发展改革委网站中国政府网')).toBe('related');
  });

  it('news page flattened with spaces: channel bar, buttons, related news and footer go; byline fields are read', () => {
    const { meta, blocks, removed } = run('flattened-news-page.txt');
    expect(meta).toEqual({ title: '网信办：推动数据跨境流动规范有序发展', source: '新华网', author: '张明、李华', editor: '王强', date: '2024-03-22' });
    expect(texts(blocks)).toHaveLength(1);
    expect(texts(blocks)[0]).toMatch(/^新华社北京3月22日电.*服务指导。$/u);
    expect(removed.get('新华网 首页 时政 国际 财经 思客 体育 娱乐 网评 数据 | 正文')).toBe('nav');
    expect(removed.get('相关新闻')).toBe('related');
    expect(removed.get('2023-06-01')).toBe('related');
  });

  it('newspaper page flattened with spaces: the crumbs to 正文, the font-size button and the editor trailer', () => {
    const { meta, blocks, removed } = run('flattened-newspaper.txt');
    expect(meta).toEqual({ title: '全球数据安全倡议发布四周年', source: '人民网－人民日报', author: '王晨', editor: '赵敏、钱进', date: '2024-09-08' });
    expect(texts(blocks)).toHaveLength(1);
    expect(texts(blocks)[0]).toMatch(/^本报北京9月7日电.*共同利益。$/u);
    expect(removed.get('人民网 >> 时政 >> 正文')).toBe('breadcrumb');
    expect(removed.get('小字号')).toBe('share-widget');
  });

  it('Taiwan agency page flattened with spaces: skip link, ::: anchors, Minguo date above the headline', () => {
    const { meta, blocks, removed } = run('flattened-tw-news.txt');
    expect(meta).toEqual({ title: '數位部推動中小企業資安健檢', source: '數位發展部', date: '2024-03-12' });
    expect(texts(blocks)).toHaveLength(1);
    expect(texts(blocks)[0]).toMatch(/^數位發展部今（12）日.*防護機制。$/u);
    expect(removed.get('跳到主要內容區塊')).toBe('nav');
    expect(removed.get(':::')).toBe('nav');
    expect(removed.get('首頁 新聞與公告 本部新聞')).toBe('nav');
  });

  it('CMS page: a style sheet glued before the addressee, an analytics script and a video box go as page code', () => {
    const { meta, blocks, removed } = run('cms-page-code.txt');
    expect(meta).toEqual({ title: '关于印发《网络数据安全管理条例》实施细则的通知', source: '省委网信办', date: '2024-10-12' });
    expect(texts(blocks)[0]).toBe('各市、县（区）人民政府，省政府各部门：');
    expect(texts(blocks).join('\n')).not.toMatch(/TRS_Editor|_hmt|document\.|视频加载|浏览器不支持|00:00/u);
    expect(blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['一、总体要求', '二、主要任务']);
    expect([...removed.values()].filter((code) => code === 'code')).toHaveLength(3);
    expect(removed.get('00:00 / 02:15')).toBe('prompt');
  });

  it('city notice: picture stand-ins and expand buttons go; the attachment and the signature stay below prev/next links', () => {
    const { meta, blocks, removed } = run('city-notice-pictures.txt');
    expect(meta).toEqual({ title: '关于加强个人信息保护工作的通知', source: '市网信办', date: '2024-06-01' });
    expect(texts(blocks).slice(-3)).toEqual(['附件：1.个人信息保护合规审计指引.docx', '市网信办', '2024年6月1日']);
    expect(texts(blocks)[0]).toBe('各区县网信办，各有关单位：');
    expect(removed.get('[图片]')).toBe('image');
    expect(removed.get('（图片来源：视觉中国）')).toBe('image');
    expect(removed.get('返回列表')).toBe('nav');
  });

  it('annex table saved one cell per line: kept below the text, its rows joined back', () => {
    const { meta, blocks } = run('annex-table-cells.txt');
    expect(meta).toEqual({ title: '关于公布2024年度网络安全技术应用试点示范项目名单的通知', source: '工业和信息化部办公厅', date: '2024-11-20' });
    expect(texts(blocks).slice(2)).toEqual([
      '附件：2024年网络安全技术应用试点示范项目名单',
      '序号 项目名称 申报单位 所在地区',
      '1 工业互联网安全监测平台 某某科技有限公司 北京',
      '2 车联网数据安全防护系统 某某汽车有限公司 北京',
      '3 智慧城市安全运营中心 某某信息技术有限公司 北京',
      '4 数据分类分级管理平台 某某数据有限公司 浙江',
      '5 关键信息基础设施安全防护 某某电力有限公司 江苏',
    ]);
  });

  it('page that prints its body in both scripts: the second copy is a duplicate, the document stays Simplified', () => {
    const { out, meta, blocks, removed } = run('page-in-both-scripts.txt');
    expect(meta).toEqual({ title: '关于规范数据出境活动的通知', source: '国家网信办', date: '2024-03-22' });
    expect(out.docs[0]!.converted.original).toBe('zh-Hans');
    expect(texts(blocks)).toHaveLength(4);
    expect([...removed.values()].filter((code) => code === 'duplicate-body')).toHaveLength(4);
  });

  it('news page with reader comments: the comment section goes, with its dates', () => {
    const { meta, blocks, removed } = run('news-with-comments.txt');
    expect(meta).toEqual({ title: '专家解读：数据出境新规释放哪些信号', source: '光明网', date: '2024-03-23' });
    expect(texts(blocks)).toHaveLength(2);
    expect(removed.get('企业终于松了一口气。')).toBe('comments');
    expect(removed.get('北京网友 2024-03-23 09:12')).toBe('comments');
  });

  it("content farm's converted page: pinyin glosses after characters go, then its chrome, the prev/next links and the footer", () => {
    const { out, meta, blocks, removed } = run('content-farm-pinyin.txt');
    expect(out.report.files[0]!.pinyinGlossesRemoved).toBe(76); // every gloss in the file
    expect(meta.title).toBe('關於加強數據跨境安全合作的倡議(全文)');
    expect(texts(blocks).join('')).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u);
    expect(texts(blocks)[0]).toMatch(/^為促進數字經濟健康發展,/u);
    expect(texts(blocks).at(-1)).toMatch(/^各方應當反對利用信息技術/u);
    expect(removed.get('某某文庫 分享 時間: 收藏本文')).toBe('share-widget');
    expect(removed.get('關於推進網絡空間國際合作的聲明')).toBe('nav');
    expect(removed.get('數字經濟夥伴關係協定解讀')).toBe('nav');
  });
});
