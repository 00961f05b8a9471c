/**
 * The search-index rewrite (scripts/lib/search-compact.ts) on a real Pagefind bundle: Pagefind indexes
 * a few pages into a temporary folder, the step rewrites it, and what Pagefind's search reads from it
 * must be the same — every word with the same postings, found in the chunk the WebAssembly's lookup
 * picks, every page's fragment under its new name — only in smaller pieces with shorter names.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactBundle, decodeFaithfully, unpack } from '../../scripts/lib/search-compact.ts';
import { type Anchor, unpackAnchors } from '../../src/lib/search-anchors.ts';
import { emptyParagraphAnchors, separateHanInHtml } from '../../src/lib/search-segment.ts';

type Entry = { languages: Record<string, { hash: string; page_count: number }> };
type Fragment = { content: string; anchors: Anchor[] } & Record<string, unknown>;
type Bundle = { words: Map<string, unknown>; chunks: [string, string, string][]; pages: [string, number, string][]; fragments: Map<number, Fragment> };

const PAGES = [
  ['2024', '网络空间命运共同体 cyber cybersecurity 2024'],
  ['2023', '加强网络安全国际合作 打击网络犯罪 cyberspace'],
  ['2022', '数字鸿沟 发展中国家 网络主权 明月 2022 20220601'],
  ['2021', '明月几时有 把酒问青天 不知天上宫阙 今夕是何年'],
  ['2020', '床前明月光 疑是地上霜 举头望明月 低头思故乡'],
] as const;

let root = '';
let original = '';

/** A page as the site renders one: a title, then each phrase of `body` a paragraph with its anchor (p1, p2, …). */
function html(title: string, body: string): string {
  const paragraphs = body.split(' ').map((text, i) => `<p id="p${i + 1}">${text}</p>`);
  return `<!doctype html><html lang="zh-hans"><head><title>${title}</title></head><body><main data-pagefind-body><h1 id="doc-title">${title}</h1><span data-pagefind-sort="date" data-pagefind-ignore>${title}</span>${paragraphs.join('')}</main></body></html>`;
}

function entryOf(dir: string): Entry {
  return JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
}

function decodeFile(file: string): unknown {
  return decodeFaithfully(unpack(new Uint8Array(readFileSync(file)))!);
}

function readFragment(dir: string, hash: string, unpacked: boolean): Fragment {
  const fragment = JSON.parse(new TextDecoder().decode(unpack(new Uint8Array(readFileSync(path.join(dir, 'fragment', `${hash}.pf_fragment`))))!)) as Fragment;
  return unpacked ? { ...fragment, anchors: unpackAnchors(fragment.anchors) } : fragment;
}

/** What a search reads from one language of a bundle, by page number (names differ between the two). */
function readBundle(dir: string, metaHash: string): Bundle {
  const meta = decodeFile(path.join(dir, `pagefind.${metaHash}.pf_meta`)) as unknown[];
  const pages = meta[1] as [string, number, string][];
  const chunks = meta[2] as [string, string, string][];
  const words = new Map<string, unknown>();
  for (const [, , hash] of chunks) {
    for (const entry of (decodeFile(path.join(dir, 'index', `${hash}.pf_index`)) as [[string, ...unknown[]][]])[0]) words.set(entry[0], entry);
  }
  // A fragment as the search page reads it: JSON, paragraph markers unpacked.
  const fragments = new Map(pages.map(([hash], i) => [i, readFragment(dir, hash, true)]));
  return { words, chunks, pages, fragments };
}

/** The chunk Pagefind's WebAssembly loads for a query word: the first whose range holds it, compared as UTF-8 bytes. */
function chunkFor(chunks: [string, string, string][], word: string): string | undefined {
  const b = Buffer.from(word);
  return chunks.find(([from, to]) => Buffer.compare(b, Buffer.from(from)) >= 0 && Buffer.compare(b, Buffer.from(to)) <= 0)?.[2];
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'search-compact-'));
  original = path.join(root, 'original');
  const { index } = await pagefind.createIndex({});
  for (const [title, body] of PAGES) await index!.addHTMLFile({ url: `/${title}/`, content: separateHanInHtml(emptyParagraphAnchors(html(title, body))) });
  await index!.writeFiles({ outputPath: original });
  await pagefind.close();
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function compactCopy(name: string, chunkBytes: number, firstPage = 0, pageOrderSort?: string) {
  const dir = path.join(root, name);
  cpSync(original, dir, { recursive: true });
  const hash = entryOf(dir).languages['zh-hans']!.hash;
  return { dir, result: await compactBundle(dir, 'zh-hans', hash, { chunkBytes, firstPage, pageOrderSort }) };
}

/** The sorts a bundle's metadata lists: [key, pages in order]. */
function sortsOf(dir: string, metaHash: string): [string, number[]][] {
  return (decodeFile(path.join(dir, `pagefind.${metaHash}.pf_meta`)) as unknown[])[4] as [string, number[]][];
}

describe('compactBundle', () => {
  it('keeps every word with its postings and every page with its fragment, in small chunks', async () => {
    const before = readBundle(original, entryOf(original).languages['zh-hans']!.hash);
    const { dir, result } = await compactCopy('small', 64);
    expect(result.skipped).toBeUndefined();
    if (result.skipped !== undefined) return;
    const after = readBundle(dir, result.metaHash);

    expect(after.words).toEqual(before.words);
    expect(after.pages.map((p) => p.slice(1))).toEqual(before.pages.map((p) => p.slice(1)));
    expect(after.fragments).toEqual(before.fragments);
    // Each page's paragraph markers (one per phrase) come packed into one record.
    for (const [i, fragment] of before.fragments) {
      expect(fragment.anchors.filter((a) => a.element === 'span').length).toBeGreaterThanOrEqual(3);
      expect(readFragment(dir, after.pages[i]![0], false).anchors.filter((a) => a.element === 'span')).toHaveLength(1);
    }
    expect(result.chunksAfter).toBeGreaterThan(before.chunks.length);
    expect(after.chunks.length).toBe(result.chunksAfter);
    // Nothing of Pagefind's names is left behind; only the new files are.
    expect(readdirSync(path.join(dir, 'index')).sort()).toEqual(after.chunks.map((c) => `${c[2]}.pf_index`).sort());
    expect(readdirSync(path.join(dir, 'fragment')).sort()).toEqual(after.pages.map((p) => `${p[0]}.pf_fragment`).sort());
    expect(readdirSync(dir).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${result.metaHash}.pf_meta`]);
  });

  it('puts every word in the chunk the search loads for it, with the words that extend it', async () => {
    const { dir, result } = await compactCopy('lookup', 64);
    if (result.skipped !== undefined) throw new Error(result.skipped);
    const after = readBundle(dir, result.metaHash);
    const holder = new Map<string, string>();
    for (const [, , hash] of after.chunks) {
      const entries = (decodeFile(path.join(dir, 'index', `${hash}.pf_index`)) as [[string][]])[0];
      for (const [word] of entries) holder.set(word, hash);
    }
    for (const word of after.words.keys()) expect(chunkFor(after.chunks, word), word).toBe(holder.get(word));
    // `cyber` is a prefix of `cybersecurity` and `cyberspace`: a search for `cyber` finds all three in one chunk.
    expect(holder.get('cybersecurity')).toBe(holder.get('cyber'));
    expect(holder.get('cyberspace')).toBe(holder.get('cyber'));
    expect(holder.get('20220601')).toBe(holder.get('2022'));
  });

  it('names pages and chunks by counters, pages from the first number it is given, and shrinks the metadata', async () => {
    const { dir, result } = await compactCopy('names', 64);
    if (result.skipped !== undefined) throw new Error(result.skipped);
    const after = readBundle(dir, result.metaHash);
    expect(after.pages.map((p) => p[0])).toEqual(PAGES.map((_, i) => i.toString(36)));
    expect(after.chunks.map((c) => c[2])).toEqual(after.chunks.map((_, i) => i.toString(36)));
    const oldMeta = readFileSync(path.join(original, `pagefind.${entryOf(original).languages['zh-hans']!.hash}.pf_meta`));
    const newMeta = readFileSync(path.join(dir, `pagefind.${result.metaHash}.pf_meta`));
    // More chunks to list, yet shorter names.
    expect(newMeta.length).toBeLessThan(oldMeta.length + 12 * (result.chunksAfter - result.chunksBefore));
    // A later shard of the same language: its pages follow on, its token differs.
    const later = await compactCopy('names-later', 64, 40);
    if (later.result.skipped !== undefined) throw new Error(later.result.skipped);
    expect(readBundle(later.dir, later.result.metaHash).pages.map((p) => p[0])).toEqual(PAGES.map((_, i) => (40 + i).toString(36)));
    expect(later.result.token).not.toBe(result.token);
  });

  it('leaves out the sort the pages were handed in, and only that one', async () => {
    const hash = entryOf(original).languages['zh-hans']!.hash;
    expect(sortsOf(original, hash).map((s) => s[0])).toEqual(['date']);
    const kept = await compactCopy('sort-kept', 64);
    const dropped = await compactCopy('sort-dropped', 64, 0, 'date');
    const other = await compactCopy('sort-other', 64, 0, 'weight');
    if (kept.result.skipped !== undefined || dropped.result.skipped !== undefined || other.result.skipped !== undefined) throw new Error('skipped');
    expect(sortsOf(kept.dir, kept.result.metaHash)).toEqual(sortsOf(original, hash));
    expect(sortsOf(dropped.dir, dropped.result.metaHash)).toEqual([]);
    expect(sortsOf(other.dir, other.result.metaHash)).toEqual(sortsOf(original, hash));
    expect(readFileSync(path.join(dropped.dir, `pagefind.${dropped.result.metaHash}.pf_meta`)).length).toBeLessThan(readFileSync(path.join(kept.dir, `pagefind.${kept.result.metaHash}.pf_meta`)).length);
  });

  it('gzips the WebAssembly and the metadata smaller than zlib at its best, to the same bytes', async () => {
    const { dir, result } = await compactCopy('smallest', 64);
    if (result.skipped !== undefined) throw new Error(result.skipped);
    const wasm = readdirSync(original).filter((f) => /^wasm\..+\.pagefind$/.test(f));
    expect(wasm.length).toBeGreaterThan(0);
    for (const name of wasm) {
      const before = readFileSync(path.join(original, name));
      const after = readFileSync(path.join(dir, name));
      expect(gunzipSync(after).equals(gunzipSync(before)), name).toBe(true);
      expect(after.length).toBeLessThan(gzipSync(gunzipSync(before), { level: 9 }).length);
    }
    const meta = readFileSync(path.join(dir, `pagefind.${result.metaHash}.pf_meta`));
    expect(meta.length).toBeLessThan(gzipSync(gunzipSync(meta), { level: 9 }).length);
  });

  it('gives byte-identical files for the same bundle, and other names for other content', async () => {
    const a = await compactCopy('same-a', 64);
    const b = await compactCopy('same-b', 64);
    const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
    expect(files(a.dir)).toEqual(files(b.dir));
    for (const f of files(a.dir)) expect(readFileSync(path.join(a.dir, f)).equals(readFileSync(path.join(b.dir, f))), f).toBe(true);
    const c = await compactCopy('other-size', 4096);
    if (a.result.skipped !== undefined || c.result.skipped !== undefined) throw new Error('skipped');
    expect(c.result.metaHash).not.toBe(a.result.metaHash);
    expect(c.result.token).not.toBe(a.result.token);
    expect(c.result.chunksAfter).toBeLessThan(a.result.chunksAfter);
  });

  it('leaves a bundle it does not understand as it was, and says why', async () => {
    const dir = path.join(root, 'foreign');
    cpSync(original, dir, { recursive: true });
    const hash = entryOf(dir).languages['zh-hans']!.hash;
    const metaFile = path.join(dir, `pagefind.${hash}.pf_meta`);
    writeFileSync(metaFile, 'not a pagefind file');
    const before = readdirSync(dir, { recursive: true }).sort();
    const result = await compactBundle(dir, 'zh-hans', hash);
    expect(result.skipped).toMatch(/layout/);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
    expect((await compactBundle(dir, 'zh-hans', 'zh-hans_missing')).skipped).toMatch(/no pagefind\.zh-hans_missing\.pf_meta/);
    expect(existsSync(metaFile)).toBe(true);
  });
});
