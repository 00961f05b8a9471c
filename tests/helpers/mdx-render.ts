/**
 * Render a generated document body to HTML two ways, so tests can see which elements scraped text became:
 * - renderMdx: as MDX (@mdx-js/mdx + remark-gfm + the unlink plugin, run with a minimal JSX runtime): the
 *   files are valid MDX, whatever tool reads them;
 * - renderSiteMarkdown: with the site's own Markdown processor from astro.config.mjs, which is what
 *   renders document pages (src/lib/docs-loader.ts).
 */
import { compile, run } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkUnlinkLiterals from '../../src/lib/remark-unlink-literals.ts';
import siteConfig from '../../astro.config.mjs';

type Props = { children?: unknown; [key: string]: unknown };
type Node = string;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

function renderChildren(children: unknown): string {
  if (children === undefined || children === null || children === false) return '';
  if (Array.isArray(children)) return children.map(renderChildren).join('');
  if (typeof children === 'string' || typeof children === 'number') return escapeHtml(String(children));
  return (children as { html: string }).html ?? '';
}

function jsx(type: unknown, props: Props): { html: string } {
  if (typeof type === 'function') return (type as (p: Props) => { html: string })(props);
  const inner = renderChildren(props.children);
  if (type === Fragment) return { html: inner };
  const attrs = Object.entries(props)
    .filter(([k]) => k !== 'children')
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
  return { html: `<${String(type)}${attrs}>${inner}</${String(type)}>` };
}
const Fragment = Symbol('Fragment');

export async function renderMdx(source: string): Promise<string> {
  const code = String(await compile(source, { outputFormat: 'function-body', remarkPlugins: [remarkGfm, remarkUnlinkLiterals] }));
  const mod = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url } as never);
  const Content = mod.default as unknown as (p: Props) => { html: string };
  return Content({}).html;
}

type SiteRenderer = { render(source: string): Promise<{ code: string }> };
let siteRenderer: Promise<SiteRenderer> | undefined;

export async function renderSiteMarkdown(source: string): Promise<string> {
  const markdown = siteConfig.markdown!;
  const processor = markdown.processor as unknown as { createRenderer(options: Record<string, unknown>): Promise<SiteRenderer> };
  siteRenderer ??= processor.createRenderer({ syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants });
  return (await (await siteRenderer).render(source)).code;
}
