/**
 * Word segmentation with jieba (@node-rs/jieba, native: Node only — the browser uses `intlTokenizer`).
 *
 * Words and parts of speech come from jieba's `tag` (with its HMM for unknown words, tagged `x`).
 *
 * Names: jieba's dictionary tags personal names `nr` (郁达夫) and transliterations `nrt` (里德). Names it
 * does not know the HMM finds as unknown words; such a 2–3 character word is taken as a name when it
 * starts with a one-to-many character that is mostly a surname in jieba's own dictionary (于明, 范明).
 * "Mostly a surname" is derived from that dictionary, not listed by hand: the share of its 2–3 character
 * entries starting with the character that are personal names.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { SIMPLIFIED_AMBIGUOUS } from './convert-dicts.ts';
import { CONVERT } from './thresholds.ts';
import type { Tokenizer, WordToken } from './convert-words.ts';

let jieba: Jieba | undefined;
let surnames: Set<string> | undefined;
let words: Set<string> | undefined;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** For each one-to-many character, how many 2–3 character entries of jieba's dictionary start with it,
 *  and how many of those are personal names. */
function surnameCounts(): { names: Map<string, number>; all: Map<string, number> } {
  const names = new Map<string, number>();
  const all = new Map<string, number>();
  const text = new TextDecoder().decode(dict);
  // Lines are "word frequency tag".
  for (let pos = 0; pos < text.length;) {
    const lineEnd = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
    const space = text.indexOf(' ', pos);
    const length = space - pos;
    const first = text[pos]!;
    if (space > pos && space < lineEnd && length >= 2 && length <= 3 && SIMPLIFIED_AMBIGUOUS.has(first)) {
      all.set(first, (all.get(first) ?? 0) + 1);
      const tag = text.slice(text.indexOf(' ', space + 1) + 1, lineEnd).trim();
      if (tag.startsWith('nr')) names.set(first, (names.get(first) ?? 0) + 1);
    }
    pos = lineEnd + 1;
  }
  return { names, all };
}

/** One-to-many characters that start mostly personal names in jieba's dictionary (于, 范, 谷 …). */
export function surnameCharacters(): Set<string> {
  if (surnames) return surnames;
  const { names, all } = surnameCounts();
  surnames = new Set(
    [...names]
      .filter(([ch, n]) => n >= CONVERT.surnameMinEntries && n / all.get(ch)! >= CONVERT.surnameMinShare)
      .map(([ch]) => ch),
  );
  return surnames;
}

const HAN = /^\p{Script=Han}+$/u;

/** Which part of a word is a name: a transliteration (nrt) all of it, a personal name its surname. */
function nameOf(word: string, tag: string): WordToken['name'] {
  if (tag === 'nrt') return 'foreign';
  // A personal name from jieba's dictionary (范冰冰, 郁达夫); a lone character tagged nr is no name.
  if (tag.startsWith('nr') && word.length >= 2) return 'surname';
  // An unknown 2–3 character word found by the HMM that starts with a surname: 于明, 范明.
  const unknown = tag === 'x' && word.length >= 2 && word.length <= 3;
  if (unknown && surnameCharacters().has(word[0]!) && HAN.test(word)) return 'surname';
  return undefined;
}

/**
 * Words jieba did not find in its dictionary (HMM guesses, tagged x), and a lone surname character tagged
 * as a person name (周/线图: jieba's fallback when nothing longer matched, not evidence of a word).
 */
function isGuess(word: string, tag: string): boolean {
  if (tag === 'x') return HAN.test(word);
  return word.length === 1 && tag.startsWith('nr');
}

/** Every word of jieba's dictionary (lines are "word frequency tag"). */
function dictionaryWords(): Set<string> {
  if (words) return words;
  words = new Set();
  const text = new TextDecoder().decode(dict);
  for (let pos = 0; pos < text.length;) {
    const lineEnd = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
    const space = text.indexOf(' ', pos);
    if (space > pos && space < lineEnd) words.add(text.slice(pos, space));
    pos = lineEnd + 1;
  }
  return words;
}

/** jieba's segmentation (with HMM for unknown words) and the name / guess marks derived from its tags. */
export const jiebaTokenizer: Tokenizer = Object.assign(
  (text: string): WordToken[] =>
    instance()
      .tag(text, true)
      .map(({ word, tag }) => ({ text: word, name: nameOf(word, tag), guessed: isGuess(word, tag) })),
  {
    isWord: (word: string) => dictionaryWords().has(word),
    // Names the tokenizer flags start with a surname character (in its dictionary or not).
    nameInitial: (char: string) => surnameCharacters().has(char),
  },
);

/** jieba's segmentation only: every boundary firm, no names (for comparison in the eval). */
export const jiebaCutTokenizer: Tokenizer = (text: string): WordToken[] =>
  instance()
    .cut(text, true)
    .map((word) => ({ text: word }));
