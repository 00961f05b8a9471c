import { describe, expect, it } from 'vitest';
import { boundedEditDistance, dedupeWithin } from '../../scripts/pipeline/dedupe.ts';
import type { WorkingDoc } from '../../scripts/pipeline/types.ts';

/** A working document from plain lines, numbered from 1. */
function doc(lines: string[], titleHint?: string): WorkingDoc {
  return { file: 'test.txt', index: 0, titleHint, lines: lines.map((text, i) => ({ no: i + 1, text })), removed: [] };
}

const texts = (d: WorkingDoc) => d.lines.map((l) => l.text);
const codes = (d: WorkingDoc) => d.removed.map((r) => `${r.line}:${r.code}`);

// Paragraphs written for these tests (policy-news style, each well over the length threshold).
const A = '日前,两国在网络安全领域达成多项共识,同意建立高级别对话机制,并在年内举行第一次会议,共同打击网络犯罪。';
const B = '专家认为,对话与合作将成为两国在网络空间的主旋律,双方在数字经济领域的互补性为合作提供了广阔空间。';
const C = '双方承诺,各自政府均不得从事或支持网络窃取知识产权的行为,包括商业秘密以及其他机密商业信息。';
const D = '下一步,双方将在联合国框架下继续推动制定网络空间国际规则,维护网络空间的和平、安全与稳定。';

describe('dedupeWithin: repeated body', () => {
  it('keeps one copy of a body saved twice, including the headings inside the copy', () => {
    const input = ['标题', A, '一、合作前景', B, C, A, '一、合作前景', B, C];
    const out = dedupeWithin(doc(input));
    expect(texts(out)).toEqual(['标题', A, '一、合作前景', B, C]);
    expect(codes(out)).toEqual(['6:duplicate-body', '7:duplicate-body', '8:duplicate-body', '9:duplicate-body']);
  });

  it('keeps the more complete copy when the first lost a character, at the first position', () => {
    const damaged = B.replace('主旋律', '主律');
    const out = dedupeWithin(doc([A, damaged, C, A, B, C]));
    expect(texts(out)).toEqual([A, B, C]);
    expect(out.lines.map((l) => l.no)).toEqual([1, 5, 3]);
    expect(out.removed.find((r) => r.line === 2)).toMatchObject({ stage: 'dedupe', code: 'duplicate-body', text: damaged });
  });

  it('keeps the first copy when the second one lost a character', () => {
    const damaged = C.replace('知识产权', '知产权');
    const out = dedupeWithin(doc([A, B, C, A, B, damaged]));
    expect(texts(out)).toEqual([A, B, C]);
    expect(out.removed.find((r) => r.line === 6)?.text).toBe(damaged);
  });

  it('treats spacing and full-/half-width punctuation variants as the same line', () => {
    const variant = '\u3000\u3000' + A.replace(/,/g, '，');
    const out = dedupeWithin(doc([A, B, variant]));
    expect(texts(out)).toEqual([A, B]);
    expect(codes(out)).toEqual(['3:duplicate-line']);
  });
});

describe('dedupeWithin: repeated paragraphs and titles', () => {
  it('removes a paragraph a transcript repeats verbatim, as a duplicate line', () => {
    const out = dedupeWithin(doc([A, B, '以下是讲话实录:', D, B, C]));
    expect(texts(out)).toEqual([A, B, '以下是讲话实录:', D, C]);
    expect(codes(out)).toEqual(['5:duplicate-line']);
  });

  it('keeps two paragraphs that differ by more than 10%', () => {
    const reworded = '会上,某部门负责人表示,' + A.slice(3);
    const out = dedupeWithin(doc([A, B, reworded]));
    expect(texts(out)).toEqual([A, B, reworded]);
  });

  it('removes the title repeated mid-body and at the end (title hint)', () => {
    const title = '网络空间国际交流合作成就';
    const out = dedupeWithin(doc([title, A, title, B, title], title));
    expect(texts(out)).toEqual([title, A, B]);
    expect(codes(out)).toEqual(['3:duplicate-title', '5:duplicate-title']);
  });

  it('removes repeats of the first line when there is no title hint', () => {
    const out = dedupeWithin(doc(['数据安全宣传周开幕', A, '数据安全宣传周开幕']));
    expect(texts(out)).toEqual(['数据安全宣传周开幕', A]);
  });

  it('does not treat a repeated date on the first line as a title', () => {
    const out = dedupeWithin(doc(['2020-01-01', A, '2020-01-01', B]));
    expect(texts(out)).toEqual(['2020-01-01', A, '2020-01-01', B]);
  });
});

describe('dedupeWithin: what must stay', () => {
  it('keeps table-of-contents lines and the headings they repeat', () => {
    const toc = ['目录', '一、总体要求', '二、主要任务', '三、保障措施'];
    const input = [...toc, '一、总体要求', A, '二、主要任务', B, '三、保障措施', C];
    expect(texts(dedupeWithin(doc(input)))).toEqual(input);
  });

  it('keeps a long heading repeated by the table of contents', () => {
    const heading = '（一）网络空间命运共同体是人类命运共同体在信息时代的重要组成部分和具体体现';
    const input = ['目录', heading, '二、其他', heading, A];
    expect(texts(dedupeWithin(doc(input)))).toEqual(input);
  });

  it('keeps short repeated lines that are not part of a repeated block', () => {
    const input = ['标题', '一是加强合作', A, '一是加强合作', B];
    expect(texts(dedupeWithin(doc(input)))).toEqual(input);
  });

  it('accounts for every line: kept plus removed equals the input', () => {
    const input = ['标题', A, B, C, D, A, B, C, D, '标题', B];
    const out = dedupeWithin(doc(input));
    const seen = [...out.lines.map((l) => l.no), ...out.removed.map((r) => r.line)].sort((x, y) => x - y);
    expect(seen).toEqual(input.map((_, i) => i + 1));
    expect([...texts(out), ...out.removed.map((r) => r.text)].sort()).toEqual([...input].sort());
  });

  it('keeps earlier removals from the clean stage', () => {
    const d = doc([A, A]);
    d.removed.push({ stage: 'clean', code: 'nav', line: 3, text: '首页' });
    const out = dedupeWithin(d);
    expect(out.removed.map((r) => `${r.stage}:${r.code}`)).toEqual(['dedupe:duplicate-line', 'clean:nav']);
  });
});

describe('dedupeWithin: large documents', () => {
  it('finds near-repeats among thousands of distinct lines', () => {
    // Distinct pseudo-random sentences (fixed-seed generator): no two are near each other.
    const hanzi = '网络安全数据治理合作发展国际规则共同体信息技术经济社会公平开放创新责任和平稳定';
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % hanzi.length;
    const sentence = () => Array.from({ length: 60 }, () => hanzi[next()]).join('') + '。';
    const unique = Array.from({ length: 3000 }, sentence);
    const repeats = unique.slice(1000, 1010).map((s) => s.slice(0, 30) + '的' + s.slice(31));
    const out = dedupeWithin(doc([...unique, ...repeats]));
    expect(out.lines).toHaveLength(3000);
    expect(out.removed.every((r) => r.code === 'duplicate-body')).toBe(true);
    expect(out.removed).toHaveLength(10);
  });
});

describe('boundedEditDistance', () => {
  it('computes small distances exactly', () => {
    expect(boundedEditDistance('网络安全', '网络安全', 2)).toBe(0);
    expect(boundedEditDistance('网络安全', '网路安全', 2)).toBe(1);
    expect(boundedEditDistance('合作解决问题', '合作决问题', 2)).toBe(1);
    expect(boundedEditDistance('abcdef', 'azcdxf', 3)).toBe(2);
  });

  it('returns limit + 1 when the distance is over the limit', () => {
    expect(boundedEditDistance('网络安全合作', '数字经济发展', 2)).toBe(3);
    expect(boundedEditDistance('短', '很长很长的一句话', 2)).toBe(3);
  });
});

describe('dedupeWithin: a body printed again in the other script', () => {
  it('drops the Traditional copy of a Simplified body (a page that shows both versions)', async () => {
    const { toHant } = await import('../../scripts/pipeline/convert.ts');
    const body = [A, B, C, D];
    const d = dedupeWithin(doc(['两国网络安全对话', ...body, '简体 | 繁體', ...body.map((p) => toHant(p))]));
    expect(texts(d)).toEqual(['两国网络安全对话', ...body, '简体 | 繁體']);
    expect(d.removed.map((r) => r.code)).toEqual(['duplicate-body', 'duplicate-body', 'duplicate-body', 'duplicate-body']);
  });

  it('compares in one script but keeps different paragraphs written in different scripts', async () => {
    const { foldToSimplified } = await import('../../scripts/pipeline/script-fold.ts');
    const { toHant } = await import('../../scripts/pipeline/convert.ts');
    expect(foldToSimplified('網絡安全與發展')).toBe('网络安全与发展');
    expect(foldToSimplified('网络 abc 123')).toBe('网络 abc 123');
    const d = dedupeWithin(doc([A, B, toHant(C), toHant(D)]));
    expect(texts(d)).toEqual([A, B, toHant(C), toHant(D)]);
  });
});

describe('dedupeWithin: a headline printed again as the last line', () => {
  it('removes it when a top line holds it, though the first line is another (a page title with the site’s name)', () => {
    const headline = '保障關鍵基礎設施電腦系統草案下月諮詢立會 保安局稱非針對個人';
    const out = dedupeWithin(doc([`${headline} - RTHK`, '氣溫 濕度', headline, '2024-06-25 HKT 20:02', A, B, headline]));
    expect(texts(out)).toEqual([`${headline} - RTHK`, '氣溫 濕度', headline, '2024-06-25 HKT 20:02', A, B]);
    expect(codes(out)).toEqual(['7:duplicate-title']);
  });

  it('keeps a last line that is a section heading of a table of contents above, or a line the top does not hold', () => {
    const toc = ['数字经济下的数据合规建设', '目录', '一、引言', '二、数据合规要求', A, '一、引言'];
    expect(texts(dedupeWithin(doc(toc)))).toEqual(toc);
    const other = ['数字经济下的数据合规建设', A, B, '相关阅读'];
    expect(texts(dedupeWithin(doc(other)))).toEqual(other);
  });
});
