import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, type DocData } from '../../src/lib/corpus.ts';
import { buildDocsIndex, DOCS_INDEX_VERSION, readDocsIndex } from '../../src/lib/docs-index.ts';
import { filterDocs, sortByDate, type DocSummary } from '../../src/lib/docs.ts';
import { paginate } from '../../src/lib/pagination.ts';

const doc = (slug: string, extra: Partial<DocSummary> = {}): DocSummary => ({ slug, title: `标题${slug}`, originalLang: 'zh-Hans', chars: 1200, ...extra });

/** JSON as the browser receives it. */
const roundTrip = (docs: DocSummary[]) => readDocsIndex(JSON.parse(JSON.stringify(buildDocsIndex(docs))));

describe('buildDocsIndex / readDocsIndex', () => {
  it('round-trip every field the index rows and filters use, in the same order', () => {
    const docs = sortByDate([
      doc('a', { date: '2021-05-25', source: '新华社', sourceKey: 'xin-hua-she', chars: 3456 }),
      doc('b', { date: '2015', originalLang: 'zh-Hant' }),
      doc('c'),
      doc('d', { date: '2021-05', source: '新华社', sourceKey: 'xin-hua-she' }),
    ]);
    expect(roundTrip(docs)).toEqual(docs);
  });

  it('store each source once and refer to it by position', () => {
    const docs = [doc('a', { source: '新华社', sourceKey: 'xin-hua-she' }), doc('b', { source: '外交部', sourceKey: 'wai-jiao-bu' }), doc('c', { source: '新华社', sourceKey: 'xin-hua-she' })];
    const file = buildDocsIndex(docs);
    expect(file.sources).toEqual([
      ['xin-hua-she', '新华社'],
      ['wai-jiao-bu', '外交部'],
    ]);
    expect(file.source).toEqual([0, 1, 0]);
  });

  it('store one column per field, with placeholders for a missing date or source', () => {
    const file = buildDocsIndex([doc('x', { originalLang: 'zh-Hant' }), doc('y', { date: '2020-02', source: '新华社', sourceKey: 'xin-hua-she' })]);
    expect(file).toEqual({
      v: DOCS_INDEX_VERSION,
      sources: [['xin-hua-she', '新华社']],
      slug: ['x', 'y'],
      title: ['标题x', '标题y'],
      date: ['', '2020-02'],
      source: [-1, 0],
      script: ['hant', 'hans'],
      chars: [1200, 1200],
    });
  });

  it('carry text as data: markup in a title or source name comes back unchanged', () => {
    const docs = [doc('x', { title: '<img src=x onerror=alert(1)>', source: '"><script>', sourceKey: 'script' })];
    expect(roundTrip(docs)).toEqual(docs);
  });

  it('refuse a file of another version or shape instead of misreading it', () => {
    const good = buildDocsIndex([doc('a', { source: '新华社', sourceKey: 'xin-hua-she' })]);
    expect(() => readDocsIndex({ ...good, v: DOCS_INDEX_VERSION + 1 })).toThrow(/version/);
    expect(() => readDocsIndex(null)).toThrow();
    expect(() => readDocsIndex({ ...good, script: ['latin'] })).toThrow(/script/);
    expect(() => readDocsIndex({ ...good, source: [5] })).toThrow(/source/);
    expect(() => readDocsIndex({ ...good, title: [] })).toThrow(/title/);
    expect(() => readDocsIndex({ ...good, chars: ['12'] })).toThrow(/chars/);
  });

  it('lets the browser filter the whole corpus exactly as the static filter pages do', () => {
    const docs = sortByDate(
      Array.from({ length: 250 }, (_, i) =>
        doc(`d${String(i).padStart(3, '0')}`, {
          date: `${2000 + (i % 7)}-0${1 + (i % 9)}`,
          ...(i % 3 ? { source: `来源${i % 5}`, sourceKey: `s${i % 5}` } : {}),
          originalLang: i % 4 ? 'zh-Hans' : 'zh-Hant',
        }),
      ),
    );
    const decoded = roundTrip(docs);
    for (const filter of [{ year: '2003' }, { sourceKey: 's2' }, { sourceKey: 's1', year: '2001', originalLang: 'zh-Hant' as const }]) {
      const fromJson = filterDocs(decoded, filter).map((d) => d.slug);
      // The static pages: the filtered list, split into pages, read page after page.
      const fromPages = paginate(filterDocs(docs, filter), 20).flatMap((p) => p.items.map((d) => d.slug));
      expect(fromJson).toEqual(fromPages);
    }
  });
});

/** Deterministic pseudo-random numbers (mulberry32), for a reproducible fake corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A collection of `n` documents with policy-like titles (my own word list) and pinyin-like slugs. */
function fakeCollection(n: number): DocData[] {
  const words = '关于 加强 网络 安全 管理 工作 的 通知 意见 办法 规定 数据 个人信息 保护 互联网 信息 服务 平台 治理 国际 合作 规则 标准 发展 推进 实施 建设 关键 基础设施 应急 监管 算法 内容 生态 直播 账号 政务 网站 域名 跨境 评估 试点'.split(' ');
  const sources = Array.from({ length: 40 }, (_, i) => `示例来源${i}号办公室`);
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const out: DocData[] = [];
  for (let i = 0; i < n; i++) {
    const title = Array.from({ length: 5 + Math.floor(next() * 6) }, () => pick(words)).join('');
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const base = {
      slug: `${2000 + Math.floor(next() * 25)}-${month}-${day}-guan-yu-wang-luo-${i.toString(36)}`,
      originalLang: next() < 0.8 ? ('zh-Hans' as const) : ('zh-Hant' as const),
      date: next() < 0.95 ? `${2000 + Math.floor(next() * 25)}-${month}-${day}` : undefined,
      source: next() < 0.9 ? pick(sources) : undefined,
      chars: 500 + Math.floor(next() * 20_000),
      aliases: [],
    };
    out.push({ ...base, title, lang: 'zh-Hans' }, { ...base, title, lang: 'zh-Hant' });
  }
  return out;
}

describe('docs-index.json at 10,000 documents', () => {
  const corpus = buildCorpusIndex(fakeCollection(10_000));
  const json = JSON.stringify(buildDocsIndex(corpus.summaries['zh-Hans']));
  const gzip = gzipSync(json, { level: 9 }).length;

  it('lists every document once, in index order', () => {
    const decoded = readDocsIndex(JSON.parse(json));
    expect(decoded).toHaveLength(10_000);
    expect(decoded.map((d) => d.slug)).toEqual(corpus.summaries['zh-Hans'].map((d) => d.slug));
  });

  it('stays small enough to fetch on the first use of the filters (budget: 300 KB compressed)', () => {
    console.log(`docs-index.json, 10,000 documents: ${json.length.toLocaleString('en-US')} characters, ${Buffer.byteLength(json).toLocaleString('en-US')} bytes, gzip ${gzip.toLocaleString('en-US')} bytes`);
    expect(gzip).toBeLessThan(300 * 1024);
  });
});
