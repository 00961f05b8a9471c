/**
 * CLI: npm run corpus -- [--input content/raw] [--output content/docs] [--max-bytes N] [--workers N]
 *
 * Reads every raw file (and its optional `<name>.meta.json` sidecar), runs the pure pipeline
 * (scripts/pipeline/index.ts) and swaps the generated folder in atomically: the new output is
 * written to a temporary sibling folder and renamed into place only when complete, so an
 * interrupted run leaves the previous good output untouched. The per-file stages of a large corpus run
 * in worker threads, one per core (--workers 1: all in this thread); the output is the same either way.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeTreeAtomically } from './lib/atomic-write.ts';
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

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    // Hidden folders (.git, .cache) are tooling, not corpus; hidden files are read and reported like any other.
    if (e.isDirectory()) {
      if (!e.name.startsWith('.')) names.push(...(await listFiles(dir, rel)));
    }
    else if (e.isFile()) names.push(rel);
  }
  return names.sort();
}

/** Read the input folder. Files over maxBytes are not read whole: only their size is passed on. */
export async function readInput(dir: string, maxBytes: number): Promise<ReadResult> {
  const names = await listFiles(dir);
  const nameSet = new Set(names);
  const files: RawFile[] = [];
  const warnings: string[] = [];
  for (const name of names) {
    if (name.endsWith(SIDECAR_SUFFIX) && nameSet.has(name.slice(0, -SIDECAR_SUFFIX.length))) continue;
    const full = path.join(dir, name);
    const { size } = await stat(full);
    const raw: RawFile = size > maxBytes ? { name, bytes: new Uint8Array(0), size } : { name, bytes: new Uint8Array(await readFile(full)) };
    const sidecarName = name + SIDECAR_SUFFIX;
    if (nameSet.has(sidecarName)) {
      try {
        raw.sidecar = JSON.parse(await readFile(path.join(dir, sidecarName), 'utf8')) as Sidecar;
      } catch (err) {
        warnings.push(`${sidecarName}: not valid JSON (${(err as Error).message}); sidecar ignored — fix the file and rebuild.`);
      }
    }
    files.push(raw);
  }
  return { files, warnings };
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

  const started = performance.now();
  const { files, warnings } = await readInput(input, maxBytes);
  for (const w of warnings) console.warn(`corpus: warning: ${w}`);
  const options = { maxBytes };
  const version = codeVersion(path.join(import.meta.dirname, 'pipeline'), [OPENCC_VERSION]);
  const cache = values['no-cache'] ? undefined : new DiskFileCache(path.resolve(values.cache!), version, options);
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

  const changed = await writeTreeAtomically(output, result.files);
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
