/**
 * Run a command and sample the memory of its whole process tree (/proc, or `ps`), every SAMPLE_MS.
 *
 * `/usr/bin/time -f %M` reports only the largest process it waited for; Pagefind's indexer is a
 * service process that the Node API starts and the build never waits for, so its memory went
 * unreported. Sampling the tree sees every process, including that one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const SAMPLE_MS = 250;

export interface MeasuredRun {
  status: number | null;
  output: string;
  /** Largest sum of resident memory over the tree at one moment, MB. */
  peakTreeMB: number;
  /** Largest resident memory of one process, MB, and which command it was. */
  peakProcessMB: number;
  peakProcess: string;
  /** Largest resident memory of one process per kind of command (astro, pagefind, corpus, …), MB. */
  peakByKind: Record<string, number>;
}

interface Row {
  pid: number;
  ppid: number;
  rssKB: number;
  command: string;
}

/**
 * Every process's parent, resident memory and command line. From /proc where there is one: running `ps`
 * four times a second forks this process, and with the benchmark's heap (the poems it generates corpora
 * from) that slowed the measured build itself.
 */
function processTable(): Row[] {
  return existsSync('/proc/self/status') ? procTable() : psTable();
}

function procTable(): Row[] {
  const rows: Row[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = /^PPid:\s+(\d+)/m.exec(status);
      const rss = /^VmRSS:\s+(\d+)/m.exec(status); // absent for kernel threads
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      rows.push({ pid: Number(name), ppid: Number(ppid?.[1] ?? 0), rssKB: Number(rss?.[1] ?? 0), command: command.slice(0, 120) });
    } catch {
      // the process ended while being read
    }
  }
  return rows;
}

function psTable(): Row[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKB: Number(m[3]), command: m[4]!.slice(0, 120) }));
}

/** The processes descending from `root` (itself included). */
function tree(rows: Row[], root: number): Row[] {
  const children = new Map<number, Row[]>();
  for (const r of rows) children.set(r.ppid, [...(children.get(r.ppid) ?? []), r]);
  const out: Row[] = [];
  const stack = rows.filter((r) => r.pid === root);
  while (stack.length) {
    const r = stack.pop()!;
    out.push(r);
    stack.push(...(children.get(r.pid) ?? []));
  }
  return out;
}

/** A short name for a command line: the script or binary that names the build step. */
export function commandKind(command: string): string {
  if (/pagefind/.test(command)) return 'pagefind';
  if (/astro/.test(command)) return 'astro';
  if (/corpus\.ts/.test(command)) return 'corpus';
  if (/search-index\.ts/.test(command)) return 'search-index';
  return 'other';
}

export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    let peakTreeKB = 0;
    let peakProcessKB = 0;
    let peakProcess = '';
    const peakByKindKB: Record<string, number> = {};
    const sample = () => {
      if (child.pid === undefined) return;
      const rows = tree(processTable(), child.pid);
      peakTreeKB = Math.max(peakTreeKB, rows.reduce((n, r) => n + r.rssKB, 0));
      for (const r of rows) {
        const k = commandKind(r.command);
        peakByKindKB[k] = Math.max(peakByKindKB[k] ?? 0, r.rssKB);
        if (r.rssKB > peakProcessKB) {
          peakProcessKB = r.rssKB;
          peakProcess = r.command;
        }
      }
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const mb = (kb: number) => Math.round(kb / 1024);
      resolve({ status, output: Buffer.concat(chunks).toString('utf8'), peakTreeMB: mb(peakTreeKB), peakProcessMB: mb(peakProcessKB), peakProcess, peakByKind: Object.fromEntries(Object.entries(peakByKindKB).sort().map(([k, v]) => [k, mb(v)])) });
    });
  });
}
