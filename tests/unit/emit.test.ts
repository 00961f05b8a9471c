import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { escapeMdxText, renderBody, renderDocument, renderFrontmatter, type DocFrontmatter } from '../../scripts/pipeline/emit.ts';
import { renderMdx, renderSiteMarkdown } from '../helpers/mdx-render.ts';

/** What a reader sees: the text content of the rendered HTML, entities decoded. */
function visibleText(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|amp);/gi, (_m, ref: string) =>
      ref[0] === '#' ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : named[ref]!,
    );
}

/** Elements in the rendered HTML. */
function tags(html: string): string[] {
  return [...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]!);
}

/** Whitespace the emitter folds (ASCII spaces, tabs, line breaks). */
const fold = (s: string) => s.replace(/[\t\n\r\f\v ]+/g, ' ').trim();

/** Any text a decoded file can hold: every code point except C0/C1 controls and lone surrogates. */
const decodedText = fc
  .string({ unit: 'binary', maxLength: 60 })
  .map((s) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '').replace(/[\uD800-\uDFFF]/g, ''));

const hostile = fc.constantFrom(
  'import x from "y"', 'export const a = 1', 'export default function(){}', '{alert(1)}', '{/* c */}',
  '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '<a href="javascript:alert(1)">x</a>',
  '<style>body{display:none}</style>', '<Component />', '<div', '# heading', '## h', '* item', '- item', '+ item', '1. item',
  '1) item', '> quote', '```js', '~~~', '    indented code', '---', '***', '___', '| a | b |', '|---|---|', '[x](javascript:alert(1))',
  '![i](x.png)', '<http://a.b>', 'http://example.com/path', 'www.example.com', 'user@example.com', '&amp;', '&#60;script&#62;',
  '$x^2$', '$$', '\\(x\\)', '\\', 'a  ', '_em_', '**strong**', '`code`', '[^1]', '[^1]: note', '<!-- c -->', 'a\\', '=== ',
);

describe('escapeMdxText', () => {
  for (const [name, render] of [['MDX', renderMdx], ["the site's Markdown processor", renderSiteMarkdown]] as const) {
    it(`renders any decoded text as exactly that text, in one paragraph, with no other element (${name})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(decodedText, hostile), { minLength: 1, maxLength: 4 }), async (parts) => {
          const text = parts.join(' ');
          const html = (await render(escapeMdxText(text))).replace(/<p id="p1">/, '<p>');
          if (fold(text) === '') {
            expect(html).toBe('');
            return;
          }
          expect(tags(html)).toEqual(['p']);
          expect(visibleText(html).replace(/^<p>|<\/p>$/g, '')).toBe(fold(text));
        }),
        { numRuns: 300, seed: 20261123 },
      );
    });
  }

  it('keeps Chinese text and full-width punctuation untouched', () => {
    expect(escapeMdxText('中国坚持以人民为中心，促进“数字丝绸之路”建设。')).toBe('中国坚持以人民为中心，促进“数字丝绸之路”建设。');
  });

  it('keeps characters outside the Basic Multilingual Plane intact', async () => {
    const html = await renderMdx(escapeMdxText('𠀋𪚥 emoji 😀 网络'));
    expect(visibleText(html)).toBe('𠀋𪚥 emoji 😀 网络');
  });
});

describe('renderBody', () => {
  it('emits one top-level element per block: headings h2–h5 and paragraphs', async () => {
    const html = await renderMdx(
      renderBody([
        { type: 'heading', level: 2, text: '一、总则' },
        { type: 'paragraph', text: '第一段<b>。' },
        { type: 'heading', level: 3, text: '（一）# 细则' },
        { type: 'paragraph', text: '1. 不是列表' },
        { type: 'heading', level: 5, text: '1.1 小节' },
      ]),
    );
    expect(tags(html)).toEqual(['h2', 'p', 'h3', 'p', 'h5']);
    expect(visibleText(html).replace(/\n/g, '')).toBe('一、总则第一段<b>。（一）# 细则1. 不是列表1.1 小节');
  });

  it('drops blocks that are empty after whitespace folding', () => {
    expect(renderBody([{ type: 'paragraph', text: '  \t ' }, { type: 'paragraph', text: '正文' }])).toBe('正文\n');
  });
});

describe('renderFrontmatter', () => {
  const base: DocFrontmatter = {
    title: 'title: "quoted" # not a comment\n---\nkey: value',
    slug: '2022-11-07-xie-shou',
    date: '2022-11-07',
    source: '新华社',
    lang: 'zh-Hans',
    originalLang: 'zh-Hant',
    originalVariant: 'tw',
    sources: ['a file #1 %.txt'],
    chars: 42,
    removed: [{ code: 'nav', count: 2, samples: ['首页', '{x}'] }],
    aliases: [],
    related: [],
    ambiguities: [],
    manual: [],
  };

  it('round-trips every value through YAML unchanged, whatever characters it holds', () => {
    const fm = renderFrontmatter({ ...base, author: '\u0085\u009f\ufffe 作者' });
    const parsed = yaml.load(fm.replace(/^---\n|---\n$/g, '')) as Record<string, unknown>;
    expect(parsed.title).toBe(base.title);
    expect(parsed.author).toBe('\u0085\u009f\ufffe 作者');
    expect(parsed.sources).toEqual(base.sources);
    expect(parsed.removed).toEqual(base.removed);
  });

  it('writes any value as one line of JSON with every object\'s keys in code-unit order, read back unchanged', () => {
    // keys made non-numeric: JavaScript objects list integer-like keys first, whatever order they were set in
    const renameKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(renameKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [`k${k}`, renameKeys(x)])) : Object.is(v, -0) ? 0 : v;
    const sortedReference = (v: unknown) =>
      JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]])) : x));
    fc.assert(
      fc.property(fc.array(fc.jsonValue().map(renameKeys), { maxLength: 4 }), (related) => {
        const line = renderFrontmatter({ ...base, related: related as DocFrontmatter['related'] }).split('\n').find((l) => l.startsWith('related: '))!;
        const parsed = yaml.load(line) as { related: unknown };
        expect(parsed.related).toEqual(related);
        // JSON.stringify leaves the C1 controls and U+FFFE/U+FFFF as they are; YAML forbids them even quoted
        const yamlSafe = (json: string) => json.replace(/[\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        expect(line.slice('related: '.length)).toBe(yamlSafe(sortedReference(related)));
      }),
    );
  });

  it('omits unknown fields instead of writing empty ones', () => {
    const fm = renderFrontmatter({ ...base, author: undefined, date: undefined });
    expect(fm).not.toMatch(/^author:/m);
    expect(fm).not.toMatch(/^date:/m);
  });

  it('produces a document that MDX compiles to the body alone', async () => {
    const html = await renderMdx(renderDocument(base, [{ type: 'paragraph', text: '正文' }]).replace(/^---[\s\S]*?\n---\n/, ''));
    expect(html).toBe('<p>正文</p>');
  });
});
