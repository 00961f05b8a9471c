/**
 * The whole pipeline as one pure function: raw files in, generated files + report out.
 * The CLI (scripts/corpus.ts) only reads the input folder and writes what this returns.
 *
 *   decode → split → clean → dedupe → metadata → structure → convert → dedupe across → neardup → emit
 */
import { clean } from './clean.ts';
import { convert } from './convert.ts';
import { decode } from './decode.ts';
import { findExactDuplicates, normalizeForCompare } from './dedupe-across.ts';
import { dedupeWithin } from './dedupe.ts';
import { documentFrom, renderBody, renderValues, visibleBlocks, type RemovedSummary, type RenderedValues } from './emit.ts';
import { extractMetadata } from './metadata.ts';
import { fallbackTitle } from './metadata-title.ts';
import { applyNearDuplicates } from './neardup-apply.ts';
import { sketchDocument, type DocSketch, type PairMemo, type VerifiedPair } from './neardup.ts';
import { countByCode, utf8Bytes, type FileReport, type MergeReport, type Report } from './report.ts';
import { assignSlugs, baseSlug, contentHash, isValidSlug } from './slug.ts';
import { split } from './split.ts';
import { structure } from './structure.ts';
import { DECODE, PUBLISH } from './thresholds.ts';
import type { Block, ConvertedDoc, DocMetadata, RawFile, Relation, Removal, SidecarDoc, StageName } from './types.ts';

export interface PipelineOptions {
  /** Per-file size limit in bytes (decode rejects larger files). */
  maxBytes?: number;
}

/** Wraps each stage call; the benchmark passes one that measures time per stage. */
export type StageTimer = <T>(stage: StageName, run: () => T) => T;
const untimed: StageTimer = (_stage, run) => run();

/**
 * What the corpus-level stages need of one document that depends on the document alone. Computed once
 * with the per-file stages and cached with them, so an incremental run recomputes it only for the
 * documents of changed files (JSON-safe: the disk cache stores it).
 */
export interface DocKeys {
  /** Characters of the Simplified body (no whitespace). */
  chars: number;
  /** contentHash of the normalised Simplified body (collision suffixes of slugs are its prefixes). */
  bodyHash: string;
  /** bodyHash, or '' when normalising leaves nothing to compare: exact duplicates share it. */
  compareKey: string;
  /** The slug the title and date give, before collisions are resolved. */
  slugBase: string;
  /** Simplified texts of the visible blocks (near-duplicate input; indices match the page anchors). */
  paragraphs: string[];
  /** contentHash of the paragraphs: near-duplicate scores of a pair whose two hashes are unchanged are reused. */
  paragraphsHash: string;
  /** The document's part of the near-duplicate candidate search. */
  sketch: DocSketch;
  /** Rendered MDX body (everything after the frontmatter) in each script. */
  body: { hans: string; hant: string };
  /** The frontmatter values that depend on the document alone, rendered: those both scripts share, and
   *  each script's own (title, date, source, … and lang). Only slug, sources, aliases and related are
   *  rendered at assembly. */
  yaml: { shared: RenderedValues; hans: RenderedValues; hant: RenderedValues };
}

/** A document on its way to being emitted. */
export interface PipelineDoc {
  file: string;
  index: number;
  converted: ConvertedDoc;
  keys: DocKeys;
  removed: Removal[];
  /** Line numbers (in `file`) of the text this document carries. */
  keptLines: number[];
  /** Filled in after de-duplication. */
  slug: string;
  sources: string[];
  segments: { file: string; index: number }[];
  aliases: string[];
  relations: Relation[];
}

export interface PipelineOutput {
  /** Output-relative path → file content. */
  files: Map<string, string>;
  report: Report;
  docs: PipelineDoc[];
  /** Near-duplicate candidate pairs verified in this run (FileCache.setPairs). */
  verifiedPairs: Map<string, VerifiedPair>;
}

const SIDECAR_META_FIELDS = ['title', 'date', 'source', 'author', 'editor', 'number', 'url'] as const;

function sidecarFor(raw: RawFile, index: number): SidecarDoc | undefined {
  const docs = raw.sidecar?.documents;
  if (!docs) return undefined;
  const all = docs['*'];
  const one = docs[String(index)];
  if (!all && !one) return undefined;
  return { ...all, ...one, conversion: one?.conversion ?? all?.conversion };
}

function bodyText(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}

function charCount(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.replace(/\s+/g, '').length;
  return n;
}

function summarizeRemoved(removed: Removal[]): RemovedSummary[] {
  const byCode = new Map<string, Removal[]>();
  for (const r of removed) {
    const list = byCode.get(r.code);
    if (list) list.push(r);
    else byCode.set(r.code, [r]);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, list]) => ({
      code,
      count: list.length,
      samples: list.slice(0, PUBLISH.removedSamplesPerCode).map((r) => r.text.trim().slice(0, PUBLISH.removedSampleChars)),
    }));
}

/** The document's keys; their time counts toward the stage that uses them (neardup, emit). */
function docKeys(c: ConvertedDoc, removed: Removal[], manual: string[], time: StageTimer): DocKeys {
  const normalized = normalizeForCompare(bodyText(c.hans.blocks));
  const bodyHash = contentHash(normalized);
  const paragraphs = visibleBlocks(c.hans.blocks).map((b) => b.text);
  const chars = charCount(c.hans.blocks);
  return {
    chars,
    bodyHash,
    compareKey: normalized ? bodyHash : '',
    slugBase: baseSlug({ title: c.hans.meta.title, date: c.hans.meta.date, body: normalized, bodyHash }),
    paragraphs,
    paragraphsHash: contentHash(paragraphs.join('\u0000')),
    sketch: time('neardup', () => sketchDocument({ paragraphs })),
    body: time('emit', () => ({ hans: renderBody(c.hans.blocks), hant: renderBody(c.hant.blocks) })),
    yaml: time('emit', () => ({
      shared: renderValues({ originalLang: c.original, originalVariant: c.variant, chars, manual, removed: summarizeRemoved(removed), ambiguities: c.ambiguities }),
      hans: renderValues({ ...c.hans.meta, lang: 'zh-Hans' }),
      hant: renderValues({ ...c.hant.meta, lang: 'zh-Hant' }),
    })),
  };
}

function rangeOf(lines: number[]): [number, number] | undefined {
  if (lines.length === 0) return undefined;
  return [Math.min(...lines), Math.max(...lines)];
}

/** Everything the pipeline learns from one raw file on its own: cacheable by the file's content hash. */
export interface FileResult {
  report: FileReport;
  docs: PipelineDoc[];
  nonBlankLines: number[];
  rejectedLines: number[];
  removedLines: number[];
}

/** The per-file stages: decode → split → clean → dedupe → metadata → structure → convert. Pure. */
export function processFile(raw: RawFile, options: PipelineOptions = {}, time: StageTimer = untimed): FileResult {
  const report: FileReport = {
    name: raw.name,
    bytes: raw.size ?? raw.bytes.length,
    status: 'rejected',
    documents: [],
    mergedInto: [],
    rejected: [],
    removed: {},
    lines: { total: 0, published: 0, merged: 0, removed: 0, rejected: 0, unaccounted: 0 },
  };
  const result: FileResult = { report, docs: [], nonBlankLines: [], rejectedLines: [], removedLines: [] };

  const size = raw.size ?? raw.bytes.length;
  const maxBytes = options.maxBytes ?? DECODE.maxFileBytes;
  if (size > maxBytes) {
    report.rejected.push({
      file: raw.name,
      stage: 'read',
      code: 'too-large',
      reason: `File is ${size} bytes, over the limit of ${maxBytes} bytes: not read. Split it, or raise the limit with --max-bytes.`,
      bytes: size,
    });
    return result;
  }
  const decoded = time('decode', () => decode(raw, { maxBytes }));
  if (!decoded.ok) {
    report.rejected.push(decoded.rejection);
    return result;
  }
  const file = decoded.file;
  Object.assign(report, {
    encoding: file.encoding,
    bom: file.bom,
    invalidSequences: file.invalidSequences,
    controlCharsRemoved: file.controlCharsRemoved,
    ...(file.mojibakeRepaired ? { mojibakeRepaired: file.mojibakeRepaired } : {}),
    ...(file.referencesDecoded ? { referencesDecoded: file.referencesDecoded } : {}),
    ...(file.pinyinGlossesRemoved ? { pinyinGlossesRemoved: file.pinyinGlossesRemoved } : {}),
  });
  file.text.split('\n').forEach((line, i) => {
    if (line.trim()) result.nonBlankLines.push(i + 1);
  });

  const { segments, rejected } = time('split', () => split(file));
  for (const r of rejected) {
    report.rejected.push(r);
    if (r.lines) for (let n = r.lines[0]; n <= r.lines[1]; n++) result.rejectedLines.push(n);
  }

  const allRemoved: Removal[] = [];
  for (const segment of segments) {
    const cleaned = time('dedupe', () => dedupeWithin(time('clean', () => clean(segment))));
    const { doc, meta } = time('metadata', () => extractMetadata(cleaned));
    const side = sidecarFor(raw, segment.index);
    const manual: string[] = [];
    const finalMeta: DocMetadata = { ...meta };
    if (side) {
      for (const field of SIDECAR_META_FIELDS) {
        const value = side[field];
        if (typeof value === 'string' && value.trim()) {
          finalMeta[field] = value.trim();
          manual.push(field);
        }
      }
      if (side.conversion) manual.push('conversion');
      report.sidecar = [...(report.sidecar ?? []), { segment: String(segment.index), fields: [...manual, ...(side.slug ? ['slug'] : []), ...(side.reject ? ['reject'] : [])] }];
    }
    const structured = time('structure', () => structure(doc, finalMeta));
    const removed = structured.removed;
    allRemoved.push(...removed);
    // Lines the structure stage dropped (a table of contents); a line that only lost a part earlier is still published.
    const droppedByStructure = new Set(removed.filter((r) => r.stage === 'structure').map((r) => r.line));
    const keptLines = doc.lines.map((l) => l.no).filter((n) => !droppedByStructure.has(n));
    const chars = charCount(structured.blocks);

    const rejectReason = side?.reject
      ? { code: 'editor-rejected', reason: `Rejected by the sidecar: ${side.reject}` }
      : chars < PUBLISH.minBodyChars
        ? { code: 'too-short', reason: `Only ${chars} characters of body text after cleaning (minimum ${PUBLISH.minBodyChars}): ${stubKind(removed)}` }
        : undefined;
    if (rejectReason) {
      const text = bodyText(structured.blocks);
      report.rejected.push({ file: raw.name, stage: 'emit', ...rejectReason, bytes: utf8Bytes(text), lines: rangeOf(keptLines), excerpt: text.slice(0, 120) });
      result.rejectedLines.push(...keptLines);
      continue;
    }
    if (!structured.meta.title) structured.meta.title = fallbackTitle(structured.blocks);

    const converted = time('convert', () => convert(structured, side?.conversion));
    result.docs.push({
      file: raw.name,
      index: segment.index,
      converted,
      // fields an editor set, and a title the pipeline had to make up (frontmatter `manual`)
      keys: docKeys(converted, removed, structured.meta.title && !finalMeta.title ? [...manual, 'title-derived'] : manual, time),
      removed,
      keptLines,
      slug: side?.slug && isValidSlug(side.slug) ? side.slug : '',
      sources: [raw.name],
      segments: [{ file: raw.name, index: segment.index }],
      aliases: [],
      relations: [],
    });
  }
  result.removedLines = allRemoved.map((r) => r.line);
  report.removed = countByCode(allRemoved);
  return result;
}

/** What a page without body text was, as far as its removals tell (a column's listing page, or a stub). */
function stubKind(removed: readonly Removal[]): string {
  const listed = removed.filter((r) => r.code === 'link-list').length;
  return listed > 0 ? `a listing page (${listed} headline-and-date lines, no article of its own).` : 'a stub, not a document.';
}


/** Render both scripts of every live document; record in each file's report what it published. */
function emitAll(live: PipelineDoc[], states: Map<string, FileResult>): Map<string, string> {
  const out = new Map<string, string>();
  live.sort((a, b) => (a.slug < b.slug ? -1 : 1));
  for (const d of live) {
    d.sources = [...new Set(d.sources)].sort();
    // What depends on the other documents is rendered now, once for both scripts; the rest was rendered with the document.
    const corpusValues = renderValues({ slug: d.slug, sources: d.sources, aliases: [...d.aliases].sort(), related: d.relations });
    const { yaml, body } = d.keys;
    out.set(`zh-hans/${d.slug}.mdx`, documentFrom({ ...corpusValues, ...yaml.shared, ...yaml.hans }, body.hans));
    out.set(`zh-hant/${d.slug}.mdx`, documentFrom({ ...corpusValues, ...yaml.shared, ...yaml.hant }, body.hant));
    for (const s of d.segments) {
      const st = states.get(s.file);
      if (st && !st.report.documents.includes(d.slug) && s.file === d.file) st.report.documents.push(d.slug);
    }
  }
  return out;
}

/** Optional memo of per-file results, keyed by a hash of the file, its sidecar and the pipeline code. */
export interface FileCache {
  /** A result as set, except that it may lack the converted blocks: assembly reads only their rendered
   *  forms in DocKeys (the disk cache drops them). */
  get(raw: RawFile): FileResult | undefined;
  set(raw: RawFile, result: FileResult): void;
  /** Near-duplicate pairs verified by the previous run (valid for the same pipeline code). */
  pairs?(): PairMemo;
  /** Keep this run's verified pairs for the next run. */
  setPairs?(pairs: Map<string, VerifiedPair>): void;
}

export function runPipeline(rawFiles: RawFile[], options: PipelineOptions = {}, cache?: FileCache, time: StageTimer = untimed): PipelineOutput {
  const { files, cached } = lookUp(rawFiles, cache);
  const results = files.map((raw, i) => cached[i] ?? remember(cache, raw, processFile(raw, options, time)));
  return finishRun(results, cache, time);
}

/**
 * runPipeline with the per-file stages of the files the cache lacks run by `compute` (the CLI runs them
 * in worker threads, scripts/lib/pipeline-workers.ts); `compute` returns one result per file, in order.
 * The output is the same: the per-file stages are pure, and assembly sees the files in name order.
 */
export async function runPipelineWith(
  compute: (misses: RawFile[]) => Promise<FileResult[]>,
  rawFiles: RawFile[],
  cache?: FileCache,
): Promise<PipelineOutput> {
  const { files, cached } = lookUp(rawFiles, cache);
  const misses = files.filter((_, i) => !cached[i]);
  const fresh = await compute(misses);
  if (fresh.length !== misses.length) throw new Error(`pipeline: ${fresh.length} results for ${misses.length} files`);
  let next = 0;
  const results = files.map((raw, i) => cached[i] ?? remember(cache, raw, fresh[next++]!));
  return finishRun(results, cache, untimed);
}

/** The files in name order, and the cached result of each (undefined when it must be processed). */
function lookUp(rawFiles: RawFile[], cache: FileCache | undefined): { files: RawFile[]; cached: (FileResult | undefined)[] } {
  const files = [...rawFiles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, cached: files.map((raw) => cache?.get(raw)) };
}

function remember(cache: FileCache | undefined, raw: RawFile, fresh: FileResult): FileResult {
  cache?.set(raw, fresh);
  return fresh;
}

function finishRun(results: FileResult[], cache: FileCache | undefined, time: StageTimer): PipelineOutput {
  const output = assemble(results.map(forAssembly), time, cache?.pairs?.());
  cache?.setPairs?.(output.verifiedPairs);
  return output;
}

/**
 * A file's result with only what assembly reads: the converted blocks are dropped — assembly uses the
 * bodies rendered from them (keys.body) and the paragraphs (keys.paragraphs) — which halves its size.
 * What the disk cache stores and what worker threads send back.
 */
export function forAssemblyOnly(result: FileResult): FileResult {
  return {
    ...result,
    docs: result.docs.map((d) => ({
      ...d,
      converted: { ...d.converted, hans: { meta: d.converted.hans.meta, blocks: [] }, hant: { meta: d.converted.hant.meta, blocks: [] } },
    })),
  };
}

/**
 * A copy of a file's result that assemble() may change (it fills in reports, slugs, provenance and
 * links) without touching the cached one. What assemble only reads — the converted text, the keys,
 * the removal and line lists — is shared, not copied: copying it made up most of an incremental run.
 */
function forAssembly(r: FileResult): FileResult {
  return {
    ...r,
    // assemble sets lines and status and appends to documents and mergedInto; the rest is only read
    report: { ...r.report, documents: [...r.report.documents], mergedInto: [...r.report.mergedInto] },
    docs: r.docs.map((d) => ({ ...d, sources: [...d.sources], segments: d.segments.map((s) => ({ ...s })), aliases: [...d.aliases], relations: [...d.relations] })),
  };
}

// Line statuses in the accounting (0: unaccounted).
const PUBLISHED = 1;
const MERGED = 2;
const REMOVED = 3;
const REJECTED = 4;

/** Corpus-level stages on the per-file results: dedupe across documents → slugs → neardup → emit → report. */
export function assemble(results: FileResult[], time: StageTimer = untimed, pairMemo?: PairMemo): PipelineOutput {
  const states = new Map(results.map((r) => [r.report.name, r]));
  const docs: PipelineDoc[] = results.flatMap((r) => r.docs);

  // ---- dedupe across documents (exact, script-normalised)
  const merges: MergeReport[] = [];
  const mergedAway = new Set<number>();
  const exact = findExactDuplicates(docs.map((d) => ({ hansBody: '', compareKey: d.keys.compareKey, key: `${d.file}#${String(d.index).padStart(6, '0')}` })));
  for (const m of exact) {
    const survivor = docs[m.survivor]!;
    for (const i of m.merged) {
      const other = docs[i]!;
      mergedAway.add(i);
      survivor.sources.push(...other.sources);
      survivor.segments.push(...other.segments);
    }
  }
  let live = docs.filter((_, i) => !mergedAway.has(i));
  const mergedDocs = docs.filter((_, i) => mergedAway.has(i));

  // ---- slugs (from Simplified title + date, so both scripts share them)
  const slugs = assignSlugs(
    live.map((d) => ({ body: '', bodyHash: d.keys.bodyHash, base: d.keys.slugBase })),
    live.map((d) => d.slug || undefined),
  );
  live.forEach((d, i) => (d.slug = slugs[i]!));

  // exact merges, now that survivors have slugs
  for (const m of exact) {
    const survivor = docs[m.survivor]!;
    merges.push({
      into: survivor.slug,
      kind: 'exact',
      from: m.merged.map((i) => ({ file: docs[i]!.file, segment: docs[i]!.index, title: docs[i]!.converted.hans.meta.title, chars: docs[i]!.keys.chars })),
    });
    for (const i of m.merged) states.get(docs[i]!.file)!.report.mergedInto.push({ segment: docs[i]!.index, into: survivor.slug, kind: 'exact' });
  }

  // ---- near-duplicates, containment, related passages
  const near = time('neardup', () => applyNearDuplicates(live, pairMemo));
  live = near.live;
  for (const m of near.merges) {
    merges.push(m);
    for (const f of m.from) states.get(f.file)?.report.mergedInto.push({ segment: f.segment, into: m.into, kind: 'near-duplicate' });
  }
  const mergedSegments = new Set([...mergedDocs, ...near.mergedAway].map((d) => `${d.file}#${d.index}`));

  // ---- emit
  const out = time('emit', () => emitAll(live, states));

  // ---- line accounting per file: each non-blank line is published, merged, removed, rejected or unaccounted
  const docsByFile = new Map<string, PipelineDoc[]>();
  for (const d of docs) {
    const list = docsByFile.get(d.file);
    if (list) list.push(d);
    else docsByFile.set(d.file, [d]);
  }
  for (const st of states.values()) {
    const r = st.report;
    // One status per line number, written from the weakest claim to the strongest (published wins).
    const last = st.nonBlankLines[st.nonBlankLines.length - 1] ?? 0;
    const status = new Uint8Array(last + 1);
    const mark = (lines: readonly number[], value: number) => {
      for (const n of lines) if (n <= last) status[n] = value;
    };
    mark(st.rejectedLines, REJECTED);
    mark(st.removedLines, REMOVED);
    const own = docsByFile.get(r.name) ?? [];
    for (const d of own) if (mergedSegments.has(`${d.file}#${d.index}`)) mark(d.keptLines, MERGED);
    for (const d of own) if (!mergedSegments.has(`${d.file}#${d.index}`)) mark(d.keptLines, PUBLISHED);
    const counts = [0, 0, 0, 0, 0];
    for (const n of st.nonBlankLines) counts[status[n]!]!++;
    const [unaccounted, published, merged, removed, rejected] = counts as [number, number, number, number, number];
    r.lines = { total: st.nonBlankLines.length, published, merged, removed, rejected, unaccounted };
    r.documents.sort();
    r.status = r.documents.length > 0 ? 'published' : r.mergedInto.length > 0 ? 'merged' : 'rejected';
  }

  const fileReports = [...states.values()].map((s) => s.report);
  const allRejected = fileReports.flatMap((f) => f.rejected);
  const report: Report = {
    schema: 1,
    summary: {
      files: fileReports.length,
      filesPublished: fileReports.filter((f) => f.status === 'published').length,
      filesRejected: fileReports.filter((f) => f.status === 'rejected').length,
      documents: live.length,
      merged: merges.reduce((n, m) => n + m.from.length, 0),
      rejectedSegments: allRejected.length,
      rejectedBytes: allRejected.reduce((n, r) => n + r.bytes, 0),
      removedLines: fileReports.reduce((n, f) => n + f.lines.removed, 0),
      invalidSequences: fileReports.reduce((n, f) => n + (f.invalidSequences ?? 0), 0),
      ambiguities: live.reduce((n, d) => n + d.converted.ambiguities.length, 0),
      relations: near.pairs.length,
    },
    files: fileReports,
    documents: live.map((d) => ({
      slug: d.slug,
      title: d.converted.hans.meta.title,
      date: d.converted.hans.meta.date,
      source: d.converted.hans.meta.source,
      originalLang: d.converted.original,
      originalVariant: d.converted.variant,
      sources: d.sources,
      segments: d.segments,
      chars: d.keys.chars,
      removed: d.removed.length,
      ambiguities: d.converted.ambiguities.length,
      aliases: d.aliases,
    })),
    merges,
    pairs: near.pairs,
  };
  out.set('report.json', JSON.stringify(report, null, 2) + '\n');
  return { files: out, report, docs: live, verifiedPairs: near.verified };
}
