import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unglue } from '../../scripts/pipeline/clean-unglue.ts';

// Page text written for these tests (modelled on government and news pages, not copied from any site).
const BODY =
  '各省、自治区、直辖市数据管理部门：为稳步推进公共数据资源开发利用，现就开展试点工作有关事项通知如下：' +
  '一、总体要求。坚持统筹发展和安全，充分释放公共数据要素价值。二、试点任务。试点地区要明确授权条件、运营范围和收益分配方式。';

const texts = (line: string, hint?: string) => unglue(line, hint)?.map((p) => p.text);

describe('unglue: a flattened page header', () => {
  it('cuts menu, breadcrumb, headline, labelled date, source and buttons apart, and keeps the text whole', () => {
    const line =
      '首页政务要闻政策文件您当前的位置：首页>政策文件>部门文件国家数据局关于开展试点工作的通知' +
      '发布时间：2024-03-18 09:45来源：国家数据局【字体：大中小】打印分享到：' +
      BODY;
    expect(texts(line)).toEqual([
      '首页政务要闻政策文件',
      '您当前的位置：首页>政策文件>部门文件',
      '国家数据局关于开展试点工作的通知',
      '发布时间：2024-03-18 09:45',
      '来源：国家数据局',
      '【字体：大中小】',
      '打印分享到：',
      BODY,
    ]);
  });

  it('cuts at the page title when the headline follows no breadcrumb', () => {
    const title = '网信办：推动数据跨境流动规范有序发展';
    const line = `新华网 首页 时政 国际 财经 | 正文 ${title} 2024-03-22 10:30:15 来源：新华网 【打印】 ${BODY}`;
    expect(texts(line, title)).toEqual(['新华网 首页 时政 国际 财经 | 正文 ', `${title} `, '2024-03-22 10:30:15 ', '来源：新华网 ', '【打印】 ', BODY]);
  });

  it('reads Minguo dates, a headline glued to the lead by a space, and the :::  anchors', () => {
    const lead = '數位發展部今（12）日宣布推動中小企業資安健檢計畫，協助企業強化網路安全防護。數位部表示，將提供免費健檢服務，並辦理教育訓練課程，協助企業及早建立防護機制。';
    const line = `跳到主要內容區塊 ::: 首頁 新聞與公告 發布日期：113-03-12 發布單位：數位發展部 數位部推動中小企業資安健檢 ${lead}`;
    expect(texts(line)).toEqual([
      '跳到主要內容區塊 ',
      '::: ',
      '首頁 新聞與公告 ',
      '發布日期：113-03-12 ',
      '發布單位：數位發展部 ',
      '數位部推動中小企業資安健檢 ',
      lead,
    ]);
  });

  it('cuts font-size buttons off the lead only when a longer widget word is among them', () => {
    const lead = '本报北京9月7日电（记者王晨）全球数据安全倡议发布四周年之际，多国专家学者表示，倡议为全球数字治理贡献了中国方案，符合国际社会共同利益。';
    expect(texts(`人民网 >> 时政 >> 正文 倡议发布四周年 2024年09月08日08:12 | 来源：人民网 小字号 ${lead}`)).toContain(lead);
    const sentence = '大中型企业要落实网络安全主体责任，建立健全安全管理制度，定期开展风险评估和应急演练，确保关键业务系统安全稳定运行，切实保障用户数据安全。';
    expect(texts(`发布时间：2024-03-18 09:45 ${sentence}`)).toEqual(['发布时间：2024-03-18 09:45 ', sentence]);
  });
});

describe('unglue: a flattened page footer', () => {
  it('cuts the signature, its date, related links and the footer off the last sentence', () => {
    const line = `发布时间：2024-03-18 09:45${BODY}国家数据局2024年3月15日相关链接：国家发展改革委网站中国政府网主办单位：国家数据局 版权所有 京ICP备2024000001号`;
    expect(texts(line)?.slice(2)).toEqual([
      '国家数据局',
      '2024年3月15日',
      '相关链接：',
      '国家发展改革委网站中国政府网',
      '主办单位：国家数据局 ',
      '版权所有 京ICP备2024000001号',
    ]);
  });

  it('keeps a labelled date with its label and cuts a bracketed trailer off', () => {
    const line = `${BODY}（责编：赵敏、钱进） 推荐阅读 倡议发布三周年 2023-09-01 更新日期：2024-03-12 Copyright © 1997-2024 all rights reserved`;
    const pieces = texts(line)!;
    expect(pieces[0]).toBe(BODY);
    expect(pieces).toContain('（责编：赵敏、钱进） ');
    expect(pieces).toContain('更新日期：2024-03-12 ');
  });
});

describe('unglue: a date line and a signature glued to the text', () => {
  it('cuts a date opening the line before a space, and the label after it', () => {
    expect(texts(`2024-06-01 来源：市网信办 ${BODY}`)).toEqual(['2024-06-01 ', '来源：市网信办 ', BODY]);
  });

  it("cuts an official document's signature, date and bracketed note off its last sentence", () => {
    expect(texts(`${BODY} 国务院办公厅 2023年5月12日 （此件公开发布）`)).toEqual([`${BODY} `, '国务院办公厅 ', '2023年5月12日 ', '（此件公开发布）']);
  });

  it('leaves a last sentence that ends in a date, and a date followed by a comma', () => {
    expect(unglue(`${BODY}本办法自2024年1月1日起施行。`, undefined)).toBeNull();
    expect(unglue(`2024年6月1日，${BODY}`, undefined)).toBeNull();
  });
});

describe('unglue: lines that are not flattened pages', () => {
  it('leaves prose alone: a date glued to its words, a source in a sentence, a short line', () => {
    expect(unglue(`会议于2023年5月12日 10:30在北京召开，来自各部门的代表参加会议。${BODY}`, undefined)).toBeNull();
    expect(unglue(`据新华社报道，来源：国家网信办的消息称，相关办法将于近期发布。${BODY}`, undefined)).toBeNull();
    expect(unglue('发布时间：2024-03-18 09:45 来源：国家数据局', undefined)).toBeNull();
  });

  it('leaves a tail without a date to the glued-chrome rules (they cut a footer off whole)', () => {
    expect(unglue(`${BODY}新手上路成长任务编辑入门编辑规则©2024 Baidu 使用百度前必读 | 京ICP证030173号`, undefined)).toBeNull();
  });

  it('covers the line: the pieces, in order, are the line, each at its own offset', () => {
    const parts = fc.constantFrom(
      '首页政务要闻', '您当前的位置：首页>政策文件>部门文件', '发布时间：2024-03-18 09:45', '来源：国家数据局', '【字体：大中小】',
      '打印分享到：', ' ', '  ', '2024-03-22 10:30:15', '。', BODY, '国家数据局', '2024年3月15日', '相关新闻', '版权所有', '京ICP备2024000001号', '（责编：赵敏）',
    );
    fc.assert(
      fc.property(fc.array(parts, { minLength: 1, maxLength: 14 }), (list) => {
        const line = list.join('');
        const pieces = unglue(line, undefined);
        if (!pieces) return;
        expect(pieces.map((p) => p.text).join('')).toBe(line);
        for (const p of pieces) expect(line.slice(p.start, p.start + p.text.length)).toBe(p.text);
        expect(pieces.every((p) => p.text.trim() !== '')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
