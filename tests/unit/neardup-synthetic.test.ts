/**
 * The near-duplicate stage on a synthetic corpus of ~3,000 documents with planted pairs.
 *
 * Base documents are real classical Chinese (Tang then Song poems from the `chinese-poetry` package, Traditional
 * script, converted to Simplified as the pipeline does), one poem per paragraph, 800–3,000 characters,
 * no poem line used twice. From disjoint base documents we plant, 150 of each:
 *   edited     a copy with 1–5 % of the characters substituted, deleted or inserted  → near-duplicate
 *   reordered  the paragraphs shuffled, plus 1 % edits                                → near-duplicate
 *   script     a Traditional copy (cn → tw), 1 % edits, converted back by the caller  → near-duplicate
 *   excerpt    20–40 % of a long document, as its own document, 1 % edits            → contains
 *   borrowed   20–40 % of one document pasted into another                            → related
 * Negatives: every other pair — ~2,000 unrelated poetry documents (shared vocabulary and imagery) and
 * 200 "policy" documents assembled from one list of cyberspace-governance phrases (same topic, same
 * words, no copied passages). Recall and precision count a pair only with its planted kind.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRelations, type NeardupDoc, type NeardupResult } from '../../scripts/pipeline/neardup.ts';
import type { RelationKind } from '../../scripts/pipeline/types.ts';
import { prng } from '../helpers/prng.ts';

const PER_KIND = 150;
const BASE_DOCS = 2400;
const POLICY_DOCS = 200;


const random = prng(20240630);
const pick = <T>(items: ArrayLike<T>): T => items[Math.floor(random() * items.length)]!;
const between = (lo: number, hi: number) => lo + random() * (hi - lo);

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Poems (Traditional), in file order, skipping any poem that repeats a line already taken. */
function loadPoems(needChars: number): string[] {
  const require = createRequire(import.meta.url);
  const root = join(dirname(require.resolve('chinese-poetry/package.json')), 'dist', 'quantangshi');
  const files = readdirSync(root)
    .filter((n) => /^poet\.(tang|song)\.\d+\.json$/.test(n))
    .sort((a, b) => b.split('.')[1]!.localeCompare(a.split('.')[1]!) || Number(a.split('.')[2]) - Number(b.split('.')[2]));
  const seenLines = new Set<string>();
  const poems: string[] = [];
  let chars = 0;
  for (const file of files) {
    for (const poem of JSON.parse(readFileSync(join(root, file), 'utf8')) as { paragraphs?: string[] }[]) {
      const lines = (poem.paragraphs ?? []).map((l) => l.trim()).filter((l) => l.length > 0);
      const keys = lines.map((l) => l.replace(/[^\p{L}]/gu, ''));
      if (lines.join('').length < 20 || keys.some((k) => k.length === 0 || seenLines.has(k))) continue;
      keys.forEach((k) => seenLines.add(k));
      poems.push(lines.join(''));
      chars += poems.at(-1)!.length;
    }
    if (chars >= needChars) break;
  }
  return poems;
}

/** Phrases of one policy field: documents built from them share a topic and its words, not passages. */
const POLICY_PHRASES = [
  '网络空间', '命运共同体', '国际合作', '数字经济', '网络安全', '互联互通', '共商共建共享', '全球治理',
  '网络主权', '信息基础设施', '数据安全', '个人信息保护', '打击网络犯罪', '网络恐怖主义', '多边参与',
  '多方参与', '开放合作', '和平安全', '发展成果', '惠及全人类', '数字鸿沟', '能力建设', '互信',
  '对话交流', '联合国框架', '国际规则', '行为规范', '技术创新', '产业融合', '数字化转型', '网络文明',
  '平台治理', '应急响应', '关键信息基础设施', '跨境数据流动', '人工智能', '云计算', '大数据', '物联网',
  '中小微企业', '电子商务', '数字丝绸之路', '金砖国家', '上海合作组织', '东盟', '二十国集团', '亚太经合组织',
  '世界互联网大会', '乌镇', '发展中国家', '普惠包容', '公平正义', '相互尊重', '平等相待', '合作共赢',
  '坚持', '推动', '加强', '深化', '促进', '维护', '构建', '完善', '积极参与', '共同应对', '不断拓展',
];

function policyDoc(): string[] {
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(random() * 6);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 3 + Math.floor(random() * 3); s++) {
      const words: string[] = [];
      for (let w = 0; w < 4 + Math.floor(random() * 5); w++) words.push(pick(POLICY_PHRASES));
      sentences.push(words.join(random() < 0.5 ? '' : '、'));
    }
    paragraphs.push(sentences.join('，') + '。');
  }
  return paragraphs;
}

/** Change `rate` of the Han characters: substitute (60 %), delete (20 %) or insert (20 %); vary punctuation. */
function edit(paragraphs: string[], rate: number, pool: string[]): string[] {
  return paragraphs.map((p) => {
    let out = '';
    for (const ch of p) {
      if (ch === '，' && random() < 0.2) {
        out += ', ';
        continue;
      }
      if (/\p{L}/u.test(ch) && random() < rate) {
        const op = random();
        if (op < 0.6) out += pick(pool);
        else if (op < 0.8) continue;
        else out += ch + pick(pool);
        continue;
      }
      out += ch;
    }
    return out;
  });
}

function charsOf(paragraphs: string[]): number {
  return paragraphs.join('').length;
}

/** A contiguous run of paragraphs holding about `lo`–`hi` of the document's characters, at most `maxChars`. */
function slice(paragraphs: string[], lo: number, hi: number, maxChars = Infinity): string[] {
  const total = charsOf(paragraphs);
  const cap = Math.min(total * hi, maxChars);
  const target = Math.min(total * between(lo, hi), cap);
  const start = Math.floor(random() * paragraphs.length * 0.5);
  const out: string[] = [];
  for (let i = start; i < paragraphs.length && charsOf(out) < target; i++) {
    if (out.length > 0 && charsOf(out) + paragraphs[i]!.length > cap) break;
    out.push(paragraphs[i]!);
  }
  return out;
}

interface Planted {
  x: string;
  y: string;
  kind: RelationKind; // from x's side
}

function buildCorpus(): { docs: NeardupDoc[]; planted: Planted[] } {
  const poems = loadPoems(BASE_DOCS * 3200);
  const pool = [...poems.slice(0, 300).join('').replace(/[^\p{L}]/gu, '')]; // whole code points
  const bases: string[][] = [];
  let next = 0;
  while (bases.length < BASE_DOCS && next < poems.length) {
    const target = between(800, 3000);
    const paragraphs: string[] = [];
    while (charsOf(paragraphs) < target && next < poems.length) paragraphs.push(toSimplified(poems[next++]!));
    bases.push(paragraphs);
  }
  expect(bases.length).toBe(BASE_DOCS);

  const named: { name: string; paragraphs: string[] }[] = bases.map((paragraphs, i) => ({ name: `base${i}`, paragraphs }));
  const planted: Planted[] = [];
  const order = shuffle(bases.map((_, i) => i));
  const take = (ok: (i: number) => boolean) => {
    const at = order.findIndex(ok);
    if (at < 0) throw new Error('synthetic corpus: not enough base documents for the plants');
    return order.splice(at, 1)[0]!;
  };
  const plant = (kind: RelationKind, label: string, make: (source: string[]) => string[], ok: (i: number) => boolean = () => true) => {
    for (let n = 0; n < PER_KIND; n++) {
      const i = take(ok);
      const name = `${label}${n}`;
      named.push({ name, paragraphs: make(bases[i]!) });
      planted.push({ x: `base${i}`, y: name, kind });
    }
  };
  plant('near-duplicate', 'edited', (p) => edit(p, between(0.01, 0.05), pool));
  plant('near-duplicate', 'reordered', (p) => edit(shuffle([...p]), 0.01, pool), (i) => bases[i]!.length >= 4);
  plant('near-duplicate', 'script', (p) => edit(p.map((s) => toTraditional(s)), 0.01, pool).map((s) => toSimplified(s)));
  plant('contains', 'excerpt', (p) => edit(slice(p, 0.2, 0.4), 0.01, pool), (i) => charsOf(bases[i]!) >= 2000 && bases[i]!.length >= 8);
  for (let n = 0; n < PER_KIND; n++) {
    const source = take((i) => charsOf(bases[i]!) >= 1200);
    const host = take(() => true);
    // At most half the host's size, so the pasted text stays a minority of both documents.
    // Paragraphs are whole poems, so retry until the slice really is ≥ 20 % of the source.
    let borrowed = slice(bases[source]!, 0.2, 0.4, charsOf(bases[host]!) / 2);
    for (let retry = 0; retry < 20 && charsOf(borrowed) < 0.2 * charsOf(bases[source]!); retry++) {
      borrowed = slice(bases[source]!, 0.2, 0.4, charsOf(bases[host]!) / 2);
    }
    const paragraphs = [...bases[host]!];
    paragraphs.splice(Math.floor(random() * paragraphs.length), 0, ...borrowed);
    named[host] = { name: `base${host}`, paragraphs };
    planted.push({ x: `base${source}`, y: `base${host}`, kind: 'related' });
  }
  for (let n = 0; n < POLICY_DOCS; n++) named.push({ name: `policy${n}`, paragraphs: policyDoc() });

  // Documents reach the stage in an order unrelated to how they were made.
  const docs = shuffle(named).map(({ name, paragraphs }) => ({ slug: name, paragraphs, text: paragraphs.join('\n'), chars: charsOf(paragraphs) }));
  return { docs, planted };
}

function flip(kind: RelationKind): RelationKind {
  return kind === 'contains' ? 'contained-in' : kind === 'contained-in' ? 'contains' : kind;
}

/** "a|b" with a < b, and the kind from a's side. */
function canonical(a: string, b: string, kind: RelationKind): [string, RelationKind] {
  return a < b ? [`${a}|${b}`, kind] : [`${b}|${a}`, flip(kind)];
}

describe('near-duplicate stage on a synthetic corpus with planted pairs', () => {
  let docs: NeardupDoc[];
  let planted: Planted[];
  let result: NeardupResult;

  beforeAll(() => {
    ({ docs, planted } = buildCorpus());
    result = findRelations(docs);
  });

  it('finds the planted pairs with their kinds: recall and precision ≥ 0.95', () => {
    const truth = new Map(planted.map((p) => canonical(p.x, p.y, p.kind)));
    const found = new Map(result.pairs.map((p) => canonical(p.a, p.b, p.kind)));
    let correct = 0;
    const byKind = new Map<string, { planted: number; found: number }>();
    for (const [key, kind] of truth) {
      const row = byKind.get(kind === 'contained-in' ? 'contains' : kind) ?? { planted: 0, found: 0 };
      row.planted++;
      if (found.get(key) === kind) {
        correct++;
        row.found++;
      }
      byKind.set(kind === 'contained-in' ? 'contains' : kind, row);
    }
    const wrong = [...found].filter(([key, kind]) => truth.get(key) !== kind);
    const missed = [...truth].filter(([key]) => !found.has(key));
    const recall = correct / truth.size;
    const precision = found.size === 0 ? 0 : correct / found.size;
    console.log(
      `synthetic corpus: ${docs.length} documents, ${truth.size} planted pairs, ${found.size} pairs found, ` +
        `recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}; by kind: ` +
        [...byKind].map(([k, r]) => `${k} ${r.found}/${r.planted}`).join(', ') +
        (wrong.length > 0 ? `; not planted or wrong kind: ${wrong.slice(0, 5).map(([k, v]) => `${k} ${v} (planted ${truth.get(k) ?? 'none'})`).join('; ')}` : '') +
        (missed.length > 0 ? `; missed: ${missed.slice(0, 5).map(([k, v]) => `${k} ${v}`).join('; ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    for (const row of byKind.values()) expect(row.found / row.planted).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same result when verification may keep no document between its pairs', () => {
    expect(findRelations(docs, { featureStoreBytes: 0 })).toEqual(result);
  });

  it('never links the same-topic policy documents to anything', () => {
    const policyLinks = result.pairs.filter((p) => p.a.startsWith('policy') || p.b.startsWith('policy'));
    expect(policyLinks).toEqual([]);
  });

  it('merges each near-duplicate family into its longest member', () => {
    const chars = new Map(docs.map((d) => [d.slug, d.chars]));
    expect(result.merges.length).toBeGreaterThanOrEqual(PER_KIND * 3 * 0.95);
    for (const m of result.merges) {
      for (const merged of m.merged) {
        const bigger = chars.get(m.survivor)! > chars.get(merged)!;
        const tie = chars.get(m.survivor) === chars.get(merged) && m.survivor < merged;
        expect(bigger || tie).toBe(true);
      }
    }
  });
});
