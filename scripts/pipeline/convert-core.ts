/**
 * Text-level conversion API (browser-safe): what the pipeline stage, the eval script, the bench and the
 * search-query converter share. The word segmenter is a parameter: the pipeline passes jieba
 * (convert-jieba.ts, Node only); the default is the platform's Intl.Segmenter, available in browsers.
 *
 *   toHant(text)               Simplified → Traditional, Taiwan glyphs, vocabulary unchanged (OpenCC s2tw)
 *   toHans(text, variant)      Traditional → Simplified, vocabulary unchanged: 'hk' reads Hong Kong glyphs
 *                              (hk2s), other text Taiwan glyphs (tw2s)
 *   convertWith(config, text)  any of OpenCC's 16 configurations, with provenance and ambiguities
 */
import { blockAt } from './block-index.ts';
import type { ConfigName } from './convert-dicts.ts';
import { buildEngine, FIRM, WORD, type Engine, type RawAmbiguity } from './convert-engine.ts';
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
  /** The site's editorial choice where it departs from OpenCC on purpose: read Taiwan's 著 in Hong Kong
   *  text (hk2s keeps 隨著; see recipe in convert-dicts.ts). Default false in convertWith (OpenCC's
   *  configurations as defined), true in toHans and in the pipeline. */
  sitePolicy?: boolean;
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
 * The configuration that turns a Traditional text of this regional usage into Simplified script, its words
 * unchanged (as Simplified→Traditional keeps mainland words: s2tw): Hong Kong text is read with Hong Kong
 * glyphs (hk2s), any other with Taiwan glyphs (tw2s) rather than OpenCC's generic t2s, which leaves their
 * 著 as is (标志著 for 标志着). OpenCC's vocabulary table (tw2sp) is not used: it was built for software
 * and rewrites names and general words (數位發展部 → 数字发展部, 法定程序 → 法定进程, 執行 → 运行), and the
 * result would hang on a guess of the region.
 */
export function hansConfig(variant: Variant): ConfigName {
  return variant === 'hk' ? 'hk2s' : 'tw2s';
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
function engineFor(config: ConfigName, project: boolean, sitePolicy: boolean): Engine {
  const key = `${config}:${project}:${sitePolicy}`;
  let engine = engines.get(key);
  if (!engine) {
    const direction = directionOf(config);
    engine = buildEngine(config, project && direction ? projectEntries(direction) : undefined, sitePolicy);
    engines.set(key, engine);
  }
  return engine;
}

/** Convert with one of OpenCC's configurations plus the project's improvements (see ConvertOptions). */
export function convertWith(config: ConfigName, text: string, options: ConvertOptions = {}): TextConversion {
  return convertJoined(config, text, options, []);
}

/** Joins texts converted in one run: a clause end for the segmenter, and no dictionary key holds one. */
const SEPARATOR = '\n';

/**
 * convertWith over many texts in one run — what converting each on its own gives, without the per-call
 * setup that dominated documents of short paragraphs (a poem's lines: 12 characters on average). The texts
 * are joined by line breaks, each made a firm word boundary like the ends of a text of its own. Texts or
 * kept spans holding a line break are converted one by one.
 */
export function convertMany(config: ConfigName, texts: readonly string[], options: ConvertOptions = {}): TextConversion[] {
  const apart = texts.length < 2 || texts.some((t) => t.includes(SEPARATOR)) || options.keep?.some((k) => k.includes(SEPARATOR));
  if (apart) return texts.map((t) => convertWith(config, t, options));
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + SEPARATOR.length;
  }
  const whole = convertJoined(config, texts.join(SEPARATOR), options, starts.slice(1).map((s) => s - SEPARATOR.length));
  const pieces = whole.text.split(SEPARATOR);
  if (pieces.length !== texts.length) return texts.map((t) => convertWith(config, t, options));
  const out: TextConversion[] = pieces.map(() => ({ text: '', origin: new Int32Array(0), ambiguities: [] }));
  let from = 0;
  pieces.forEach((text, b) => {
    const origin = whole.origin.slice(from, from + text.length);
    for (let k = 0; k < origin.length; k++) if (origin[k]! >= 0) origin[k]! -= starts[b]!;
    out[b]!.text = text;
    out[b]!.origin = origin;
    from += text.length + SEPARATOR.length;
  });
  for (const a of whole.ambiguities) {
    const b = blockAt(starts, a.offset);
    out[b]!.ambiguities.push({ ...a, offset: a.offset - starts[b]! });
  }
  return out;
}


/** convertWith on a text whose `separators` (positions of joining line breaks) bound words on both sides. */
function convertJoined(config: ConfigName, text: string, options: ConvertOptions, separators: readonly number[]): TextConversion {
  const tokenizer = options.tokenizer === undefined ? intlTokenizer : options.tokenizer;
  const engine = engineFor(config, options.project !== false, options.sitePolicy === true);
  // Names matter only from Simplified, where one character stands for several Traditional ones.
  const fromSimplified = config.startsWith('s2');
  const nameChar = tokenizer?.nameInitial ?? (() => false);
  const useNames = options.names !== false && fromSimplified;
  // Without a guarded step or names, boundaries change nothing: skip looking for them.
  const words =
    tokenizer && (engine.guarded || useNames)
      ? wordInfo(text, tokenizer, {
          traditional: !fromSimplified,
          needed: (clause) => engine.wordsMatter(clause, useNames ? nameChar : null) || (useNames && NAME_DOT.test(clause)),
        })
      : undefined;
  if (words) {
    for (const s of separators) {
      words.bounds[s]! |= WORD | FIRM;
      words.bounds[s + 1]! |= WORD | FIRM;
    }
  }
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
  return convertWith(hansConfig(variant), text, { sitePolicy: true, ...options }).text;
}
