/**
 * Word boundaries and name spans for the conversion engine (browser-safe).
 *
 * A tokenizer cuts text into words (and may flag personal names); `wordInfo` turns that into the arrays the
 * engine reads. Traditional text is segmented through a same-length Simplified "shadow" (each character
 * mapped by OpenCC's TSCharacters) because the segmenters know Simplified text far better.
 */
import { TS_CHARACTERS } from './convert-dicts.ts';
import { FIRM, WORD } from './convert-engine.ts';

export interface WordToken {
  text: string;
  /** A personal name: its surname ('surname': the first character) or all of it ('foreign': a
   *  transliteration) keeps its own form where that is one of the candidates (于明, 里德). */
  name?: 'surname' | 'foreign';
  /** The segmenter guessed this word (not in its dictionary): its edges are weak evidence of a boundary. */
  guessed?: boolean;
}

/**
 * Cuts text into consecutive words that together reproduce it exactly. Optionally it tells dictionary
 * words (`isWord`) and the characters that may start a personal name it would flag (`nameInitial`).
 */
export type Tokenizer = ((text: string) => WordToken[]) & {
  isWord?: (word: string) => boolean;
  nameInitial?: (char: string) => boolean;
};

export interface WordInfo {
  /** bounds[i]: WORD (| FIRM between two dictionary words) where a word starts or ends at UTF-16 position i. */
  bounds: Uint8Array;
  /** names[i] = 1 when unit i is a surname or part of a transliterated name. */
  names: Uint8Array;
}

// A middle dot joins the parts of a transliterated foreign name (里德·哈斯廷斯, 马丁・路德).
const NAME_DOT = /^[·・‧•]$/u;
const HAN = /^\p{Script=Han}+$/u;

/** Word segmentation by the platform's ICU dictionary (Node and every modern browser). */
export const intlTokenizer: Tokenizer = (() => {
  let segmenter: Intl.Segmenter | undefined;
  return (text: string) => {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    return Array.from(segmenter.segment(text), (s) => ({ text: s.segment }));
  };
})();

/** Each Traditional character replaced by its Simplified form when that keeps the UTF-16 length. */
export function simplifiedShadow(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const simp = TS_CHARACTERS.get(text[i]!);
    if (simp === undefined || simp.length !== 1) continue;
    out += text.slice(copied, i) + simp;
    copied = i + 1;
  }
  return out + text.slice(copied);
}

/** Words next to a name dot are parts of a transliterated name. */
function markDottedNames(tokens: WordToken[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text.length !== 1 || !NAME_DOT.test(t.text)) continue;
    for (const neighbour of [tokens[k - 1], tokens[k + 1]]) {
      if (neighbour && HAN.test(neighbour.text)) neighbour.name = 'foreign';
    }
  }
}

/** Clauses end after sentence or clause punctuation or a line break; the segmenter never joins across them. */
const CLAUSE_ENDS = new Set([...'。！？；，、：!?;,:\n'].map((c) => c.charCodeAt(0)));

function clauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_ENDS.has(text.charCodeAt(i))) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** Mark one clause's boundaries and names from its tokens; false if the tokens do not reproduce it. */
function markClause(tokens: WordToken[], at: number, end: number, bounds: Uint8Array, names: Uint8Array): boolean {
  markDottedNames(tokens);
  bounds.fill(0, at, end);
  let p = at;
  let previousGuessed = false;
  for (const token of tokens) {
    // A boundary next to a guessed word may be the segmenter's mistake (若干/周后, 帛/琉人): only boundaries
    // between two dictionary words are firm enough to stop a dictionary phrase that crosses them.
    bounds[p] = token.guessed || previousGuessed ? WORD : WORD | FIRM;
    if (token.name === 'foreign') names.fill(1, p, p + token.text.length);
    if (token.name === 'surname') names[p] = 1;
    previousGuessed = token.guessed === true;
    p += token.text.length;
  }
  return p === end;
}

/** Split one tokenizer run over clauses joined by line breaks back into each clause's tokens. */
function splitByClause(tokens: WordToken[], lengths: number[]): WordToken[][] | null {
  const out: WordToken[][] = [];
  let k = 0;
  for (const length of lengths) {
    const mine: WordToken[] = [];
    let covered = 0;
    while (covered < length && k < tokens.length) {
      mine.push(tokens[k]!);
      covered += tokens[k++]!.text.length;
    }
    if (covered !== length) return null;
    out.push(mine);
    if (k < tokens.length && tokens[k]!.text === '\n') k++;
  }
  return out;
}

export interface WordInfoOptions {
  /** Segment a Simplified shadow of the text (for Traditional input). */
  traditional?: boolean;
  /** Segment only the clauses for which this returns true; the others keep every position a boundary
   *  (plain OpenCC behaviour), which is exact when boundaries cannot change their conversion. */
  needed?: (clause: string) => boolean;
}

/**
 * Boundaries and names of `text` per `tokenizer`, clause by clause (the clauses that need it go to the
 * tokenizer in one call). A clause whose tokens do not reproduce it exactly keeps every position a
 * boundary rather than trusting misaligned offsets.
 */
export function wordInfo(text: string, tokenizer: Tokenizer, options: WordInfoOptions = {}): WordInfo {
  const bounds = new Uint8Array(text.length + 1).fill(WORD | FIRM);
  const names = new Uint8Array(text.length);
  const wanted = clauses(text).filter(([start, end]) => !options.needed || options.needed(text.slice(start, end)));
  if (wanted.length === 0) return { bounds, names };
  const pieces = wanted.map(([start, end]) => (options.traditional ? simplifiedShadow(text.slice(start, end)) : text.slice(start, end)));
  const perClause = splitByClause(tokenizer(pieces.join('\n')), pieces.map((p) => p.length));
  wanted.forEach(([start, end], i) => {
    const tokens = perClause?.[i] ?? tokenizer(pieces[i]!);
    if (!markClause(tokens, start, end, bounds, names)) {
      bounds.fill(WORD | FIRM, start, end);
      names.fill(0, start, end);
    }
  });
  return { bounds, names };
}
