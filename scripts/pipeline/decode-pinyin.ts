/**
 * Pinyin glosses a content farm's converter wrote after characters (`網(wǎng)絡(luò)空間國(guó)際合作戰(zhàn)略`):
 * such sites convert a page to Traditional script and print each character's reading behind the ones
 * they changed. Left in, they break every word of the text for reading, search and the other stages'
 * patterns (the page's chrome `時(shí)間:` is no longer a label).
 *
 * A gloss is one syllable of toned pinyin in round brackets right after one Han character. A page that
 * explains a reading or two (`“和(hè)”`) keeps them: only a text with at least DECODE.pinyinGlossMinCount
 * glosses loses them all, each counted (report: `pinyinGlossesRemoved`).
 */
import { DECODE } from './thresholds.ts';

/** Vowels with a tone mark, and ü: a syllable without one of them is not shown as a reading here. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';

/** A Han character, then one pinyin syllable (optional initial, vowels, optional final) in ASCII or
 *  full-width brackets; the syllable carries a tone mark. */
const GLOSS = new RegExp(
  `(?<=\\p{Script=Han})[(（](?=[a-z${TONED}]*[${TONED}])(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiou${TONED}]{1,3}(?:ng|n|r)?[)）]`,
  'gu',
);

/** Any toned vowel: most texts have none, and one scan rules them out. */
const ANY_TONED = new RegExp(`[${TONED}]`, 'u');

export interface StrippedGlosses {
  text: string;
  /** Glosses removed (0 when the text had fewer than the minimum and kept them). */
  removed: number;
}

export function stripPinyinGlosses(text: string, minCount: number = DECODE.pinyinGlossMinCount): StrippedGlosses {
  if (!ANY_TONED.test(text)) return { text, removed: 0 };
  // One pass: remove and count, then keep the text as it was if it had too few to be a converter's glosses.
  let found = 0;
  const stripped = text.replace(GLOSS, () => {
    found++;
    return '';
  });
  return found >= minCount ? { text: stripped, removed: found } : { text, removed: 0 };
}
