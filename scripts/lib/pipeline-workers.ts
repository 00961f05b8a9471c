/**
 * The per-file stages (processFile) in worker threads, one per core: each file is independent of the
 * others, so a corpus is cut into batches handed to whichever worker is free. The same module is the
 * worker: loaded in a worker thread, it processes what it is sent. Results come back in input order, so
 * the output is byte-identical to a single-threaded run (tested in tests/integration/pipeline-workers.test.ts).
 * Results hold what assembly reads (forAssemblyOnly), in threads or not.
 */
import os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { forAssemblyOnly, processFile, type FileResult, type PipelineOptions } from '../pipeline/index.ts';
import { PARALLEL } from '../pipeline/thresholds.ts';
import type { RawFile } from '../pipeline/types.ts';

interface Job {
  batch: number;
  files: RawFile[];
  options: PipelineOptions;
}

type Reply = { batch: number; results: FileResult[] } | { batch: number; error: string };

export interface WorkerOptions {
  /** Worker threads (default: one per available core). */
  workers?: number;
  /** Process in this thread below this many raw bytes (default PARALLEL.minBytes). */
  minBytes?: number;
}

const IN_FLIGHT = 2;

/** Marks the threads this module starts as its own. */
const WORKER_ROLE = 'corpus-pipeline-worker';

/** V8 heap flags (scripts/build.ts sets one): they hold for the whole process, and Worker rejects them. */
const PROCESS_WIDE = /^--(max-old-space-size|max-semi-space-size)(=|$)/;

/** This thread's Node options without process-wide ones, plus tsx's loader when absent (under vitest): workers load TypeScript. */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] {
  // `--max-old-space-size=N` or `--max-old-space-size N`.
  const own = argv.filter((a, i) => !PROCESS_WIDE.test(a) && !(/^\d+$/.test(a) && PROCESS_WIDE.test(argv[i - 1] ?? '') && !argv[i - 1]!.includes('=')));
  const tsx = own.some((a, i) => a === '--import=tsx' || (a === '--import' && own[i + 1] === 'tsx') || /[\\/]tsx[\\/]/.test(a));
  return tsx ? own : [...own, '--import', 'tsx'];
}

/** Consecutive runs of files of about `batchBytes` raw bytes each. */
function batches(files: RawFile[], batchBytes: number): RawFile[][] {
  const out: RawFile[][] = [];
  let current: RawFile[] = [];
  let bytes = 0;
  for (const f of files) {
    current.push(f);
    bytes += f.bytes.length;
    if (bytes >= batchBytes) {
      out.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** processFile for every file (forAssemblyOnly), in worker threads when the corpus is large enough to gain from them. */
export async function processInWorkers(files: RawFile[], options: PipelineOptions = {}, settings: WorkerOptions = {}): Promise<FileResult[]> {
  const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const jobs = batches(files, PARALLEL.batchBytes);
  const workers = Math.min(settings.workers ?? os.availableParallelism(), jobs.length);
  if (workers <= 1 || totalBytes < (settings.minBytes ?? PARALLEL.minBytes)) return files.map((f) => forAssemblyOnly(processFile(f, options)));

  const results: FileResult[][] = new Array(jobs.length);
  let next = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const feed = (worker: Worker) => {
        if (next < jobs.length) worker.postMessage({ batch: next, files: jobs[next++]!, options } satisfies Job);
      };
      for (let w = 0; w < workers; w++) {
        const worker = new Worker(new URL(import.meta.url), { execArgv: workerExecArgv(), workerData: WORKER_ROLE });
        pool.push(worker);
        worker.on('message', (reply: Reply) => {
          if ('error' in reply) return reject(new Error(reply.error));
          results[reply.batch] = reply.results;
          if (++done === jobs.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < jobs.length) reject(new Error(`pipeline worker exited with code ${code} before the corpus was processed`));
        });
        // Two batches queued per worker, so it never waits on this thread between batches.
        for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}

// Only in a thread started above: any other worker thread that imports this module (a test runner's) is left alone.
if (parentPort && workerData === WORKER_ROLE) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    try {
      // Only what assembly reads crosses back: half the data to copy between threads.
      port.postMessage({ batch: job.batch, results: job.files.map((f) => forAssemblyOnly(processFile(f, job.options))) } satisfies Reply);
    } catch (err) {
      const e = err as Error;
      port.postMessage({ batch: job.batch, error: `${e.message}\n${e.stack ?? ''}` } satisfies Reply);
    }
  });
}
