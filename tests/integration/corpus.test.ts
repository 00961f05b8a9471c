/**
 * The whole pipeline on the seed corpus in content/raw, checked document by document.
 * These expectations describe what a reader must get from these particular scraped files;
 * the pipeline's rules themselves are generic (see scripts/pipeline/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { forAssemblyOnly, runPipeline, type FileCache, type FileResult, type PipelineOutput } from '../../scripts/pipeline/index.ts';
import type { PairMemo, VerifiedPair } from '../../scripts/pipeline/neardup.ts';
import type { RawFile } from '../../scripts/pipeline/types.ts';
import { ROOT } from '../helpers/cli.ts';

const RAW = path.join(ROOT, 'content/raw');

interface Expected {
  /** The document is found by this (Simplified) title. */
  title: string;
  file: string;
  date?: string;
  source?: string;
  author?: string;
  editor?: string;
  originalLang: 'zh-Hans' | 'zh-Hant';
  /** Phrases that must survive in the body (Simplified). */
  keeps: string[];
  /** Minimum number of headings recovered from the numbering. */
  minHeadings?: number;
}

const EXPECTED: Expected[] = [
  { title: '大成果勾勒中美互联网合作前景', file: '000', date: '2015-10-09', originalLang: 'zh-Hans', keeps: ['中美互联网合作六大共识', '限制外资安全审查范围'], minHeadings: 6 },
  { title: '中美在网络问题上取得进展', file: '001', date: '2013-07-15', author: '鲁传颖', originalLang: 'zh-Hans', keeps: ['建立信任措施', '还有很长路要走'] },
  { title: '国际互联网公约(网上投资请小心)', file: '002', date: '2021-03-30', originalLang: 'zh-Hans', keeps: ['不准攻击该语言国家政府'] },
  { title: '国际互联网条约', file: '002', originalLang: 'zh-Hans', keeps: ['世界知识产权组织版权条约', '本组织总干事为本条约的保存人'] },
  { title: '携手构建网络空间命运共同体', file: '002', date: '2022-11-07', source: '新华社', editor: '王安', originalLang: 'zh-Hans', keeps: ['互联网是人类社会发展的重要成果', '我们所处的是一个充满挑战的时代'], minHeadings: 20 },
  { title: '国际互联网公约及相关知识详解', file: '002', originalLang: 'zh-Hans', keeps: ['签署了《服务贸易总协定'] },
  { title: '网络空间国际合作战略', file: '002', date: '2017-03-01', originalLang: 'zh-Hans', keeps: ['中国国家主席习近平,2015年12月16日', '为建设一个安全、稳定、繁荣的网络空间作出更大贡献'], minHeadings: 20 },
  { title: '中国关于网络空间国际规则的立场', file: '002', date: '2024-01', originalLang: 'zh-Hans', keeps: ['信息技术革命日新月异'] },
  { title: '世界互联网大会组委会发布《携手构建网络空间命运共同体行动倡议》', file: '002', date: '2020-11-18', source: '世界互联网大会组委会', originalLang: 'zh-Hans', keeps: ['为落实联合国2030可持续发展议程做出积极贡献'] },
  { title: '我国网络空间国际交流合作领域发展成就与变革', file: '003', date: '2022-12-30', originalLang: 'zh-Hant', keeps: ['原标题'] },
  { title: '外交部傅聪:愿与东盟建立多双边网路对话机制', file: '004', date: '2014-09-18', source: '中国网财经', editor: '汤婧', originalLang: 'zh-Hant', keeps: ['以下是傅聪的讲话实录'] },
];

/** Lines that must never reach a reader: navigation, footers, widgets, spam, tickers, PDF bytes. */
const BOILERPLATE = [
  /ICP[备証证]/, /公网安备|公網安備/, /网站标识码|網站標識碼/, /版权所有|版權所有/, /主办单位|主辦單位/,
  /^(首页|首頁|登录|登錄|注册|註冊|打印|分享|微信|微博|返回顶部|EN|简|繁|\||×)$/, /^分享[:：]?$/, /【中大小】|字号[:：]|【打印】|【我要纠错】|扫一扫/,
  /股票名[称稱]/, /无码|無碼|毛片|钱包手机版|錢包手機版/, /^\d{10} \d{5} n$/, /\bobj\b|endobj|xref|startxref|%%EOF/,
  /^首页\s*>|当前位置/, /星期[一二三四五六日天]/, /^文献来源[:：]?$/, /^- /, /@/, /Produced By CMS/,
];

let output: PipelineOutput;
let hans: Map<string, string>;

function readRaw(): RawFile[] {
  return readdirSync(RAW).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(RAW, name))) }));
}

function bodyOf(mdx: string): string {
  return mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\\(.)/g, '$1');
}

function findDoc(title: string) {
  return output.docs.find((d) => d.converted.hans.meta.title === title);
}

beforeAll(() => {
  output = runPipeline(readRaw());
  hans = new Map([...output.files].filter(([k]) => k.startsWith('zh-hans/')));
});

describe('seed corpus, document by document', () => {
  it('publishes each document the files hold exactly once, in both scripts', () => {
    const titles = output.docs.map((d) => d.converted.hans.meta.title);
    for (const e of EXPECTED) expect(titles.filter((t) => t === e.title), e.title).toHaveLength(1);
    for (const d of output.docs) {
      expect(output.files.has(`zh-hans/${d.slug}.mdx`)).toBe(true);
      expect(output.files.has(`zh-hant/${d.slug}.mdx`)).toBe(true);
    }
  });

  for (const e of EXPECTED) {
    it(`${e.file}: ${e.title}`, () => {
      const doc = findDoc(e.title);
      expect(doc, `no document titled ${e.title}; got ${output.docs.map((d) => d.converted.hans.meta.title).join(' | ')}`).toBeDefined();
      const meta = doc!.converted.hans.meta;
      expect(doc!.sources.some((s) => s.startsWith(e.file))).toBe(true);
      expect(meta.date).toBe(e.date);
      if (e.source) expect(meta.source).toBe(e.source);
      if (e.author) expect(meta.author).toBe(e.author);
      if (e.editor) expect(meta.editor).toBe(e.editor);
      expect(doc!.converted.original).toBe(e.originalLang);
      const body = bodyOf(hans.get(`zh-hans/${doc!.slug}.mdx`)!);
      for (const phrase of e.keeps) expect(body).toContain(phrase);
      const headings = doc!.converted.hans.blocks.filter((b) => b.type === 'heading').length;
      if (e.minHeadings) expect(headings).toBeGreaterThanOrEqual(e.minHeadings);
    });
  }

  it('lets no navigation, footer, widget, ticker, spam or PDF line through', () => {
    for (const [file, mdx] of output.files) {
      if (!file.endsWith('.mdx')) continue;
      for (const line of bodyOf(mdx).split('\n').filter(Boolean)) {
        for (const pattern of BOILERPLATE) expect(line, `${file}: ${line.slice(0, 60)}`).not.toMatch(pattern);
      }
    }
  });

  it('repeats no body paragraph inside a document', () => {
    for (const [file, mdx] of hans) {
      const paragraphs = bodyOf(mdx).split('\n\n').filter((p) => p.length > 40 && !p.startsWith('#'));
      const seen = new Set<string>();
      for (const p of paragraphs) {
        expect(seen.has(p), `${file} repeats: ${p.slice(0, 40)}`).toBe(false);
        seen.add(p);
      }
    }
  });

  it('rejects the PDF bytes with a reason and accounts for every line of every file', () => {
    const rejected = output.report.files.flatMap((f) => f.rejected);
    expect(rejected.some((r) => /pdf|binary/.test(r.code) && r.bytes > 1000)).toBe(true);
    for (const f of output.report.files) expect(f.lines.unaccounted, f.name).toBe(0);
    expect(output.report.files.every((f) => f.status === 'published')).toBe(true);
  });

  it('converts script, not words: Taiwan phrasing stays Taiwan phrasing in Simplified, mainland phrasing in Taiwan glyphs', () => {
    const tw = findDoc('外交部傅聪:愿与东盟建立多双边网路对话机制')!;
    const hansBody = tw.converted.hans.blocks.map((b) => b.text).join('');
    expect(tw.converted.hant.blocks.map((b) => b.text).join('')).toContain('網路');
    expect(hansBody).toContain('网路');
    expect(hansBody).not.toContain('網');
    const white = findDoc('携手构建网络空间命运共同体')!;
    const hantBody = white.converted.hant.blocks.map((b) => b.text).join('');
    expect(hantBody).toContain('為');
    expect(hantBody).not.toContain('爲');
    expect(hantBody).toContain('網絡'); // vocabulary kept: not rewritten to 網路
  });

  it('links the two copies of the hoax text, and the Traditional article to the white paper it overlaps', () => {
    const zhihu = findDoc('国际互联网公约(网上投资请小心)')!;
    const wenku = findDoc('国际互联网公约及相关知识详解')!;
    const white = findDoc('携手构建网络空间命运共同体')!;
    const article = findDoc('我国网络空间国际交流合作领域发展成就与变革')!;
    expect(zhihu.relations.map((r) => r.slug)).toContain(wenku.slug);
    expect(wenku.relations.map((r) => r.slug)).toContain(zhihu.slug);
    expect(article.relations).toContainEqual(expect.objectContaining({ slug: white.slug, kind: 'contained-in' }));
    expect(white.relations).toContainEqual(expect.objectContaining({ slug: article.slug, kind: 'contains' }));
    // documents that merely share a topic are not linked
    const strategy = findDoc('网络空间国际合作战略')!;
    expect(strategy.relations).toEqual([]);
    expect(output.report.pairs).toHaveLength(2);
  });

  it('produces byte-identical output on a second run', () => {
    const again = runPipeline(readRaw());
    expect([...again.files.entries()]).toEqual([...output.files.entries()]);
  });

  it('gives from its per-file cache, after one file changed, exactly what a run from scratch gives', () => {
    // Entries are slimmed and V8-serialised, as in the CLI's disk cache; every hit hands out the same object.
    const memo = new Map<string, FileResult>();
    let pairs: PairMemo = new Map();
    const key = (raw: RawFile) => `${raw.name}:${Buffer.from(raw.bytes).toString('base64')}`;
    const cache: FileCache = {
      get: (raw) => memo.get(key(raw)),
      set: (raw, result) => void memo.set(key(raw), deserialize(serialize(forAssemblyOnly(result))) as FileResult),
      pairs: () => pairs,
      setPairs: (verified) => void (pairs = deserialize(serialize(verified)) as Map<string, VerifiedPair>),
    };
    // A second copy of one file makes an exact-duplicate merge, which fills in provenance and reports.
    const raw = [...readRaw(), { name: 'zz-saved-again.txt', bytes: readRaw()[0]!.bytes }];
    const original = runPipeline(raw);
    expect(original.report.summary.merged).toBeGreaterThan(0);
    expect([...runPipeline(raw, {}, cache).files]).toEqual([...original.files]);
    // the near-duplicate pairs it verified are kept for the next run (the two linked pairs among them)
    expect(pairs.size).toBeGreaterThanOrEqual(original.report.pairs.length);
    expect(original.report.pairs.length).toBeGreaterThan(0);
    const changed = raw.map((r, i) => (i === 2 ? { ...r, bytes: new Uint8Array([...r.bytes, ...new TextEncoder().encode('\n补充说明：本页内容已于次日更新，新增了关于数据跨境流动规则的段落。\n')]) } : r));
    const fromScratch = runPipeline(changed);
    expect(fromScratch.files.get('report.json')).not.toEqual(original.files.get('report.json'));
    expect([...runPipeline(changed, {}, cache).files]).toEqual([...fromScratch.files]);
    // assembling never alters what the cache holds: the first input gives the first output again
    expect([...runPipeline(raw, {}, cache).files]).toEqual([...original.files]);
  });
});
