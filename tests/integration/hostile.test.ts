/**
 * Issue 6: hostile and malformed raw files (tests/fixtures/hostile/, made by tests/fixtures/make-hostile.ts).
 *
 * The pipeline runs in-process on the fixture folder (read the way the CLI reads it), and the CLI runs on a
 * temporary copy for the cases that need files on disk (a 5 MB single line, the size limit, exit codes).
 * What a reader and an editor depend on: every file is accounted for in the report, nothing in a raw file
 * becomes markup, every payload shows as the literal text, no character is lost or replaced by U+FFFD.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readInput } from '../../scripts/corpus.ts';
import { runPipeline, type PipelineOutput } from '../../scripts/pipeline/index.ts';
import type { FileReport, Report } from '../../scripts/pipeline/report.ts';
import { DECODE } from '../../scripts/pipeline/thresholds.ts';
import type { RawFile } from '../../scripts/pipeline/types.ts';
import {
  HOSTILE_DIR,
  hostileFixtures,
  LONG_LINE_ID,
  LONG_LINE_NAME,
  longLineFile,
  README_NAME,
  SIDECAR_SUFFIX,
} from '../fixtures/make-hostile.ts';
import { readTree, runCorpus, tempDir } from '../helpers/cli.ts';
import { esmLines, fold, parseFrontmatter, splitDocument, tags, tagsWithAttributes, unescapedMarkup, visibleText } from '../helpers/mdx-inspect.ts';
import { renderMdx } from '../helpers/mdx-render.ts';

// The site's content schema (src/content.config.ts) outside Astro: only its two Astro-only helpers are stubbed.
vi.mock('astro:content', () => ({ defineCollection: (c: unknown) => c }));
vi.mock('astro/loaders', () => ({ glob: () => ({}) }));

const fixtures = hostileFixtures();
const byName = new Map(fixtures.map((f) => [f.name, f]));
const publishable = fixtures.filter((f) => f.expected.status !== 'rejected');
/** Fixtures the decode stage can read (everything but the files rejected as a whole). */
const decodable = fixtures.filter((f) => f.expected.status !== 'rejected' || f.expected.codes.includes('too-short'));
const SCRIPTS = ['zh-hans', 'zh-hant'] as const;
const ALLOWED_ELEMENTS = new Set(['p', 'h2', 'h3', 'h4', 'h5']);
/** C0 controls except LF, DEL, C1 controls, CR: none may reach a generated file. */
const CONTROL_OR_CR = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

let inputs: RawFile[];
let warnings: string[];
let out: PipelineOutput;

function fileReport(name: string): FileReport {
  const entry = out.report.files.find((f) => f.name === name);
  if (!entry) throw new Error(`${name} is missing from the report`);
  return entry;
}

/** Slugs of the documents holding a fixture's text: its own, or the one it was merged into. */
function slugsOf(name: string): string[] {
  const r = fileReport(name);
  return [...new Set([...r.documents, ...r.mergedInto.map((m) => m.into)])];
}

function mdxOf(slug: string, script: (typeof SCRIPTS)[number]): string {
  const text = out.files.get(`${script}/${slug}.mdx`);
  if (text === undefined) throw new Error(`no ${script}/${slug}.mdx in the output`);
  return text;
}

/** Files in a folder, recursively, relative, sorted. */
function listFolder(dir: string, prefix = ''): string[] {
  const names: string[] = [];
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) names.push(...listFolder(dir, rel));
    else names.push(rel);
  }
  return names;
}

/** The fixture folder without its README, copied to a new temporary folder. */
function copyFixtures(): string {
  const dir = tempDir('hostile-in');
  for (const rel of listFolder(HOSTILE_DIR)) {
    if (rel === README_NAME) continue;
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(path.join(HOSTILE_DIR, rel), path.join(dir, rel));
  }
  return dir;
}

beforeAll(async () => {
  const read = readInput(HOSTILE_DIR, DECODE.maxFileBytes);
  inputs = read.files.filter((f) => f.name !== README_NAME);
  warnings = read.warnings;
  out = runPipeline(inputs);
});

describe('hostile fixture folder', () => {
  it('holds exactly what tests/fixtures/make-hostile.ts generates (rerun it after changing the generator)', () => {
    const expected = fixtures.flatMap((f) => (f.sidecar === undefined ? [f.name] : [f.name, f.name + SIDECAR_SUFFIX]));
    expect(listFolder(HOSTILE_DIR)).toEqual([...expected, README_NAME].sort());
    for (const f of fixtures) {
      expect(new Uint8Array(readFileSync(path.join(HOSTILE_DIR, f.name))), f.name).toEqual(f.bytes);
      if (f.sidecar !== undefined) expect(readFileSync(path.join(HOSTILE_DIR, f.name + SIDECAR_SUFFIX), 'utf8')).toBe(f.sidecar);
    }
  });
});

describe('report: every input file accounted for', () => {
  it('lists every input file exactly once', () => {
    expect(out.report.files.map((f) => f.name).sort()).toEqual(inputs.map((f) => f.name).sort());
    expect(inputs.map((f) => f.name).sort()).toEqual(fixtures.map((f) => f.name).sort());
  });

  it.each(fixtures)('$name: has the expected status, and every rejection a code, a reason and its size', (f) => {
    const r = fileReport(f.name);
    expect(['published', 'merged', 'rejected']).toContain(r.status);
    if (f.expected.status === 'published') expect(r.status).toBe('published');
    if (f.expected.status === 'published-or-merged') expect(['published', 'merged']).toContain(r.status);
    if (f.expected.status === 'rejected') {
      expect(r.status).toBe('rejected');
      expect(r.documents).toEqual([]);
      expect(f.expected.codes).toContain(r.rejected[0]?.code);
    }
    for (const rejection of r.rejected) {
      expect(rejection.code).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(rejection.reason.trim().length).toBeGreaterThan(10);
      if (f.bytes.length > 0) expect(rejection.bytes).toBeGreaterThan(0);
      else expect(rejection.bytes).toBe(0);
    }
  });

  it.each(fixtures.filter((f) => f.expected.status === 'rejected' && !f.expected.codes.includes('too-short')))(
    '$name: a file rejected as a whole is rejected with all its bytes',
    (f) => {
      const r = fileReport(f.name);
      expect(r.rejected.reduce((n, x) => n + x.bytes, 0)).toBe(f.bytes.length);
      expect(r.bytes).toBe(f.bytes.length);
    },
  );

  it.each(decodable)('$name: accounts for every non-blank line (none unaccounted)', (f) => {
    const r = fileReport(f.name);
    expect(r.lines.unaccounted).toBe(0);
    expect(r.lines.total).toBe(f.lines);
    expect(r.lines.published + r.lines.merged + r.lines.removed + r.lines.rejected).toBe(r.lines.total);
  });

  it('publishes one of two identical documents and merges the other into it, whatever their encodings', () => {
    const pair = fixtures.filter((f) => f.expected.status === 'published-or-merged');
    expect(pair).toHaveLength(2);
    const [a, b] = pair.map((f) => fileReport(f.name));
    expect([a!.status, b!.status].sort()).toEqual(['merged', 'published']);
    const published = a!.status === 'published' ? a! : b!;
    const merged = a!.status === 'merged' ? a! : b!;
    expect(merged.mergedInto.map((m) => m.into)).toEqual(published.documents);
  });
});

describe('decoding', () => {
  it.each(fixtures.filter((f) => f.encoding))('$name: detected as $encoding (BOM: $bom)', (f) => {
    const r = fileReport(f.name);
    expect(r.encoding).toBe(f.encoding);
    expect(r.bom).toBe(f.bom);
  });

  it.each(decodable)('$name: counts the control characters it removed', (f) => {
    expect(fileReport(f.name).controlCharsRemoved).toBe(f.controlChars);
  });

  it.each(decodable)('$name: counts invalid byte sequences (and literal U+FFFD) it dropped', (f) => {
    const n = fileReport(f.name).invalidSequences ?? -1;
    if (f.invalidAtMost === 0) expect(n).toBe(0);
    else {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(f.invalidAtMost);
    }
  });

  it('sums the dropped invalid sequences in the report summary', () => {
    const perFile = out.report.files.reduce((n, f) => n + (f.invalidSequences ?? 0), 0);
    expect(out.report.summary.invalidSequences).toBe(perFile);
    expect(perFile).toBeGreaterThan(0);
  });

  it('writes no U+FFFD, no control character and no CR into any output file', () => {
    for (const [rel, text] of out.files) {
      expect(text.includes('\uFFFD'), `U+FFFD in ${rel}`).toBe(false);
      expect(CONTROL_OR_CR.exec(text)?.[0], `control character in ${rel}`).toBeUndefined();
    }
  });

  it.each(fixtures.filter((f) => f.intact.length > 0))('$name: keeps characters outside the BMP intact in both scripts', (f) => {
    for (const slug of slugsOf(f.name)) {
      for (const script of SCRIPTS) {
        const { body } = splitDocument(mdxOf(slug, script));
        for (const s of f.intact) expect(body, `${s} in ${script}/${slug}`).toContain(s);
      }
    }
    expect(slugsOf(f.name).length).toBeGreaterThan(0);
  });
});

describe('nothing from a raw file becomes markup', () => {
  const mdxFiles = () => [...out.files.entries()].filter(([rel]) => rel.endsWith('.mdx'));

  it('every MDX body has every < and { escaped and no line starting with import/export', () => {
    expect(mdxFiles().length).toBeGreaterThan(0);
    for (const [rel, text] of mdxFiles()) {
      const { body } = splitDocument(text);
      expect(unescapedMarkup(body), rel).toEqual([]);
      expect(esmLines(body), rel).toEqual([]);
    }
  });

  it('every frontmatter is one `key: <JSON>` line per field and parses back to the same values', () => {
    for (const [rel, text] of mdxFiles()) {
      const { frontmatter } = splitDocument(text);
      for (const line of frontmatter.split('\n')) {
        const m = /^([a-zA-Z]+): (.*)$/.exec(line);
        expect(m, `${rel}: ${line}`).not.toBeNull();
        expect(() => JSON.parse(m![2]!), `${rel}: ${line}`).not.toThrow();
      }
      const fm = parseFrontmatter(frontmatter);
      expect(typeof fm.title, rel).toBe('string');
      expect(String(fm.slug), rel).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('every generated document satisfies the site content schema, so the site build cannot fail on it', async () => {
    const { docSchema } = await import('../../src/content.config.ts');
    for (const [rel, text] of mdxFiles()) {
      const parsed = docSchema.safeParse(parseFrontmatter(splitDocument(text).frontmatter));
      const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(problems, rel).toEqual([]);
    }
  });

  it.each(publishable)('$name: renders as paragraphs and headings only, with every payload visible as literal text', async (f) => {
    const slugs = slugsOf(f.name);
    expect(slugs.length).toBeGreaterThan(0);
    for (const script of SCRIPTS) {
      let seen = '';
      for (const slug of slugs) {
        const html = await renderMdx(splitDocument(mdxOf(slug, script)).body);
        const elements = tags(html);
        expect(elements.filter((t) => !ALLOWED_ELEMENTS.has(t)), `${script}/${slug}`).toEqual([]);
        expect(tagsWithAttributes(html), `${script}/${slug}`).toEqual([]);
        seen += visibleText(html);
      }
      for (const marker of f.visible) expect(fold(seen), `${script}: ${marker}`).toContain(fold(marker));
    }
  });

  it('keeps a hostile sidecar as data: its title and source verbatim, the traversal slug ignored', () => {
    const f = byName.get('sidecar-hostile.txt')!;
    const side = JSON.parse(f.sidecar!).documents['0'];
    const [slug] = slugsOf(f.name);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const fm = parseFrontmatter(splitDocument(mdxOf(slug!, 'zh-hans')).frontmatter);
    expect(fm.title).toBe(side.title);
    expect(fm.source).toBe(side.source);
    expect([...out.files.keys()].every((rel) => /^(zh-hans|zh-hant)\/[a-z0-9-]+\.mdx$|^report\.json$/.test(rel))).toBe(true);
  });

  it('warns about a sidecar that is not JSON, naming it, and still publishes the file', () => {
    expect(warnings.some((w) => w.includes(`sidecar-invalid-json.txt${SIDECAR_SUFFIX}`))).toBe(true);
    expect(fileReport('sidecar-invalid-json.txt').status).toBe('published');
  });

  it('keeps unsafe file names verbatim as sources (data), whatever characters they hold', () => {
    for (const f of publishable) {
      for (const slug of slugsOf(f.name)) {
        const fm = parseFrontmatter(splitDocument(mdxOf(slug, 'zh-hans')).frontmatter);
        expect(fm.sources as string[]).toContain(f.name);
      }
    }
  });
});

describe('determinism', () => {
  it('produces byte-identical output on a second run', () => {
    const again = runPipeline(inputs);
    expect([...again.files.keys()]).toEqual([...out.files.keys()]);
    for (const [rel, text] of out.files) expect(again.files.get(rel), rel).toBe(text);
  });
});

describe('corpus CLI on hostile input', () => {
  it(
    'processes a 5 MB single-line file without crashing, next to every other fixture, and reruns byte-identically',
    () => {
      const input = copyFixtures();
      const longBytes = longLineFile();
      writeFileSync(path.join(input, LONG_LINE_NAME), longBytes);
      const a = path.join(tempDir('hostile-out'), 'docs');
      const b = path.join(tempDir('hostile-out'), 'docs');
      const first = runCorpus(input, a, ['--no-cache']);
      expect(first.stderr).not.toMatch(/internal error/);
      expect(first.status).toBe(0);
      expect(runCorpus(input, b, ['--no-cache']).status).toBe(0);
      const tree = readTree(a);
      expect(readTree(b)).toEqual(tree);

      const report = JSON.parse(tree.get('report.json')!) as Report;
      const long = report.files.find((f) => f.name === LONG_LINE_NAME)!;
      expect(long.bytes).toBe(longBytes.length);
      expect(['published', 'rejected']).toContain(long.status);
      if (long.status === 'rejected') {
        expect(long.rejected.length).toBeGreaterThan(0);
        for (const r of long.rejected) {
          expect(r.reason.trim().length).toBeGreaterThan(10);
          expect(r.bytes).toBeGreaterThan(0);
        }
        expect(first.stdout).toContain(LONG_LINE_NAME);
      } else {
        expect(long.lines.unaccounted).toBe(0);
        const docs = long.documents.map((slug) => tree.get(`zh-hans/${slug}.mdx`)!);
        expect(docs.join('')).toContain(LONG_LINE_ID);
        for (const doc of docs) {
          expect(unescapedMarkup(splitDocument(doc).body)).toEqual([]);
          expect(doc.includes('\uFFFD')).toBe(false);
        }
      }
      // The big file does not stop the others.
      for (const f of fixtures) {
        const entry = report.files.find((x) => x.name === f.name);
        expect(entry, f.name).toBeDefined();
        if (f.expected.status === 'published') expect(entry!.status, f.name).toBe('published');
      }
    },
    300_000,
  );

  it('rejects the 5 MB file as too large under a smaller --max-bytes, with its size, and publishes the rest', () => {
    const input = copyFixtures();
    const longBytes = longLineFile();
    writeFileSync(path.join(input, LONG_LINE_NAME), longBytes);
    const outDir = path.join(tempDir('hostile-out'), 'docs');
    const r = runCorpus(input, outDir, ['--no-cache', '--max-bytes', String(1024 * 1024)]);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8')) as Report;
    const long = report.files.find((f) => f.name === LONG_LINE_NAME)!;
    expect(long.status).toBe('rejected');
    expect(long.rejected).toEqual([expect.objectContaining({ code: 'too-large', bytes: longBytes.length })]);
    expect(r.stdout).toContain(LONG_LINE_NAME);
    expect(report.summary.documents).toBeGreaterThan(0);
  }, 120_000);

  it('exits 1 naming every file when none of them can be published, and writes nothing', () => {
    const input = tempDir('hostile-bad');
    const bad = fixtures.filter((f) => f.expected.status === 'rejected');
    for (const f of bad) writeFileSync(path.join(input, f.name), f.bytes);
    const outDir = path.join(tempDir('hostile-out'), 'docs');
    const r = runCorpus(input, outDir, ['--no-cache']);
    expect(r.status).toBe(1);
    for (const f of bad) expect(r.stderr).toContain(f.name);
    expect(readTree(outDir).size).toBe(0);
  }, 120_000);
});
