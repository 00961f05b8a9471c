/**
 * Benchmark of the near-duplicate stage (scripts/pipeline/neardup.ts) on synthetic corpora.
 *
 *   benchNeardup([1000, 10000, 100000]) → [{ docs, ms, msPerDoc }, …]   (called by bench/run.ts)
 *   npm exec -- tsx bench/neardup.ts 1000 10000 100000                 (prints a table)
 *
 * Documents are ~3,000 characters of real classical Chinese (lines of Tang poems from the
 * `chinese-poetry` package, drawn with a seeded PRNG into paragraphs), and 10 % of them are planted
 * copies of earlier documents — 5 % edited copies (2 % of characters changed, near-duplicates) and 5 %
 * excerpts (a 30 % slice, contained-in) — so the timing includes exact verification of real pairs, not
 * just indexing. Only the stage is timed, not the generation of its input; a small untimed run first
 * warms the JIT up.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRelations, type NeardupDoc } from '../scripts/pipeline/neardup.ts';
import { prng } from '../tests/helpers/prng.ts';

export interface BenchRow {
  docs: number;
  ms: number;
  msPerDoc: number;
}


/** Lines of Tang poems (Traditional script, punctuation kept), from a few files of the package. */
function loadPoemLines(files = 12): string[] {
  const require = createRequire(import.meta.url);
  const root = join(dirname(require.resolve('chinese-poetry/package.json')), 'dist', 'quantangshi');
  const names = readdirSync(root)
    .filter((n) => /^poet\.tang\.\d+\.json$/.test(n))
    .sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
    .slice(0, files);
  const lines: string[] = [];
  for (const name of names) {
    const poems = JSON.parse(readFileSync(join(root, name), 'utf8')) as { paragraphs?: string[] }[];
    for (const poem of poems) for (const line of poem.paragraphs ?? []) if (line.length >= 8) lines.push(line);
  }
  return lines;
}

function makeDoc(slug: string, paragraphs: string[]): NeardupDoc {
  const text = paragraphs.join('\n');
  return { slug, paragraphs, text, chars: text.length };
}

/** ~3,000 characters in paragraphs of 6–10 random poem lines. */
function randomParagraphs(lines: string[], random: () => number, targetChars = 3000): string[] {
  const paragraphs: string[] = [];
  let chars = 0;
  while (chars < targetChars) {
    const count = 6 + Math.floor(random() * 5);
    let paragraph = '';
    for (let i = 0; i < count; i++) paragraph += lines[Math.floor(random() * lines.length)]!;
    paragraphs.push(paragraph);
    chars += paragraph.length;
  }
  return paragraphs;
}

/** Replace `rate` of the characters with characters drawn from elsewhere in the pool. */
function editChars(paragraphs: string[], rate: number, random: () => number, pool: string[]): string[] {
  return paragraphs.map((p) => {
    const chars = [...p];
    for (let i = 0; i < chars.length; i++) if (random() < rate) chars[i] = pool[Math.floor(random() * pool.length)]!;
    return chars.join('');
  });
}

/** A synthetic corpus of `size` documents, 10 % of them planted copies or excerpts of earlier ones. */
export function benchCorpus(size: number, lines: string[], seed = 7): NeardupDoc[] {
  const random = prng(seed);
  const pool = [...lines.slice(0, 2000).join('').replace(/[^\p{L}]/gu, '')];
  const docs: NeardupDoc[] = [];
  for (let i = 0; i < size; i++) {
    const slug = `d${String(i).padStart(6, '0')}`;
    const roll = random();
    const source = i > 0 ? docs[Math.floor(random() * i)] : undefined;
    if (source && roll < 0.05) {
      docs.push(makeDoc(slug, editChars(source.paragraphs, 0.02, random, pool)));
    } else if (source && roll < 0.1) {
      const n = source.paragraphs.length;
      const from = Math.floor(random() * n * 0.6);
      docs.push(makeDoc(slug, source.paragraphs.slice(from, from + Math.max(1, Math.round(n * 0.3)))));
    } else {
      docs.push(makeDoc(slug, randomParagraphs(lines, random)));
    }
  }
  return docs;
}

export async function benchNeardup(sizes: number[]): Promise<BenchRow[]> {
  const lines = loadPoemLines();
  findRelations(benchCorpus(500, lines, 1)); // warm-up, untimed: the first size must not pay for JIT compilation
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    let docs: NeardupDoc[] | undefined = benchCorpus(size, lines);
    const start = performance.now();
    const result = findRelations(docs);
    const ms = performance.now() - start;
    if (result.pairs.length === 0 && size >= 100) throw new Error('benchmark corpus produced no pairs: the stage is broken');
    docs = undefined; // let the corpus be collected before the next size
    rows.push({ docs: size, ms: Math.round(ms), msPerDoc: Math.round((ms / size) * 1000) / 1000 });
  }
  return rows;
}

function printTable(rows: BenchRow[]): void {
  console.log('docs'.padStart(8), 'ms'.padStart(10), 'ms/doc'.padStart(8), 'vs first'.padStart(9));
  const first = rows[0];
  for (const r of rows) {
    const ratio = first ? r.msPerDoc / first.msPerDoc : 1;
    console.log(String(r.docs).padStart(8), String(r.ms).padStart(10), r.msPerDoc.toFixed(3).padStart(8), `${ratio.toFixed(2)}×`.padStart(9));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  benchNeardup(sizes.length > 0 ? sizes : [1000, 10000, 100000]).then(printTable, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
