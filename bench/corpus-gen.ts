/**
 * Benchmark corpora from real Chinese text nobody here wrote: the classical poems of the
 * `chinese-poetry` package (Traditional script), grouped into document-sized pages and wrapped in
 * the kind of boilerplate scrapers bring (page-title line with a site suffix, navigation, a date line,
 * a share widget, an ICP footer), several pages glued into one raw file now and then, plus the seed
 * corpus mixed in. Deterministic: the same size gives the same files.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const POETRY_DIR = path.resolve(import.meta.dirname, '../node_modules/chinese-poetry/dist/quantangshi');
const SEED_DIR = path.resolve(import.meta.dirname, '../content/raw');

/** Characters of poem text per generated document (a typical news article or policy page). */
const TARGET_CHARS = 1500;
/** Every Nth raw file holds three pages glued together, like the scraped seed files. */
const GLUE_EVERY = 10;

interface Poem {
  author: string;
  title: string;
  paragraphs: string[];
}

let poemCache: Poem[] | undefined;

function loadPoems(): Poem[] {
  if (poemCache) return poemCache;
  const files = readdirSync(POETRY_DIR)
    .filter((n) => /^poet\.(tang|song)\.\d+\.json$/.test(n))
    .sort((a, b) => {
      const [, ea, na] = a.match(/^poet\.(\w+)\.(\d+)/)!;
      const [, eb, nb] = b.match(/^poet\.(\w+)\.(\d+)/)!;
      return ea === eb ? Number(na) - Number(nb) : ea! < eb! ? 1 : -1;
    });
  const poems: Poem[] = [];
  for (const f of files) {
    for (const p of JSON.parse(readFileSync(path.join(POETRY_DIR, f), 'utf8')) as Poem[]) {
      if (p.paragraphs?.length) poems.push({ author: p.author, title: p.title, paragraphs: p.paragraphs });
    }
  }
  poemCache = poems;
  return poems;
}

/** Document i: consecutive poems; past the first pass over the collection, a different stride. */
function documentBody(i: number, poems: Poem[]): { title: string; lines: string[]; chars: number } {
  const pass = Math.floor((i * TARGET_CHARS) / 19_000_000);
  const stride = [1, 7919, 104729, 1299709][pass % 4]!;
  const lines: string[] = [];
  let chars = 0;
  let k = (i * 23) % poems.length;
  let first: Poem | undefined;
  while (chars < TARGET_CHARS) {
    const p = poems[(k * stride) % poems.length]!;
    first ??= p;
    lines.push(p.title, ...p.paragraphs);
    chars += p.title.length + p.paragraphs.join('').length;
    k++;
  }
  return { title: `${first!.author}詩選 ${first!.title}（第${i + 1}篇）`, lines, chars };
}

function page(i: number, poems: Poem[]): string {
  const body = documentBody(i, poems);
  const year = 2000 + (i % 24);
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  return [
    `${body.title}_古詩文網`,
    `${body.title}_古詩文網`,
    '首頁', '|', '詩文', '|', '名句', '|', '作者', '|', '古籍', '|', '登錄',
    body.title,
    `發佈時間:${year}-${month}-${day}`,
    '分享:',
    ...body.lines,
    '上一篇', '下一篇',
    '版權所有 古詩文網 京ICP備00000000號',
    '',
  ].join('\n');
}

export interface GeneratedCorpus {
  dir: string;
  documents: number;
  files: number;
  bytes: number;
}

/** Write `documents` generated pages (plus the seed files) into `dir`, replacing what was there. */
export function generateCorpus(documents: number, dir: string): GeneratedCorpus {
  const poems = loadPoems();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  let i = 0;
  while (i < documents) {
    const glued = files % GLUE_EVERY === GLUE_EVERY - 1 ? Math.min(3, documents - i) : 1;
    const text = Array.from({ length: glued }, (_, g) => page(i + g, poems)).join('');
    const name = `gen-${String(files).padStart(6, '0')}.txt`;
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
    i += glued;
    files++;
  }
  for (const seed of readdirSync(SEED_DIR).sort()) {
    copyFileSync(path.join(SEED_DIR, seed), path.join(dir, seed));
    bytes += readFileSync(path.join(SEED_DIR, seed)).length;
    files++;
  }
  return { dir, documents, files, bytes };
}

/** A few MB of real Traditional text, for converter throughput. */
export function sampleText(bytes: number): string {
  const poems = loadPoems();
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = poems[i % poems.length]!;
    const s = p.paragraphs.join('');
    parts.push(s);
    n += Buffer.byteLength(s);
  }
  return parts.join('\n');
}
