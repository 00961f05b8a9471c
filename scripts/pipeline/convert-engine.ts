/**
 * The conversion engine: OpenCC's algorithm (dictionary longest match, segment by segment, a chain of
 * dictionary groups) re-implemented over opencc-js's dictionaries, with three additions:
 *
 *  1. Word boundaries. OpenCC matches phrases with no notion of words, so 被发明 becomes 被髮明: the
 *     phrase 被发 cuts the word 发明. Given word boundaries, a phrase that cuts a word is refused unless
 *     it does no harm: it converts the cut words' characters as they would convert on their own (示覆→示复
 *     across 圖示|覆蓋 agrees with 覆蓋→复盖; 被发→被髮 does not agree with 发明→發明), or it is itself a
 *     dictionary word and leaves words behind (協作網|路 read as 協作|網路). Boundaries next to a word the
 *     segmenter only guessed are weak and never stop a phrase (若干/周后: 若干周→若干週).
 *     Only two kinds of step are guarded: Simplified→Traditional character choice (one character, several
 *     Traditional forms: the errors above) and vocabulary rewriting (資訊→信息 must not match inside
 *     外資|訊息). Traditional→Simplified character steps (many forms to one) and regional glyph steps keep
 *     OpenCC's behaviour. Without boundaries every position is a firm boundary: exactly OpenCC.
 *  2. Provenance. Each output UTF-16 unit remembers the input unit it came from, and every one-to-many
 *     character decided by a single-character fallback (or by a project-dictionary word) is reported.
 *  3. Protected text. Units inside a kept span are copied unchanged; ambiguous characters inside a name
 *     keep their own form when it is one of their candidates (里德 stays 里德, the surname 于 stays 于).
 *
 * Speed: when the segmentation dictionary is the first step's phrase dictionary (Simplified→Traditional)
 * the two passes are one; a step whose trie cannot match the text is skipped; same-length replacements
 * (nearly all of them) reuse the per-unit arrays.
 *
 * Pure and browser-safe: no file system, no segmenter (callers pass boundaries in).
 */
import { recipe, type ConfigName, type Dict, type NamedDict } from './convert-dicts.ts';

/** Where a replacement came from. */
export type Origin = 'opencc' | 'project';

interface TrieValue {
  out: string;
  origin: Origin;
  /** For a one-to-many character: its candidates (default first); a match on it alone is a guess. */
  candidates?: string[];
  /** For a phrase: it converts some character differently from that character on its own (制造→製造). */
  divergent?: boolean;
}

interface TrieNode {
  next?: Map<number, TrieNode>;
  value?: TrieValue;
}

/** A prefix tree of dictionary keys. The first dictionary that defines a key wins (as in OpenCC). */
export class Trie {
  readonly root: TrieNode = {};
  /** The root's children by UTF-16 code unit, and 1 for each code unit a key may start with (high
   *  surrogates always: their keys are looked up whole). Built on first use: the root is looked up at
   *  every position of every text, and indexing an array costs a fraction of a Map lookup. */
  private byUnit: { first: (TrieNode | undefined)[]; mayStart: Uint8Array } | null = null;

  private tables(): { first: (TrieNode | undefined)[]; mayStart: Uint8Array } {
    if (this.byUnit === null) {
      const first = new Array<TrieNode | undefined>(0x10000).fill(undefined);
      const mayStart = new Uint8Array(0x10000).fill(1, 0xd800, 0xdc00);
      for (const [unit, node] of this.root.next ?? []) {
        if (unit > 0xffff) continue;
        first[unit] = node;
        mayStart[unit] = 1;
      }
      this.byUnit = { first, mayStart };
    }
    return this.byUnit;
  }

  /** The root's child for code point `cp` (the node of the one-character key). */
  first(cp: number): TrieNode | undefined {
    return cp > 0xffff ? this.root.next?.get(cp) : this.tables().first[cp];
  }

  /** The first position from `i` at which a key may start (text.length when none). */
  nextStart(text: string, i: number): number {
    const { mayStart } = this.tables();
    while (i < text.length && mayStart[text.charCodeAt(i)] === 0) i++;
    return i;
  }

  add(key: string, value: TrieValue, override: boolean): void {
    this.byUnit = null;
    let node = this.root;
    for (const ch of key) {
      const cp = ch.codePointAt(0)!;
      node.next ??= new Map();
      let child = node.next.get(cp);
      if (!child) {
        child = {};
        node.next.set(cp, child);
      }
      node = child;
    }
    if (override || node.value === undefined) node.value = value;
  }

  addDict(entries: Dict, origin: Origin = 'opencc', override = false): void {
    for (const [key, out] of entries) this.add(key, { out, origin }, override);
  }

  /** Flag every phrase whose output differs from its characters converted one by one. */
  markDivergent(): void {
    const path: number[] = [];
    const single = (cp: number) => this.root.next?.get(cp)?.value?.out ?? String.fromCodePoint(cp);
    const visit = (node: TrieNode) => {
      if (node.value && path.length > 1) {
        let alone = '';
        for (const cp of path) alone += single(cp);
        node.value.divergent = alone !== node.value.out;
      }
      for (const [cp, child] of node.next ?? []) {
        path.push(cp);
        visit(child);
        path.pop();
      }
    };
    visit(this.root);
  }

  /** Plain OpenCC longest-match conversion of a short string (no boundaries, no provenance). */
  convert(text: string): string {
    let out = '';
    for (let i = 0; i < text.length;) {
      let node: TrieNode | undefined = this.root;
      let best: { end: number; out: string } | null = null;
      for (let p = i; p < text.length;) {
        const cp = text.codePointAt(p)!;
        node = node.next?.get(cp);
        if (!node) break;
        p += cp > 0xffff ? 2 : 1;
        if (node.value) best = { end: p, out: node.value.out };
      }
      if (best) {
        out += best.out;
        i = best.end;
      } else {
        const step = codeUnitsAt(text, i);
        out += text.slice(i, i + step);
        i += step;
      }
    }
    return out;
  }
}

// Bits of the per-position boundary array.
/** A word starts or ends here. */
export const WORD = 1;
/** …between two words the segmenter found in its dictionary (not guessed): strong evidence. */
export const FIRM = 2;
/** An OpenCC segment starts or ends here (no match may cross it). */
const CUT = 4;

/** Extra text the caller knows about, all indexed by UTF-16 unit of the input. */
export interface EngineInput {
  text: string;
  /** bounds[i]: WORD | FIRM bits per position (length text.length + 1). Absent: every position is firm. */
  bounds?: Uint8Array;
  /** names[i] = 1 when unit i is a surname or part of a transliterated foreign name. */
  names?: Uint8Array;
  /** frozen[i] = 1 when unit i belongs to a span that must be copied unchanged. */
  frozen?: Uint8Array;
  /** True when a string is a word of the segmenter's dictionary (see `harmless`). */
  isWord?: (text: string) => boolean;
}

/** A one-to-many character decided by a single-character rule. */
export interface RawAmbiguity {
  /** UTF-16 offset in the input. */
  offset: number;
  char: string;
  /** Candidates in output form, the default first. */
  candidates: string[];
  chosen: string;
  by: 'opencc' | 'project' | 'name';
}

export interface EngineOutput {
  text: string;
  /** origin[k] = input offset of output unit k, or -1 inside a rewrite that changed the length. */
  origin: Int32Array;
  ambiguities: RawAmbiguity[];
}

interface Step {
  trie: Trie;
  /** Respect word boundaries (steps that choose characters or vocabulary); null: plain OpenCC matching. */
  guard: Trie | null;
  /** Matches any character a key of the trie starts with: a text without one skips the step. */
  starts: RegExp;
  /** This step is also OpenCC's segmentation: its phrase matches become segments for the later steps. */
  segments: boolean;
}

/** Working state of one text between steps. */
interface State {
  text: string;
  origin: Int32Array;
  bounds: Uint8Array;
  names: Uint8Array;
  frozen: Uint8Array;
  isWord?: (text: string) => boolean;
}

const MAX_DEPTH = 64;

/** Scratch space for the matches at one position (ends and values, shortest first). */
class Matches {
  ends = new Int32Array(MAX_DEPTH);
  values: TrieValue[] = [];
  count = 0;
}

function codeUnitsAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** First firm boundary at or before `p` / at or after `p`. */
function firmBefore(bounds: Uint8Array, p: number): number {
  while (p > 0 && (bounds[p]! & FIRM) === 0) p--;
  return p;
}
function firmAfter(bounds: Uint8Array, p: number): number {
  while (p < bounds.length - 1 && (bounds[p]! & FIRM) === 0) p++;
  return p;
}

/** True when a match [start, end) cuts no word: it crosses no firm boundary, or it covers whole words. */
function respectsWords(bounds: Uint8Array, start: number, end: number): boolean {
  for (let p = start + 1; p < end; p++) {
    if ((bounds[p]! & FIRM) !== 0) return (bounds[start]! & WORD) !== 0 && (bounds[end]! & WORD) !== 0;
  }
  return true;
}

/**
 * True when the phrase is itself a dictionary word and what it cuts off the words it crosses are words
 * too: the segmenter merely chose another split (協作網|路 vs 協作|網路), unlike 被|发明 (被发 is no word)
 * or 外資|訊息 (資訊 is a word but leaves 外 and 息).
 */
function resegments(state: State, start: number, end: number, from: number, to: number): boolean {
  const isWord = state.isWord;
  if (!isWord || !isWord(state.text.slice(start, end))) return false;
  const ok = (rest: string) => rest.length === 0 || (rest.length > 1 && isWord(rest));
  return ok(state.text.slice(from, start)) && ok(state.text.slice(end, to));
}

/**
 * True when a phrase that cuts words does no harm: it converts its characters exactly as the words would
 * on their own (示覆→示复 across 圖示|覆蓋 agrees with 覆蓋→复盖; 被发→被髮 across 被|发明 does not agree
 * with 發明), or the pieces it leaves are words (see `resegments`).
 */
function harmless(guard: Trie, state: State, start: number, end: number): boolean {
  const { text, bounds } = state;
  const from = firmBefore(bounds, start);
  const to = firmAfter(bounds, end);
  if (resegments(state, start, end, from, to)) return true;
  const words: string[] = [];
  for (let a = from; a < to;) {
    const b = firmAfter(bounds, a + 1);
    words.push(text.slice(a, b));
    a = b;
  }
  // The same words and phrase recur throughout a text: remember the verdict.
  const key = `${words.join('|')}\u0000${start - from}\u0000${end - from}`;
  let verdict = harmlessMemo.get(guard)?.get(key);
  if (verdict === undefined) {
    const alone = words.map((w) => guard.convert(w)).join('');
    verdict = alone.length === to - from && alone.slice(start - from, end - from) === guard.convert(text.slice(start, end));
    const memo = harmlessMemo.get(guard) ?? new Map<string, boolean>();
    if (memo.size >= HARMLESS_MEMO_SIZE) memo.clear();
    harmlessMemo.set(guard, memo.set(key, verdict));
  }
  return verdict;
}

const HARMLESS_MEMO_SIZE = 100_000;
const harmlessMemo = new WeakMap<Trie, Map<string, boolean>>();

/** Every dictionary match starting at `start`, stopping at segment cuts and frozen text. */
function matchesAt(trie: Trie, state: State, start: number, found: Matches): void {
  const { text, bounds, frozen } = state;
  let node: TrieNode | undefined = trie.root;
  found.count = 0;
  for (let p = start; p < text.length && found.count < MAX_DEPTH;) {
    if (p > start && ((bounds[p]! & CUT) !== 0 || frozen[p] === 1)) break;
    const cp = text.codePointAt(p)!;
    node = p === start ? trie.first(cp) : node.next?.get(cp);
    if (!node) break;
    p += cp > 0xffff ? 2 : 1;
    if (node.value) {
      found.ends[found.count] = p;
      found.values[found.count++] = node.value;
    }
  }
}

/** Index in `found` of the longest match the guard accepts (a single character always passes), or -1. */
function bestMatch(trie: Trie, guard: Trie | null, state: State, start: number, found: Matches): number {
  matchesAt(trie, state, start, found);
  const single = start + codeUnitsAt(state.text, start);
  for (let k = found.count - 1; k >= 0; k--) {
    const end = found.ends[k]!;
    if (!guard || end === single) return k;
    if (respectsWords(state.bounds, start, end) || harmless(guard, state, start, end)) return k;
  }
  return -1;
}

/** Cut the text into OpenCC segments: each accepted phrase match becomes its own segment. */
function markSegments(trie: Trie, guard: Trie | null, state: State): void {
  const found = new Matches();
  const { text, bounds } = state;
  for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i)) {
    const k = state.frozen[i] === 1 ? -1 : bestMatch(trie, guard, state, i, found);
    if (k >= 0) {
      const end = found.ends[k]!;
      bounds[i]! |= CUT;
      bounds[end]! |= CUT;
      i = end;
    } else {
      i += codeUnitsAt(text, i);
    }
  }
}

/**
 * The per-unit arrays after replacements that changed the length (`edits`: start, end, output length).
 * Untouched stretches are copied; a rewritten span keeps its start boundary and loses its provenance.
 */
function rebuild(state: State, text: string, edits: number[]): State {
  const n = text.length;
  const origin = new Int32Array(n);
  const bounds = new Uint8Array(n + 1);
  const names = new Uint8Array(n);
  const frozen = new Uint8Array(n);
  let from = 0;
  let to = 0;
  const copy = (end: number) => {
    origin.set(state.origin.subarray(from, end), to);
    bounds.set(state.bounds.subarray(from, end), to);
    names.set(state.names.subarray(from, end), to);
    frozen.set(state.frozen.subarray(from, end), to);
    to += end - from;
    from = end;
  };
  for (let e = 0; e < edits.length; e += 3) {
    const [start, end, length] = [edits[e]!, edits[e + 1]!, edits[e + 2]!];
    copy(start);
    origin.fill(-1, to, to + length);
    bounds[to] = state.bounds[start]!;
    to += length;
    from = end;
  }
  copy(state.text.length);
  bounds[n] = state.bounds[state.text.length]!;
  return { text, origin, bounds, names, frozen, isWord: state.isWord };
}

/** A project-dictionary word decides its one-to-many characters: list them (few, reviewed, worth seeing). */
function recordProjectWord(trie: Trie, state: State, start: number, end: number, out: string, sink: RawAmbiguity[]): void {
  if (out.length !== end - start) return;
  for (let p = start; p < end; p++) {
    const candidates = trie.first(state.text.charCodeAt(p))?.value?.candidates;
    if (candidates && state.origin[p]! >= 0) {
      sink.push({ offset: state.origin[p]!, char: state.text[p]!, candidates, chosen: out[p - start]!, by: 'project' });
    }
  }
}

/** Apply one dictionary group to the whole text (matches never cross a segment cut). */
function runStep(step: Step, state: State, sink: RawAmbiguity[]): State {
  const { text } = state;
  if (!step.starts.test(text)) return state;
  const found = new Matches();
  const parts: string[] = [];
  const edits: number[] = [];
  let copied = 0;
  for (let i = step.trie.nextStart(text, 0); i < text.length; i = step.trie.nextStart(text, i)) {
    const k = state.frozen[i] === 1 ? -1 : bestMatch(step.trie, step.guard, state, i, found);
    if (k < 0) {
      i += codeUnitsAt(text, i);
      continue;
    }
    const end = found.ends[k]!;
    const value = found.values[k]!;
    let replacement = value.out;
    const candidates = value.candidates;
    if (candidates && state.origin[i]! >= 0) {
      const char = text.slice(i, end);
      let by: RawAmbiguity['by'] = value.origin === 'project' ? 'project' : 'opencc';
      if (by === 'opencc' && state.names[i] === 1 && candidates.includes(char)) {
        replacement = char;
        by = 'name';
      }
      sink.push({ offset: state.origin[i]!, char, candidates, chosen: replacement, by });
    }
    if (step.segments && end - i > codeUnitsAt(text, i)) {
      state.bounds[i]! |= CUT;
      state.bounds[end]! |= CUT;
    }
    if (value.origin === 'project' && end - i > 1) recordProjectWord(step.trie, state, i, end, replacement, sink);
    if (copied < i) parts.push(text.slice(copied, i));
    parts.push(replacement);
    if (replacement.length !== end - i) edits.push(i, end, replacement.length);
    i = copied = end;
  }
  if (copied === 0 && parts.length === 0) return state;
  parts.push(text.slice(copied));
  const out = parts.join('');
  // Same-length replacements everywhere (the usual case): every per-unit array still lines up.
  return edits.length === 0 ? { ...state, text: out } : rebuild(state, out, edits);
}

function initialState(input: EngineInput): State {
  const n = input.text.length;
  const origin = new Int32Array(n);
  for (let k = 0; k < n; k++) origin[k] = k;
  const bounds = input.bounds ? Uint8Array.from(input.bounds) : new Uint8Array(n + 1).fill(WORD | FIRM);
  bounds[0]! |= WORD | FIRM;
  bounds[n]! |= WORD | FIRM;
  return {
    text: input.text,
    origin,
    bounds,
    names: input.names ?? new Uint8Array(n),
    frozen: input.frozen ?? new Uint8Array(n),
    isWord: input.isWord,
  };
}

export interface Engine {
  convert(input: EngineInput): EngineOutput;
  /**
   * False when word boundaries cannot change the conversion of `text`: no phrase that a guarded step could
   * refuse converts differently from its characters, and no character `nameChar` accepts could keep its
   * own form as part of a name. Lets callers skip the segmenter on most clauses.
   */
  wordsMatter(text: string, nameChar: ((char: string) => boolean) | null): boolean;
  /** False when no step respects word boundaries (Traditional→Simplified without vocabulary): boundaries
   *  then change nothing, and callers need not look for them. */
  guarded: boolean;
}

function buildTrie(dicts: NamedDict[], extra?: Dict): Trie {
  const trie = new Trie();
  // The first dictionary of a group wins for a key defined twice (OpenCC's order).
  for (const d of dicts) trie.addDict(d.entries);
  if (extra) trie.addDict(extra, 'project', true);
  return trie;
}

/** Entries added on top of a configuration's dictionaries (the project dictionary). */
export interface ExtraEntries {
  /** Added, with priority, to the group holding the character dictionary and to the segmentation. */
  main: Dict;
  /** Identity entries for the groups before it, so that an earlier step leaves those words alone. */
  protect: Dict;
}

/** A regular expression matching any first character of the trie's keys. */
function startsOf(trie: Trie): RegExp {
  const chars = [...(trie.root.next?.keys() ?? [])].map((cp) => `\\u{${cp.toString(16)}}`);
  return chars.length === 0 ? /(?!)/ : new RegExp(`[${chars.join('')}]`, 'u');
}

/** Mark the single-character entries of one-to-many characters with their candidates. */
function markAmbiguous(trie: Trie, ambiguous: Map<string, string[]> | null): void {
  for (const [ch, candidates] of ambiguous ?? []) {
    const node = trie.root.next?.get(ch.codePointAt(0)!);
    if (node?.value) node.value = { ...node.value, candidates };
  }
}

function step(trie: Trie, guarded: boolean, ambiguous: Map<string, string[]> | null): Step {
  markAmbiguous(trie, ambiguous);
  if (guarded) trie.markDivergent();
  return { trie, guard: guarded ? trie : null, starts: startsOf(trie), segments: false };
}

/** True when a divergent phrase of `trie` starts anywhere in `text`, or a character that could keep its
 *  own form in a name (one `nameChar` accepts) appears. */
function sensitive(trie: Trie, text: string, nameChar: ((char: string) => boolean) | null): boolean {
  for (let i = 0; i < text.length; i++) {
    let node: TrieNode | undefined = trie.root;
    for (let p = i; p < text.length;) {
      const cp = text.codePointAt(p)!;
      node = node.next?.get(cp);
      if (!node) break;
      p += cp > 0xffff ? 2 : 1;
      const value = node.value;
      if (!value) continue;
      if (value.divergent) return true;
      if (nameChar && value.candidates && p - i <= 2) {
        const char = text.slice(i, p);
        if (value.candidates.includes(char) && nameChar(char)) return true;
      }
    }
  }
  return false;
}

/** Build an engine for an OpenCC configuration, optionally with extra (project) entries. */
export function buildEngine(name: ConfigName, extra?: ExtraEntries, sitePolicy = false): Engine {
  const r = recipe(name, sitePolicy);
  const normalize = r.normalization.map((g) => step(buildTrie(g.dicts), false, null));
  const main = Math.max(0, r.chain.findIndex((g) => g.main));
  const steps = r.chain.map((g, k) => {
    const added = k === main ? extra?.main : k < main ? extra?.protect : undefined;
    return step(buildTrie(g.dicts, added), g.splits || g.vocab, g.ambiguous);
  });
  // When the segmentation dictionaries are the first step's phrases (Simplified→Traditional), that step's
  // own matches are the segments: one pass instead of two, same result.
  const fused = main === 0 && r.segmentation.length > 0 && r.segmentation.every((d) => r.chain[0]!.dicts.some((m) => m.entries === d.entries));
  if (fused) steps[0]!.segments = true;
  // Project words are whole segments when they are converted first thing (Simplified→Traditional); from
  // Traditional a regional vocabulary step runs before them and may hold a longer word (智慧財產權 ⊃ 智慧).
  const segmentation =
    r.segmentation.length > 0 && !fused ? buildTrie(r.segmentation, main === 0 ? extra?.main : undefined) : null;
  // OpenCC's segments are re-cut at word boundaries only where the character step itself is guarded.
  const segmentGuard = steps[main]!.guard;
  const rendered = steps.map(() => new Map<string, string>());

  /** A string as the steps after step `k` render it (裏 → 裡 for Taiwan), memoised. */
  function finish(k: number, text: string): string {
    let out = rendered[k]!.get(text);
    if (out === undefined) {
      out = steps.slice(k + 1).reduce((s, later) => later.trie.convert(s), text);
      rendered[k]!.set(text, out);
    }
    return out;
  }

  function convert(input: EngineInput): EngineOutput {
    let state = initialState(input);
    for (const s of normalize) state = runStep(s, state, []);
    if (segmentation) markSegments(segmentation, segmentGuard, state);
    const found: RawAmbiguity[] = [];
    steps.forEach((s, k) => {
      const before = found.length;
      state = runStep(s, state, found);
      for (let a = before; a < found.length; a++) {
        const record = found[a]!;
        record.chosen = finish(k, record.chosen);
        record.candidates = [...new Set(record.candidates.map((c) => finish(k, c)))];
      }
    });
    // Candidates that later steps merge into one form (說/説 → 說) were no real choice.
    return { text: state.text, origin: state.origin, ambiguities: found.filter((a) => a.candidates.length > 1) };
  }

  const guarded = steps.filter((s) => s.guard !== null).map((s) => s.trie);
  return { convert, guarded: guarded.length > 0, wordsMatter: (text, nameChar) => guarded.some((trie) => sensitive(trie, text, nameChar)) };
}
