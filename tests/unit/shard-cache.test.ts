/**
 * What a kept search-index shard is keyed by (scripts/lib/shard-cache.ts): a change to the indexing
 * code, to a package it uses, or to any page must give a new key; nothing else may.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moduleTreeVersion, ShardKey } from '../../scripts/lib/shard-cache.ts';

let root = '';

function write(rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

const version = (dir = root) => moduleTreeVersion(path.join(dir, 'scripts/index-step.ts'), dir);

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'shard-cache-'));
  write('scripts/index-step.ts', "import { readFile } from 'node:fs';\nimport * as pf from 'pagefind';\nimport { compact } from './lib/compact.ts';\n// as in `from './lib/gone.ts'` of an old comment\nexport const x = 1;\n");
  write('scripts/lib/compact.ts', "import type { Anchor } from '../../src/lib/anchors.ts';\nimport { zip } from '@gfx/zopfli/sub';\nexport const compact = 1;\n");
  write('src/lib/anchors.ts', 'export type Anchor = number;\n');
  write('src/lib/unrelated.ts', 'export const y = 2;\n');
  write('node_modules/pagefind/package.json', '{"version":"1.6.0"}');
  write('node_modules/@gfx/zopfli/package.json', '{"version":"1.0.15"}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('moduleTreeVersion', () => {
  it('changes with any module the entry imports, however deep, type imports included', () => {
    const before = version();
    write('src/lib/anchors.ts', 'export type Anchor = string;\n');
    const afterDeep = version();
    expect(afterDeep).not.toBe(before);
    write('scripts/lib/compact.ts', "import type { Anchor } from '../../src/lib/anchors.ts';\nimport { zip } from '@gfx/zopfli/sub';\nexport const compact = 2;\n");
    expect(version()).not.toBe(afterDeep);
  });

  it('changes with the installed version of a package the modules import, scoped ones included', () => {
    const before = version();
    write('node_modules/pagefind/package.json', '{"version":"1.7.0"}');
    const afterPagefind = version();
    expect(afterPagefind).not.toBe(before);
    write('node_modules/@gfx/zopfli/package.json', '{"version":"1.0.16"}');
    expect(version()).not.toBe(afterPagefind);
  });

  it('stays the same for modules the entry does not import, and in another clone of the same files', () => {
    const before = version();
    write('src/lib/unrelated.ts', 'export const y = 3;\n');
    expect(version()).toBe(before);
    const clone = mkdtempSync(path.join(os.tmpdir(), 'shard-cache-clone-'));
    try {
      cpSync(root, clone, { recursive: true });
      expect(version(clone)).toBe(before);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('ShardKey', () => {
  const key = (options: Record<string, unknown>, pages: [string, string][], code = 'v1') => pages.reduce((k, [url, html]) => k.page(url, html), new ShardKey(code, options)).digest();
  const pages: [string, string][] = [
    ['/a/', '<p>明月</p>'],
    ['/b/', '<p>故乡</p>'],
  ];

  it('is the same for the same code, options (in any order) and pages', () => {
    expect(key({ k: 0, chunkBytes: 16384 }, pages)).toBe(key({ chunkBytes: 16384, k: 0 }, pages));
  });

  it('differs when the code, an option, a page, the pages’ order or where one page ends differs', () => {
    const base = key({ k: 0 }, pages);
    const others = [
      key({ k: 0 }, pages, 'v2'),
      key({ k: 1 }, pages),
      key({ k: 0 }, [pages[0]!, ['/b/', '<p>故鄉</p>']]),
      key({ k: 0 }, [pages[1]!, pages[0]!]),
      key({ k: 0 }, [['/a/', '<p>明月</p>/b/'], ['', '<p>故乡</p>']]),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });
});
