import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structure } from '../../scripts/pipeline/structure.ts';
import { splitInlineSections } from '../../scripts/pipeline/structure-inline.ts';
import { leadingMarker, numberValue } from '../../scripts/pipeline/structure-numbering.ts';
import { displayWidth, joinWrapped, wrapWidth } from '../../scripts/pipeline/structure-reflow.ts';
import { STRUCTURE } from '../../scripts/pipeline/thresholds.ts';
import type { Block, WorkingDoc } from '../../scripts/pipeline/types.ts';

function doc(lines: string[]): WorkingDoc {
  return { file: 'sample.txt', index: 0, lines: lines.map((text, i) => ({ no: i + 1, text })), removed: [] };
}

/** `h2 一、…` / `p …` outline of the blocks, paragraphs cut to 12 characters. */
function outline(blocks: Block[]): string[] {
  return blocks.map((b) => (b.type === 'heading' ? `h${b.level} ${b.text}` : `p ${b.text.slice(0, 12)}`));
}

const P1 = '互联网是人类共同的家园，各国应加强沟通交流，深化务实合作，共同推动网络空间的繁荣发展。';
const P2 = '中国始终坚持以人民为中心的发展思想，积极推进信息基础设施建设，不断提升公共服务水平。';
const P3 = '各方应坚持多边主义，维护以联合国为核心的国际体系，反对单边主义和保护主义。';

/** All non-space characters of the input appear in the blocks or the removals, in order per line. */
function expectNoTextLost(input: WorkingDoc, result: ReturnType<typeof structure>): void {
  const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
  const published = squash(result.blocks.map((b) => b.text).join(''));
  const removed = squash(result.removed.map((r) => r.text).join(''));
  const original = squash(input.lines.map((l) => l.text).join(''));
  expect(published.length + removed.length).toBe(original.length);
  for (const line of input.lines) {
    const text = squash(line.text);
    if (text !== '') expect(published.includes(text) || removed.includes(text)).toBe(true);
  }
}

describe('structure: headings', () => {
  it('gives 一、 h2, （一） h3 and 1. h4 when 一、 comes first, with 前言/结束语 at the top level', () => {
    const input = doc([
      '前言', P1,
      '一、坚持共商共建共享', P2,
      '（一）深化数字经济合作', P3,
      '1.推进信息基础设施建设', P1,
      '2.拓展电子商务合作', P2,
      '(二)加强网络安全合作', P3,
      '二、推动构建网络空间命运共同体', P1,
      '结束语', P2,
    ]);
    const result = structure(input, { title: '示例' });
    expect(outline(result.blocks)).toEqual([
      'h2 前言', `p ${P1.slice(0, 12)}`,
      'h2 一、坚持共商共建共享', `p ${P2.slice(0, 12)}`,
      'h3 （一）深化数字经济合作', `p ${P3.slice(0, 12)}`,
      'h4 1.推进信息基础设施建设', `p ${P1.slice(0, 12)}`,
      'h4 2.拓展电子商务合作', `p ${P2.slice(0, 12)}`,
      'h3 (二)加强网络安全合作', `p ${P3.slice(0, 12)}`,
      'h2 二、推动构建网络空间命运共同体', `p ${P1.slice(0, 12)}`,
      'h2 结束语', `p ${P2.slice(0, 12)}`,
    ]);
    expect(result.meta).toEqual({ title: '示例' });
  });

  it('gives chapters h2 and 一、 h3 in a Traditional document with 第一章', () => {
    const result = structure(doc(['序言', P1, '第一章　機遇與挑戰', P2, '第二章 基本原則', '一、和平原則', P3, '二、主權原則', P1]), {});
    expect(outline(result.blocks).filter((l) => l.startsWith('h'))).toEqual([
      'h2 序言', 'h2 第一章　機遇與挑戰', 'h2 第二章 基本原則', 'h3 一、和平原則', 'h3 二、主權原則',
    ]);
  });

  it('keeps a long numbered sentence, a numbered line with a full stop, and `一,` paragraphs as paragraphs', () => {
    const long = '一、进一步凝聚政治共识，中国愿与各国建立多双边网络对话机制，加深彼此了解，增进相互信任，扩大共识';
    const comma = '二,推动务实合作,各方在打击网络犯罪等问题上有共同关切。';
    const sentence = '1、可收发电子邮件。';
    const result = structure(doc([long, comma, sentence]), {});
    expect(result.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    expect(result.blocks.map((b) => b.text)).toEqual([long, comma, sentence]);
  });

  it('reads three numbered short lines in a row as a list, not as headings', () => {
    const result = structure(doc([P1, '1.收发电子邮件', '2.获取所需信息', '3.发布个人信息', P2]), {});
    expect(result.blocks.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('trims ASCII and full-width indentation and makes one paragraph per line', () => {
    const result = structure(doc([`　　${P1}`, `  ${P2}  `, '', P3]), {});
    expect(result.blocks).toEqual([
      { type: 'paragraph', text: P1 },
      { type: 'paragraph', text: P2 },
      { type: 'paragraph', text: P3 },
    ]);
  });
});

describe('structure: table of contents', () => {
  const body = ['前言', P1, '一、总体要求', P2, '（一）指导思想', P3, '二、主要任务', P1, '结束语', P2];

  it('drops a 目录 block whose entries all reappear as headings, recording each line', () => {
    const input = doc(['目录', '前言', '一、总体要求', '（一）指导思想', '二、主要任务', '结束语', ...body]);
    const result = structure(input, {});
    expect(result.removed.map((r) => [r.stage, r.code, r.line, r.text])).toEqual([
      ['structure', 'toc', 1, '目录'],
      ['structure', 'toc', 2, '前言'],
      ['structure', 'toc', 3, '一、总体要求'],
      ['structure', 'toc', 4, '（一）指导思想'],
      ['structure', 'toc', 5, '二、主要任务'],
      ['structure', 'toc', 6, '结束语'],
    ]);
    expect(outline(result.blocks).filter((l) => l.startsWith('h'))).toEqual([
      'h2 前言', 'h2 一、总体要求', 'h3 （一）指导思想', 'h2 二、主要任务', 'h2 结束语',
    ]);
    expectNoTextLost(input, result);
  });

  it('drops a contents list whose entries carry long dot leaders and page numbers', () => {
    const leader = '.'.repeat(40);
    const result = structure(doc(['目  录', `一、发展态势 ${leader} 1`, `二、治理实践 ${leader} 6`, `三、展望与建议 ${leader} 9`, '一、发展态势', P1, '二、治理实践', P2, '三、展望与建议', P3]), {});
    expect(result.removed.filter((r) => r.code === 'toc')).toHaveLength(4);
    expect(outline(result.blocks)[0]).toBe('h2 一、发展态势');
  });

  it('keeps the block as paragraphs when an entry does not reappear', () => {
    const input = doc(['目錄', '前言', '一、总体要求', '三、保障措施', ...body]);
    const result = structure(input, {});
    expect(result.removed).toEqual([]);
    expect(result.blocks.slice(0, 4)).toEqual([
      { type: 'paragraph', text: '目錄' },
      { type: 'paragraph', text: '前言' },
      { type: 'paragraph', text: '一、总体要求' },
      { type: 'paragraph', text: '三、保障措施' },
    ]);
    expectNoTextLost(input, result);
  });

  it('keeps earlier removals of the document', () => {
    const input = { ...doc([P1]), removed: [{ stage: 'clean' as const, code: 'nav', line: 9, text: '首页' }] };
    expect(structure(input, {}).removed).toEqual(input.removed);
  });
});

describe('structure: glued paragraphs', () => {
  const lead = '信息技术革命日新月异，数字经济蓬勃发展，对各国经济社会发展影响深远，各方应深化对话与合作。';
  const one = '一、网络空间与现实世界深度融合，带来巨大发展机遇，同时也带来不少风险和挑战。一些国家推行威慑理念，推升网络摩擦风险。';
  const two = '二、国际社会应以联合国为主渠道推动制定网络空间国际规则，各方应遵守以下准则：';
  const sub1 = '（一）应致力于维护一个和平、安全、开放、合作、有序的网络空间。';
  const sub2 = '（二）国家主权原则应适用于网络空间，各国对本国境内信息通信基础设施拥有管辖权。';
  const three = '三、各国应在自愿基础上，开展政策交流、执法合作和信息共享，增进互信，共同应对威胁。';

  it('splits a glued line before each inline marker that continues the numbering, as paragraphs', () => {
    const glued = lead + one + two + sub1 + sub2 + three;
    const input = doc([glued]);
    const result = structure(input, {});
    expect(result.blocks).toEqual([lead, one, two, sub1, sub2, three].map((text) => ({ type: 'paragraph', text })));
    expectNoTextLost(input, result);
  });

  it('splits a 1.…2.…3. list glued after an initiative title', () => {
    const items = ['1.提升互联网接入水平，促进互联互通。', '2.推进信息基础设施建设，支持新技术应用。', '3.加强个人信息保护和数据安全管理，规范数据收集与使用。'];
    const text = `数字合作行动倡议当今世界正经历深刻变化，各国唯有同舟共济，才能共享数字红利。${items.join('')}`;
    expect(splitInlineSections(text, { ...STRUCTURE, inlineSplitMinChars: 50 })).toEqual([
      '数字合作行动倡议当今世界正经历深刻变化，各国唯有同舟共济，才能共享数字红利。',
      ...items,
    ]);
  });

  it('does not split on decimals, on 一、二线, or on a number that does not continue a sequence', () => {
    const text =
      `${P1}截至去年底，网民规模达2.5亿。一、二线城市的普及率更高。3.5%的用户来自农村。` +
      `${P2}其中1.农村地区增长最快。${P3}${P1}`;
    expect(splitInlineSections(text)).toEqual([text]);
  });

  it('splits a section heading glued to its first bracketed item, and makes it a heading', () => {
    const items = [`（一）指导思想。坚持统筹发展和安全，充分释放公共数据要素价值。${P1}`, `（二）基本原则。坚持依法合规、安全可控。${P2}`];
    const text = `现就有关事项通知如下：一、总体要求${items.join('')}二、试点任务（一）建立授权运营机制。试点地区要明确授权条件。`;
    const result = structure(doc([text]), {});
    expect(outline(result.blocks)).toEqual([
      'p 现就有关事项通知如下：',
      'h2 一、总体要求',
      'p （一）指导思想。坚持统筹',
      'p （二）基本原则。坚持依法',
      'h2 二、试点任务',
      'p （一）建立授权运营机制。',
    ]);
    expectNoTextLost(doc([text]), result);
  });

  it('does not split before a bracket that follows punctuated text or a long run of words', () => {
    const text = `${P1}${P2}其中，部分地区（一）类企业占比较高，${P3}${P1}`;
    expect(splitInlineSections(text)).toEqual([text]);
  });

  it('does not split a short line', () => {
    expect(splitInlineSections('前言。一、总则。二、分则。')).toEqual(['前言。一、总则。二、分则。']);
  });
});

describe('numbering helpers', () => {
  it('reads Chinese and Arabic section numbers', () => {
    expect(numberValue('十二')).toBe(12);
    expect(numberValue('二十')).toBe(20);
    expect(numberValue('一百零五')).toBe(105);
    expect(numberValue('１２')).toBe(12);
    expect(leadingMarker('第三章 战略目标')).toEqual({ style: 'chapter', value: 3, length: 3 });
    expect(leadingMarker('(十)坚持互联网发展成果惠及全人类')).toEqual({ style: 'han-paren', value: 10, length: 3 });
    expect(leadingMarker('2.5亿网民')).toBeUndefined();
    expect(leadingMarker('2014年以来')).toBeUndefined();
  });
});

describe('structure: accounting', () => {
  const pool = [
    '目录', '前言', '一、总体要求', '（一）指导思想', '1.基本原则', '第一章 总则', '结束语', '', '　　', P1, P2, P3,
    `${P1}一、${P2}二、${P3}（一）${P1}（二）${P2}三、${P3}`, '网民规模达2.5亿。一、二线城市普及率更高。',
  ];
  it('publishes or records every character of every line, in any arrangement', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 16 }), (lines) => {
        const input = doc(lines);
        const result = structure(input, {});
        expectNoTextLost(input, result);
        expect(result.blocks.every((b) => b.text.trim() === b.text && b.text !== '')).toBe(true);
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });
});

describe('structure: more numbering styles', () => {
  const headings = (lines: string[]) =>
    structure(doc(lines.flatMap((h) => [h, P1])), {}).blocks.flatMap((b) => (b.type === 'heading' ? [`h${b.level} ${b.text}`] : []));

  it('reads 壹、貳、參 above 一、 and （一） (Taiwan official documents)', () => {
    expect(headings(['壹、前言', '一、背景說明', '（一）國際情勢', '貳、推動策略', '一、強化合作', '參、結語'])).toEqual([
      'h2 壹、前言', 'h3 一、背景說明', 'h4 （一）國際情勢', 'h2 貳、推動策略', 'h3 一、強化合作', 'h2 參、結語',
    ]);
  });

  it('reads decimal sections of reports one level per depth, but not a number starting a line', () => {
    expect(headings(['第一部分 总体要求', '1.1 背景', '1.2 目标', '2.1 加强合作', '2.1.1 具体措施', '2.5亿元投资计划'])).toEqual([
      'h2 第一部分 总体要求', 'h3 1.1 背景', 'h3 1.2 目标', 'h3 2.1 加强合作', 'h4 2.1.1 具体措施',
    ]);
  });

  it('reads 一． like 一、 and Roman numeral characters', () => {
    expect(headings(['Ⅰ、总体要求', '一．加强合作', 'Ⅱ、重点任务'])).toEqual(['h2 Ⅰ、总体要求', 'h3 一．加强合作', 'h2 Ⅱ、重点任务']);
    expect(leadingMarker('拾貳、附則')).toMatchObject({ style: 'capital', value: 12 });
  });
});

describe('structure: attachment lists', () => {
  it('keeps numbered file names of an attachment list as paragraphs, not headings', () => {
    const result = structure(doc([P1, '一、总体要求', P2, '附件：1.重点合作项目清单.docx', '2.联系人名单.xls']), {});
    expect(outline(result.blocks)).toEqual([`p ${P1.slice(0, 12)}`, 'h2 一、总体要求', `p ${P2.slice(0, 12)}`, 'p 附件：1.重点合作项目清', 'p 2.联系人名单.xls']);
  });
});

describe('structure: hard-wrapped text', () => {
  /** A paragraph broken every `width` characters, as a PDF extract or a mail copy is. */
  const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [];

  it('joins the lines of a hard-wrapped text back into paragraphs, keeping headings apart', () => {
    const lines = [...wrap(P1 + P2, 30), '一、总体要求', ...wrap(P3 + P1, 30)];
    const result = structure(doc(lines), {});
    expect(result.blocks).toEqual([
      { type: 'paragraph', text: P1 + P2 },
      { type: 'heading', level: 2, text: '一、总体要求' },
      { type: 'paragraph', text: P3 + P1 },
    ]);
    expectNoTextLost(doc(lines), result);
  });

  it('counts paragraph indentation in the width, and an indented line starts a new paragraph', () => {
    // Paragraphs of exactly 28 + 30 + 30 characters: each ends on a full line that ends with a comma.
    const para1 = `${(P1 + P2).replace(/[，。]/gu, '、').slice(0, 87)}，`;
    const para2 = `${(P3 + P1).replace(/[，。]/gu, '、').slice(0, 87)}，`;
    const indented = (text: string) => [`\u3000\u3000${text.slice(0, 28)}`, ...wrap(text.slice(28), 30)];
    expect(structure(doc([...indented(para1), ...indented(para2)]), {}).blocks.map((b) => b.text)).toEqual([para1, para2]);
  });

  it('leaves one-paragraph-per-line text alone, even when some lines happen to share a length', () => {
    const lines = [P1, P2, P3, P1.slice(0, 30) + '。', P2.slice(0, 30) + '。', P3.slice(0, 30) + '。'];
    expect(structure(doc(lines), {}).blocks).toHaveLength(lines.length);
  });

  it('leaves a collection of poems with long titles of one length alone', () => {
    const lines = Array.from({ length: 6 }, (_, i) => [`四时田园杂兴六十首 晚春田园杂兴十二绝 其${'一二三四五六'[i]}`, '雨后山家起较迟，天窗晓色半熹微。', '蜂蝶纷纷过墙去，却疑春色在邻家。']).flat();
    expect(structure(doc(lines), {}).blocks).toHaveLength(lines.length);
  });

  it('measures width as on paper (Han characters take two columns) and joins Latin words with a space', () => {
    expect(displayWidth('网络ab')).toBe(6);
    expect(joinWrapped('the Global Digital', 'Compact')).toBe('the Global Digital Compact');
    expect(joinWrapped('全球数字', '契约')).toBe('全球数字契约');
    expect(wrapWidth([...wrap(P1 + P2 + P3, 25)], STRUCTURE)).toBe(50);
  });
});

describe('structure: laws and papers', () => {
  const headings = (lines: string[]) => structure(doc(lines), {}).blocks.flatMap((b) => (b.type === 'heading' ? [`h${b.level} ${b.text}`] : []));

  it('reads spaced chapters and standalone articles of a law database, but not an article with its sentence', () => {
    expect(headings(['第 一 章 總則', '第 1 條', P1, '第 2 條', P2, '第\u00a0二\u00a0章 附則', '第 10 條', P3])).toEqual([
      'h2 第 一 章 總則', 'h3 第 1 條', 'h3 第 2 條', 'h2 第\u00a0二\u00a0章 附則', 'h3 第 10 條',
    ]);
    expect(headings(['第一条　为了保障网络安全，制定本法。', P1])).toEqual([]);
    expect(leadingMarker('第十二条之一')).toMatchObject({ style: 'article', value: 12 });
    // An article inserted after 第 1 條, as Taiwan's law database numbers it.
    expect(headings(['第 1 條', P1, '第 1-1 條', P2, '第 2 條', P3])).toEqual(['h2 第 1 條', 'h2 第 1-1 條', 'h2 第 2 條']);
    // …but a range of articles in running text is no marker.
    expect(leadingMarker('第1-14条系实体条款')).toBeUndefined();
    expect(leadingMarker('第三条款')).toBeUndefined();
  });

  it('reads `1 引言` sections of a paper with 参考文献, but not quantities', () => {
    expect(headings(['1 引言', P1, '2 研究方法', '2.1 数据来源', P2, '3 结语', P3, '参考文献', '[1] 王五. 网络主权论[M].'])).toEqual([
      'h2 1 引言', 'h2 2 研究方法', 'h3 2.1 数据来源', 'h2 3 结语', 'h2 参考文献',
    ]);
    for (const line of ['3 月 5 日召开会议', '12 个国家签署协议', '5 G网络建设']) expect(leadingMarker(line)).toBeUndefined();
  });
});

describe('structure: tables saved one cell per line', () => {
  const cells = ['序号', '项目名称', '申报单位', '1', '工业互联网安全监测平台', '某某科技有限公司', '2', '车联网数据安全防护系统', '某某汽车有限公司', '3', '智慧城市安全运营中心', '北京'];

  it('joins each numbered row, and the header above it, back into one line', () => {
    const input = doc([P1, '附件：试点示范项目名单', ...cells, P2]);
    const result = structure(input, {});
    expect(result.blocks.map((b) => b.text)).toEqual([
      P1,
      '附件：试点示范项目名单',
      '序号 项目名称 申报单位',
      '1 工业互联网安全监测平台 某某科技有限公司',
      '2 车联网数据安全防护系统 某某汽车有限公司',
      '3 智慧城市安全运营中心 北京',
      P2,
    ]);
    expect(result.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    expectNoTextLost(input, result);
  });

  it('leaves a pager, a list of two and cells holding sentences alone', () => {
    const pager = doc([P1, '1', '2', '3', '4', P2]);
    expect(structure(pager, {}).blocks.map((b) => b.text)).toEqual([P1, '1', '2', '3', '4', P2]);
    const two = doc([P1, '1', '甲', '2', '乙', P2]);
    expect(structure(two, {}).blocks).toHaveLength(6);
    const prose = doc([P1, '1', P2, '2', P3, '3', P1]);
    expect(structure(prose, {}).blocks).toHaveLength(7);
  });
});
