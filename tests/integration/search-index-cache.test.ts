/**
 * The search-index step (scripts/search-index.ts) reusing shards between builds: a rebuild indexes only
 * the shards whose pages changed, copies the others from its cache, and writes the same files as a
 * build from scratch would.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PAGES_PER_LANGUAGE = 10;
const SHARD_PAGES = 4; // 10 pages → three shards per language, six in all
const POEMS = ['床前明月光 疑是地上霜', '举头望明月 低头思故乡', '加强网络安全国际合作', '数字鸿沟 发展中国家', '网络空间命运共同体'];

let root = '';
let site = '';
let cacheDir = '';

function page(language: string, n: number, extra = ''): string {
  const date = `2024-01-${String(n + 1).padStart(2, '0')}`;
  const paragraphs = [POEMS[n % POEMS.length], `第${n}篇 ${language}`, extra].filter(Boolean).map((text, i) => `<p id="p${i + 1}">${text}</p>`);
  return `<!doctype html><html lang="${language}"><head><title>${n}</title></head><body><article data-pagefind-body><h1>文献${n}</h1><span hidden data-pagefind-ignore data-pagefind-sort="date[data-sort-date]" data-sort-date="${date}"></span><div class="prose">${paragraphs.join('')}</div></article></body></html>`;
}

function writePage(dir: string, language: string, n: number, extra = ''): void {
  const folder = path.join(dir, language, 'docs', `doc-${n}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), page(language, n, extra));
}

/** Run the step; returns how many shards it copied from the cache and how many there were. */
function indexSite(dir: string, ...args: string[]): { unchanged: number; shards: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/search-index.ts', '--site', dir, '--shard-pages', String(SHARD_PAGES), ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const counted = /(\d+) of (\d+) shards unchanged/.exec(r.stdout);
  return { unchanged: counted ? Number(counted[1]) : -1, shards: Number(/(\d+) shards of at most/.exec(r.stdout)?.[1]) };
}

/** Every file under a folder, by relative path, with its bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else files.set(r, readFileSync(path.join(dir, r)).toString('base64'));
    }
  };
  walk('');
  return files;
}

/** The index a build from scratch (no cache) writes for the site as it is now. */
function indexFromScratch(): Map<string, string> {
  const copy = path.join(root, 'scratch');
  rmSync(copy, { recursive: true, force: true });
  cpSync(site, copy, { recursive: true });
  rmSync(path.join(copy, 'pagefind'), { recursive: true, force: true });
  indexSite(copy, '--no-cache');
  return tree(path.join(copy, 'pagefind'));
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'search-index-cache-'));
  site = path.join(root, 'site');
  cacheDir = path.join(root, 'cache');
  for (const language of ['zh-hans', 'zh-hant']) for (let n = 0; n < PAGES_PER_LANGUAGE; n++) writePage(site, language, n);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('search index shards kept between builds', () => {
  it('indexes every shard the first time and none when nothing changed, with the same files', () => {
    expect(indexSite(site, '--cache', cacheDir)).toEqual({ unchanged: 0, shards: 6 });
    const first = tree(path.join(site, 'pagefind'));
    expect(indexSite(site, '--cache', cacheDir)).toEqual({ unchanged: 6, shards: 6 });
    expect(tree(path.join(site, 'pagefind'))).toEqual(first);
    expect(readdirSync(cacheDir)).toHaveLength(6);
  }, 120_000);

  it('indexes again only the shard of a changed page, and writes what a build from scratch writes', () => {
    writePage(site, 'zh-hant', 3, '补充说明：本页内容已更新。');
    expect(indexSite(site, '--cache', cacheDir)).toEqual({ unchanged: 5, shards: 6 });
    const rebuilt = tree(path.join(site, 'pagefind'));
    expect(rebuilt).toEqual(indexFromScratch());
    // The cache holds this build's shards only: the changed shard's old entry is gone.
    expect(readdirSync(cacheDir)).toHaveLength(6);
  }, 120_000);

  it('indexes every shard again when an option changes', () => {
    expect(indexSite(site, '--cache', cacheDir, '--chunk-bytes', '1024')).toEqual({ unchanged: 0, shards: 6 });
  }, 120_000);

  it('indexes again the shards after a page that moved them: a new page shifts the later shards', () => {
    indexSite(site, '--cache', cacheDir);
    // The newest page of zh-hans comes first by date: every zh-hans shard's pages shift by one.
    writePage(site, 'zh-hans', PAGES_PER_LANGUAGE + 5);
    expect(indexSite(site, '--cache', cacheDir)).toEqual({ unchanged: 3, shards: 6 });
    expect(tree(path.join(site, 'pagefind'))).toEqual(indexFromScratch());
  }, 120_000);
});
