/**
 * On-disk memo of per-file pipeline results (scripts/pipeline/index.ts FileCache), for incremental
 * rebuilds: a raw file whose bytes, sidecar, options and pipeline code are unchanged is not processed
 * again. The key covers the code version, so editing any pipeline module invalidates every entry.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { forAssemblyOnly, type FileCache, type FileResult, type PipelineOptions } from '../pipeline/index.ts';
import type { PairMemo, VerifiedPair } from '../pipeline/neardup.ts';

import type { RawFile } from '../pipeline/types.ts';

/** The near-duplicate pairs verified by the last run, in the cache folder (not an entry: prune keeps it). */
const PAIRS_FILE = 'pairs.v8';
/**
 * Pairs per record of that file. It is written as length-prefixed V8-serialised records, never as one
 * string: at 100k documents the pairs did not fit in a JavaScript string (JSON.stringify failed).
 */
export const PAIRS_PER_RECORD = 20_000;

/** Hash of the pipeline's own source files and the converter's version: the "code version". */
export function codeVersion(pipelineDir: string, extra: string[] = []): string {
  const h = createHash('sha256');
  for (const name of readdirSync(pipelineDir).filter((n) => /\.(ts|json)$/.test(n)).sort()) {
    h.update(name).update(readFileSync(path.join(pipelineDir, name)));
  }
  for (const e of extra) h.update(e);
  return h.digest('hex');
}

/** Entries are V8-serialised (read back twice as fast as JSON: a 10k-document rerun reads ~200 MB), and
 *  keep only what assembly reads (forAssemblyOnly: half the size). */
const ENTRY = '.v8';

export class DiskFileCache implements FileCache {
  hits = 0;
  misses = 0;
  private readonly used = new Set<string>();
  /** With `memory` (watch mode): entries read or made by this process, and the last verified pairs. */
  private readonly held: Map<string, FileResult> | null;
  private heldPairs: PairMemo | null = null;

  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly options: PipelineOptions,
    settings: { memory?: boolean } = {},
  ) {
    mkdirSync(dir, { recursive: true });
    this.held = settings.memory ? new Map() : null;
  }

  /** Forget which entries were used: the next run's prune() keeps only what that run used. */
  startRun(): void {
    this.used.clear();
    this.hits = 0;
    this.misses = 0;
  }

  /** Keys of the raw files seen, by object: watch mode passes the unchanged ones again (hashing the 50 MB
   *  of a 10k corpus took ~0.1 s of every rerun); a RawFile's bytes are never changed. */
  private readonly keys = new WeakMap<RawFile, string>();

  private key(raw: RawFile): string {
    let key = this.keys.get(raw);
    if (key === undefined) this.keys.set(raw, (key = this.hash(raw)));
    return key;
  }

  private hash(raw: RawFile): string {
    return createHash('sha256')
      .update(this.version)
      .update(JSON.stringify(this.options))
      .update(raw.name)
      .update(String(raw.size ?? raw.bytes.length))
      .update(raw.bytes)
      .update(JSON.stringify(raw.sidecar ?? null))
      .digest('hex');
  }

  get(raw: RawFile): FileResult | undefined {
    const key = this.key(raw);
    this.used.add(key);
    const held = this.held?.get(key);
    if (held) {
      this.hits++;
      return held;
    }
    try {
      const hit = deserialize(readFileSync(path.join(this.dir, `${key}${ENTRY}`))) as FileResult;
      this.held?.set(key, hit);
      this.hits++;
      return hit;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(raw: RawFile, result: FileResult): void {
    const key = this.key(raw);
    const file = path.join(this.dir, `${key}${ENTRY}`);
    const tmp = `${file}.${process.pid}.tmp`;
    const kept = forAssemblyOnly(result);
    writeFileSync(tmp, serialize(kept));
    renameSync(tmp, file); // atomic: a killed run never leaves a half-written entry
    this.held?.set(key, kept);
  }

  /** The previous run's verified pairs, when it ran the same pipeline code. */
  pairs(): PairMemo {
    if (this.heldPairs) return this.heldPairs;
    try {
      const records = readRecords(readFileSync(path.join(this.dir, PAIRS_FILE)));
      const header = records.next().value as { version: string } | undefined;
      if (header?.version !== this.version) return new Map();
      const pairs = new Map<string, VerifiedPair>();
      for (const record of records) for (const [key, pair] of record as [string, VerifiedPair][]) pairs.set(key, pair);
      return pairs;
    } catch {
      return new Map();
    }
  }

  setPairs(pairs: Map<string, VerifiedPair>): void {
    if (this.held) this.heldPairs = pairs;
    const file = path.join(this.dir, PAIRS_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeRecord(fd, { version: this.version });
      let chunk: [string, VerifiedPair][] = [];
      for (const entry of pairs) {
        chunk.push(entry);
        if (chunk.length === PAIRS_PER_RECORD) {
          writeRecord(fd, chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) writeRecord(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  }

  /** Drop entries this run did not use (files removed or changed since). */
  prune(): void {
    for (const key of this.held?.keys() ?? []) if (!this.used.has(key)) this.held!.delete(key);
    for (const name of readdirSync(this.dir)) {
      const key = name.slice(0, -ENTRY.length);
      if (name !== PAIRS_FILE && !this.used.has(key)) rmSync(path.join(this.dir, name), { force: true });
    }
  }
}

function writeRecord(fd: number, value: unknown): void {
  const body = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length);
  writeSync(fd, length);
  writeSync(fd, body);
}

function* readRecords(bytes: Buffer): Generator<unknown> {
  for (let at = 0; at < bytes.length; ) {
    const length = bytes.readUInt32LE(at);
    yield deserialize(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
}
