import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDocs, watchDocs, type DocsLoaderContext } from '../../src/lib/docs-loader.ts';
import { readRendered, renderedFile } from '../../src/lib/rendered-docs.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
  rendered?: { html: string };
}

/** The loader context Astro passes, with a Map for a store and a renderer that records what it renders. */
function fakeContext() {
  const entries = new Map<string, Entry>();
  const renderedBodies: string[] = [];
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      // As Astro's store: an entry whose digest it already holds is left as it is.
      set: (entry: Entry) => {
        if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (body: string) => {
      renderedBodies.push(body);
      return { html: `<p>${body.trim()}</p>`, metadata: { headings: [{ depth: 2, slug: 'h', text: body.trim().slice(0, 2) }] } };
    },
    generateDigest: (text: string) => String(text.length) + ':' + text.slice(-20),
    logger: { info: () => {} },
  };
  return { entries, renderedBodies, context: context as unknown as DocsLoaderContext };
}

let base: string;
let renderedDir: string;
const write = (file: string, title: string, body: string) => {
  mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
  writeFileSync(path.join(base, file), `---\ntitle: ${JSON.stringify(title)}\nslug: "a"\n---\n${body}\n`);
};
const options = () => ({ base, folders: ['zh-hans', 'zh-hant'], renderedDir });
const bodyOf = (entry: Entry | undefined) => readRendered(renderedDir, entry!.digest!, entry!.id);

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'docs-loader-'));
  renderedDir = mkdtempSync(path.join(tmpdir(), 'docs-rendered-'));
  write('zh-hans/a.mdx', '网络安全', '正文\\<b\\>');
  write('zh-hant/a.mdx', '網絡安全', '正文');
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
  rmSync(renderedDir, { recursive: true, force: true });
});

describe('docs loader', () => {
  it('gives each document an id <locale>/<slug>, its frontmatter as data and its rendered body', async () => {
    const { entries, renderedBodies, context } = fakeContext();
    expect(await loadDocs(context, options())).toEqual({ rendered: 2, unchanged: 0, removed: 0 });
    expect([...entries.keys()]).toEqual(['zh-hans/a', 'zh-hant/a']);
    expect(entries.get('zh-hant/a')!.data).toEqual({ title: '網絡安全', slug: 'a' });
    // the body alone is rendered, never the frontmatter
    expect(renderedBodies.map((b) => b.trim())).toEqual(['正文\\<b\\>', '正文']);
    // the rendered body is kept out of the store, in a file found by the entry's digest
    expect(entries.get('zh-hans/a')!.rendered).toBeUndefined();
    expect(await bodyOf(entries.get('zh-hans/a'))).toEqual({ html: '<p>正文\\<b\\></p>', headings: [{ depth: 2, slug: 'h', text: '正文' }] });
    expect(await bodyOf(entries.get('zh-hant/a'))).toEqual({ html: '<p>正文</p>', headings: [{ depth: 2, slug: 'h', text: '正文' }] });
  });

  it('renders again only the documents whose file changed, and drops those whose file is gone', async () => {
    const { entries, renderedBodies, context } = fakeContext();
    await loadDocs(context, options());
    renderedBodies.length = 0;
    expect(await loadDocs(context, options())).toEqual({ rendered: 0, unchanged: 2, removed: 0 });

    write('zh-hant/a.mdx', '網絡安全', '新的正文');
    expect(await loadDocs(context, options())).toEqual({ rendered: 1, unchanged: 1, removed: 0 });
    expect(renderedBodies.map((b) => b.trim())).toEqual(['新的正文']);

    expect(await bodyOf(entries.get('zh-hant/a'))).toMatchObject({ html: '<p>新的正文</p>' });

    rmSync(path.join(base, 'zh-hans/a.mdx'));
    expect(await loadDocs(context, options())).toEqual({ rendered: 0, unchanged: 1, removed: 1 });
    expect([...entries.keys()]).toEqual(['zh-hant/a']);
    // bodies no document uses any more are removed with it
    expect(readdirSync(renderedDir)).toEqual([path.basename(renderedFile(renderedDir, entries.get('zh-hant/a')!.digest!))]);
  });

  it('renders a document again when its body file is gone, even if the store still knows it', async () => {
    const { entries, renderedBodies, context } = fakeContext();
    await loadDocs(context, options());
    rmSync(renderedFile(renderedDir, entries.get('zh-hans/a')!.digest!));
    renderedBodies.length = 0;
    expect(await loadDocs(context, options())).toEqual({ rendered: 1, unchanged: 1, removed: 0 });
    expect(renderedBodies.map((b) => b.trim())).toEqual(['正文\\<b\\>']);
    expect(await bodyOf(entries.get('zh-hans/a'))).toMatchObject({ html: '<p>正文\\<b\\></p>' });
  });

  it('moves the body out of an entry a previous build stored with it', async () => {
    const { entries, context } = fakeContext();
    await loadDocs(context, options());
    const old = entries.get('zh-hans/a')!;
    entries.set(old.id, { ...old, rendered: { html: '<p>旧</p>' } });
    await loadDocs(context, options());
    expect(entries.get('zh-hans/a')!.rendered).toBeUndefined();
    expect(await bodyOf(entries.get('zh-hans/a'))).toMatchObject({ html: '<p>正文\\<b\\></p>' });
  });

  it('reads only .mdx files, and an empty or missing folder as no documents', async () => {
    writeFileSync(path.join(base, 'zh-hans/notes.txt'), 'not a document');
    rmSync(path.join(base, 'zh-hant'), { recursive: true });
    const { entries, context } = fakeContext();
    expect(await loadDocs(context, options())).toEqual({ rendered: 1, unchanged: 0, removed: 0 });
    expect([...entries.keys()]).toEqual(['zh-hans/a']);
  });
});

describe('docs loader in astro dev', () => {
  it('reloads once after the pipeline rewrites documents, rendering only the changed ones', async () => {
    const { entries, renderedBodies, context } = fakeContext();
    await loadDocs(context, options());
    const watcher = Object.assign(new EventEmitter(), { added: [] as string[], add(p: string) { this.added.push(p); } });
    let reloads = 0;
    watchDocs({ watcher } as never, options(), async () => {
      reloads++;
      await loadDocs(context, options());
    });
    expect(watcher.added).toEqual([path.resolve(base)]);
    renderedBodies.length = 0;
    write('zh-hans/a.mdx', '网络安全', '新的正文');
    // a swapped-in tree is many events; files outside the folder or not .mdx are ignored
    for (const f of ['zh-hans/a.mdx', 'zh-hant/a.mdx', 'report.json']) watcher.emit('all', 'change', path.join(base, f));
    watcher.emit('all', 'change', path.join(tmpdir(), 'elsewhere.mdx'));
    await new Promise((r) => setTimeout(r, 600));
    expect(reloads).toBe(1);
    expect(renderedBodies.map((b) => b.trim())).toEqual(['新的正文']);
    expect(await bodyOf(entries.get('zh-hans/a'))).toMatchObject({ html: '<p>新的正文</p>' });
  });

  it('does not watch outside astro dev (no watcher in the context)', () => {
    expect(() => watchDocs({} as never, options(), async () => {})).not.toThrow();
  });
});
