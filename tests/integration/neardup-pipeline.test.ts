import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

const paragraphs = [
  '各国应当坚持相互尊重、平等相待的原则，在网络空间开展务实合作，共同应对网络安全威胁和挑战，推动建立多边、民主、透明的国际互联网治理体系。',
  '数字经济是全球经济增长的重要引擎，发展中国家需要更多的资金和技术支持，以便跨越数字鸿沟，共享互联网发展成果，实现可持续发展目标。',
  '打击网络犯罪需要国际社会的共同努力，各方应加强执法合作和信息共享，在联合国框架下制定各国普遍接受的全球性公约，维护网络空间秩序。',
  '关键信息基础设施的安全关系到各国经济社会的正常运行，应当加强保护合作，防范针对关键基础设施的网络攻击，共同维护全球供应链的稳定。',
];

function page(title: string, date: string, body: string[]): string {
  return [`${title}_某某新闻网`, title, `发布时间：${date}`, ...body, '版权所有 某某新闻网'].join('\n');
}

describe('near-duplicates through the whole pipeline', () => {
  it('merges a lightly edited Traditional repost into the original, keeping both sources and a redirecting alias', () => {
    const original = page('论网络空间的国际合作', '2021-05-06', paragraphs);
    const edited = paragraphs.map((p, i) => (i === 1 ? p.replace('重要引擎', '关键引擎') : p));
    const repost = OpenCC.Converter({ from: 'cn', to: 'tw' })(page('论网络空间的国际合作（转载）', '2021-05-08', [...edited, '（本文转载自某某新闻网）']));
    const out = runPipeline([
      { name: 'a.txt', bytes: enc(original) },
      { name: 'b.txt', bytes: enc(repost) },
    ]);
    expect(out.docs).toHaveLength(1);
    const [doc] = out.docs;
    expect(doc!.sources).toEqual(['a.txt', 'b.txt']);
    expect(doc!.aliases).toHaveLength(1);
    expect(out.report.merges).toContainEqual(expect.objectContaining({ into: doc!.slug, kind: 'near-duplicate' }));
    expect(out.report.files.map((f) => f.status).sort()).toEqual(['merged', 'published']);
    expect(out.files.get(`zh-hans/${doc!.slug}.mdx`)).toContain(`aliases: ["${doc!.aliases[0]}"]`);
  });

  it('links an excerpt to the document it comes from, both ways, without merging', () => {
    const long = page('网络空间治理白皮书', '2022-01-01', [...paragraphs, ...paragraphs.map((p) => p.replace(/各国|各方/g, '国际社会') + '这是白皮书的补充论述。')]);
    const excerpt = page('白皮书摘编', '2022-02-01', [paragraphs[2]!, paragraphs[3]!, '编者按：以上内容摘自近期发布的白皮书。']);
    const out = runPipeline([
      { name: 'long.txt', bytes: enc(long) },
      { name: 'excerpt.txt', bytes: enc(excerpt) },
    ]);
    expect(out.docs).toHaveLength(2);
    const small = out.docs.find((d) => d.converted.hans.meta.title === '白皮书摘编')!;
    const big = out.docs.find((d) => d.converted.hans.meta.title === '网络空间治理白皮书')!;
    expect(small.relations[0]).toMatchObject({ slug: big.slug });
    expect(big.relations[0]).toMatchObject({ slug: small.slug });
    expect(['contained-in', 'related']).toContain(small.relations[0]!.kind);
  });
});
