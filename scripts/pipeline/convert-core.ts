/**
 * Text-level conversion API (browser-safe): what the pipeline stage, the eval script, the bench and the
 * search-query converter share. The word segmenter is a parameter: the pipeline passes jieba
 * (convert-jieba.ts, Node only); the default is the platform's Intl.Segmenter, available in browsers.
 *
 *   toHant(text)               Simplified → Traditional, Taiwan glyphs, vocabulary unchanged (OpenCC s2tw)
 *   toHans(text, variant)      Traditional → Simplified: 'tw' also maps Taiwan vocabulary to mainland
 *                              vocabulary (tw2sp), 'hk' reads Hong Kong glyphs (hk2s), 'cn' is generic (t2s)
 *   convertWith(config, text)  any of OpenCC's 16 configurations, with provenance and ambiguities
 */
import type { ConfigName } from './convert-dicts.ts';
import { buildEngine, type Engine, type RawAmbiguity } from './convert-engine.ts';
import { keepMask, projectEntries, type Direction } from './convert-rules.ts';
import { intlTokenizer, simplifiedShadow, wordInfo, type Tokenizer } from './convert-words.ts';
import type { Variant } from './types.ts';

export { detectScript, detectVariant, variantSignals } from './convert-detect.ts';
export type { RawAmbiguity } from './convert-engine.ts';
export type { Tokenizer } from './convert-words.ts';

export interface ConvertOptions {
  /** Word segmenter; null converts without word boundaries (plain OpenCC). Default: Intl.Segmenter. */
  tokenizer?: Tokenizer | null;
  /** Apply the project dictionary of reviewed corrections (default true). */
  project?: boolean;
  /** Keep the general Taiwan words OpenCC's tw2sp would turn into technical terms (TAIWAN_WORDS_KEPT in
   *  conversion-dictionary.ts). Default false in convertWith (OpenCC's configurations as defined), true in
   *  toHans and in the pipeline. */
  keepTaiwanWords?: boolean;
  /** Keep surnames and transliterated names in their own characters (default true). */
  names?: boolean;
  /** Spans copied unchanged into the output. */
  keep?: readonly string[];
}

export interface TextConversion {
  text: string;
  /** origin[k] = offset in the input of output unit k, or -1 inside a rewrite that changed the length. */
  origin: Int32Array;
  ambiguities: RawAmbiguity[];
}

/**
 * The configuration that turns a Traditional text of this regional usage into mainland Simplified:
 * Taiwan phrasing also gets mainland vocabulary (tw2sp), Hong Kong text is read with Hong Kong glyphs
 * (hk2s), and other Traditional text (mainland vocabulary) gets tw2s rather than OpenCC's generic t2s:
 * such text is usually typed in Taiwan glyphs, and t2s leaves their 著 as is (标志著 for 标志着).
 */
export function hansConfig(variant: Variant): ConfigName {
  if (variant === 'tw') return 'tw2sp';
  if (variant === 'hk') return 'hk2s';
  return 'tw2s';
}

/** Simplified → Traditional in the Taiwan glyph standard, without rewriting vocabulary. */
export const HANT_CONFIG: ConfigName = 's2tw';

/** Which way a configuration converts, for the project dictionary ('toHant', 'toHans' or neither). */
function directionOf(config: ConfigName): Direction | null {
  if (config.startsWith('s2')) return 'toHant';
  if (/2sp?$/.test(config)) return 'toHans';
  return null;
}

const engines = new Map<string, Engine>();

/** A middle dot joins a transliterated name (里德·哈斯廷斯): such a clause is always segmented. */
const NAME_DOT = /[·・‧•]/u;

/** One engine per configuration and dictionary choice, built on first use. */
function engineFor(config: ConfigName, project: boolean, keepTaiwanWords: boolean): Engine {
  const key = `${config}:${project}:${keepTaiwanWords}`;
  let engine = engines.get(key);
  if (!engine) {
    const direction = directionOf(config);
    engine = buildEngine(config, project && direction ? projectEntries(direction, keepTaiwanWords) : undefined);
    engines.set(key, engine);
  }
  return engine;
}

/** Convert with one of OpenCC's configurations plus the project's improvements (see ConvertOptions). */
export function convertWith(config: ConfigName, text: string, options: ConvertOptions = {}): TextConversion {
  const tokenizer = options.tokenizer === undefined ? intlTokenizer : options.tokenizer;
  const engine = engineFor(config, options.project !== false, options.keepTaiwanWords === true);
  // Names matter only from Simplified, where one character stands for several Traditional ones.
  const fromSimplified = config.startsWith('s2');
  const nameChar = tokenizer?.nameInitial ?? (() => false);
  const useNames = options.names !== false && fromSimplified;
  const words = tokenizer
    ? wordInfo(text, tokenizer, {
        traditional: !fromSimplified,
        needed: (clause) => engine.wordsMatter(clause, useNames ? nameChar : null) || (useNames && NAME_DOT.test(clause)),
      })
    : undefined;
  const names = useNames ? words?.names : undefined;
  const dictionary = tokenizer?.isWord;
  const isWord = dictionary && (fromSimplified ? dictionary : (w: string) => dictionary(simplifiedShadow(w)));
  return engine.convert({
    isWord,
    text,
    bounds: words?.bounds,
    names,
    frozen: keepMask(text, options.keep),
  });
}

/** Simplified → Traditional (Taiwan glyphs, vocabulary unchanged). */
export function toHant(text: string, options?: ConvertOptions): string {
  return convertWith(HANT_CONFIG, text, options).text;
}

/** Traditional → mainland Simplified; `variant` is the text's regional usage (see hansConfig). */
export function toHans(text: string, variant: Variant = 'cn', options: ConvertOptions = {}): string {
  return convertWith(hansConfig(variant), text, { keepTaiwanWords: true, ...options }).text;
}
