/**
 * emit: one converted document → the text of its MDX file in one script.
 *
 * Content is data: every character of scraped text is escaped so that MDX can only ever read it
 * as literal text — no JSX, no expressions, no HTML, no Markdown syntax, no autolinks.
 * Frontmatter values are JSON literals (JSON is a subset of YAML), so no scalar can be
 * misread as YAML syntax either.
 */
import type { Ambiguity, Block, DocMetadata, Relation, Script, Variant } from './types.ts';

/**
 * ASCII characters that can start syntax in MDX + GFM: JSX/HTML (<), expressions ({ }), emphasis (* _ ~),
 * code (`), headings (#), lists and breaks (- + . ) after digits), links and images ([ ] ( ) !), tables (|),
 * entities (&), autolinks (: @), block quotes (>), math ($) and the escape itself (\). CommonMark lets any
 * ASCII punctuation be backslash-escaped; harmless ones (, ; ? / ' " = %) stay as they are.
 */
const MARKUP_CHARS = /[\\`*_{}[\]()<>#+\-.!|~&:@$^]/g;

/**
 * Escape one line of scraped text for an MDX text position.
 * - Every markup character (MARKUP_CHARS) gets a backslash.
 * - Whitespace runs (incl. tabs) collapse to one space and the line is trimmed, so no indentation
 *   can open a code block and no trailing spaces can make a hard break.
 */
export function escapeMdxText(text: string): string {
  // Most Chinese paragraphs hold nothing to escape or fold: they are returned as they are.
  if (!NEEDS_WORK.test(text) && text.trim() === text) return text;
  return text
    .replace(/[\t\n\r\f\v ]+/g, ' ')
    .trim()
    .replace(MARKUP_CHARS, (c) => `\\${c}`)
    .replace(ESM_KEYWORD_AT_START, (_m, first: string) => `&#${first.charCodeAt(0)};`);
}

/** MDX reads a paragraph starting with `import`/`export` as JavaScript; a character reference for the
 *  first letter keeps the same visible text without the keyword. */
const ESM_KEYWORD_AT_START = /^([ie])(?=mport|xport)/;

/** Anything escapeMdxText would change in a trimmed line: folded whitespace, markup, a leading keyword. */
const NEEDS_WORK = new RegExp(`[\\t\\n\\r\\f\\v]| {2}|${MARKUP_CHARS.source}|${ESM_KEYWORD_AT_START.source}`);

const HEADING_MARK: Record<2 | 3 | 4 | 5, string> = { 2: '##', 3: '###', 4: '####', 5: '#####' };

/** Blocks → Markdown body. Each block becomes exactly one top-level element (h2–h5 or p). */
export function renderBody(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    const text = escapeMdxText(block.text);
    if (!text) continue;
    out.push(block.type === 'heading' ? `${HEADING_MARK[block.level]} ${text}` : text);
  }
  return out.join('\n\n') + '\n';
}

/** Blocks that survive rendering (non-empty), in order: their 1-based position is the anchor number. */
export function visibleBlocks(blocks: Block[]): Block[] {
  // escapeMdxText gives '' exactly when the text is nothing but the whitespace it collapses.
  return blocks.filter((b) => NOT_COLLAPSED_SPACE.test(b.text));
}

const NOT_COLLAPSED_SPACE = /[^\t\n\r\f\v ]/;

export interface RemovedSummary {
  code: string;
  count: number;
  /** First characters of each removed line (capped), for the collapsible provenance list. */
  samples: string[];
}

export interface DocFrontmatter extends DocMetadata {
  slug: string;
  lang: Script;
  originalLang: Script;
  originalVariant: Variant;
  sources: string[];
  /** Characters of body text (without whitespace). */
  chars: number;
  /** Counts and samples of what the pipeline removed from this document. */
  removed: RemovedSummary[];
  /** Slugs of documents merged into this one (their URLs redirect here). */
  aliases: string[];
  related: Relation[];
  ambiguities: Ambiguity[];
  /** Fields an editor set in a sidecar. */
  manual: string[];
}

const FIELD_ORDER: (keyof DocFrontmatter)[] = [
  'title', 'slug', 'date', 'source', 'author', 'editor', 'number', 'url', 'lang', 'originalLang', 'originalVariant',
  'sources', 'chars', 'manual', 'aliases', 'removed', 'related', 'ambiguities',
];

/** Characters YAML does not allow in a document, even inside quotes (C0/C1 controls, U+FFFE/U+FFFF). */
const YAML_NON_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;

/** JSON with sorted keys inside objects, one line: deterministic and valid YAML. */
function yamlValue(value: unknown): string {
  return sortedJson(value).replace(YAML_NON_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * JSON.stringify with every object's keys in code-unit order (written out: a replacer that rebuilt each
 * object sorted was most of an incremental run's emit time, ambiguity records being thousands of objects).
 */
function sortedJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    // lists of numbers or strings (block positions, sources) have no keys to sort: JSON.stringify writes them alike
    if (value.every(isPrimitive)) return JSON.stringify(value);
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : sortedJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const fields: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v !== undefined && typeof v !== 'function') fields.push(`${JSON.stringify(key)}:${sortedJson(v)}`);
  }
  return `{${fields.join(',')}}`;
}

const isPrimitive = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function' && v !== undefined);

/** Frontmatter values rendered ahead of the block they go in (the pipeline renders what depends on the
 *  document alone with the document, and caches it with it). */
export type RenderedValues = Partial<Record<keyof DocFrontmatter, string>>;

/** Frontmatter values rendered as the block writes them; undefined and empty values are left out. */
export function renderValues(values: Partial<DocFrontmatter>): RenderedValues {
  const out: RenderedValues = {};
  for (const [key, value] of Object.entries(values) as [keyof DocFrontmatter, unknown][]) {
    if (value !== undefined && value !== '') out[key] = yamlValue(value);
  }
  return out;
}

/** The frontmatter block of rendered values, in the fixed field order. */
export function frontmatterBlock(values: RenderedValues): string {
  const lines = ['---'];
  for (const key of FIELD_ORDER) {
    const value = values[key];
    if (value !== undefined) lines.push(`${key}: ${value}`);
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}

export function renderFrontmatter(fm: DocFrontmatter): string {
  return frontmatterBlock(renderValues(fm));
}

/** The MDX file: frontmatter, then the body (blocks, or a body renderBody made earlier). */
export function renderDocument(fm: DocFrontmatter, body: Block[] | string): string {
  return documentFrom(renderValues(fm), typeof body === 'string' ? body : renderBody(body));
}

/** The MDX file from frontmatter values and a body rendered earlier. */
export function documentFrom(values: RenderedValues, body: string): string {
  return `${frontmatterBlock(values)}\n${body}`;
}
