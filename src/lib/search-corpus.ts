/**
 * Build time: the text of the generated documents (content/docs/<script>/<slug>.mdx) as block pairs
 * for the search conversion data (src/lib/search-map.ts). Reads the MDX files directly because the
 * content collection does not keep bodies (retainBody: false).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BlockPair } from './search-map.ts';

export interface DocumentText {
  title: string;
  source?: string;
  /** Visible text of each body block, in order (headings without their `#` marks). */
  blocks: string[];
}

/** MDX escapes every markup character with a backslash (scripts/pipeline/emit.ts); undo that. */
function unescapeMdx(text: string): string {
  return text.replace(/^&#(\d+);/, (_m, code: string) => String.fromCharCode(Number(code))).replace(/\\([\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e])/g, '$1');
}

/** One generated MDX file → title, source and block texts. Frontmatter values are one-line JSON. */
export function parseMdxDocument(text: string): DocumentText {
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0) return { title: '', blocks: [] };
  const fields = new Map<string, unknown>();
  for (const line of text.slice(4, end).split('\n')) {
    const colon = line.indexOf(': ');
    if (colon <= 0) continue;
    try {
      fields.set(line.slice(0, colon), JSON.parse(line.slice(colon + 2)));
    } catch {
      /* not a JSON value: not a field this reader needs */
    }
  }
  const blocks = text
    .slice(end + 5)
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => unescapeMdx(b.replace(/^#{1,6} /, '')));
  const title = fields.get('title');
  const source = fields.get('source');
  return { title: typeof title === 'string' ? title : '', source: typeof source === 'string' ? source : undefined, blocks };
}

/**
 * Pair the blocks of one document's two versions. A document whose versions have different numbers
 * of blocks contributes only its title and source (its blocks cannot be paired safely).
 */
export function pairDocument(hans: DocumentText, hant: DocumentText): BlockPair[] {
  const pairs: BlockPair[] = [{ hans: hans.title, hant: hant.title }];
  if (hans.source && hant.source) pairs.push({ hans: hans.source, hant: hant.source });
  if (hans.blocks.length === hant.blocks.length) {
    hans.blocks.forEach((b, i) => pairs.push({ hans: b, hant: hant.blocks[i]! }));
  }
  return pairs;
}

/** Every block pair of the corpus in `docsDir` (content/docs), in slug order. */
export function readBlockPairs(docsDir: string): BlockPair[] {
  const hansDir = path.join(docsDir, 'zh-hans');
  const hantDir = path.join(docsDir, 'zh-hant');
  if (!existsSync(hansDir) || !existsSync(hantDir)) return [];
  const pairs: BlockPair[] = [];
  for (const file of readdirSync(hansDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const other = path.join(hantDir, file);
    if (!existsSync(other)) continue;
    const hans = parseMdxDocument(readFileSync(path.join(hansDir, file), 'utf8'));
    const hant = parseMdxDocument(readFileSync(other, 'utf8'));
    pairs.push(...pairDocument(hans, hant));
  }
  return pairs;
}
