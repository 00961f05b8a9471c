/**
 * Dedupe inside one document: scraped pages often hold the whole body twice (sometimes with one
 * character different between the copies), repeat the title line mid-body or at the end, or repeat
 * paragraphs (a speech transcript quoting earlier paragraphs). One copy of each is kept.
 *
 * - In a document holding both scripts, lines are compared in one script (script-fold.ts): a body printed
 *   again in the other script is a repeat.
 * - Title repeats: a line equal to the title hint or to the first line, seen again → 'duplicate-title'.
 * - Long lines (≥ DEDUPE.minChars letters, not headings): exact repeats, and near repeats within
 *   DEDUPE.maxEditRatio edit distance (MAP-CC's in-document rule). Candidates are found by MinHash
 *   buckets over character shingles, so only a few pairs per line get an edit-distance check.
 *   The kept copy stays at the FIRST position (reading order), but when the later copy is longer (more
 *   complete, e.g. the first lost a character) the later copy's line is the one kept there.
 * - Short lines inside a repeated block (a heading between two repeated paragraphs) go with the block when
 *   the same short line sits at the same place in the first copy. Other short lines are never touched:
 *   the structure stage needs table-of-contents lines and their headings.
 * - A run of ≥ DEDUPE.blockMinLines removed lines is recorded as 'duplicate-body', else 'duplicate-line'.
 *
 * Note: `lines` stays in reading order; after a swap a kept line may carry a later line number.
 */
import type { Line, Removal, WorkingDoc } from './types.ts';
import { DEDUPE } from './thresholds.ts';
import { codePointLength, isDateLine, isHeadingLike, isMetadataLine, lettersAndDigits, nfkcEach } from './clean-signals.ts';
import { SENTENCE_END } from './clean-patterns.ts';
import { foldToSimplified, holdsBothScripts } from './script-fold.ts';

export type DedupeThresholds = { readonly [K in keyof typeof DEDUPE]: number };

/** Comparison key: NFKC, letters and digits only (spacing and punctuation variants compare equal); in a
 *  document that holds both scripts, folded to Simplified characters (a body printed again in the other
 *  script compares equal). */
function compareKey(text: string, fold: boolean): string {
  const key = lettersAndDigits(text.normalize('NFKC'));
  return fold ? foldToSimplified(key) : key;
}

/** compareKey of every line (one NFKC call for the whole document). */
function compareKeys(lines: Line[], fold: boolean): string[] {
  const keys = nfkcEach(lines.map((line) => line.text)).map(lettersAndDigits);
  return fold ? keys.map(foldToSimplified) : keys;
}

// ------------------------------------------------------------------ hashing (deterministic, 32-bit)

function fnv1a(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads a 32-bit value; with a per-function seed it gives independent hashes. */
function mix(x: number, seed: number): number {
  let h = (x ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MinHash signature of the key's character shingles: one minimum per hash function. */
function minhash(key: string, t: DedupeThresholds): number[] {
  const k = Math.min(t.shingleChars, key.length);
  const mins = new Array<number>(t.numHashes).fill(0xffffffff);
  for (let i = 0; i + k <= key.length; i++) {
    const base = fnv1a(key, i, i + k);
    for (let f = 0; f < t.numHashes; f++) {
      const v = mix(base, f);
      if (v < mins[f]!) mins[f] = v;
    }
  }
  return mins;
}

// ------------------------------------------------------------------ edit distance (banded)

/** Levenshtein distance between a and b if it is ≤ limit, else limit + 1 (Ukkonen's band). */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  let x = [...a];
  let y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  // A shared prefix and suffix cost nothing: only the differing middle goes through the band.
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  x = x.slice(head, x.length - tail);
  y = y.slice(head, y.length - tail);
  const big = limit + 1;
  let prev = new Array<number>(y.length + 1);
  let cur = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j <= limit ? j : big;
  for (let i = 1; i <= x.length; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(y.length, i + limit);
    cur.fill(big);
    cur[0] = i <= limit ? i : big;
    let rowMin = cur[0]!;
    for (let j = lo; j <= hi; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const v = Math.min(prev[j - 1]! + cost, prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = Math.min(v, big);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > limit) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[y.length]!, big);
}

// ------------------------------------------------------------------ long-line matching

/** Finds, for each long line, an earlier kept line it repeats (exactly or within the edit ratio). */
class RepeatIndex {
  private exact = new Map<string, number>();
  private buckets = new Map<string, number[]>();

  constructor(
    private keys: string[],
    private t: DedupeThresholds,
  ) {}

  /** Index of an earlier representative that `i` repeats, or -1. */
  find(i: number): number {
    const key = this.keys[i]!;
    const same = this.exact.get(key);
    if (same !== undefined) return same;
    const shared = new Map<number, number>();
    for (const b of this.bucketNames(key)) {
      for (const r of this.buckets.get(b) ?? []) shared.set(r, (shared.get(r) ?? 0) + 1);
    }
    const candidates = [...shared.entries()]
      .sort((p, q) => q[1] - p[1] || p[0] - q[0])
      .slice(0, this.t.maxCandidates)
      .map(([r]) => r);
    for (const r of candidates) if (this.near(key, this.keys[r]!)) return r;
    return -1;
  }

  add(i: number): void {
    const key = this.keys[i]!;
    if (!this.exact.has(key)) this.exact.set(key, i);
    for (const b of this.bucketNames(key)) {
      const list = this.buckets.get(b);
      if (list) list.push(i);
      else this.buckets.set(b, [i]);
    }
  }

  private bucketNames(key: string): string[] {
    return minhash(key, this.t).map((v, f) => `${f}:${v}`);
  }

  private near(a: string, b: string): boolean {
    const limit = Math.floor(this.t.maxEditRatio * Math.max(codePointLength(a), codePointLength(b)));
    return boundedEditDistance(a, b, limit) <= limit;
  }
}

function isEligible(text: string, key: string, t: DedupeThresholds): boolean {
  // key.length (UTF-16 units) is never below the character count: the cheap test settles short lines.
  return key.length >= t.minChars && codePointLength(key) >= t.minChars && !isHeadingLike(text);
}

// ------------------------------------------------------------------ stage

interface Plan {
  /** Line shown at each position (a later, more complete copy may replace the first). */
  shown: Line[];
  /** Why the line at each position is removed, if it is. */
  reason: ('title' | 'repeat' | undefined)[];
  /** The line object removed at each position (may be the first copy after a swap). */
  removedLine: (Line | undefined)[];
}

/** A first line that can be the title: short, not a sentence, not a date or metadata line. */
function isTitleShaped(text: string, key: string, t: DedupeThresholds): boolean {
  return (
    codePointLength(key) <= t.titleMaxChars && !SENTENCE_END.test(text.trim()) && !isDateLine(text) && !isMetadataLine(text)
  );
}

function markTitleRepeats(doc: WorkingDoc, keys: string[], plan: Plan, t: DedupeThresholds, fold: boolean): void {
  const titleKeys = new Set<string>();
  if (doc.titleHint) titleKeys.add(compareKey(doc.titleHint, fold));
  const first = doc.lines[0];
  if (first && isTitleShaped(first.text, keys[0]!, t)) titleKeys.add(keys[0]!);
  titleKeys.delete('');
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (!titleKeys.has(key)) return;
    if (seen.has(key)) {
      plan.reason[i] = 'title';
      plan.removedLine[i] = doc.lines[i];
    }
    seen.add(key);
  });
  // A page that prints its headline again under the text (a news site's closing title bar): the last line is a
  // headline-shaped line of the page's top (not a section heading, which a table of contents lists above).
  const last = keys.length - 1;
  const lastLine = doc.lines[last];
  if (last <= 0 || plan.reason[last] || !lastLine || !isTitleShaped(lastLine.text, keys[last]!, t) || isHeadingLike(lastLine.text)) return;
  const top = keys.slice(0, Math.min(t.titleRepeatTopLines, last));
  if (keys[last] !== '' && top.includes(keys[last]!)) {
    plan.reason[last] = 'title';
    plan.removedLine[last] = lastLine;
  }
}

function markLongRepeats(doc: WorkingDoc, keys: string[], plan: Plan, t: DedupeThresholds): number[] {
  const repOf = new Array<number>(keys.length).fill(-1);
  const index = new RepeatIndex(keys, t);
  doc.lines.forEach((line, i) => {
    if (plan.reason[i] || !isEligible(line.text, keys[i]!, t)) return;
    const r = index.find(i);
    if (r < 0) {
      index.add(i);
      return;
    }
    repOf[i] = r;
    plan.reason[i] = 'repeat';
    // Keep the more complete copy's text at the first position.
    if (codePointLength(keys[i]!) > codePointLength(compareKey(plan.shown[r]!.text, false))) {
      plan.removedLine[i] = plan.shown[r];
      plan.shown[r] = line;
    } else plan.removedLine[i] = line;
  });
  return repOf;
}

/**
 * Short lines between repeated lines go with the block when the first copy has them at the same place.
 * Repeated passes in reading order until nothing changes. A line can only newly match when a neighbour
 * matched since it was last looked at, so a pass visits just those lines: the line after a match at once
 * (as a full pass would), the line before it in the next pass. This keeps a long repeated run of short
 * lines linear instead of one full pass per line of the run.
 */
function extendBlocks(doc: WorkingDoc, keys: string[], plan: Plan, repOf: number[]): void {
  const n = keys.length;
  const tryMatch = (k: number, r: number): boolean => {
    if (r < 0 || r >= n || r >= k || plan.reason[r] || keys[r] !== keys[k] || keys[k] === '') return false;
    repOf[k] = r;
    plan.reason[k] = 'repeat';
    plan.removedLine[k] = doc.lines[k];
    return true;
  };
  const matches = (k: number): boolean => {
    if (plan.reason[k]) return false;
    const after = k + 1 < n ? repOf[k + 1]! : -1;
    const before = k > 0 ? repOf[k - 1]! : -1;
    return (after >= 0 && tryMatch(k, after - 1)) || (before >= 0 && tryMatch(k, before + 1));
  };
  let pass = keys.map((_, k) => k);
  while (pass.length > 0) {
    const again = new Set<number>();
    let visited = -1;
    for (const start of pass) {
      if (start <= visited) continue;
      let k = start;
      while (k < n && matches(k)) {
        if (k > 0) again.add(k - 1);
        k++;
      }
      visited = k;
    }
    pass = [...again].sort((a, b) => a - b);
  }
}

/** Removal code per position: runs of ≥ blockMinLines removed lines are a repeated body. */
function removalCodes(plan: Plan, t: DedupeThresholds): (string | undefined)[] {
  const codes: (string | undefined)[] = plan.reason.map((r) => (r === 'title' ? 'duplicate-title' : undefined));
  let i = 0;
  while (i < plan.reason.length) {
    if (!plan.reason[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < plan.reason.length && plan.reason[j]) j++;
    const body = j - i >= t.blockMinLines;
    for (let k = i; k < j; k++) {
      if (plan.reason[k] === 'repeat') codes[k] = body ? 'duplicate-body' : 'duplicate-line';
    }
    i = j;
  }
  return codes;
}

/** Drop repeated bodies / repeated title and lede lines inside one document. */
export function dedupeWithin(doc: WorkingDoc, t: DedupeThresholds = DEDUPE): WorkingDoc {
  const fold = holdsBothScripts(doc.lines.map((line) => line.text), t.bothScriptsMinChars);
  const keys = compareKeys(doc.lines, fold);
  const plan: Plan = {
    shown: [...doc.lines],
    reason: new Array(doc.lines.length).fill(undefined),
    removedLine: new Array(doc.lines.length).fill(undefined),
  };
  markTitleRepeats(doc, keys, plan, t, fold);
  const repOf = markLongRepeats(doc, keys, plan, t);
  extendBlocks(doc, keys, plan, repOf);
  const codes = removalCodes(plan, t);

  const lines: Line[] = [];
  const removed: Removal[] = [];
  plan.shown.forEach((line, i) => {
    const code = codes[i];
    const gone = plan.removedLine[i];
    if (code && gone) removed.push({ stage: 'dedupe', code, line: gone.no, text: gone.text });
    else lines.push(line);
  });
  removed.sort((a, b) => a.line - b.line);
  const all = [...doc.removed, ...removed].sort((a, b) => a.line - b.line);
  return { ...doc, lines, removed: all };
}
