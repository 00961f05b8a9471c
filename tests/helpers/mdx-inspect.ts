/** Small readers for generated MDX files and the HTML tests/helpers/mdx-render.ts makes of them. */
import yaml from 'js-yaml';

/** Split a generated document into its frontmatter lines and its body. */
export function splitDocument(mdx: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error(`not a generated MDX document (no frontmatter): ${mdx.slice(0, 80)}`);
  return { frontmatter: match[1]!, body: mdx.slice(match[0].length) };
}

/** Frontmatter → object (it must be YAML; the emitter writes one `key: <JSON>` line per field). */
export function parseFrontmatter(frontmatter: string): Record<string, unknown> {
  return yaml.load(frontmatter) as Record<string, unknown>;
}

/** Every `<` or `{` in an MDX body that no backslash escapes, with some context (empty = safe). */
export function unescapedMarkup(body: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++; // the next character is escaped
      continue;
    }
    if (c === '<' || c === '{') found.push(body.slice(Math.max(0, i - 20), i + 20));
  }
  return found;
}

/** Lines MDX would read as JavaScript module syntax. */
export function esmLines(body: string): string[] {
  return body.split('\n').filter((l) => /^\s*(import|export)\b/.test(l));
}

/** Element names in rendered HTML, in document order. */
export function tags(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)[\s>/]/g)].map((m) => m[1]!);
}

/** Opening tags that carry attributes (none may come from scraped text). */
export function tagsWithAttributes(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][a-zA-Z0-9]*\s+[^>]*>/g)].map((m) => m[0]);
}

/** What a reader sees: the text content of the rendered HTML, entities decoded, blocks on their own lines. */
export function visibleText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6])>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Whitespace as the emitter folds it (ASCII spaces, tabs, line breaks → one space, trimmed). */
export const fold = (s: string) => s.replace(/[\t\n\r\f\v ]+/g, ' ').trim();
