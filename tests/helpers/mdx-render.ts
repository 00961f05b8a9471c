/**
 * Compile and run MDX as the site does for documents (@mdx-js/mdx + remark-gfm + the unlink plugin) and render it to an
 * HTML string with a minimal JSX runtime, so tests can see which elements scraped text became.
 */
import { compile, run } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkUnlinkLiterals from '../../src/lib/remark-unlink-literals.ts';

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
