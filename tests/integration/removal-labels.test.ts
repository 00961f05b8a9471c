import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { removalLabel } from '../../src/lib/i18n.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { ROOT } from '../helpers/cli.ts';

/** Every .txt page of a folder, as pipeline input. */
function pages(dir: string) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
}

describe('removal codes on document pages', () => {
  it('every code a published document lists has a label in both scripts (a reader never sees a bare code)', () => {
    const out = runPipeline([...pages(path.join(ROOT, 'content/raw')), ...pages(path.join(ROOT, 'tests/fixtures/layouts'))]);
    const codes = new Set(out.docs.flatMap((d) => d.removed.map((r) => r.code)));
    // The pages cover the codes of every stage: page titles, menus, extracted fields, lists, tables of contents.
    for (const code of ['page-title', 'nav', 'title', 'date', 'related', 'toc', 'url']) expect(codes).toContain(code);
    for (const locale of LOCALES) {
      const unlabelled = [...codes].filter((code) => removalLabel(locale, code) === undefined);
      expect(unlabelled, locale).toEqual([]);
    }
  });
});
