import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusArgs, readTree, ROOT, runCorpus, startCorpus, tempDir } from '../helpers/cli.ts';

const RAW = path.join(ROOT, 'content/raw');

function copyRaw(times = 1): string {
  const dir = tempDir('raw');
  for (const name of readdirSync(RAW)) {
    for (let i = 0; i < times; i++) copyFileSync(path.join(RAW, name), path.join(dir, times === 1 ? name : `${i}-${name}`));
  }
  return dir;
}

describe('corpus CLI', () => {
  it('writes byte-identical output on two runs, and a rerun on a built tree changes nothing', () => {
    const input = copyRaw();
    const a = path.join(tempDir('out'), 'docs');
    const b = path.join(tempDir('out'), 'docs');
    expect(runCorpus(input, a).status).toBe(0);
    expect(runCorpus(input, b).status).toBe(0);
    const treeA = readTree(a);
    expect(treeA.size).toBeGreaterThan(2);
    expect(readTree(b)).toEqual(treeA);
    const again = runCorpus(input, a);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('output unchanged');
    expect(readTree(a)).toEqual(treeA);
  });

  it('leaves the previous output intact when killed halfway', async () => {
    const small = copyRaw();
    const out = path.join(tempDir('out'), 'docs');
    expect(runCorpus(small, out).status).toBe(0);
    const before = readTree(out);
    const big = copyRaw(12);
    for (const delay of [150, 400, 800, 1500]) {
      const { child, exited } = startCorpus(big, out, ['--no-cache']);
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const now = readTree(out);
      // Either the old tree, untouched, or (if the run got to the swap) a complete new one.
      if (now.size === before.size) expect(now).toEqual(before);
      else expect(JSON.parse(now.get('report.json')!).summary.files).toBe(readdirSync(big).length);
    }
  });

  it('exits non-zero with a clear message when nothing can be published, keeping the old output', () => {
    const out = path.join(tempDir('out'), 'docs');
    expect(runCorpus(copyRaw(), out).status).toBe(0);
    const before = readTree(out);
    const bad = tempDir('bad');
    writeFileSync(path.join(bad, 'empty.txt'), '');
    writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0, 1, 2, 3, 0xff, 0xfe, 0, 0]));
    const r = runCorpus(bad, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('empty.txt');
    expect(r.stderr).toContain('binary.txt');
    expect(readTree(out)).toEqual(before);
  });

  it('rejects files over the size limit without reading them, and reports them', () => {
    const input = copyRaw();
    const out = path.join(tempDir('out'), 'docs');
    const r = runCorpus(input, out, ['--max-bytes', '20000']);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const big = report.files.find((f: { bytes: number }) => f.bytes > 20000);
    expect(big.status).toBe('rejected');
    expect(big.rejected[0].code).toBe('too-large');
  });

  it('applies a sidecar of manual metadata and lists it in the report', () => {
    const input = copyRaw();
    const name = readdirSync(input).sort()[0]!;
    writeFileSync(
      path.join(input, `${name}.meta.json`),
      JSON.stringify({ documents: { '0': { title: '编辑改过的标题', url: 'https://example.org/a', slug: 'edited-title' } } }),
    );
    const out = path.join(tempDir('out'), 'docs');
    expect(runCorpus(input, out).status).toBe(0);
    const doc = readFileSync(path.join(out, 'zh-hant/edited-title.mdx'), 'utf8');
    expect(doc).toContain('title: "編輯改過的標題"');
    expect(doc).toContain('url: "https://example.org/a"');
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const entry = report.files.find((f: { name: string }) => f.name === name);
    expect(entry.sidecar[0].fields).toEqual(expect.arrayContaining(['title', 'url', 'slug']));
    expect(existsSync(path.join(out, 'zh-hans/edited-title.mdx'))).toBe(true);
  });

  it('in watch mode, republishes an edited file, drops a deleted one, and takes a new sidecar', async () => {
    const input = copyRaw();
    const out = path.join(tempDir('out'), 'docs');
    const child = spawn(process.execPath, corpusArgs(input, out, ['--watch', '--cache', tempDir('cache')]), { cwd: ROOT });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    const runs = () => log.split('\n').filter((l) => l.startsWith('corpus: ') && l.includes(' documents ')).length;
    const waitFor = async (ok: () => boolean, what: string) => {
      for (let t = 0; t < 300 && !ok(); t++) await new Promise((r) => setTimeout(r, 100));
      if (!ok()) throw new Error(`watch mode: ${what} did not happen within 30 s; log:\n${log}`);
    };
    try {
      await waitFor(() => log.includes('watching'), 'first run');
      const report = () => JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
      const [first, , , , last] = readdirSync(input).sort();

      const added = '补充说明：本段为观察模式测试新增的内容，发布后应立即可见。';
      appendFileSync(path.join(input, first!), `\n${added}\n`);
      await waitFor(() => runs() >= 2, 'the rerun after an edit');
      const hans = [...readTree(path.join(out, 'zh-hans')).values()].join('\n');
      const hant = [...readTree(path.join(out, 'zh-hant')).values()].join('\n');
      expect(hans).toContain(added);
      expect(hant).toContain('補充說明：本段為觀察模式測試新增的內容');

      rmSync(path.join(input, last!));
      await waitFor(() => runs() >= 3, 'the rerun after a deletion');
      expect(report().files.map((f: { name: string }) => f.name)).not.toContain(last);

      writeFileSync(path.join(input, `${first}.meta.json`), JSON.stringify({ documents: { '0': { title: '观察模式改题' } } }));
      await waitFor(() => runs() >= 4, 'the rerun after a new sidecar');
      expect(report().documents.map((d: { title: string }) => d.title)).toContain('观察模式改题');
      // The sidecar is the raw file's, not a raw file of its own.
      expect(report().files.map((f: { name: string }) => f.name)).not.toContain(`${first}.meta.json`);
    } finally {
      child.kill();
    }
  });

  it('refuses --watch without the cache it keeps results in', () => {
    const r = runCorpus(copyRaw(), path.join(tempDir('out'), 'docs'), ['--watch', '--no-cache']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--watch');
  });
});

