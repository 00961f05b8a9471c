import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingAssets } from '../../scripts/lib/dist-assets.ts';

describe('missingAssets', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'dist-assets-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(path.join(dist, '_astro'));
  mkdirSync(path.join(dist, 'zh-hans/docs/a'), { recursive: true });
  writeFileSync(path.join(dist, '_astro/page.AAA.css'), 'p{}');
  writeFileSync(path.join(dist, '_astro/site.BBB.js'), '');

  it('finds nothing when every page names assets that exist', async () => {
    writeFileSync(path.join(dist, 'index.html'), '<link rel="stylesheet" href="/_astro/page.AAA.css"><script type="module" src="/_astro/site.BBB.js"></script>');
    expect(await missingAssets(dist)).toEqual([]);
  });

  it('names the page and the asset when a page kept an old asset name', async () => {
    writeFileSync(path.join(dist, 'zh-hans/docs/a/index.html'), '<link rel="stylesheet" href="/_astro/page.OLD.css"><a href="/zh-hans/">home</a>');
    expect(await missingAssets(dist)).toEqual([[path.join('zh-hans/docs/a/index.html'), '/_astro/page.OLD.css']]);
  });
});
