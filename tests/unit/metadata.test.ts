import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../scripts/pipeline/metadata.ts';
import { bareDateLine, findDate, parseDateValue } from '../../scripts/pipeline/metadata-date.ts';
import { datedByline, paperAuthors, parseMetaLine } from '../../scripts/pipeline/metadata-fields.ts';
import { datelineAgency, datelineReporters } from '../../scripts/pipeline/metadata-dateline.ts';
import { fallbackTitle } from '../../scripts/pipeline/metadata-title.ts';
import type { Block, WorkingDoc } from '../../scripts/pipeline/types.ts';

/** A cleaned document made of these lines (numbered from 1), with an optional page-title hint. */
function doc(lines: string[], titleHint?: string): WorkingDoc {
  return {
    file: 'sample.txt',
    index: 0,
    ...(titleHint === undefined ? {} : { titleHint }),
    lines: lines.map((text, i) => ({ no: i + 1, text })),
    removed: [],
  };
}

const BODY_A = '近日，多国专家在线上研讨会上围绕数据跨境流动规则展开讨论，与会者认为应加强对话与协调。';
const BODY_B = '与会代表表示，各方应在相互尊重的基础上推进合作，共同维护网络空间的和平与稳定。';

/** Texts left in the body. */
function bodyOf(result: ReturnType<typeof extractMetadata>): string[] {
  return result.doc.lines.map((l) => l.text);
}

/** Every input line is kept (possibly shortened) or recorded as removed: nothing vanishes. */
function expectAccounted(input: WorkingDoc, result: ReturnType<typeof extractMetadata>): void {
  for (const line of input.lines) {
    if (line.text.trim() === '') continue;
    const kept = result.doc.lines.find((l) => l.no === line.no)?.text ?? '';
    const cut = result.doc.removed.filter((r) => r.line === line.no).map((r) => r.text).join('');
    expect((kept + cut).replace(/\s+/g, '')).toBe(line.text.replace(/\s+/g, ''));
  }
}

describe('extractMetadata: title', () => {
  it('takes the short line above a labelled date as the title when there is no hint, and keeps it as scraped', () => {
    const input = doc(['字丝路合作迈出新步伐', '发布时间:2019-05-20', BODY_A, BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta.title).toBe('字丝路合作迈出新步伐');
    expect(result.meta.date).toBe('2019-05-20');
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
    expect(result.doc.removed.map((r) => [r.stage, r.code, r.line])).toEqual([
      ['metadata', 'title', 1],
      ['metadata', 'date', 2],
    ]);
    expectAccounted(input, result);
  });

  it('prefers the hint when the body line lost a character of it, and the line when the hint carries a site suffix', () => {
    const truncated = extractMetadata(doc(['字丝路合作迈出新步伐', '2019-05-20', BODY_A], '数字丝路合作迈出新步伐'));
    expect(truncated.meta.title).toBe('数字丝路合作迈出新步伐');
    expect(bodyOf(truncated)).toEqual([BODY_A]);

    const suffixed = extractMetadata(doc(['数字丝路合作迈出新步伐', '2019-05-20', BODY_A], '数字丝路合作迈出新步伐_专题报道'));
    expect(suffixed.meta.title).toBe('数字丝路合作迈出新步伐');
  });

  it('prefers the complete body line over a hint cut with an ellipsis', () => {
    const result = extractMetadata(doc(['关于推进数字基础设施互联互通的若干意见', BODY_A], '关于推进数字基础设施互联…'));
    expect(result.meta.title).toBe('关于推进数字基础设施互联互通的若干意见');
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it('never takes an SEO line (`xxx下载|标题`) as the title, and removes it as a title copy', () => {
    const input = doc(['某某钱包官方版app下载|数字治理公约', '数字治理公约', BODY_A], '数字治理公约');
    const result = extractMetadata(input);
    expect(result.meta.title).toBe('数字治理公约');
    expect(bodyOf(result)).toEqual([BODY_A]);
    expect(result.doc.removed.filter((r) => r.code === 'title').map((r) => r.line)).toEqual([1, 2]);
  });

  it('uses the title line above the date even when the hint is only a column name', () => {
    const result = extractMetadata(doc(['首页 > 资料 > 政策文件', '数据安全国际合作倡议', '2021-09-01 10:00', BODY_A], '政策文件'));
    expect(result.meta.title).toBe('数据安全国际合作倡议');
    expect(result.meta.date).toBe('2021-09-01');
  });

  it('takes a body line that is a fuller form of the hint', () => {
    const result = extractMetadata(doc(['《数据安全国际合作倡议》全文', BODY_A], '数据安全国际合作倡议'));
    expect(result.meta.title).toBe('《数据安全国际合作倡议》全文');
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it('removes a title line repeated right under the title', () => {
    const result = extractMetadata(doc(['網路空間合作新進展', '網路空間合作新進展', '2016-04-12', BODY_A]));
    expect(result.meta.title).toBe('網路空間合作新進展');
    expect(bodyOf(result)).toEqual([BODY_A]);
  });
});

describe('extractMetadata: date', () => {
  it('ignores a page-header clock with a weekday above the title and reads the labelled date below it', () => {
    const input = doc(['2023年08月06日 星期日', '', '跨境數據流動規則研討會在京舉行', '發佈時間:2016-04-12 08:30:00', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta.date).toBe('2016-04-12');
    expect(result.meta.title).toBe('跨境數據流動規則研討會在京舉行');
    expect(result.doc.removed.find((r) => r.line === 1)?.code).toBe('scrape-date');
    expectAccounted(input, result);
  });

  it('never takes the page-header clock for the title', () => {
    const result = extractMetadata(doc(['2023年08月06日 星期日', '發佈時間:2016-04-12', BODY_A]));
    expect(result.meta.title).toBeUndefined();
    expect(result.meta.date).toBe('2016-04-12');
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it('reads `2020年11月18日 16:02` and a bare `2013-07-15` under the title', () => {
    expect(extractMetadata(doc(['数字合作倡议发布', '2020年11月18日 16:02', BODY_A])).meta.date).toBe('2020-11-18');
    expect(extractMetadata(doc(['数字合作倡议发布', '2013-07-15', BODY_A])).meta.date).toBe('2013-07-15');
  });

  it('never takes a date from the body text', () => {
    const input = doc(['网络安全合作综述', '2014年以来，各方在网络安全领域的合作不断深化，对话机制日益完善。', '2019-03-04', BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta.date).toBeUndefined();
    expect(bodyOf(result)).toContain('2019-03-04');
  });

  it('leaves the date undefined rather than accepting an impossible one', () => {
    expect(extractMetadata(doc(['数字合作倡议发布', '发布时间:2019-02-30', BODY_A])).meta.date).toBeUndefined();
    expect(extractMetadata(doc(['数字合作倡议发布', '2019-13-01', BODY_A])).meta.date).toBeUndefined();
  });

  it('takes a labelled update month as the date but keeps a parenthesised subtitle in the body', () => {
    const input = doc(['关于数字治理规则的立场文件', '(联合国数字合作工作组)', '（最近更新时间：2023年5月）', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta.date).toBe('2023-05');
    expect(bodyOf(result)).toEqual(['(联合国数字合作工作组)', BODY_A]);
  });

  it('keeps a parenthesised month under the title in the text; it dates the document only when nothing else does', () => {
    const result = extractMetadata(doc(['携手推进数字合作', '（2021年9月）', BODY_A]));
    expect(result.meta).toEqual({ title: '携手推进数字合作', date: '2021-09' });
    expect(bodyOf(result)).toEqual(['（2021年9月）', BODY_A]);
    const published = extractMetadata(doc(['携手推进数字合作', '（2021年9月）', '发布时间：2021-09-26', BODY_A]));
    expect(published.meta.date).toBe('2021-09-26');
    expect(bodyOf(published)).toEqual(['（2021年9月）', BODY_A]);
  });

  it('reads a cover page: the title above its bracketed date, and the issuing body under it as the source', () => {
    const input = doc(['携手构建网络空间命运共同体', '（2022年11月）', '中华人民共和国', '国务院新闻办公室', '目录', '前言', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '携手构建网络空间命运共同体', date: '2022-11', source: '中华人民共和国国务院新闻办公室' });
    expect(bodyOf(result)).toEqual(['（2022年11月）', '中华人民共和国', '国务院新闻办公室', '目录', '前言', BODY_A]);
  });
});

describe('extractMetadata: source, author, editor', () => {
  it('reads several fields from one Traditional line with bullets and full-width spaces; 佚名 is unknown', () => {
    const line = '　• 發佈時間：2016-04-12 08:30:00　　來源：環球網財經　　作者：佚名　　責任編輯：林曉';
    const input = doc(['跨境數據流動規則研討會在京舉行', line, BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({
      title: '跨境數據流動規則研討會在京舉行',
      date: '2016-04-12',
      source: '環球網財經',
      editor: '林曉',
    });
    expect('author' in result.meta).toBe(false);
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it('does not let a value swallow the next label', () => {
    const result = extractMetadata(doc(['数字合作倡议发布', '2020-11-18 来源：新华网 作者：王五', BODY_A]));
    expect(result.meta.source).toBe('新华网');
    expect(result.meta.author).toBe('王五');
    expect(result.meta.date).toBe('2020-11-18');
  });

  it('joins `来源:` with its value on the next line and removes both', () => {
    const input = doc(['数字合作倡议发布', '2020年11月18日 16:02', '来源:', '某某大会组委会', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta.source).toBe('某某大会组委会');
    expect(bodyOf(result)).toEqual([BODY_A]);
    expectAccounted(input, result);
  });

  it('reads a byline name between the title and the date', () => {
    const result = extractMetadata(doc(['中美网络对话取得进展', '张明华', '2013-07-15', BODY_A]));
    expect(result.meta.author).toBe('张明华');
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it('reads a short agency line in the byline place as the source, not as a person', () => {
    const result = extractMetadata(doc(['中美网络对话取得进展', '新华社', '2013-07-15', BODY_A]));
    expect(result.meta).toEqual({ title: '中美网络对话取得进展', source: '新华社', date: '2013-07-15' });
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it('does not take a short body line for a byline when no date follows', () => {
    const result = extractMetadata(doc(['中美网络对话取得进展', '发布时间:2013-07-15', BODY_A, '结束语', BODY_B]));
    expect(result.meta.author).toBeUndefined();
    expect(bodyOf(result)).toContain('结束语');
  });

  it('reads a whole-line author note at the end, keeping only the name', () => {
    const input = doc(['数字合作倡议发布', '2020-11-18', BODY_A, '（作者：李卫东，中国某某大学国际关系学院网络空间治理研究中心副研究员）']);
    const result = extractMetadata(input);
    expect(result.meta.author).toBe('李卫东');
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it('reads `作者：匿名` as unknown', () => {
    expect(extractMetadata(doc(['数字合作倡议发布', '作者：匿名', BODY_A])).meta.author).toBeUndefined();
  });

  it.each([
    ['an author note', '各方应携手应对挑战。（作者：李卫东，某大学国际关系学院教授）', '责任编辑:王安', '李卫东', '王安'],
    ['the reporters in brackets', '各方应携手应对挑战。(总台央视记者 黄惠馨 孔禄渊)', '(责编:燕勐、崔越)', '黄惠馨、孔禄渊', '燕勐、崔越'],
  ])('reads the editor line at the end and %s closing the last paragraph, cutting only the bracket', (_, last, editorLine, author, editor) => {
    const input = doc(['数字合作倡议发布', '2020-11-18', BODY_A, last, editorLine]);
    const result = extractMetadata(input);
    expect(result.meta.editor).toBe(editor);
    expect(result.meta.author).toBe(author);
    expect(bodyOf(result)).toEqual([BODY_A, '各方应携手应对挑战。']);
    expectAccounted(input, result);
  });

  it('reads a reporters bracket on a line of its own, leaving out roles, and never a photographer credit', () => {
    const own = doc(['數位合作倡議發布', '2020-11-18', BODY_A, '（本報記者 王小明 通訊員 李大華 報導）']);
    const result = extractMetadata(own);
    expect(result.meta.author).toBe('王小明、李大華');
    expect(bodyOf(result)).toEqual([BODY_A]);
    expectAccounted(own, result);
    expect(extractMetadata(doc(['数字合作倡议发布', '2020-11-18', BODY_A, '会场一角。（记者 张三 摄）'])).meta.author).toBeUndefined();
    // A header byline stays the author.
    expect(extractMetadata(doc(['数字合作倡议发布', '作者：李四', BODY_A, '各方应携手应对挑战。（记者 张三）'])).meta.author).toBe('李四');
  });

  it('keeps an event time at the end of a notice as content', () => {
    const input = doc(['关于举办数字合作论坛的通知', '发布时间：2021-12-01', BODY_A, '时间：2022年3月1日', '地点：北京']);
    const result = extractMetadata(input);
    expect(result.meta.date).toBe('2021-12-01');
    expect(bodyOf(result)).toEqual([BODY_A, '时间：2022年3月1日', '地点：北京']);
  });

  it('keeps `(原标题:《…》)` and a labelled line in the middle of the body as content', () => {
    const input = doc(['数字合作倡议发布', '2020-11-18', BODY_A, '数据来源：国家统计局', BODY_B, '(原标题:《携手推进数字合作》)']);
    const result = extractMetadata(input);
    expect(result.meta.source).toBeUndefined();
    expect(bodyOf(result)).toEqual([BODY_A, '数据来源：国家统计局', BODY_B, '(原标题:《携手推进数字合作》)']);
  });

  it('is deterministic and leaves the input untouched', () => {
    const input = doc(['数字合作倡议发布', '2020-11-18', BODY_A, '责任编辑:王安']);
    const snapshot = JSON.stringify(input);
    expect(JSON.stringify(extractMetadata(input))).toBe(JSON.stringify(extractMetadata(input)));
    expect(JSON.stringify(input)).toBe(snapshot);
  });
});

describe('date helpers', () => {
  it('parses the notations pages use, full-width digits included', () => {
    expect(findDate('發佈時間:2014/09/18 20:57:33')?.iso).toBe('2014-09-18');
    expect(findDate('２０２２年１１月７日')?.iso).toBe('2022-11-07');
    expect(findDate('二〇二二年十一月七日')?.iso).toBe('2022-11-07');
    expect(parseDateValue('2024年1月')).toBe('2024-01');
    expect(parseDateValue('2019')).toBe('2019');
    expect(parseDateValue('2020-02-29')).toBe('2020-02-29');
    expect(parseDateValue('2019-02-29')).toBeUndefined();
  });

  it('reads every Chinese numeral month and day, 二 and 三 included', () => {
    expect(findDate('二〇二四年三月二十二日')?.iso).toBe('2024-03-22');
    expect(findDate('二〇二四年二月三日')?.iso).toBe('2024-02-03');
    expect(findDate('二〇二三年十二月三十一日')?.iso).toBe('2023-12-31');
    expect(findDate('二〇二三年十月十日')?.iso).toBe('2023-10-10');
    expect(findDate('二〇二三年二月三十日')).toBeUndefined();
  });

  it('reads English dates of bilingual sites', () => {
    expect(findDate('Published: March 22, 2024')?.iso).toBe('2024-03-22');
    expect(findDate('Updated 5 Sept. 2023 10:00')?.iso).toBe('2023-09-05');
    expect(parseDateValue('Dec 1, 2022')).toBe('2022-12-01');
    expect(findDate('May the rules of 2024 apply')).toBeUndefined();
  });

  it('recognises a bare date line and its weekday, but not a date inside a sentence or in brackets', () => {
    expect(bareDateLine('2024年06月30日 星期天')).toMatchObject({ iso: '2024-06-30', weekday: true });
    expect(bareDateLine('2022-11-07 10:20')).toMatchObject({ iso: '2022-11-07', weekday: false });
    expect(bareDateLine('2022-11-07 发布会在京举行')).toBeUndefined();
    expect(bareDateLine('(2022年11月)')).toBeUndefined();
  });

  it.each([
    ['31/03/2025', '2025-03-31'],
    ['03/31/2025 10:00', '2025-03-31'],
    ['01.06.2015  12:08', undefined], // day and month could be either
    ['2022 11/ 07 10:05:17', '2022-11-07'], // Xinhua's stamp, flattened
    ['2022-11/07 10:05:17', '2022-11-07'],
    ['2022 11/07', undefined], // without its full time the pair is not a date
    ['2015 / 03 / 25', '2015-03-25'], // a magazine's spaced slashes
  ])('reads a day-first or month-first date only when the order shows, and Xinhua\'s stamp: %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('reads a year from a labelled day-first date whose order does not show', () => {
    expect(parseDateValue('01/06/2015')).toBe('2015');
  });

  it('reads a date line with a view counter after it, and a bulletin\'s posting date', () => {
    expect(bareDateLine('2022-11-07   浏览次数: 次    [ ]')?.iso).toBe('2022-11-07');
    expect(bareDateLine('2023-05-12 點閱：103')?.iso).toBe('2023-05-12');
    expect(bareDateLine('2023-05-12 浏览次数过多')).toBeUndefined();
    expect(parseMetaLine('張貼日期: 2025-04-02 14:42:52  點閱:103')?.fields[0]).toEqual({ kind: 'date', label: '張貼日期', value: '2025-04-02 14:42:52' });
  });

  it('reads date labels printed without a colon, and a date glued to the source', () => {
    expect(parseMetaLine('發佈時間 2013-06-19 13:44 最後更新時間 2013-06-20 09:00')?.fields).toEqual([
      { kind: 'date', label: '發佈時間', value: '2013-06-19 13:44' },
      { kind: 'updated', label: '最後更新時間', value: '2013-06-20 09:00' },
    ]);
    // A label word inside a sentence is no label.
    expect(parseMetaLine('会议时间 由各地自行安排')).toBeUndefined();
    expect(parseMetaLine('来源:中国网信网2022-01-04 10:57')).toEqual({ fields: [{ kind: 'source', label: '来源', value: '中国网信网' }], leadingDate: '2022-01-04' });
  });

  it('reads only lines made entirely of labelled fields', () => {
    expect(parseMetaLine('来源：新华社')?.fields).toEqual([{ kind: 'source', label: '来源', value: '新华社' }]);
    expect(parseMetaLine('数据来源：国家统计局')).toBeUndefined();
    expect(parseMetaLine('来源：本次调查显示，超过六成受访者认为应当加强对平台算法推荐的监管和约束力度')).toBeUndefined();
  });

  it('takes an unlabelled date out of the value before it, and a site address out of a source', () => {
    expect(parseMetaLine('作者：张三 李四 2024-03-22 来源：人民日报')).toEqual({
      fields: [
        { kind: 'author', label: '作者', value: '张三 李四' },
        { kind: 'source', label: '来源', value: '人民日报' },
      ],
      leadingDate: '2024-03-22',
    });
    expect(parseMetaLine('来源：国务院新闻办公室网站 www.scio.gov.cn 2024-03-22')).toEqual({
      fields: [{ kind: 'source', label: '来源', value: '国务院新闻办公室网站' }],
      leadingDate: '2024-03-22',
    });
    expect(parseMetaLine('首发：2024-03-22 | 更新：2024-03-23')?.fields.map((f) => f.kind)).toEqual(['date', 'updated']);
    // A newspaper's edition line: the paper and the date.
    expect(parseMetaLine('《 人民日报 》（ 2024年03月22日   第 04 版）')).toEqual({ fields: [{ kind: 'source', label: '', value: '人民日报' }], leadingDate: '2024-03-22' });
    expect(parseMetaLine('光明日报 2024-03-22 第11版')?.leadingDate).toBe('2024-03-22');
    expect(parseMetaLine('该报2024年3月22日第4版刊发了评论文章，引起广泛关注')).toBeUndefined();
    // An affiliation in brackets after an author's name is not the name.
    expect(extractMetadata(doc(['关于数据跨境流动的若干思考', '作者：张三（北京大学法学院教授）', BODY_A])).meta.author).toBe('张三');
    // A value that merely ends in a number keeps it.
    expect(parseMetaLine('来源：第十五届世界互联网大会 2024')?.fields[0]?.value).toBe('第十五届世界互联网大会 2024');
  });
});

describe('extractMetadata: accounting', () => {
  const pool = [
    '数字丝路合作迈出新步伐', '張明華', '新华社', '2019-05-20', '2023年08月06日 星期日', '发布时间:2019-05-20',
    '• 發佈時間：2016-04-12 08:30:00　來源：環球網財經　作者：佚名', '来源:', '责任编辑:王安', '（联合国数字合作工作组）',
    '某某钱包官方版app下载|数字治理公约', '数字治理公约', '各方应携手应对挑战。（作者：李卫东，某大学教授）', '时间：2022年3月1日',
    '', '　　', BODY_A, BODY_B,
  ];
  it('keeps or records every line, whatever the mix of header, body and trailer lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 14 }), fc.option(fc.constantFrom('数字治理公约', '数字丝路合作迈出新步伐_专题'), { nil: undefined }), (lines, hint) => {
        const input = doc(lines, hint);
        const result = extractMetadata(input);
        expectAccounted(input, result);
        expect(result.doc.removed.every((r) => r.stage === 'metadata')).toBe(true);
        const numbers = result.doc.lines.map((l) => l.no);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });
});

describe('Minguo dates, filing tables, unlabelled bylines, trailing dates', () => {
  it('reads Taiwan Minguo dates with the era name anywhere, without it only as a whole value or line', () => {
    expect(findDate('中華民國112年3月8日公布')?.iso).toBe('2023-03-08');
    expect(findDate('民國98年5月')?.iso).toBe('2009-05');
    expect(parseDateValue('112-03-08')).toBe('2023-03-08');
    expect(parseDateValue('112年3月8日 10:30')).toBe('2023-03-08');
    expect(parseDateValue('112-13-08')).toBeUndefined();
    expect(bareDateLine('112年3月8日')?.iso).toBe('2023-03-08');
    expect(findDate('共有112年3月8日前的資料')?.iso).toBeUndefined();
    expect(bareDateLine('第112-03-08號')).toBeUndefined();
  });

  it('reads spaced-out labels and the table-only fields', () => {
    expect(parseMetaLine('索 引 号：\t000014349/2022-00031\t主题分类：\t科技')?.fields.map((f) => f.kind)).toEqual(['info', 'info']);
    expect(parseMetaLine('标　　题：关于印发行动方案的通知')?.fields).toEqual([{ kind: 'title', label: '标题', value: '关于印发行动方案的通知' }]);
    expect(parseMetaLine('发文字号：国发〔2022〕8号')?.fields[0]).toMatchObject({ kind: 'number', value: '国发〔2022〕8号' });
  });

  it('takes the title from a 标题 field and the whole filing table out of the text', () => {
    const input = doc([
      '索 引 号：000014349/2022-00031 主题分类：科技',
      '发文机关：国务院 成文日期：2022年03月15日',
      '标　　题：国务院关于印发数据合作行动方案的通知',
      '发文字号：国发〔2022〕8号 发布日期：2022年03月21日',
      '国务院关于印发数据合作行动方案的通知',
      BODY_A,
    ]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '国务院关于印发数据合作行动方案的通知', source: '国务院', number: '国发〔2022〕8号', date: '2022-03-15' });
    expect(bodyOf(result)).toEqual([BODY_A]);
    expectAccounted(input, result);
  });

  it('reads an unlabelled byline under the title (WeChat, blogs), but not a phrase before a date', () => {
    const result = extractMetadata(doc(['数据跨境流动的国际经验', '原创 张伟 网络治理观察 2023-05-12 10:00 发表于北京', BODY_A]));
    expect(result.meta).toEqual({ title: '数据跨境流动的国际经验', author: '张伟', source: '网络治理观察', date: '2023-05-12' });
    expect(bodyOf(result)).toEqual([BODY_A]);
    expect(extractMetadata(doc(['数据跨境流动的国际经验', '新华网 2023年05月12日', BODY_A])).meta).toMatchObject({ source: '新华网', date: '2023-05-12' });
    expect(datedByline('更新于 2023-05-12')).toBeUndefined();
    expect(datedByline('会议决定，2023-05-12 起施行')).toBeUndefined();
    // A date first, then an outlet: the portal layout; then a place is no outlet.
    expect(datedByline('2023年05月12日 10:30 新浪新闻综合')).toEqual({ date: '2023-05-12', names: [], outlet: '新浪新闻综合' });
    expect(datedByline('2023-05-12 新华社')).toEqual({ date: '2023-05-12', names: [], outlet: '新华社' });
    expect(datedByline('2023-05-12 北京')).toBeUndefined();
  });

  it('reads slash labels, an update note after the date, a staff code after the editor and an archive code after a trailer', () => {
    const zaobao = extractMetadata(doc(['中美网络安全对话重启', '发布 / 2023年5月12日 10:00 AM', '文 / 林小华', BODY_A]));
    expect(zaobao.meta).toEqual({ title: '中美网络安全对话重启', date: '2023-05-12', author: '林小华' });
    const cna = extractMetadata(doc(['數發部簽署資安備忘錄', '2023/5/12 15:30（5/12 16:05 更新）', BODY_A, '（編輯：陳大文）1120512']));
    expect(cna.meta).toEqual({ title: '數發部簽署資安備忘錄', date: '2023-05-12', editor: '陳大文' });
    expect(bodyOf(cna)).toEqual([BODY_A]);
    expect(parseMetaLine('责任编辑：张三 SN123')?.fields[0]).toMatchObject({ kind: 'editor' });
    expect(extractMetadata(doc(['中方回应网络安全指责', BODY_A, '责任编辑：张三 SN123'])).meta.editor).toBe('张三');
  });

  it('dates a document from a date line below its last paragraph: a signature date stays, a stamp after 完 goes', () => {
    const signed = extractMetadata(doc(['数据合作倡议', BODY_A, BODY_B, '国家互联网信息办公室', '2021年6月18日']));
    expect(signed.meta.date).toBe('2021-06-18');
    expect(bodyOf(signed)).toEqual([BODY_A, BODY_B, '国家互联网信息办公室', '2021年6月18日']);
    const stamped = extractMetadata(doc(['数据合作倡议', BODY_A, BODY_B, '完', '2023年5月12日（星期五）']));
    expect(stamped.meta.date).toBe('2023-05-12');
    expect(bodyOf(stamped)).toEqual([BODY_A, BODY_B, '完']);
  });
});

describe('metadata rows as news sites print them', () => {
  const parse = (row: string) => extractMetadata(doc(['网络空间合作的新进展', row, BODY_A, BODY_B])).meta;

  it('reads a bracketed date before the fields, a site name before them, chrome before them and buttons after them', () => {
    expect(parse('(2015-2-27 20:24:55)  来源:外交部网站  打印本页')).toEqual({ title: '网络空间合作的新进展', source: '外交部网站', date: '2015-02-27' });
    expect(parse('杭州网  发布时间:2019-10-16 10:38:25 星期三')).toMatchObject({ source: '杭州网', date: '2019-10-16' });
    // A labelled source is the text's; the site that reprints it is not.
    expect(parse('人民网  发布时间:2019-10-16  来源:新华社')).toMatchObject({ source: '新华社', date: '2019-10-16' });
    expect(parse('选择字号:   本文共阅读 1581 次 更新时间:2013-08-01 17:39')).toMatchObject({ date: '2013-08-01' });
    expect(parse('来源：国家网信办 【打印】 【关闭窗口】')).toMatchObject({ source: '国家网信办' });
    expect(parse('|  阅读量 | 分类: 微新闻 | 作者: 卢松松 | 时间:2015年12月10日 13:17')).toMatchObject({ author: '卢松松', date: '2015-12-10' });
    expect(parse('日期:2010-06-09  |  来源:信息化工作网【字号:')).toMatchObject({ source: '信息化工作网', date: '2010-06-09' });
    expect(parse('来源:中国信息产业网|点击量:27265')).toMatchObject({ source: '中国信息产业网' });
    expect(parse('2024年07月23日 09:27:07 人气: 35027 来源: 国家数据局')).toMatchObject({ source: '国家数据局', date: '2024-07-23' });
    expect(parse('发布于:2021-04-24')).toMatchObject({ title: '网络空间合作的新进展', date: '2021-04-24' });
    // Anything else before the fields is text, not a metadata row.
    expect(parseMetaLine('会议认为 来源:新华社')).toBeUndefined();
  });

  it('reads a date after the last value and a separator, bracketed fields in a row, role words before a name', () => {
    expect(parse('来源： 中国网信网 | 2023-05-12')).toMatchObject({ source: '中国网信网', date: '2023-05-12' });
    expect(parse('【来源：新华网】【发布时间：2023-05-12】')).toMatchObject({ source: '新华网', date: '2023-05-12' });
    expect(parse('稿件来源：新华社 | 作者：记者 张三 | 2023-05-12')).toMatchObject({ source: '新华社', author: '张三', date: '2023-05-12' });
    expect(parse('作者：本报记者李四　发布时间：2023-05-12')).toMatchObject({ author: '李四' });
    expect(parse('责任编辑：编辑部')).toMatchObject({ editor: '编辑部' });
    expect(parse('来源：新华网（北京）')).toMatchObject({ source: '新华网（北京）' });
    expect(parse('發稿單位：外交部')).toMatchObject({ source: '外交部' });
  });

  it('reads the title of an English version above its date, but not an English sentence or a single word', () => {
    const EN = 'China proposed the initiative, calling on all states to handle data security in an objective manner.';
    expect(extractMetadata(doc(['Global Initiative on Data Security', 'Published: 2020-09-08  Source: Ministry of Foreign Affairs', EN])).meta).toEqual({
      title: 'Global Initiative on Data Security',
      date: '2020-09-08',
      source: 'Ministry of Foreign Affairs',
    });
    expect(extractMetadata(doc(['It was adopted in Geneva.', '2020-09-08', EN])).meta.title).toBeUndefined();
    expect(extractMetadata(doc(['Xinhua', '2020-09-08', EN])).meta.title).toBeUndefined();
  });

  it('takes a contact row under the title out of the header, but leaves one closing a notice in the text', () => {
    const header = extractMetadata(doc(['网络空间合作的新进展', '新聞聯絡人：王小明 電話：02-1234-5678', '2023-03-08', BODY_A, BODY_B]));
    expect(header.meta).toEqual({ title: '网络空间合作的新进展', date: '2023-03-08' });
    expect(bodyOf(header)).toEqual([BODY_A, BODY_B]);
    const notice = extractMetadata(doc(['网络空间合作的新进展', BODY_A, BODY_B, '联系人：张三　电话：010-12345678']));
    expect(bodyOf(notice)).toEqual([BODY_A, BODY_B, '联系人：张三　电话：010-12345678']);
  });
});

describe('extractMetadata: papers, laws and official documents', () => {
  it('reads the authors of a paper from names with affiliation marks, and leaves other lines alone', () => {
    const result = extractMetadata(doc(['论全球网络空间治理', '张三1，李四2*', '（1. 清华大学；2. 复旦大学）', BODY_A]));
    expect(result.meta).toMatchObject({ title: '论全球网络空间治理', author: '张三、李四' });
    expect(bodyOf(result)).toEqual(['（1. 清华大学；2. 复旦大学）', BODY_A]);
    expect(paperAuthors('王五①')).toEqual(['王五']);
    expect(paperAuthors('张三 李四')).toBeUndefined();
    expect(paperAuthors('2023年5月')).toBeUndefined();
  });

  it('reads a law database header: 法規名稱 is the title, 公布日期 the date, 修正日期 the date when alone', () => {
    expect(extractMetadata(doc(['法規名稱： 資通安全管理法', '修正日期： 民國 112 年 05 月 31 日', BODY_A])).meta).toEqual({ title: '資通安全管理法', date: '2023-05-31' });
    expect(extractMetadata(doc(['法规名称：网络安全法', '公布日期：2016-11-07', '修订日期：2025-10-28', BODY_A])).meta).toEqual({ title: '网络安全法', date: '2016-11-07' });
  });

  it('takes the title above an issuing number and an addressee, keeps the number in the text, dates by the signature', () => {
    const input = doc(['国务院办公厅关于印发行动计划的通知', '国办发〔2023〕15号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', BODY_A, '国务院办公厅', '2023年5月10日', '行动计划', BODY_B, '抄送：各部门。']);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '国务院办公厅关于印发行动计划的通知', number: '国办发〔2023〕15号', date: '2023-05-10' });
    expect(bodyOf(result).slice(0, 2)).toEqual(['国办发〔2023〕15号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：']);
    expect(bodyOf(result)).toContain('2023年5月10日');
    expectAccounted(input, result);
    // A date under a line that is no agency's name is part of the text.
    expect(extractMetadata(doc(['合作倡议', BODY_A, '会议时间', '2023年5月10日', BODY_B])).meta.date).toBeUndefined();
  });

  it('removes a site banner and a channel label above the title; an office under a bare date is the source', () => {
    const input = doc(['澳門特別行政區政府入口網站', '新聞', '司長出席數字經濟論壇', '2023-05-12 18:45', '新聞局', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '司長出席數字經濟論壇', date: '2023-05-12', source: '新聞局' });
    expect(bodyOf(result)).toEqual([BODY_A]);
    expect(result.doc.removed.find((r) => r.line === 1)?.code).toBe('nav');
    // Under a labelled date a short line is the text's own heading (a poem's title), not a source.
    expect(extractMetadata(doc(['韦应物诗选', '发布时间:2016-05-09', '答韩库部', BODY_A])).meta.source).toBeUndefined();
  });
});

describe('extractMetadata: questions, salutations, posted-on dates', () => {
  it('takes a question as the title when it is the page title, and reads `发布于` before a date', () => {
    const result = extractMetadata(doc(['如何看待全球数据安全倡议？', BODY_A, '发布于 2020-09-09 10:24'], '如何看待全球数据安全倡议？'));
    expect(result.meta).toEqual({ title: '如何看待全球数据安全倡议？', date: '2020-09-09' });
    // Without the page title a question is text, not a title.
    expect(extractMetadata(doc(['如何看待全球数据安全倡议？', BODY_A])).meta.title).toBeUndefined();
  });

  it('never takes a line ending in a comma as the title; the line above a salutation is the title', () => {
    const result = extractMetadata(doc(['73/27. 从国际安全角度看信息和电信领域的发展', '大会，', BODY_A, BODY_B]));
    expect(result.meta.title).toBe('73/27. 从国际安全角度看信息和电信领域的发展');
    expect(bodyOf(result)).toEqual(['大会，', BODY_A, BODY_B]);
    expect(extractMetadata(doc(['大会，', BODY_A])).meta.title).toBeUndefined();
  });
});

describe('extractMetadata: covers and bilingual titles', () => {
  it('takes the title above an issuing institute and a date line, and the institute as the source', () => {
    const result = extractMetadata(doc(['全球数字治理白皮书', '中国信息通信研究院', '2023年12月', BODY_A]));
    expect(result.meta).toEqual({ title: '全球数字治理白皮书', source: '中国信息通信研究院', date: '2023-12' });
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it("finds a journal article's title above its English title and DOI line, and drops decoration after a headline", () => {
    const lines = ['依法治理网络信息内容的困境及对策研究', 'Research on the Dilemma of Managing Network Information Content', 'DOI: 10.12677/OJLS.2022.102016, PDF, HTML, XML', '作者：李佳玥', BODY_A];
    expect(extractMetadata(doc(lines)).meta).toEqual({ title: '依法治理网络信息内容的困境及对策研究', author: '李佳玥' });
    expect(extractMetadata(doc(['完善社会治理体系(认真学习宣传贯彻党的二十大精神)******', '2023-01-05', BODY_A])).meta.title).toBe('完善社会治理体系(认真学习宣传贯彻党的二十大精神)');
    expect(extractMetadata(doc(['网络短视频的价值研判与规制*', '2020-01-17', BODY_A])).meta.title).toBe('网络短视频的价值研判与规制');
  });

  it("skips a photo's caption between the headline and the date, and never takes one for the headline", () => {
    const caption = '行政院長蘇貞昌今(8)日參訪台灣科技新創基地，且接受媒體訪問。（記者叢昌瑾攝）';
    const result = extractMetadata(doc(['政府網路每天都被攻擊！明年將投4.1億元資安防護', caption, '2020/09/08 12:02', BODY_A]));
    expect(result.meta).toMatchObject({ title: '政府網路每天都被攻擊！明年將投4.1億元資安防護', date: '2020-09-08' });
    expect(extractMetadata(doc(['▲左起數位政府司司長王誠明、部長唐鳳', '2023-03-12', BODY_A])).meta.title).toBeUndefined();
  });

  it('prefers a Chinese title over its English version printed between it and the date', () => {
    const result = extractMetadata(doc(['中法关于全球数字治理的联合声明', 'Joint Statement on Global Digital Governance', '2024-05-06', BODY_A]));
    expect(result.meta).toEqual({ title: '中法关于全球数字治理的联合声明', date: '2024-05-06' });
    expect(bodyOf(result)).toEqual(['Joint Statement on Global Digital Governance', BODY_A]);
  });
});

describe('extractMetadata: reporters in a wire dateline', () => {
  it('reads a reporter byline under the headline: outlet, names, place of reporting', () => {
    const read = (line: string) => extractMetadata(doc(['网络空间合作的新进展', line, BODY_A]));
    expect(read('新华社记者王思北').meta).toEqual({ title: '网络空间合作的新进展', author: '王思北', source: '新华社' });
    expect(bodyOf(read('新华社记者王思北'))).toEqual([BODY_A]);
    expect(read('新民网记者 沈文林').meta).toMatchObject({ author: '沈文林', source: '新民网' });
    expect(read('聯合報／ 記者唐筱恬／台北即時報導').meta).toMatchObject({ author: '唐筱恬', source: '聯合報' });
    expect(read('本报记者 张三 李四').meta).toMatchObject({ author: '张三、李四' });
    expect(read('记者 张三 李四 报道').meta).toMatchObject({ author: '张三、李四' });
    // A place joined to 報導 is where the reporter wrote, not a second name.
    expect(read('記者王定傳 台北報導').meta).toMatchObject({ author: '王定傳' });
    // A press conference is not a reporter.
    expect(read('记者招待会').meta.author).toBeUndefined();
  });

  it('reads a date followed by its reporters, a time zone in a date line, and a byline in 〔〕', () => {
    const read = (line: string) => extractMetadata(doc(['網路安全合作的新進展', line, BODY_A]));
    expect(read('2025/10/16 15:19 記者鍾麗華／台北報導').meta).toEqual({ title: '網路安全合作的新進展', author: '鍾麗華', date: '2025-10-16' });
    expect(read('2023-08-25 19:00:00 / 黃佩華 林志純 報導 /').meta).toMatchObject({ author: '黃佩華、林志純', date: '2023-08-25' });
    expect(read('2024-06-25 HKT 20:02').meta).toMatchObject({ title: '網路安全合作的新進展', date: '2024-06-25' });
    // `綜合報導` (a compiled report) names no reporter.
    expect(read('2020-01-08 19:34:00 / 綜合報導 /').meta).toEqual({ title: '網路安全合作的新進展', date: '2020-01-08' });
    expect(read('〔記者李欣芳/台北報導〕').meta).toMatchObject({ title: '網路安全合作的新進展', author: '李欣芳' });
    expect(bodyOf(read('2025/10/16 15:19 記者鍾麗華／台北報導'))).toEqual([BODY_A]);
  });

  it("takes a wire story's headline from its dateline (`新华社北京11月8日电 题：…`)", () => {
    const result = extractMetadata(doc(['新华社北京11月8日电 题：共同携手，让互联网发展成果更好造福全人类', '新华社记者王思北', BODY_A]));
    expect(result.meta).toEqual({ title: '共同携手，让互联网发展成果更好造福全人类', source: '新华社', author: '王思北' });
    expect(bodyOf(result)).toEqual([BODY_A]);
  });

  it('reads the reporter in brackets that opens a Taiwan paper\'s text (`〔記者李欣芳／台北報導〕`)', () => {
    const first = '〔記者李欣芳／台北報導〕中國駭客發動對台灣政府機關與民間企業的攻擊，行政院今天表示將強化資安防護。';
    const result = extractMetadata(doc(['政府網路每天都被攻擊', '2020/09/08 12:02', first, BODY_B]));
    expect(result.meta).toMatchObject({ author: '李欣芳', date: '2020-09-08' });
    expect(bodyOf(result)).toEqual([first, BODY_B]);
  });

  it('reads the reporters of a dateline with the full date (`（中央社記者蘇思云台北2022年12月20日電）`)', () => {
    const cna = '（中央社記者蘇思云台北2022年12月20日電）數位發展部今天公布明年資安施政重點，將輔導機關統一傳輸標準。';
    expect(extractMetadata(doc(['數位部明年資安施政', '2022-12-20', cna])).meta.author).toBe('蘇思云');
  });

  it('takes the reporters named after 电 in the first paragraph as authors, and leaves the paragraph whole', () => {
    const first = '本报北京5月11日电（记者王五、赵六）记者从有关部门获悉，数字经济合作取得新进展，多项合作协议已经签署。';
    const result = extractMetadata(doc(['数字丝绸之路建设取得积极进展', '2023-05-12', first, BODY_B]));
    expect(result.meta).toMatchObject({ author: '王五、赵六', date: '2023-05-12' });
    expect(bodyOf(result)).toEqual([first, BODY_B]);
    // Taiwan's agencies: the reporters, then a known dateline city.
    const cna = '（中央社記者王小明、李大華台北12日電）數位發展部今天與美國簽署資通安全合作備忘錄，雙方將深化合作。';
    expect(extractMetadata(doc(['數發部簽署資安備忘錄', '2023-05-12', cna])).meta.author).toBe('王小明、李大華');
    const unknownPlace = '（中央社記者王小明某地12日電）數位發展部今天與美國簽署資通安全合作備忘錄，雙方將深化合作。';
    expect(extractMetadata(doc(['數發部簽署資安備忘錄', '2023-05-12', unknownPlace])).meta.author).toBeUndefined();
    // A labelled author wins; a dateline without reporters names nobody.
    expect(extractMetadata(doc(['标题文字示例', '作者：李四', first])).meta.author).toBe('李四');
    expect(extractMetadata(doc(['标题文字示例', '2023-05-12', '新华社华盛顿5月11日电 中美双方举行对话，就共同关心的问题交换了意见。'])).meta.author).toBeUndefined();
  });
});

describe('extractMetadata: page addresses', () => {
  it("takes a bare URL above the title, or a 本页网址 line anywhere, as the document's address", () => {
    const url = 'https://www.gov.cn/xinwen/2023-05/12/content_5752345.htm';
    const above = extractMetadata(doc([url, '中国代表出席网络安全会议', '2023-05-12', BODY_A]));
    expect(above.meta).toEqual({ title: '中国代表出席网络安全会议', url, date: '2023-05-12' });
    expect(bodyOf(above)).toEqual([BODY_A]);
    // A labelled address above the title is no header anchor: the title still stands above the date.
    const labelled = extractMetadata(doc([`本页网址：${url}`, '中国代表出席网络安全会议', '2023-05-12', BODY_A]));
    expect(labelled.meta).toEqual({ title: '中国代表出席网络安全会议', url, date: '2023-05-12' });
    expect(bodyOf(labelled)).toEqual([BODY_A]);
  });
});

describe('extractMetadata: channels, bulletins, dates beside the fields', () => {
  it('takes a channel name between the headline and the date out, and never as the author', () => {
    const input = doc(['黎棟國拒絕披露事件細節', '本地', '發佈時間 2013-06-19 13:44 最後更新時間 2013-06-19 13:44', BODY_A, BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '黎棟國拒絕披露事件細節', date: '2013-06-19' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
    expectAccounted(input, result);
    // A person's name in the same place is still the author.
    expect(extractMetadata(doc(['数字合作倡议发布', '王小明', '2023-05-12', BODY_A])).meta.author).toBe('王小明');
  });

  it('reads the date under a bulletin\'s subject sentence when there is no headline', () => {
    const subject = '轉知:為因應新型態數位服務之資安風險,各公務機關應遵循限制使用原則,請查照。';
    const input = doc([subject, '一般公告 / 張貼者 資訊組長', '張貼日期: 2025-04-02 14:42:52  點閱:103', '一、依據行政院函辦理。', BODY_A, BODY_B]);
    expect(extractMetadata(input).meta.date).toBe('2025-04-02');
    // A date further down is the text's own, and so is a chart's source note under the first paragraph.
    expect(extractMetadata(doc([BODY_A, BODY_B, '一、依据', '二、要求', '2023-05-12', BODY_B])).meta.date).toBeUndefined();
    const text = [BODY_B, BODY_A, BODY_B, BODY_A, BODY_B, BODY_A];
    expect(extractMetadata(doc([BODY_A, '資料來源:國安會,2025年3月', ...text])).meta.source).toBeUndefined();
  });

  it('takes the headline under the date when a government site\'s banner stands above the date', () => {
    const input = doc(['政府資訊科技總監辦公室', '24-01-2024', '立法會十八題:人工智能的發展和應用', BODY_A, BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '立法會十八題:人工智能的發展和應用', date: '2024-01-24' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
    // A headline above the date stays the headline.
    expect(extractMetadata(doc(['數位部推動資安健檢', '2024-01-24', BODY_A, BODY_B])).meta.title).toBe('數位部推動資安健檢');
  });

  it('dates the article by a date printed next to the fields above the headline, and not by a lone clock there', () => {
    const input = doc(['2022 11/ 07 10:05:17', '来源:新华网', '白皮书:构建网络空间命运共同体', BODY_A, BODY_B]);
    expect(extractMetadata(input).meta).toEqual({ title: '白皮书:构建网络空间命运共同体', source: '新华网', date: '2022-11-07' });
    expect(extractMetadata(doc(['2022-11-07 10:05', '白皮书:构建网络空间命运共同体', BODY_A, BODY_B])).meta.date).toBeUndefined();
  });
});

describe('datelines (metadata-dateline.ts)', () => {
  it.each([
    ['新华社北京5月11日电（记者王五、赵六）与会专家认为……', { names: ['王五', '赵六'] }],
    ['（中央社記者王小明、李大華台北12日電）國安局長表示……', { names: ['王小明', '李大華'] }],
    ['〔記者李欣芳／台北報導〕中國駭客……', { names: ['李欣芳'] }],
    ['【大公報訊】記者黎慧怡報道：政府昨日……', { names: ['黎慧怡'] }],
    ['【財訊快報/陳孟朔】經濟部週日公告……', { names: ['陳孟朔'], desk: '財訊快報' }],
    ['与会专家认为，应加强对话与协调。', undefined],
  ])('reads the reporters of %s', (text, expected) => {
    expect(datelineReporters(text)).toEqual(expected);
  });

  it('reads the agency of a dateline, none for a paper\'s own desk, and nothing without a dateline', () => {
    expect(datelineAgency('新华社北京9月11日电 外交部发言人表示')).toEqual({ agency: '新华社' });
    expect(datelineAgency('【點新聞報道】個人資料私隱專員公署今日發布')).toEqual({ agency: '點新聞' });
    expect(datelineAgency('本报北京5月11日电 与会专家认为')).toEqual({});
    expect(datelineAgency('与会专家认为，应加强对话与协调。')).toBeUndefined();
  });
});

describe('extractMetadata: the agency of a wire dateline', () => {
  it('names the agency of the first paragraph\'s dateline as the source when the page names none', () => {
    const wire = (first: string, ...more: string[]) => extractMetadata(doc(['数字合作倡议发布', '2023-05-12', first, BODY_B, ...more])).meta.source;
    expect(wire('新华社北京9月11日电 外交部发言人毛宁11日表示，中方愿同各方加强合作。')).toBe('新华社');
    expect(wire('（中央社記者王小明台北7日電）國安局長今天表示，將加強資安防護。')).toBe('中央社');
    expect(wire('中国青年报客户端北京11月28日电 与会专家认为，应加强数据安全合作。')).toBe('中国青年报客户端');
    // A paper's own desk names no agency, and a source line wins.
    expect(wire('本报北京5月11日电 与会专家认为，应加强数据安全合作。')).toBeUndefined();
    expect(extractMetadata(doc(['数字合作倡议发布', '来源：人民网', '新华社北京9月11日电 中方愿同各方加强合作。', BODY_B])).meta.source).toBe('人民网');
  });

  it('names the outlet of a bracketed desk tag opening the text, not a paper\'s own', () => {
    const desk = (first: string) => extractMetadata(doc(['私隱署發布年度報告', '2025-03-03', first, BODY_B])).meta.source;
    expect(desk('【點新聞報道】個人資料私隱專員公署今日發布年度工作報告。')).toBe('點新聞');
    expect(desk('【本报讯】个人资料私隐专员公署今日发布年度工作报告。')).toBeUndefined();
  });
});

describe('extractMetadata: bylines city sites and portals print', () => {
  it('reads a bare name in brackets closing the text when it starts with a common surname, not (完) or (图)', () => {
    const closing = (last: string) => extractMetadata(doc(['社区开展反诈宣传活动', '2023-09-18', BODY_A, last])).meta.author;
    expect(closing('各方应携手应对挑战。(吴爱花)')).toBe('吴爱花');
    expect(closing('各方应携手应对挑战。（王亚铭 張小華）')).toBe('王亚铭、張小華');
    expect(closing('各方应携手应对挑战。（完）')).toBeUndefined();
    expect(closing('各方应携手应对挑战。（待续）')).toBeUndefined();
    expect(closing('各方应携手应对挑战。（组图）')).toBeUndefined();
  });

  it('never takes an outlet and date line for the headline, and reads a reporter\'s dated byline without its place', () => {
    const portal = extractMetadata(doc(['光明网 2022年06月01日', BODY_A, BODY_B]));
    expect(portal.meta).toMatchObject({ source: '光明网', date: '2022-06-01' });
    expect(portal.meta.title).not.toBe('光明网 2022年06月01日');
    const reporter = extractMetadata(doc(['副總統出席資安論壇', '鉅亨網記者黃皓宸 台北 2025-10-22 20:03', BODY_A, BODY_B]));
    expect(reporter.meta).toEqual({ title: '副總統出席資安論壇', source: '鉅亨網', author: '黃皓宸', date: '2025-10-22' });
  });

  it('never takes a reporter\'s byline for the headline of a page that has none', () => {
    const result = extractMetadata(doc(['記者杜冠霖／台北報導', BODY_A, BODY_B]));
    expect(result.meta.author).toBe('杜冠霖');
    expect(result.meta.title).not.toBe('記者杜冠霖／台北報導');
  });

  it('reads a wire dateline standing alone under the headline as the source, never as the title', () => {
    const input = doc(['監院糾正平台蒐集個資', '中央社／ 台北11日電', BODY_A, BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '監院糾正平台蒐集個資', source: '中央社' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
    expect(extractMetadata(doc(['中央社／ 台北11日電', BODY_A, BODY_B])).meta.title).not.toBe('中央社／ 台北11日電');
  });

  it('reads a desk tag with its reporter opening the text: the desk is the source', () => {
    const opening = (first: string) => extractMetadata(doc(['經濟部公告出口管制名單', '2025/6/16 07:33', first, BODY_B])).meta;
    expect(opening('【財訊快報/陳孟朔】經濟部週日公告，已將兩家企業列入名單。')).toMatchObject({ source: '財訊快報', author: '陳孟朔' });
    expect(opening('【大公報訊】記者黎慧怡報道：政府昨日公布推出一站式服務。')).toMatchObject({ source: '大公報', author: '黎慧怡' });
  });

  it('reads a byline after a newspaper\'s mark under the headline, and never takes it for the headline', () => {
    const input = doc(['公共数据授权运营的实践路径', '□ 刘桂锋 王紫欣', BODY_A, BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '公共数据授权运营的实践路径', author: '刘桂锋、王紫欣' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
    expect(extractMetadata(doc(['◎ 高國祐', BODY_A, BODY_B])).meta).toMatchObject({ author: '高國祐' });
  });

  it('passes over a channel name above the headline and reads the dateline under it', () => {
    const input = doc(['政治', '數發部拚每年補5000名資安人才', '(中央社記者賴于榛台北29日電)第19屆資安技能金盾獎今天頒獎，副院長出席致詞。', BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '數發部拚每年補5000名資安人才', source: '中央社', author: '賴于榛' });
    expect(bodyOf(result)[0]).toMatch(/^\(中央社/u);
  });

  it('finds the wire dateline in the second paragraph under a bilingual page\'s English title', () => {
    const input = doc(['数字中国建设整体布局规划印发', '2023-02-27', 'The Plan for Digital China Is Issued', '新华社北京2月27日电 近日，中共中央、国务院印发了规划。', BODY_B]);
    expect(extractMetadata(input).meta.source).toBe('新华社');
  });
});

describe('extractMetadata: authors after the date, posted-after dates, weekdays', () => {
  it('reads a list of authors glued after the date under the title', () => {
    const input = doc(['对网络安全法修订的要点解读', '2022年09月15日孟洁 | 周子川 | 吉文行', BODY_A, BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '对网络安全法修订的要点解读', date: '2022-09-15', author: '孟洁、周子川、吉文行' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
    // One name after the date may be an outlet: not read as an author list.
    expect(extractMetadata(doc(['对网络安全法修订的要点解读', '2022年09月15日孟洁', BODY_A])).meta.author).toBeUndefined();
  });

  it('reads a date with the verb after it, and never takes a weekday left on its own line for a byline', () => {
    const result = extractMetadata(doc(['星期四', '用聊天機械人 私隱署教「自保」十招', '[2023.09.14] 發表', BODY_A, BODY_B]));
    expect(result.meta).toEqual({ title: '用聊天機械人 私隱署教「自保」十招', date: '2023-09-14' });
  });
});

describe('extractMetadata: fields above the headline', () => {
  it('reads labelled date and issuer above the headline, and takes the headline out of the text', () => {
    const result = extractMetadata(doc(['發布日期：113-03-12', '發布單位：數位發展部', '數位部推動中小企業資安健檢', BODY_A, BODY_B]));
    expect(result.meta).toEqual({ title: '數位部推動中小企業資安健檢', source: '數位發展部', date: '2024-03-12' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
  });
});

describe('extractMetadata: column tags and speech occasions', () => {
  it('takes a headline with a column tag before it, and stores it without the tag', () => {
    const result = extractMetadata(doc(['【权威发布】国家网信办发布《数据出境安全评估办法》', '2022-07-07 来源：中国网信网', BODY_A, BODY_B]));
    expect(result.meta).toEqual({ title: '国家网信办发布《数据出境安全评估办法》', source: '中国网信网', date: '2022-07-07' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
  });

  it("takes a speech's title above its occasion and date, and leaves both in the text", () => {
    const occasion = '——在2024年世界互联网大会乌镇峰会开幕式上的致辞';
    const result = extractMetadata(doc(['携手构建网络空间命运共同体', occasion, '（2024年11月20日）', '尊敬的各位来宾，女士们，先生们：', BODY_A]));
    expect(result.meta).toEqual({ title: '携手构建网络空间命运共同体', date: '2024-11-20' });
    expect(bodyOf(result)).toEqual([occasion, '（2024年11月20日）', '尊敬的各位来宾，女士们，先生们：', BODY_A]);
  });
});

describe('extractMetadata: titles printed over two lines', () => {
  it('joins a second line that closes a bracket the first left open', () => {
    const result = extractMetadata(doc(['国家互联网信息办公室关于印发《数据出境安全评估申报指南', '（第二版）》的通知', '各省、自治区、直辖市网信办：', BODY_A]));
    expect(result.meta.title).toBe('国家互联网信息办公室关于印发《数据出境安全评估申报指南（第二版）》的通知');
    expect(bodyOf(result)).toEqual(['各省、自治区、直辖市网信办：', BODY_A]);
  });

  it('joins a second line that ends in the kind of document, below or above the line chosen', () => {
    const lines = ['关于进一步加强网络数据安全管理', '促进数据依法有序自由流动的意见'];
    const title = lines.join('');
    expect(extractMetadata(doc([...lines, '各区县人民政府：', BODY_A])).meta.title).toBe(title);
    const dated = extractMetadata(doc([...lines, '发布时间：2024-03-22 来源：市政府办公室', BODY_A]));
    expect(dated.meta).toEqual({ title, date: '2024-03-22', source: '市政府办公室' });
    expect(bodyOf(dated)).toEqual([BODY_A]);
  });

  it('does not join a channel label to the title when a removed line stood between them', () => {
    // Source lines 1 and 3: the clean stage took a menu's `:::` out of line 2.
    const shifted = (lines: string[]): WorkingDoc => {
      const input = doc(lines);
      input.lines = input.lines.map((l, i) => ({ ...l, no: i === 0 ? 1 : i + 2 }));
      return input;
    };
    const menu = shifted(['重要政策', '普及偏鄉數位應用計畫', '日期:107-06-21', BODY_A]);
    menu.removed = [{ stage: 'clean', code: 'nav', line: 2, text: ':::' }];
    expect(extractMetadata(menu).meta).toMatchObject({ title: '普及偏鄉數位應用計畫', date: '2018-06-21' });
    // A blank line between them does not part the two lines of one title.
    const blank = shifted(['关于进一步加强网络数据安全管理', '促进数据依法有序自由流动的意见', '各区县人民政府：', BODY_A]);
    blank.removed = [{ stage: 'clean', code: 'blank', line: 2, text: ' ' }];
    expect(extractMetadata(blank).meta.title).toBe('关于进一步加强网络数据安全管理促进数据依法有序自由流动的意见');
  });

  it("never starts a title with a channel's label (`头条新闻` above the headline)", () => {
    const result = extractMetadata(doc(['头条新闻', '国务院新闻办发表《中国互联网状况》白皮书', '日期:2010-06-09', BODY_A]));
    expect(result.meta).toMatchObject({ title: '国务院新闻办发表《中国互联网状况》白皮书', date: '2010-06-09' });
  });

  it('leaves a subtitle, a salutation or a sentence under a complete title alone', () => {
    expect(extractMetadata(doc(['国家网信办发布数据出境安全评估办法', '（2022年7月7日）', BODY_A])).meta.title).toBe('国家网信办发布数据出境安全评估办法');
    const complete = extractMetadata(doc(['关于加强数据安全管理的通知', '各区县人民政府：', BODY_A]));
    expect(complete.meta.title).toBe('关于加强数据安全管理的通知');
    expect(bodyOf(complete)).toEqual(['各区县人民政府：', BODY_A]);
  });
});

describe('fallbackTitle: a display title for a text that states none', () => {
  const para = (text: string): Block => ({ type: 'paragraph', text });
  const heading = (text: string): Block => ({ type: 'heading', level: 2, text });
  const lead = '数据产权制度是基础，流通和交易制度是核心，收益分配制度是动力，安全治理制度是保障。';

  it("takes a headline near the top over the text's sections (引言, 第一章, 一、), and skips greetings, hotlines and user names", () => {
    for (const section of ['引言', '第一章 总 则', '一、总体要求']) {
      const blocks = [para('gtxyzz'), para('某某协会，欢迎您！'), para('English服务热线:010-59231580'), para('国家数据要素政策一览'), para(lead), heading(section), para(BODY_A)];
      expect(fallbackTitle(blocks), section).toBe('国家数据要素政策一览');
    }
  });

  it('skips rows of buttons, site names, ad labels and banners, and takes a headline with a colon', () => {
    const headline = '我国人工智能治理面临的机遇和挑战：基于科技公共治理视角';
    for (const chrome of ['后退 前进 登录注册 标准版', '黑狐家游戏', '广告 广告', 'A      A      A      A      A', '◤Blueseeds永续生活◢', '数据观  •  扫码分享', '关键词:内容用户治理', '公开方式: 主动公开']) {
      expect(fallbackTitle([para(chrome), para(headline), para(BODY_A), heading('一、人工智能治理问题的提出')]), chrome).toBe(headline);
    }
  });

  it('takes no subheading under the first long paragraph for a headline', () => {
    const lead = `近日，${BODY_A}${BODY_B}`;
    expect(fallbackTitle([para(lead), para('构建全球人工智能安全与治理体系刻不容缓'), para(BODY_B)])).toBe(`${lead.slice(0, 30)}…`);
  });

  it('takes a heading that is no section of the text, else the start of the text, without a column tag', () => {
    expect(fallbackTitle([para(BODY_A), heading('数据基础制度'), para(BODY_B)])).toBe('数据基础制度');
    expect(fallbackTitle([para(BODY_A), heading('一、总体要求'), para(BODY_B)])).toBe(`${BODY_A.slice(0, 30)}…`);
    expect(fallbackTitle([para('【大模型备案】《生成式人工智能服务管理暂行办法》全文'), heading('第一章 总 则'), para(BODY_A)])).toBe('《生成式人工智能服务管理暂行办法》全文');
  });

  it('reads a blog byline with counters after the date (`gtxyzz 安全防护 2022-11-26 356浏览 0`)', () => {
    expect(datedByline('gtxyzz 安全防护 2022-11-26 356浏览 0')).toEqual({ date: '2022-11-26', names: ['gtxyzz', '安全防护'] });
    expect(extractMetadata(doc(['企业合规视角下的个人信息保护法解读', 'gtxyzz 安全防护 2022-11-26 356浏览 0', BODY_A])).meta).toMatchObject({ title: '企业合规视角下的个人信息保护法解读', date: '2022-11-26', author: 'gtxyzz' });
  });
});

describe('extractMetadata: page chrome above a pinned headline, clocks in characters, bare posted-on labels', () => {
  it('takes the short lines above a headline pinned by its date line for the page’s, and keeps a text line there', () => {
    const input = doc(['menu-icon', 'anue logo', '鉅樂部鉅亨號鉅亨買幣', '未確認門號申請身分 NCC開罰中華電信90萬元', '鉅亨網新聞中心 2017-04-26 16:31', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta).toMatchObject({ title: '未確認門號申請身分 NCC開罰中華電信90萬元', date: '2017-04-26' });
    expect(bodyOf(result)).toEqual([BODY_A]);
    expect(result.doc.removed.filter((r) => r.code === 'nav').map((r) => r.line)).toEqual([1, 2, 3]);
    expectAccounted(input, result);
    // Pinned by the page title instead: a sentence above the headline is text and stays.
    const lead = '近日，有关部门发布通知，要求各地加强数据安全管理。';
    const hinted = extractMetadata(doc(['menu-icon', lead, '数字丝路合作迈出新步伐', BODY_A], '数字丝路合作迈出新步伐'));
    expect(bodyOf(hinted)).toEqual([lead, BODY_A]);
  });

  it('leaves the lines above a headline that nothing pins (no date or source under it) in the text', () => {
    const input = doc(['网络空间治理', '数字丝路合作迈出新步伐', BODY_A, BODY_B]);
    expect(bodyOf(extractMetadata(input))).toContain('网络空间治理');
  });

  it('passes over a blog’s author block (`原创` / `作者头像` / name) between the headline and its date', () => {
    const result = extractMetadata(doc(['“生成式人工智能上线备案表”填写指南', '原创', '作者头像', '算法大模型-丁香', '发布2025-08-11 09:37:48', BODY_A]));
    expect(result.meta).toMatchObject({ title: '“生成式人工智能上线备案表”填写指南', date: '2025-08-11' });
  });

  it('reads a clock written in characters (`15时04分`, `10點30分`) after the date', () => {
    expect(findDate('2022年05月17日 15时04分')).toMatchObject({ iso: '2022-05-17', start: 0, end: 18 });
    expect(bareDateLine('2024年1月2日10點30分')?.iso).toBe('2024-01-02');
    expect(parseMetaLine('2022年05月17日 15时04分 信息来源:成都日报')).toEqual({ fields: [{ kind: 'source', label: '信息来源', value: '成都日报' }], leadingDate: '2022-05-17' });
    // A count of hours is no clock: the line is no date line.
    expect(bareDateLine('2022年05月17日 15时')).toBeUndefined();
  });

  it('reads 发布 / 發佈 as a date label right before a date, with or without a colon, after a dash; never before a name', () => {
    expect(parseMetaLine('发布2025-08-11 09:37:48')?.fields).toEqual([{ kind: 'date', label: '发布时间', value: '2025-08-11 09:37:48' }]);
    expect(parseMetaLine('- 發佈:2022-02-21')?.fields).toEqual([{ kind: 'date', label: '發佈時間', value: '2022-02-21' }]);
    expect(parseMetaLine('公告日期:2023-08-02')?.fields).toEqual([{ kind: 'date', label: '公告日期', value: '2023-08-02' }]);
    expect(parseMetaLine('发布：国家网信办')).toBeUndefined();
    expect(parseMetaLine('首次发布2024年度报告')).toBeUndefined();
  });

  it('takes a date between bars for a date line (`|2013.04.30`)', () => {
    expect(bareDateLine('|2013.04.30')?.iso).toBe('2013-04-30');
    expect(bareDateLine('｜ 2013.04.30 ｜')?.iso).toBe('2013-04-30');
  });
});

describe('extractMetadata: reader controls, reposts, columns, papers in a reporter’s bracket', () => {
  it('reads the date before a reader’s controls (`文字 【 】【增加行距】【加粗】`) and takes the controls out with the line', () => {
    const line = parseMetaLine('来源:上海嘉定 日期:2020年6月13日 09:29:19 文字 【 】【增加行距】【缩小行距】【加粗】【高亮】【还原 浏览:');
    expect(line?.fields).toEqual([
      { kind: 'source', label: '来源', value: '上海嘉定' },
      { kind: 'date', label: '日期', value: '2020年6月13日 09:29:19' },
    ]);
  });

  it('takes the account a repost was copied from (`转自:`) and a source named after a space (`(來源 中央社)`) as the source', () => {
    expect(parseMetaLine('转自:网信军民融合(wxjmrh)')?.fields).toEqual([{ kind: 'source', label: '转自', value: '网信军民融合(wxjmrh)' }]);
    expect(parseMetaLine('(來源 中央社)')?.fields).toEqual([{ kind: 'source', label: '來源', value: '中央社' }]);
    // A sentence is no source.
    expect(parseMetaLine('来源 于生活，高于生活')).toBeUndefined();
  });

  it('reads the outlet before its column after a portal’s date (`2021-04-15 02:18  經濟日報 /   經濟日報社論`)', () => {
    expect(datedByline('2021-04-15 02:18  經濟日報 /   經濟日報社論')).toEqual({ date: '2021-04-15', names: [], outlet: '經濟日報' });
  });

  it('takes the paper in a reporter’s bracket as the source, under a headline and a subtitle no rule took', () => {
    const dateline = '〔自由時報記者項程鎮/台北報導〕「個人資料保護法」明天施行，未來個資外洩，最高可求償兩億元。';
    expect(datelineReporters(dateline)).toEqual({ names: ['項程鎮'], desk: '自由時報' });
    const result = extractMetadata(doc(['個資法明上路 外洩最高賠2億', '創紀錄 三讀後逾兩年才施行', dateline, BODY_B]));
    expect(result.meta).toMatchObject({ author: '項程鎮', source: '自由時報' });
    expect(bodyOf(result)).toContain(dateline);
  });
});

describe('extractMetadata: bylines with seconds, channel slugs, an outlet named twice', () => {
  it('reads a site’s byline whose clock has seconds (`句子大全 2014-07-12 01:22:45`) as the anchor under the headline', () => {
    expect(datedByline('句子大全 2014-07-12 01:22:45')).toEqual({ date: '2014-07-12', names: ['句子大全'] });
    const result = extractMetadata(doc(['工信部:二季度受理关于骚扰电话的投诉环比上升66.1%', '句子大全 2014-07-12 01:22:45', BODY_A]));
    expect(result.meta).toMatchObject({ title: '工信部:二季度受理关于骚扰电话的投诉环比上升66.1%', date: '2014-07-12' });
  });

  it('takes no channel slug before the date (`news 2026/3/20 15:21:02`) for a source or an author', () => {
    const result = extractMetadata(doc(['深度合成算法备案超全解析', 'news 2026/3/20 15:21:02', BODY_A]));
    expect(result.meta.date).toBe('2026-03-20');
    expect(result.meta.source).toBeUndefined();
    expect(result.meta.author).toBeUndefined();
  });

  it('reads an outlet named again before 記者 (`鉅亨網/鉅亨網記者楊伶雯 台北 2014.12.17 00:00`)', () => {
    const result = extractMetadata(doc(['中華電放陸客入機房留影 NCC重罰250萬', '鉅亨網/鉅亨網記者楊伶雯 台北 2014.12.17 00:00', BODY_A]));
    expect(result.meta).toMatchObject({ date: '2014-12-17', source: '鉅亨網', author: '楊伶雯' });
  });
});

describe('extractMetadata: a price board above the date, ASCII commas', () => {
  it('takes the headline under the date when the line above it is a quote row, and the rows above for the page’s', () => {
    const paragraph = '《經濟通通訊社20日專訊》保安局局長鄧炳強接受電台節目訪問時表示,過去一年就23條立法做了很多準備工夫,政府明年內將完成立法。';
    const input = doc(['21224 煤氣麥銀四乙購A (認購證)', '即時 按盤價 升0.176 +0.015 (+9.317%)', '20/12/2023 09:07', '鄧炳強:擬就水電煤等關鍵基礎設施網絡安全立法', paragraph, BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta).toMatchObject({ title: '鄧炳強:擬就水電煤等關鍵基礎設施網絡安全立法', date: '2023-12-20' });
    expect(bodyOf(result)).toEqual([paragraph, BODY_B]);
    expectAccounted(input, result);
  });

  it('never takes a quote row for a headline, but a headline with a date range or a year is one', () => {
    const quote = extractMetadata(doc(['即時 按盤價 升0.176 +0.015 (+9.317%)', '发布时间:2023-12-20', BODY_A]));
    expect(quote.meta.title).toBeUndefined();
    const range = extractMetadata(doc(['数字政府建设规划（2021-2025年）-解读', '发布时间:2023-12-20', BODY_A]));
    expect(range.meta.title).toBe('数字政府建设规划（2021-2025年）-解读');
  });
});

describe('extractMetadata: buttons after a byline’s date, an app bar above the headline', () => {
  it('reads a channel’s dated line with download and read-aloud buttons after the date; the channel is no source', () => {
    const input = doc(['后退 前进 登录注册 标准版', '数据出境安全评估办法', '国资政策文件 2022-07-07 下载收藏 语音播报', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '数据出境安全评估办法', date: '2022-07-07' });
    expect(bodyOf(result)).toEqual([BODY_A]);
    expectAccounted(input, result);
  });

  it('never joins an app bar to the title as its first line', () => {
    const result = extractMetadata(doc(['后退 前进 登录注册 标准版', '数据出境安全评估办法', '发布时间:2022-07-07', BODY_A]));
    expect(result.meta.title).toBe('数据出境安全评估办法');
  });
});

describe('extractMetadata: a subject in brackets, a poster’s user name', () => {
  it('keeps a long bracketed subject as part of the headline, and takes the user name above the date as the author', () => {
    const input = doc(['【資訊科技及廣播事務委員會】關注數碼港網絡安全事故', '  • honlamchunsing', '  • 2024年4月9日', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta).toEqual({ title: '【資訊科技及廣播事務委員會】關注數碼港網絡安全事故', date: '2024-04-09', author: 'honlamchunsing' });
    expect(bodyOf(result)).toEqual([BODY_A]);
    // Authors and their outlet in an unlabelled row between the headline and the date: the headline is above them.
    const row = extractMetadata(doc(['查看原文', '四川的数据要素探索实践和经验启示', '张茜茜 涂群 交大评论', '2024-09-16', BODY_A]));
    expect(row.meta).toMatchObject({ title: '四川的数据要素探索实践和经验启示', date: '2024-09-16' });
    expect(bodyOf(row)).toContain('张茜茜 涂群 交大评论');
    // A short column tag still goes.
    expect(extractMetadata(doc(['【权威发布】国家网信办发布新规', '发布时间:2024-04-09', BODY_A])).meta.title).toBe('国家网信办发布新规');
  });
});

describe('extractMetadata: a paragraph above the headline, a titled byline', () => {
  it('finds the headline under a summary paragraph when its date and source follow it; the summary stays', () => {
    const summary = '今年上半年,受到疫情影响,经济下行和就业压力加大,生产生活加速向网上转移,电信诈骗高发多发。';
    const result = extractMetadata(doc([summary, '公安部反制电信诈骗避免经济损失666亿元', '2020-07-28 16:08:58', '来源:央视网', BODY_A]));
    expect(result.meta).toMatchObject({ title: '公安部反制电信诈骗避免经济损失666亿元', date: '2020-07-28', source: '央视网' });
    expect(bodyOf(result)).toEqual([summary, BODY_A]);
  });

  it('reads a person and their profession under the headline (`黃于珊律師`) as the author', () => {
    const services = '法律諮詢及常年法律顧問、刑事法律、民事法律、企業法律、行政救濟、智財法律、各類書狀之代撰';
    const result = extractMetadata(doc([services, '法律資訊', '從中信金資料外洩事件看個資法的相關規定', '黃于珊律師', BODY_A]));
    expect(result.meta).toMatchObject({ title: '從中信金資料外洩事件看個資法的相關規定', author: '黃于珊' });
    expect(bodyOf(result)).toEqual([services, BODY_A]);
  });
});

describe('extractMetadata: a commentary’s bracketed author, a reporter’s closing credit', () => {
  it('takes `（宋燕）` under a headline as the author and drops the headline’s list bullet; `（草案）` stays a subtitle', () => {
    const result = extractMetadata(doc(['• 共享清朗的网络空间', '(宋燕)', BODY_A, BODY_B]));
    expect(result.meta).toMatchObject({ title: '共享清朗的网络空间', author: '宋燕' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
    const draft = extractMetadata(doc(['网络数据安全管理条例', '（草案）', BODY_A, BODY_B]));
    expect(draft.meta.author).toBeUndefined();
    expect(bodyOf(draft)).toContain('（草案）');
  });

  it('reads a reporter’s credit closing the text (`(总台央视记者 张岗)`)', () => {
    const result = extractMetadata(doc(['第五批深度合成服务算法备案信息公布 清单来了', BODY_A, BODY_B, '(总台央视记者 张岗)']));
    expect(result.meta).toMatchObject({ author: '张岗', source: '总台央视' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
  });
});

describe('extractMetadata: a blog template’s author block, a channel after the date', () => {
  it('takes `Writer’s pictureMarco Lam` above the headline as the author', () => {
    const result = extractMetadata(doc(["  • Writer's pictureMarco Lam", '澳門於2019年實施的網絡安全法', BODY_A, BODY_B]));
    expect(result.meta).toMatchObject({ author: 'Marco Lam', title: '澳門於2019年實施的網絡安全法' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
  });

  it('takes no channel after the date (`2022年6月24日    即時資訊`) for the source', () => {
    const result = extractMetadata(doc(['警情通告 - 司警局呼籲市民提防假冒衛生防疫部門之詐騙電話', '2022年6月24日    即時資訊', BODY_A]));
    expect(result.meta.date).toBe('2022-06-24');
    expect(result.meta.source).toBeUndefined();
  });
});

describe('extractMetadata: a bulletin’s subject above its board’s category path, a system account', () => {
  it('takes no category path (`一般公告 / 張貼者 資訊組長`) under a subject sentence for the headline', () => {
    const subject = '轉知:為因應新型態數位服務延伸之新興資安風險,各公務機關應遵循相關原則,並請依說明辦理,請查照。';
    const result = extractMetadata(doc([subject, '一般公告 / 張貼者 資訊組長', '張貼日期: 2025-04-02 14:42:52', BODY_A]));
    expect(result.meta.title).not.toBe('一般公告 / 張貼者 資訊組長');
    expect(result.meta.date).toBe('2025-04-02');
  });

  it('takes no publishing system’s default account (`admin`) above the date for the author', () => {
    const result = extractMetadata(doc(['全球数据跨境流动合作倡议发布', 'admin', '2024-11-20 03:44:05', BODY_A]));
    expect(result.meta.author).toBeUndefined();
  });
});

describe('extractMetadata: a summary between the headline and its fields, spaced dates, word counts', () => {
  it('reads the source and date under the headline’s summary paragraph; the summary stays', () => {
    const summary = '中国与东盟近年的数字合作,围绕网络数字经济合作、网络安全合作和网络空间治理等方面务实展开,取得丰硕的成果。';
    const input = doc(['老朋友,新合作,中国与东盟共享数字发展红利', summary, '来源:中国日报网 2023-01-13 10:20', BODY_A]);
    const result = extractMetadata(input);
    expect(result.meta).toMatchObject({ title: '老朋友,新合作,中国与东盟共享数字发展红利', date: '2023-01-13', source: '中国日报网' });
    expect(bodyOf(result)).toEqual([summary, BODY_A]);
    expectAccounted(input, result);
  });

  it('reads `2022- 04- 27` and a byline with the word count after the date', () => {
    expect(parseDateValue('2022- 04- 27')).toBe('2022-04-27');
    expect(findDate('共有2021-2025年的规划')).toBeUndefined();
    expect(datedByline('互联网络 2019-04-03 00:09:21 字数:895')).toEqual({ date: '2019-04-03', names: ['互联网络'] });
  });
});

describe('extractMetadata: a magazine’s `文:` credit', () => {
  it('reads `文: U Magazine` and `文:楊沐萱(…得主)` as the author, never `原文:` or `全文:`', () => {
    expect(parseMetaLine('文: U Magazine')?.fields).toEqual([{ kind: 'author', label: '文', value: 'U Magazine' }]);
    const result = extractMetadata(doc(['文:楊沐萱(2025 奧地利歐洲論壇獎學金得主)', BODY_A, BODY_B]));
    expect(result.meta.author).toBe('楊沐萱');
    expect(result.meta.title ?? '').not.toContain('文:');
    expect(parseMetaLine('原文:见附件')).toBeUndefined();
  });
});

describe('extractMetadata: a school as the issuing body', () => {
  it('takes the title above a school’s name and the date, not the school', () => {
    const result = extractMetadata(doc(['資通安全維護計畫', '基隆市正濱國民小學', '中華民國113年10月18日', '壹、依據及目的', BODY_A]));
    expect(result.meta.title).toBe('資通安全維護計畫');
    expect(result.meta.date).toBe('2024-10-18');
  });
});

describe('extractMetadata: a date with the channels a story is filed under', () => {
  it('reads `2024年5月29日 時事脈搏 港聞` above the headline as its date, never as the headline', () => {
    const input = doc(['熱門:', '2024年5月29日 時事脈搏 港聞', '政府資料頻外洩 孫東稱將加強監督工作', BODY_A, BODY_B]);
    const result = extractMetadata(input);
    expect(result.meta).toMatchObject({ title: '政府資料頻外洩 孫東稱將加強監督工作', date: '2024-05-29' });
    expect(bodyOf(result)).toEqual([BODY_A, BODY_B]);
    // Names after a date are no channels: the line is left alone.
    expect(extractMetadata(doc(['2024年5月29日 張三 李四', BODY_A])).meta.date).toBeUndefined();
  });
});

describe('extractMetadata: the page title printed above the headline with the site’s name', () => {
  it('removes `headline - RTHK` above the headline as a title copy', () => {
    const headline = '保障關鍵基礎設施電腦系統草案下月諮詢立會 保安局稱非針對個人';
    const result = extractMetadata(doc([`${headline} - RTHK`, headline, '2024-06-25 HKT 20:02', BODY_A]));
    expect(result.meta.title).toBe(headline);
    expect(result.doc.removed.find((r) => r.line === 1)?.code).toBe('title');
    expect(bodyOf(result)).toEqual([BODY_A]);
  });
});

describe('extractMetadata: a headline with ASCII commas', () => {
  it('is never read as the text’s first paragraph under a site’s name (which then would pass for the headline)', () => {
    const headline = '数据安全法实施三周年,数字时代的安全基石与未来挑战,数据安全法从什么时候实施';
    const result = extractMetadata(doc(['黑狐家游戏', headline, '欧气 1 0', BODY_A, BODY_B]));
    expect(result.meta.title).not.toBe('黑狐家游戏');
    expect(bodyOf(result)).toContain(headline);
  });
});
