/** Rendered bodies kept beside the content store: file names, round trip, clear failure, pruning. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasRendered, pruneRendered, readRendered, renderedFile, writeRendered } from '../../src/lib/rendered-docs.ts';

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'rendered-')), 'bodies');
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const body = { html: '<p id="p1">网络&lt;安全&gt;</p>', headings: [{ depth: 2, slug: 'yi', text: '一、总则' }] };

describe('rendered bodies', () => {
  it('names a file inside the folder for any digest, the same one every time', () => {
    for (const digest of ['a1b2', '../../etc/passwd', '', '摘要 / 空格']) {
      const file = renderedFile(dir, digest);
      expect(path.dirname(file)).toBe(dir);
      expect(path.basename(file)).toMatch(/^[0-9a-f]{40}\.json$/);
      expect(renderedFile(dir, digest)).toBe(file);
    }
    expect(renderedFile(dir, 'a')).not.toBe(renderedFile(dir, 'b'));
  });

  it('gives back what was written, creating the folder, and leaves no partial file', async () => {
    expect(await hasRendered(dir, 'd1')).toBe(false);
    await writeRendered(dir, 'd1', body);
    expect(await hasRendered(dir, 'd1')).toBe(true);
    expect(await readRendered(dir, 'd1', 'zh-hans/x')).toEqual(body);
    expect(readdirSync(dir)).toEqual([path.basename(renderedFile(dir, 'd1'))]);
  });

  it('says which document to rebuild when its body is missing or damaged', async () => {
    await expect(readRendered(dir, 'nope', 'zh-hant/y')).rejects.toThrow(/zh-hant\/y.*run the build again/);
    await writeRendered(dir, 'd2', body);
    writeFileSync(renderedFile(dir, 'd2'), '{"html": "<p>cut');
    await expect(readRendered(dir, 'd2', 'zh-hant/z')).rejects.toThrow(/zh-hant\/z/);
  });

  it('removes the bodies of digests no document has any more, and nothing else', async () => {
    for (const d of ['keep1', 'keep2', 'old']) await writeRendered(dir, d, body);
    expect(await pruneRendered(dir, ['keep1', 'keep2', 'keep2'])).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['keep1', 'keep2'].map((d) => path.basename(renderedFile(dir, d))).sort());
    expect(await pruneRendered(path.join(dir, 'missing'), [])).toBe(0);
  });
});
