/**
 * CLI: npm run corpus -- [--input content/raw] [--output content/docs] [--max-bytes N] [--workers N] [--watch]
 *
 * Reads every raw file (and its optional `<name>.meta.json` sidecar), runs the pure pipeline
 * (scripts/pipeline/index.ts) and swaps the generated folder in atomically: the new output is
 * written to a temporary sibling folder and renamed into place only when complete, so an
 * interrupted run leaves the previous good output untouched. The per-file stages of a large corpus run
 * in worker threads, one per core (--workers 1: all in this thread); the output is the same either way.
 * --watch keeps running: a change in the input folder reruns the pipeline with the results of every
 * unchanged file held in memory (what an incremental rebuild costs without reading the cache from disk).
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeTreeAtomically } from './lib/atomic-write.ts';
import { watchFolder } from './lib/watch-folder.ts';
import { codeVersion, DiskFileCache } from './lib/file-cache.ts';
import { processInWorkers } from './lib/pipeline-workers.ts';
import { runPipelineWith } from './pipeline/index.ts';
import { DECODE } from './pipeline/thresholds.ts';
import type { RawFile, Sidecar } from './pipeline/types.ts';

export const SIDECAR_SUFFIX = '.meta.json';

/** The converter's dictionaries are code too: a new opencc-js version invalidates the cache. */
const OPENCC_VERSION = JSON.parse(await readFile(new URL('../node_modules/opencc-js/package.json', import.meta.url), 'utf8')).version as string;

export interface ReadResult {
  files: RawFile[];
  /** Problems that are not the pipeline's to judge (unreadable file, bad sidecar JSON). */
  warnings: string[];
}

function listFiles(dir: string, prefix = ''): string[] {
  const entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    // Hidden folders (.git, .cache) are tooling, not corpus; hidden files are read and reported like any other.
    if (e.isDirectory()) {
      if (!e.name.startsWith('.')) names.push(...listFiles(dir, rel));
    }
    else if (e.isFile()) names.push(rel);
  }
  return names.sort();
}

/** The bytes of a file (all of them when it is at most maxBytes, else none) and its size; undefined when it is gone. */
function readBytes(full: string, maxBytes: number): { bytes: Uint8Array; size: number } | undefined {
  let fd: number;
  try {
    fd = openSync(full, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { bytes: new Uint8Array(0), size };
    const bytes = new Uint8Array(size);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, bytes, done, size - done, done);
      if (n === 0) break; // truncated while reading: keep what was there
      done += n;
    }
    return { bytes: done === size ? bytes : bytes.subarray(0, done), size: done };
  } finally {
    closeSync(fd);
  }
}

/**
 * One raw file and its sidecar (input-relative name), or undefined when it no longer exists. `names`
 * is the folder's listing: a sidecar is read only when it is listed. Synchronous on purpose: a corpus is
 * thousands of small files (the 10k bench corpus: 0.14–0.39 s one after the other here, 1.1–1.6 s
 * through promises 32 at a time), and nothing else runs while the input is read.
 */
function readOne(dir: string, name: string, maxBytes: number, warnings: string[], names: ReadonlySet<string>): RawFile | undefined {
  const read = readBytes(path.join(dir, name), maxBytes);
  if (!read) return undefined;
  const raw: RawFile = read.size > maxBytes ? { name, bytes: read.bytes, size: read.size } : { name, bytes: read.bytes };
  const sidecarName = name + SIDECAR_SUFFIX;
  if (!names.has(sidecarName)) return raw;
  let sidecar: string;
  try {
    sidecar = readFileSync(path.join(dir, sidecarName), 'utf8');
  } catch {
    return raw; // gone since the listing
  }
  try {
    raw.sidecar = JSON.parse(sidecar) as Sidecar;
  } catch (err) {
    warnings.push(`${sidecarName}: not valid JSON (${(err as Error).message}); sidecar ignored — fix the file and rebuild.`);
  }
  return raw;
}

/** True for a sidecar whose raw file exists (a sidecar alone is read as a raw file, and reported). */
function isSidecarOf(name: string, names: Set<string>): boolean {
  return name.endsWith(SIDECAR_SUFFIX) && names.has(name.slice(0, -SIDECAR_SUFFIX.length));
}

/** Read the input folder. Files over maxBytes are not read whole: only their size is passed on. */
export function readInput(dir: string, maxBytes: number): ReadResult {
  const names = listFiles(dir);
  const nameSet = new Set(names);
  const wanted = names.filter((name) => !isSidecarOf(name, nameSet));
  const warnings: string[] = [];
  const files = wanted.map((name) => readOne(dir, name, maxBytes, warnings, nameSet));
  return { files: files.filter((f): f is RawFile => f !== undefined), warnings };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', default: process.env.CORPUS_INPUT || 'content/raw' },
      output: { type: 'string', default: 'content/docs' },
      'max-bytes': { type: 'string', default: String(DECODE.maxFileBytes) },
      quiet: { type: 'boolean', default: false },
      cache: { type: 'string', default: '.cache/pipeline' },
      'no-cache': { type: 'boolean', default: false },
      workers: { type: 'string' },
      watch: { type: 'boolean', default: false },
    },
  });
  const input = path.resolve(values.input!);
  const output = path.resolve(values.output!);
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    console.error(`corpus: --max-bytes must be a positive number of bytes, got "${values['max-bytes']}"`);
    return 2;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    console.error(`corpus: --workers must be a whole number of threads (1 or more), got "${values.workers}"`);
    return 2;
  }
  try {
    await stat(input);
  } catch {
    console.error(`corpus: input folder ${input} does not exist. Put raw .txt files in it (see README, "Adding documents").`);
    return 2;
  }

  if (values.watch && values['no-cache']) {
    console.error('corpus: --watch keeps results between runs in the cache; drop --no-cache.');
    return 2;
  }
  const options = { maxBytes };
  const version = codeVersion(path.join(import.meta.dirname, 'pipeline'), [OPENCC_VERSION]);
  const cache = values['no-cache'] ? undefined : new DiskFileCache(path.resolve(values.cache!), version, options, { memory: values.watch });

  /** What the last run of this process wrote (watch mode): the next run compares against it in memory. */
  let written: Map<string, string> | undefined;

  /** One pipeline run over `files`: the output swapped in, a summary printed. */
  const build = async (files: RawFile[], warnings: string[], started: number): Promise<number> => {
    for (const w of warnings) console.warn(`corpus: warning: ${w}`);
    cache?.startRun();
    const result = await runPipelineWith((misses) => processInWorkers(misses, options, { workers }), files, cache);
    cache?.prune();
    const { summary } = result.report;

    if (summary.documents === 0) {
      console.error(`corpus: no document could be published from ${files.length} file(s) in ${input}; the previous output is left as it was.`);
      for (const f of result.report.files) {
        for (const r of f.rejected) console.error(`  ${f.name}: ${r.reason}`);
      }
      console.error('Add at least one readable text file (UTF-8, UTF-16, GB18030 or Big5) with a document in it, then rerun.');
      return 1;
    }

    const changed = writeTreeAtomically(output, result.files, written);
    if (values.watch) written = result.files;
    const ms = Math.round(performance.now() - started);
    if (!values.quiet) {
      console.log(
        `corpus: ${summary.files} files → ${summary.documents} documents (${summary.merged} merged, ` +
          `${summary.rejectedSegments} rejected segments, ${summary.removedLines} boilerplate lines removed) ` +
          `in ${ms} ms${cache ? ` (cache: ${cache.hits} hits, ${cache.misses} misses)` : ''}; ${changed ? 'output written to' : 'output unchanged in'} ${path.relative(process.cwd(), output) || output}`,
      );
      for (const f of result.report.files) {
        for (const r of f.rejected) console.log(`  rejected ${f.name} [${r.code}] ${r.bytes} bytes: ${r.reason}`);
      }
    }
    return 0;
  };

  const started = performance.now();
  const { files, warnings } = readInput(input, maxBytes);
  const code = await build(files, warnings, started);
  if (!values.watch) return code;

  // Watch mode: reread only what changed, rerun with every other file's result held in memory.
  const current = new Map(files.map((f) => [f.name, f]));
  console.log(`corpus: watching ${path.relative(process.cwd(), input) || input} for changes (Ctrl-C to stop)`);
  watchFolder(input, async (changedNames) => {
    const started = performance.now();
    const warnings: string[] = [];
    const names = new Set(listFiles(input));
    // A changed sidecar means its raw file is read again; a raw file that is gone leaves the corpus.
    const targets = new Set(changedNames.map((n) => (n.endsWith(SIDECAR_SUFFIX) && names.has(n.slice(0, -SIDECAR_SUFFIX.length)) ? n.slice(0, -SIDECAR_SUFFIX.length) : n)));
    for (const name of targets) {
      const raw = names.has(name) && !isSidecarOf(name, names) ? readOne(input, name, maxBytes, warnings, names) : undefined;
      if (raw) current.set(name, raw);
      else current.delete(name);
    }
    // A lone sidecar read as a raw file stops being one when its raw file appears.
    for (const name of current.keys()) if (isSidecarOf(name, names)) current.delete(name);
    await build([...current.values()], warnings, started);
  });
  return new Promise<number>(() => {}); // runs until interrupted
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error('corpus: internal error:', err);
      process.exit(1);
    },
  );
}
