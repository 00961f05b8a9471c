import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDocs, type DocsLoaderContext } from '../../src/lib/docs-loader.ts';

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
      set: (entry: Entry) => void entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (body: string) => {
      renderedBodies.push(body);
      return { html: `<p>${body.trim()}</p>` };
    },
    generateDigest: (text: string) => String(text.length) + ':' + text.slice(-20),
    logger: { info: () => {} },
  };
  return { entries, renderedBodies, context: context as unknown as DocsLoaderContext };
}

let base: string;
const write = (file: string, title: string, body: string) => {
  mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
  writeFileSync(path.join(base, file), `---\ntitle: ${JSON.stringify(title)}\nslug: "a"\n---\n${body}\n`);
};
const options = () => ({ base, folders: ['zh-hans', 'zh-hant'] });

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'docs-loader-'));
  write('zh-hans/a.mdx', '网络安全', '正文\\<b\\>');
  write('zh-hant/a.mdx', '網絡安全', '正文');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('docs loader', () => {
  it('gives each document an id <locale>/<slug>, its frontmatter as data and its rendered body', async () => {
    const { entries, renderedBodies, context } = fakeContext();
    expect(await loadDocs(context, options())).toEqual({ rendered: 2, unchanged: 0, removed: 0 });
    expect([...entries.keys()]).toEqual(['zh-hans/a', 'zh-hant/a']);
    expect(entries.get('zh-hant/a')!.data).toEqual({ title: '網絡安全', slug: 'a' });
    // the body alone is rendered, never the frontmatter
    expect(renderedBodies.map((b) => b.trim())).toEqual(['正文\\<b\\>', '正文']);
    expect(entries.get('zh-hans/a')!.rendered!.html).toBe('<p>正文\\<b\\></p>');
  });

  it('renders again only the documents whose file changed, and drops those whose file is gone', async () => {
    const { entries, renderedBodies, context } = fakeContext();
    await loadDocs(context, options());
    renderedBodies.length = 0;
    expect(await loadDocs(context, options())).toEqual({ rendered: 0, unchanged: 2, removed: 0 });

    write('zh-hant/a.mdx', '網絡安全', '新的正文');
    expect(await loadDocs(context, options())).toEqual({ rendered: 1, unchanged: 1, removed: 0 });
    expect(renderedBodies.map((b) => b.trim())).toEqual(['新的正文']);

    rmSync(path.join(base, 'zh-hans/a.mdx'));
    expect(await loadDocs(context, options())).toEqual({ rendered: 0, unchanged: 1, removed: 1 });
    expect([...entries.keys()]).toEqual(['zh-hant/a']);
  });

  it('reads only .mdx files, and an empty or missing folder as no documents', async () => {
    writeFileSync(path.join(base, 'zh-hans/notes.txt'), 'not a document');
    rmSync(path.join(base, 'zh-hant'), { recursive: true });
    const { entries, context } = fakeContext();
    expect(await loadDocs(context, options())).toEqual({ rendered: 1, unchanged: 0, removed: 0 });
    expect([...entries.keys()]).toEqual(['zh-hans/a']);
  });
});
