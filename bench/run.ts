/**
 * npm run bench [-- --sizes 1000,10000] [--full] [--site] [--site-sizes 1000,10000] [--site-only] [--site-rebuild]
 *
 * Rerunnable benchmark (not a test): builds corpora of real Chinese text (bench/corpus-gen.ts) and
 * measures, per size:
 *   - pipeline throughput (MB of raw text per second) per stage in one thread, peak memory, and the
 *     corpus CLI end to end with its worker threads and with one thread;
 *   - converter throughput: opencc-js (used) vs simplecc-wasm, on the same text in the same run;
 *   - incremental rebuild: one raw file changed, pipeline rerun with the per-file cache held in memory
 *     (what `npm run corpus -- --watch` does), and the CLI rerun with its disk cache; as ratios;
 *   - the near-duplicate stage alone at 1k, 10k (and with --full 100k) documents;
 *   - with --site: the full build (corpus → Astro → Pagefind) time and peak memory, and reader costs
 *     of the built site (HTML/JS bytes of a document page, index page and its filter list, search index size),
 *     and a first search on a cold page in headless Chromium (bytes fetched, time to results);
 *   - with --site-rebuild as well: the whole build again after one raw file changed, with Astro's
 *     incremental build (ASTRO_INCREMENTAL=1) and without it, per step, as ratios to the full build.
 * Prints a table and writes bench/results/bench.json (sections not run this time keep their previous
 * values, each with the date it was measured). Ratios are what to compare across machines.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { forAssemblyOnly, runPipeline, type FileCache, type FileResult } from '../scripts/pipeline/index.ts';
import type { PairMemo, VerifiedPair } from '../scripts/pipeline/neardup.ts';
import type { RawFile, StageName } from '../scripts/pipeline/types.ts';
import { generateCorpus, sampleText } from './corpus-gen.ts';
import { benchNeardup } from './neardup.ts';
import { runMeasured } from './process-memory.ts';
import { openSite } from '../tests/browser/helpers.ts';
import { measureSearch, searchIndexBytes } from '../tests/browser/search-measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'bench/.work');
const RESULTS = path.join(ROOT, 'bench/results');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    full: { type: 'boolean', default: false },
    site: { type: 'boolean', default: false },
    'site-sizes': { type: 'string', default: '1000' },
    'site-only': { type: 'boolean', default: false },
    'site-rebuild': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number).concat(values.full ? [100_000] : []);

const mb = (bytes: number) => bytes / 1024 / 1024;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function readRaw(dir: string): RawFile[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
}

/** In-memory per-file cache, the same contract as the CLI's disk cache, holding what it holds in watch mode. */
class MemoryCache implements FileCache {
  private readonly map = new Map<string, FileResult>();
  private verified: PairMemo = new Map();
  pairs() {
    return this.verified;
  }
  setPairs(pairs: Map<string, VerifiedPair>) {
    this.verified = pairs;
  }
  /** By object, as the CLI's cache does: watch mode passes the unchanged files' objects again. */
  private readonly keys = new WeakMap<RawFile, string>();
  private key(raw: RawFile) {
    let key = this.keys.get(raw);
    if (key === undefined) this.keys.set(raw, (key = `${raw.name}:${raw.bytes.length}:${hashBytes(raw.bytes)}`));
    return key;
  }
  get(raw: RawFile) {
    return this.map.get(this.key(raw));
  }
  set(raw: RawFile, r: FileResult) {
    this.map.set(this.key(raw), structuredClone(forAssemblyOnly(r)));
  }
}

function hashBytes(bytes: Uint8Array): number {
  let h = 2166136261;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
  return h >>> 0;
}

interface CliRun {
  workers: number;
  seconds: number;
  mbPerSecond: number;
  peakRssMB: number;
}

interface PipelineBench {
  /** `npm run corpus` end to end (read, per-file stages in worker threads, assemble, write), no cache. */
  cli: CliRun[];
  /** `npm run corpus` again after one raw file changed, with the disk cache, and its share of cli[0]. */
  cliIncremental: { seconds: number; ratioToFullCliRun: number };
  documents: number;
  files: number;
  rawMB: number;
  totalSeconds: number;
  mbPerSecond: number;
  stages: Record<string, { seconds: number; mbPerSecond: number }>;
  publishedDocuments: number;
  peakRssMB: number;
  /** Three reruns, each after another edit of the same file; oneFileChangedSeconds is their median. */
  incremental: { fullSeconds: number; oneFileChangedSeconds: number; ratio: number; reruns: number[] };
}

const CLI_OUT = path.join(WORK, 'cli-out');
const CLI_CACHE = path.join(WORK, 'cli-cache');

/** One run of the corpus CLI as a user runs it, timed from outside. */
async function runCli(dir: string, args: string[]): Promise<{ seconds: number; peakRssMB: number }> {
  const t0 = performance.now();
  const r = await runMeasured(process.execPath, ['--import', 'tsx', 'scripts/corpus.ts', '--input', dir, '--output', CLI_OUT, '--quiet', ...args], { cwd: ROOT, env: process.env });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`bench: corpus CLI failed:\n${r.output}`);
  return { seconds, peakRssMB: r.peakTreeMB };
}

/** The CLI from scratch (no cache) with `workers` threads for the per-file stages. */
async function benchCli(dir: string, rawMB: number, workers: number): Promise<CliRun> {
  rmSync(CLI_OUT, { recursive: true, force: true });
  const r = await runCli(dir, ['--no-cache', '--workers', String(workers)]);
  return { workers, seconds: round(r.seconds), mbPerSecond: round(rawMB / r.seconds), peakRssMB: r.peakRssMB };
}

/** The CLI rerun after one raw file changed, with its disk cache (a new process: startup, reading the cache). */
async function benchCliIncremental(dir: string, file: string, fullSeconds: number) {
  rmSync(CLI_CACHE, { recursive: true, force: true });
  await runCli(dir, ['--cache', CLI_CACHE]);
  const original = readFileSync(path.join(dir, file));
  appendFileSync(path.join(dir, file), '\n补充说明：本页内容已更新。\n');
  const r = await runCli(dir, ['--cache', CLI_CACHE]);
  writeFileSync(path.join(dir, file), original);
  rmSync(CLI_OUT, { recursive: true, force: true });
  rmSync(CLI_CACHE, { recursive: true, force: true });
  return { seconds: round(r.seconds), ratioToFullCliRun: round(r.seconds / fullSeconds, 3) };
}

type CliBench = Pick<PipelineBench, 'cli' | 'cliIncremental'>;

/**
 * The CLI runs of one corpus size (generated here). They run first, while this process holds little: what
 * it does during a measured run (sampling memory, collecting its own garbage) must not compete with that
 * run for the machine's cores.
 */
async function benchCliRuns(documents: number): Promise<CliBench> {
  const dir = path.join(WORK, `corpus-${documents}`);
  const corpus = generateCorpus(documents, dir);
  const rawMB = mb(corpus.bytes);
  const cores = os.availableParallelism();
  const cli = [await benchCli(dir, rawMB, cores), ...(cores > 1 ? [await benchCli(dir, rawMB, 1)] : [])];
  const names = readdirSync(dir).sort();
  const cliIncremental = await benchCliIncremental(dir, names[Math.floor(names.length / 2)]!, cli[0]!.seconds);
  return { cli, cliIncremental };
}

/** The pipeline in this process, per stage, and the incremental rerun (after benchCliRuns made the corpus). */
async function benchPipeline(documents: number, cliRuns: CliBench): Promise<PipelineBench> {
  const dir = path.join(WORK, `corpus-${documents}`);
  const raw = readRaw(dir);
  const stageMs = new Map<string, number>();
  const time = <T>(stage: StageName, run: () => T): T => {
    const t0 = performance.now();
    try {
      return run();
    } finally {
      stageMs.set(stage, (stageMs.get(stage) ?? 0) + performance.now() - t0);
    }
  };
  const cache = new MemoryCache();
  const t0 = performance.now();
  const out = runPipeline(raw, {}, cache, time);
  const totalSeconds = (performance.now() - t0) / 1000;
  // stages nest (dedupe wraps clean): report clean separately from dedupe's own share
  if (stageMs.has('dedupe') && stageMs.has('clean')) stageMs.set('dedupe', stageMs.get('dedupe')! - stageMs.get('clean')!);

  // incremental: change one raw file, rerun with the warm cache; three edits in a row (as in watch mode),
  // the median counts (one rerun alone catches whatever garbage collection the full run left behind)
  const reruns: number[] = [];
  for (const edit of ['本页内容已更新。', '本页内容再次更新。', '本页内容第三次更新。']) {
    const changed = raw.map((r, i) => (i === Math.floor(raw.length / 2) ? { ...r, bytes: new Uint8Array([...r.bytes, ...new TextEncoder().encode(`\n补充说明：${edit}\n`)]) } : r));
    const t1 = performance.now();
    runPipeline(changed, {}, cache);
    reruns.push((performance.now() - t1) / 1000);
  }
  const incSeconds = [...reruns].sort((a, b) => a - b)[1]!;

  const rawMB = mb(raw.reduce((n, r) => n + r.bytes.length, 0));
  return {
    ...cliRuns,
    documents,
    files: raw.length,
    rawMB: round(rawMB),
    totalSeconds: round(totalSeconds),
    mbPerSecond: round(rawMB / totalSeconds),
    stages: Object.fromEntries([...stageMs].map(([k, ms]) => [k, { seconds: round(ms / 1000), mbPerSecond: round(rawMB / (ms / 1000)) }])),
    publishedDocuments: out.report.summary.documents,
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 0),
    incremental: { fullSeconds: round(totalSeconds), oneFileChangedSeconds: round(incSeconds), ratio: round(incSeconds / totalSeconds, 3), reruns: reruns.map((x) => round(x)) },
  };
}

async function benchConverters() {
  const text = sampleText(3 * 1024 * 1024);
  const bytes = Buffer.byteLength(text);
  const results: Record<string, number> = {};
  const measure = (name: string, f: (s: string) => string) => {
    f(text.slice(0, 10_000)); // warm up
    const t0 = performance.now();
    f(text);
    results[name] = round(mb(bytes) / ((performance.now() - t0) / 1000));
  };
  measure('opencc-js t→cn', OpenCC.Converter({ from: 't', to: 'cn' }));
  const toHans = OpenCC.Converter({ from: 't', to: 'cn' })(text);
  const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const t0 = performance.now();
  cnToTw(toHans);
  results['opencc-js cn→tw'] = round(mb(Buffer.byteLength(toHans)) / ((performance.now() - t0) / 1000));
  try {
    const { simplecc } = (await import('simplecc-wasm')) as { simplecc: (s: string, name: string) => string };
    measure('simplecc-wasm t2s', (s) => simplecc(s, 't2s'));
    const t2 = performance.now();
    simplecc(toHans, 's2tw');
    results['simplecc-wasm s2tw'] = round(mb(Buffer.byteLength(toHans)) / ((performance.now() - t2) / 1000));
  } catch (err) {
    results['simplecc-wasm (failed to load)'] = 0;
    console.warn('bench: simplecc-wasm could not run:', (err as Error).message);
  }
  try {
    const convert = (await import('../scripts/pipeline/convert.ts')) as Record<string, unknown>;
    if (typeof convert.toHant === 'function') {
      const toHant = convert.toHant as (s: string) => string;
      const t3 = performance.now();
      toHant(toHans);
      results['project converter cn→tw (word-boundary aware)'] = round(mb(Buffer.byteLength(toHans)) / ((performance.now() - t3) / 1000));
    }
  } catch {
    /* converter module without a text-level export */
  }
  return { textMB: round(mb(bytes)), mbPerSecond: results };
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return n;
}

function fileSizes(file: string): { bytes: number; gzipBytes: number } {
  const bytes = readFileSync(file);
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

/** First queries on a cold search page: seed-corpus phrases, a poem's words, and a cross-script query. */
const SEARCH_QUERIES: ['zh-hans' | 'zh-hant', string][] = [
  ['zh-hans', '网络主权'],
  ['zh-hans', '打击网络犯罪'],
  ['zh-hans', '明月'],
  ['zh-hans', '網絡安全'],
  ['zh-hant', '数字鸿沟'],
];

async function benchSearch() {
  const site = await openSite();
  try {
    const costs = [];
    for (const [locale, query] of SEARCH_QUERIES) {
      const c = await measureSearch(site, locale, query);
      costs.push({ locale, query, results: c.results, timeToResultsMs: c.timeToResultsMs, transferredGzipBytes: c.totalGzip, transferredRawBytes: c.totalRaw, byKindGzip: Object.fromEntries(Object.entries(c.bytes).map(([k, b]) => [k, b.gzip])) });
    }
    return { index: searchIndexBytes(), firstQueries: costs };
  } finally {
    await site.close();
  }
}

/** UTF-8 bytes of the text a document page carries: its body (the `.prose` element), tags stripped. */
function bodyTextBytes(html: string): number {
  const start = html.indexOf('<div class="prose"');
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0) return 0;
  const text = html.slice(start, end).replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, 'x');
  return Buffer.byteLength(text.trim());
}

/** HTML bytes per byte of body text over every document page of one script: median and the longest document. */
function htmlToTextRatios(docDir: string) {
  const pages = readdirSync(docDir).map((slug) => {
    const html = readFileSync(path.join(docDir, slug, 'index.html'), 'utf8');
    return { html: Buffer.byteLength(html), text: bodyTextBytes(html) };
  }).filter((p) => p.text > 0);
  const ratios = pages.map((p) => p.html / p.text).sort((a, b) => a - b);
  const longest = pages.reduce((a, b) => (b.text > a.text ? b : a));
  // html ≈ fixedBytes + perTextByte × text (least squares): the page chrome is a fixed cost, so the
  // ratio depends on document length; textBytesFor1_5 is the length from which a page is within 1.5×.
  const n = pages.length;
  const mx = pages.reduce((s, p) => s + p.text, 0) / n;
  const my = pages.reduce((s, p) => s + p.html, 0) / n;
  const sxx = pages.reduce((s, p) => s + (p.text - mx) ** 2, 0);
  const slope = sxx > 0 ? pages.reduce((s, p) => s + (p.text - mx) * (p.html - my), 0) / sxx : 0;
  const fixed = my - slope * mx;
  return {
    pages: n,
    median: round(ratios[Math.floor(ratios.length / 2)]!),
    longestDocument: { textBytes: longest.text, htmlBytes: longest.html, ratio: round(longest.html / longest.text) },
    fit: { fixedBytes: Math.round(fixed), perTextByte: round(slope), textBytesFor1_5: slope < 1.5 ? Math.round(fixed / (1.5 - slope)) : null },
    shareWithin1_5: round(ratios.filter((r) => r <= 1.5).length / n, 3),
  };
}

/** `npm run build` on a raw folder (its own process tree, memory sampled), with the seconds of each step. */
async function runBuild(dir: string, env: NodeJS.ProcessEnv = {}) {
  const t0 = performance.now();
  const r = await runMeasured(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, env: { ...process.env, CORPUS_INPUT: dir, ...env } });
  const seconds = (performance.now() - t0) / 1000;
  const step = (label: string) => Number(r.output.match(new RegExp(`build: ${label} done in ([\\d.]+) s`))?.[1] ?? NaN);
  return { r, seconds, steps: { corpus: step('corpus'), astro: step('astro'), pagefind: step('pagefind') } };
}

/** Every cache a build reuses: the pipeline's per-file cache, Astro's (content store, rendered bodies, page cache) and the search shards. */
function clearBuildCaches() {
  rmSync(path.join(ROOT, '.cache/pipeline'), { recursive: true, force: true });
  rmSync(path.join(ROOT, '.cache/search'), { recursive: true, force: true });
  rmSync(path.join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
}

/**
 * The whole build again after one raw file changed (a paragraph added to a document), as a user rebuilds:
 * the corpus step from its disk cache, Astro from its content store, the search index from the shards
 * whose pages did not change (scripts/lib/shard-cache.ts) and Pagefind over the rest. First as
 * `npm run build` does by default; then with Astro's incremental build (ASTRO_INCREMENTAL=1), after an
 * untimed build that fills its page cache (switching the flag changes Astro's config, which empties its
 * content store: that build renders everything again).
 */
async function benchSiteRebuild(dir: string, full: { seconds: number; steps: Record<string, number> }) {
  const file = readdirSync(dir).sort().find((name) => name.startsWith('gen-'))!;
  const original = readFileSync(path.join(dir, file));
  const ratios = (b: Awaited<ReturnType<typeof runBuild>>) => ({
    seconds: round(b.seconds),
    steps: b.steps,
    ratioToFullBuild: round(b.seconds / full.seconds, 3),
    astroRatioToFull: round(b.steps.astro / full.steps.astro!, 3),
    // "(3 of 4 shards unchanged, …)": the search shards copied from the last build, and all of them.
    searchShardsUnchanged: b.r.output.match(/(\d+) of (\d+) shards unchanged/)?.slice(1, 3).map(Number),
  });
  try {
    appendFileSync(path.join(dir, file), '\n补充说明：本页内容已更新。\n');
    const plain = await runBuild(dir);
    await runBuild(dir, { ASTRO_INCREMENTAL: '1' });
    appendFileSync(path.join(dir, file), '\n再次补充：本页内容又有更新。\n');
    const astroIncremental = await runBuild(dir, { ASTRO_INCREMENTAL: '1' });
    return { changedFile: file, withoutAstroIncremental: ratios(plain), withAstroIncremental: ratios(astroIncremental) };
  } finally {
    writeFileSync(path.join(dir, file), original);
    // Astro's page cache is a second copy of dist/; the next build should not start from the flag's store.
    clearBuildCaches();
  }
}

async function benchSite(documents: number) {
  const dir = path.join(WORK, `corpus-${documents}`);
  generateCorpus(documents, dir);
  const log = path.join(WORK, `build-${documents}.log`);
  // A full build is a first build: nothing reused from an earlier run.
  clearBuildCaches();
  const { r, seconds, steps } = await runBuild(dir);
  writeFileSync(log, r.output);
  const dist = path.join(ROOT, 'dist');
  const docDir = path.join(dist, 'zh-hans/docs');
  const firstDoc = readdirSync(docDir).sort()[0]!;
  const html = readFileSync(path.join(docDir, firstDoc, 'index.html'));
  const scripts = [...html.toString().matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const js = scripts.map((src) => readFileSync(path.join(dist, src.replace(/^\//, ''))));
  const pages = readdirSync(docDir).length * 2;
  return {
    documents,
    ok: r.status === 0,
    totalSeconds: round(seconds),
    corpusSeconds: steps.corpus,
    astroSeconds: steps.astro,
    astroMsPerPage: round((steps.astro * 1000) / pages, 1),
    pagefindSeconds: steps.pagefind,
    // Sampled over the whole process tree (Astro, and Pagefind's indexing service).
    peakRssMB: r.peakTreeMB,
    peakProcess: { rssMB: r.peakProcessMB, command: r.peakProcess },
    peakRssMBByStep: r.peakByKind,
    // The search index in shards of at most maxPages pages per script (scripts/search-index.ts).
    searchShards: r.status === 0 ? (JSON.parse(readFileSync(path.join(dist, 'pagefind', 'shards.json'), 'utf8')) as unknown) : undefined,
    htmlPerTextByte: htmlToTextRatios(docDir),
    documentPage: {
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      jsBytes: js.reduce((n, b) => n + b.length, 0),
      jsGzipBytes: js.reduce((n, b) => n + gzipSync(b).length, 0),
    },
    pagefindIndexBytes: dirBytes(path.join(dist, 'pagefind')),
    // The index: one page of rows (HTML), and the full list its instant filters fetch on first use.
    indexPage: fileSizes(path.join(dist, 'zh-hans/index.html')),
    docsIndexJson: fileSizes(path.join(dist, 'zh-hans/docs-index.json')),
    search: r.status === 0 ? await benchSearch() : undefined,
    rebuildOneFileChanged: r.status === 0 && values['site-rebuild'] ? await benchSiteRebuild(dir, { seconds, steps }) : undefined,
    log: path.relative(ROOT, log),
  };
}

/** The previous results, so that a partial run (--site-only) keeps the sections it did not measure. */
function previousResults(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, 'bench.json');
  const measuredAt = new Date().toISOString().slice(0, 10);
  const result: Record<string, unknown> = {
    ...previousResults(file),
    machine: { cpus: os.cpus().length, memoryGB: round(os.totalmem() / 1024 ** 3, 1), node: process.version },
  };
  if (!values['site-only']) {
    const cliRuns = new Map<number, CliBench>();
    for (const n of sizes) cliRuns.set(n, await benchCliRuns(n));
    result.converters = { measuredAt, ...(await benchConverters()) };
    console.log('converters (MB/s):', result.converters);
    const pipeline: (PipelineBench & { measuredAt: string })[] = [];
    for (const n of sizes) {
      const b = await benchPipeline(n, cliRuns.get(n)!);
      pipeline.push({ measuredAt, ...b });
      console.log(`\npipeline ${n} documents: ${b.rawMB} MB raw in ${b.totalSeconds} s = ${b.mbPerSecond} MB/s in one thread (stages below), peak RSS ${b.peakRssMB} MB`);
      for (const c of b.cli) console.log(`  npm run corpus --workers ${c.workers}: ${c.seconds} s = ${c.mbPerSecond} MB/s end to end, peak RSS ${c.peakRssMB} MB`);
      console.log(`  npm run corpus after one file changed (disk cache): ${b.cliIncremental.seconds} s = ${(b.cliIncremental.ratioToFullCliRun * 100).toFixed(1)}% of a full CLI run`);
      console.table(b.stages);
      console.log(`incremental (one file changed, median of three edits: ${b.incremental.reruns.join(' / ')} s): ${b.incremental.oneFileChangedSeconds} s = ${(b.incremental.ratio * 100).toFixed(1)}% of a full run`);
    }
    result.pipeline = pipeline;
    // near-duplicate stage alone at 1k/10k(/100k) documents of ~3,000 characters: should grow ~linearly
    const neardup = await benchNeardup([1000, 10_000, ...(values.full ? [100_000] : [])]);
    result.neardup = neardup.map((n) => ({ measuredAt, ...n }));
    console.log('\nnear-duplicate stage:');
    console.table(neardup);
  }
  if (values.site || values['site-only']) {
    const site: ({ documents: number } & Record<string, unknown>)[] = [];
    const previous = (Array.isArray(result.site) ? result.site : []) as ({ documents: number; measuredAt?: string } & Record<string, unknown>)[];
    for (const n of values['site-sizes']!.split(',').map(Number)) {
      const s: { documents: number } & Record<string, unknown> = await benchSite(n);
      // A rebuild not measured this time (no --site-rebuild) keeps the last one, with its own date.
      const before = previous.find((p) => p.documents === n);
      if (s.rebuildOneFileChanged === undefined && before?.rebuildOneFileChanged) {
        s.rebuildOneFileChanged = { measuredAt: before.measuredAt, ...(before.rebuildOneFileChanged as object) };
      }
      site.push({ measuredAt, ...s });
      console.log(`\nsite build ${n} documents:`, JSON.stringify(s, null, 2));
    }
    // Sizes not rebuilt this time keep their previous results.
    result.site = [...previous.filter((p) => !site.some((s) => s.documents === p.documents)), ...site].sort((a, b) => a.documents - b.documents);
  }
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  appendFileSync(path.join(RESULTS, 'history.jsonl'), JSON.stringify({ sizes, ...result }) + '\n');
  rmSync(path.join(WORK, 'corpus-100000'), { recursive: true, force: true });
  console.log(`\nwritten ${path.relative(ROOT, file)}`);
}

await main();
