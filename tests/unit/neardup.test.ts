import * as OpenCC from 'opencc-js';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import {
  blockAt,
  comparePair,
  findRelations,
  normaliseDoc,
  normaliseForShingles,
  relationsAfterMerges,
  sketchDocument,
  type DocSketch,
  type NeardupDoc,
} from '../../scripts/pipeline/neardup.ts';

// Our own text: an opinion piece on digital infrastructure (six paragraphs) …
const ARTICLE = [
  '数字基础设施是经济社会发展的底座。近年来，各地加快建设光纤网络和移动通信基站，偏远乡村也逐步接入了高速宽带，城乡之间的数字鸿沟正在缩小，但区域发展不平衡的问题依然存在。',
  '推进互联互通，首先要补齐短板。对于山区和海岛等建设成本较高的地区，应当通过财政补贴和普遍服务基金给予支持，鼓励运营企业与地方政府共同出资，确保每个行政村都能用上稳定可靠的网络。',
  '其次要注重标准衔接。不同厂商的设备接口不一，数据格式各异，给跨部门共享带来了不少障碍。有关部门应当加快制定统一的技术规范，推动政务平台之间的数据按需流动，避免重复建设造成浪费。',
  '再次要守住安全底线。基础设施一旦遭到攻击，影响的往往不只是一家单位。运营者需要建立分级防护制度，定期开展应急演练，发现漏洞及时修补，同时依法保护用户的个人信息不被滥用。',
  '此外，人才培养同样不可忽视。许多县级单位缺少懂技术、会管理的专业人员，系统上线以后无人维护的情况时有发生。高校和职业院校可以开设相关课程，企业也可以派出工程师驻点帮扶。',
  '总之，数字基础设施建设是一项长期工程，既要有前瞻性的规划，也要有脚踏实地的执行。只有政府、企业和社会各方形成合力，才能让更多群众共享数字时代的发展成果。',
];

// … another piece on the same topic with the same vocabulary, written independently …
const SAME_TOPIC = [
  '数字时代的发展成果应当惠及每一个人。当前，我国网络基础设施规模位居世界前列，光纤网络和移动通信基站覆盖面持续扩大，但部分偏远乡村的网络质量仍有待提高。',
  '在互联互通方面，跨部门数据共享是难点。不少地方的政务平台各自为政，标准不统一，群众办事仍需反复提交材料。推动统一技术规范，是破解这一难题的关键。',
  '网络安全是发展的前提。关键信息基础设施运营者要落实分级防护责任，加强个人信息保护，提升应急处置能力，防范各类网络攻击。',
  '专业人才短缺制约着基层信息化水平。建议加大培训力度，吸引更多技术人员扎根基层，为数字基础设施的长期运行提供保障。',
];

// … and a piece on another subject, used to host copied paragraphs.
const OTHER_SUBJECT = [
  '数据跨境流动规则正在成为国际经贸谈判的新议题。各国围绕数据本地化、隐私保护和市场准入展开了激烈讨论，立场分歧明显，短期内难以形成统一方案。',
  '对企业而言，合规成本是最直接的压力。一家中等规模的跨境电商平台，往往需要同时满足多个司法辖区的要求，法务团队疲于应付，新产品上线的节奏也因此放缓。',
  '从已有的实践看，双边协定比多边规则更容易落地。两国监管机构可以先就特定行业的数据类型达成互认，再逐步扩大范围，这种渐进方式减少了谈判阻力。',
  '可以预见，围绕数据治理的国际协调仍将持续较长时间，务实的做法是从具体领域的小范围合作起步，逐步积累互信，再考虑更具约束力的安排。',
];

/** A quoted stock clause of ~30 characters, as policy texts on one topic repeat them. */
const STOCK_CLAUSE = '坚持共商共建共享的全球治理观，推动构建更加公正合理的网络空间治理体系。';

function doc(slug: string, paragraphs: string[]): NeardupDoc {
  const text = paragraphs.join('\n');
  return { slug, paragraphs, text, chars: paragraphs.join('').length };
}

/** A repost with small edits: reworded phrases, changed punctuation, an updated figure. */
function editedCopy(paragraphs: string[]): string[] {
  const edits: [string, string][] = [
    ['近年来', '这几年'],
    ['，', ', '],
    ['每个行政村', '每一个行政村'],
    ['不少障碍', '很多障碍'],
    ['及时修补', '尽快修补'],
    ['许多县级单位', '不少县级单位'],
  ];
  return paragraphs.map((p) => edits.reduce((text, [from, to]) => text.replace(from, to), p));
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('normalisation', () => {
  it('drops punctuation and spacing, unifies width and case, folds figures', () => {
    expect(normaliseForShingles('截至2022年6月，网民规模达10.51亿！')).toBe('截至0年0月网民规模达0亿');
    expect(normaliseForShingles('ＡＰＥＣ 数字经济 (Digital Economy)')).toBe('apec数字经济digitaleconomy');
    expect(normaliseForShingles('“清朗”\u3000系列…')).toBe('清朗系列');
  });

  it('normalises every character as NFKC, lower case, letters and digits only, with figures folded', () => {
    // The reference definition, character by character; the stage's fast paths must agree with it.
    const reference = (text: string) =>
      [...text]
        .map((c) => c.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))
        .map((c) => (c !== '' && /^\p{N}+$/u.test(c) ? '\u0000' : c.replace(/\p{N}+/gu, '0')))
        .join('')
        .replace(/\u0000+/g, '0');
    const sample: string[] = [];
    for (let code = 0x20; code < 0x3100; code += 7) sample.push(String.fromCharCode(code));
    for (let code = 0xf900; code < 0xfffe; code += 5) sample.push(String.fromCharCode(code));
    sample.push('𠀀', '𝟗', '①②', 'Ⅻ', 'ß', 'İ', 'ﬁ', '网络');
    const text = sample.join('');
    expect(normaliseForShingles(text)).toBe(reference(text));
    // Twice: the second pass reads what the first one learnt about each character.
    expect(normaliseForShingles(text)).toBe(reference(text));
    for (const c of sample) expect(normaliseForShingles(`字${c}字`)).toBe(reference(`字${c}字`));
  });

  it('keeps block boundaries so passages can be located', () => {
    const norm = normaliseDoc({ text: '', paragraphs: ['一、总则', '第一条 为了保障网络安全，制定本法。', '', '附则'] });
    expect(norm.text).toBe('一总则第一条为了保障网络安全制定本法附则');
    expect(blockAt(norm.blockStarts, 0)).toBe(0);
    expect(blockAt(norm.blockStarts, 3)).toBe(1);
    expect(blockAt(norm.blockStarts, norm.text.length - 1)).toBe(3);
  });

  it('falls back to the whole text when a document has no paragraphs', () => {
    expect(normaliseDoc({ text: '网络空间，命运共同体', paragraphs: [] }).text).toBe('网络空间命运共同体');
  });
});

describe('findRelations', () => {
  it('merges an edited repost into the longer version and links both ways', () => {
    const original = doc('original', ARTICLE);
    const repost = doc('repost', editedCopy(ARTICLE));
    const scores = comparePair(original, repost);
    expect(scores.jaccard).toBeGreaterThan(0.5);
    const result = findRelations([original, repost]);
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]).toMatchObject({ a: 'original', b: 'repost', kind: 'near-duplicate' });
    const survivor = repost.chars > original.chars ? 'repost' : 'original';
    expect(result.merges).toEqual([{ survivor, merged: [survivor === 'repost' ? 'original' : 'repost'] }]);
    expect(result.relations.get('original')?.[0]).toMatchObject({ slug: 'repost', kind: 'near-duplicate', firstSharedBlock: 0 });
    expect(result.relations.get('repost')?.[0]).toMatchObject({ slug: 'original', kind: 'near-duplicate' });
  });

  it('recognises a Traditional-script repost once both sides are in Simplified; ties keep the smaller slug', () => {
    const traditional = ARTICLE.map((p) => toTraditional(p));
    expect(traditional.join('')).not.toBe(ARTICLE.join(''));
    const original = doc('b-original', ARTICLE);
    const repost = doc('a-repost', traditional.map((p) => toSimplified(p)));
    const result = findRelations([original, repost]);
    expect(result.pairs[0]?.kind).toBe('near-duplicate');
    expect(result.pairs[0]?.jaccard).toBeGreaterThan(0.95);
    expect(result.merges).toEqual([{ survivor: 'a-repost', merged: ['b-original'] }]);
  });

  it('finds an excerpt inside a longer document and says where', () => {
    const whole = doc('whole', ARTICLE);
    const excerpt = doc('excerpt', ARTICLE.slice(2, 4));
    const result = findRelations([whole, excerpt]);
    expect(result.pairs).toHaveLength(1);
    const pair = result.pairs[0]!;
    expect(pair).toMatchObject({ a: 'whole', b: 'excerpt', kind: 'contains', firstSharedBlockA: 2, firstSharedBlockB: 0 });
    expect(pair.containmentB).toBe(1);
    expect(pair.containmentA).toBeLessThan(0.5);
    expect(result.merges).toEqual([]);
    expect(result.relations.get('excerpt')).toEqual([
      expect.objectContaining({ slug: 'whole', kind: 'contained-in', containment: 1, firstSharedBlock: 0, sharedBlocks: [0, 1] }),
    ]);
    expect(result.relations.get('whole')).toEqual([
      expect.objectContaining({ slug: 'excerpt', kind: 'contains', firstSharedBlock: 2, sharedBlocks: [2, 3] }),
    ]);
  });

  it('links documents that share copied paragraphs as related, with the shared blocks', () => {
    const source = doc('source', ARTICLE);
    const borrower = doc('borrower', [...OTHER_SUBJECT.slice(0, 2), ARTICLE[3]!, ARTICLE[4]!, ...OTHER_SUBJECT.slice(2)]);
    const result = findRelations([source, borrower]);
    expect(result.pairs.map((p) => p.kind)).toEqual(['related']);
    expect(result.relations.get('borrower')?.[0]).toMatchObject({ slug: 'source', kind: 'related', sharedBlocks: [2, 3] });
    expect(result.relations.get('source')?.[0]).toMatchObject({ slug: 'borrower', kind: 'related', firstSharedBlock: 3 });
  });

  it('does not link documents that merely share a topic, its vocabulary or a stock clause', () => {
    const a = doc('a', [...ARTICLE, STOCK_CLAUSE]);
    const b = doc('b', [STOCK_CLAUSE, ...SAME_TOPIC]);
    const scores = comparePair(a, b);
    expect(scores.containmentB).toBeGreaterThan(0); // they do share words and the clause …
    const result = findRelations([a, b, doc('c', OTHER_SUBJECT)]);
    expect(result.pairs).toEqual([]); // … but no substantial copied passage
    expect(result.relations.size).toBe(0);
  });

  it('ignores empty and very short documents without failing', () => {
    const result = findRelations([doc('empty', []), doc('short', ['网络']), doc('article', ARTICLE)]);
    expect(result).toEqual({ pairs: [], relations: new Map(), merges: [], verified: new Map() });
  });

  it('is deterministic and independent of input order', () => {
    const docs = [
      doc('whole', ARTICLE),
      doc('repost', editedCopy(ARTICLE)),
      doc('excerpt', ARTICLE.slice(1, 3)),
      doc('topic', SAME_TOPIC),
      doc('borrower', [...OTHER_SUBJECT, ARTICLE[5]!, ARTICLE[0]!]),
    ];
    const first = findRelations(docs);
    expect(findRelations(docs)).toEqual(first);
    const reversed = findRelations([...docs].reverse());
    const asSet = (r: typeof first) =>
      r.pairs.map((p) => [p.a, p.b].sort().join('|') + ':' + (p.a < p.b ? p.kind : p.kind === 'contains' ? 'contained-in' : p.kind === 'contained-in' ? 'contains' : p.kind)).sort();
    expect(asSet(reversed)).toEqual(asSet(first));
    expect(reversed.merges).toEqual(first.merges);
    expect(reversed.relations).toEqual(first.relations);
  });

  it('finds the same relations from cached sketches (as the disk cache stores them) as from the text', () => {
    const docs = [doc('whole', ARTICLE), doc('repost', editedCopy(ARTICLE)), doc('excerpt', ARTICLE.slice(1, 3)), doc('topic', SAME_TOPIC)];
    const sketched = docs.map((d) => ({ ...d, sketch: deserialize(serialize(sketchDocument(d))) as DocSketch }));
    const fromText = findRelations(docs);
    expect(fromText.pairs.length).toBeGreaterThan(1);
    expect(findRelations(sketched)).toEqual(fromText);
  });

  it('reuses the verified scores of unchanged pairs from the previous run, and only those', () => {
    const keyed = [doc('whole', ARTICLE), doc('repost', editedCopy(ARTICLE)), doc('excerpt', ARTICLE.slice(1, 3))].map((d) => ({ ...d, contentKey: `key-${d.slug}` }));
    const first = findRelations(keyed);
    expect(first.verified.size).toBeGreaterThan(0);
    const again = findRelations(keyed, {}, first.verified);
    expect(again.pairs).toEqual(first.pairs);
    expect(again.verified).toEqual(first.verified);
    // A remembered score is taken as is: a memo saying the repost shares nothing unlinks it …
    const [memoKey, pair] = [...first.verified].find(([k]) => k.includes('key-repost'))!;
    const forged = new Map(first.verified).set(memoKey, { ...pair, scores: { ...pair.scores, jaccard: 0, containmentA: 0, containmentB: 0, a: { ...pair.scores.a, longest: 0, sharedChars: 0, share: 0 }, b: { ...pair.scores.b, longest: 0, sharedChars: 0, share: 0 } } });
    expect(findRelations(keyed, {}, forged).pairs.length).toBeLessThan(first.pairs.length);
    // … while a document with a new content key is verified afresh.
    const edited = keyed.map((d) => (d.slug === 'repost' ? { ...d, contentKey: 'key-repost-v2' } : d));
    expect(findRelations(edited, {}, forged).pairs).toEqual(first.pairs);
  });

  it('rejects duplicate slugs', () => {
    expect(() => findRelations([doc('x', ARTICLE), doc('x', SAME_TOPIC)])).toThrow(/duplicate slug/);
  });

  it('honours threshold overrides', () => {
    const docs = [doc('whole', ARTICLE), doc('excerpt', ARTICLE.slice(2, 4))];
    expect(findRelations(docs, { containsMin: 1.01 }).pairs[0]?.kind).toBe('related');
    expect(findRelations(docs, { nearDuplicateJaccard: 0.2 }).pairs[0]?.kind).toBe('near-duplicate');
  });
});

describe('relationsAfterMerges', () => {
  it('moves a merged document’s links to its survivor and keeps the family as near-duplicates', () => {
    const longer = doc('longer', [...ARTICLE, '本文仅代表作者个人观点。']);
    const shorter = doc('shorter', editedCopy(ARTICLE));
    const excerpt = doc('excerpt', editedCopy(ARTICLE).slice(3, 5));
    const result = findRelations([longer, shorter, excerpt]);
    expect(result.merges).toEqual([{ survivor: 'longer', merged: ['shorter'] }]);
    const published = relationsAfterMerges(result);
    expect([...published.keys()]).toEqual(['excerpt', 'longer']);
    expect(published.get('excerpt')!.map((r) => [r.slug, r.kind])).toEqual([['longer', 'contained-in']]);
    expect(published.get('longer')!.map((r) => [r.slug, r.kind])).toEqual([
      ['shorter', 'near-duplicate'],
      ['excerpt', 'contains'],
    ]);
  });
});
