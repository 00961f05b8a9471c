import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus-gen.ts';
import { processInWorkers, workerExecArgv } from '../../scripts/lib/pipeline-workers.ts';
import { forAssemblyOnly, processFile, runPipeline, runPipelineWith } from '../../scripts/pipeline/index.ts';
import type { RawFile } from '../../scripts/pipeline/types.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';

function readDir(dir: string, prefix = ''): RawFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name: prefix + name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
}

// Real poems glued into pages (bench generator, with the seed corpus) plus every hostile fixture.
const corpus = generateCorpus(120, tempDir('workers-corpus'));
const files = [...readDir(corpus.dir), ...readDir(path.join(ROOT, 'tests/fixtures/hostile'), 'hostile/')];

describe('per-file stages in worker threads', () => {
  it('give the same results, in input order, as processing every file in this thread', async () => {
    const inWorkers = await processInWorkers(files, {}, { workers: 2, minBytes: 0 });
    expect(inWorkers).toEqual(files.map((f) => forAssemblyOnly(processFile(f))));
    expect(await processInWorkers(files, {}, { workers: 1 })).toEqual(inWorkers);
  });

  it('make the same generated files as the single-threaded pipeline', async () => {
    const parallel = await runPipelineWith((misses) => processInWorkers(misses, {}, { workers: 3, minBytes: 0 }), files);
    const single = runPipeline(files);
    expect([...parallel.files.keys()]).toEqual([...single.files.keys()]);
    expect(parallel.files).toEqual(single.files);
  });

  it('start in a process with a larger heap (npm run build sets one): heap flags hold process-wide, workers do not take them', () => {
    expect(workerExecArgv(['--max-old-space-size=18000', '--import', 'tsx'])).toEqual(['--import', 'tsx']);
    expect(workerExecArgv(['--max-old-space-size', '18000', '--max-semi-space-size=64', '--enable-source-maps'])).toEqual(['--enable-source-maps', '--import', 'tsx']);
    const script = `import { processInWorkers } from ${JSON.stringify(path.join(ROOT, 'scripts/lib/pipeline-workers.ts'))};
      const files = [0, 1, 2, 3].map((i) => ({ name: i + '.txt', bytes: new TextEncoder().encode('标题' + i + '\\n\\n网络空间国际合作。'.repeat(20)) }));
      const results = await processInWorkers(files, {}, { workers: 2, minBytes: 0 });
      console.log(results.length);`;
    const r = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('4');
  });

  it('report a failure inside a worker as an error rather than hanging or losing files', async () => {
    const broken = [...files.slice(0, 3), { name: 'broken.txt', bytes: null as unknown as Uint8Array }];
    await expect(processInWorkers(broken, {}, { workers: 2, minBytes: 0 })).rejects.toThrow();
  });
});
