/**
 * Convert stage: each document in both scripts.
 *
 * The original script (and, for Traditional, its regional usage) is detected over the whole document;
 * the text stays as written in its own script and is converted into the other one:
 *   Simplified  → Traditional: Taiwan glyph standard (為, 說, 啟), the author's vocabulary unchanged (s2tw);
 *   Traditional → Simplified: script only, the author's vocabulary unchanged (網路→网路, not 网络): Hong Kong
 *                 text is read with Hong Kong glyphs (hk2s), other Traditional text with Taiwan's (tw2s).
 * Word boundaries come from jieba. Every one-to-many character decided without a dictionary phrase is
 * listed in `ambiguities` for review. Sidecar rules: `keep` spans stay as written in both scripts; `hans` /
 * `hant` maps replace text in the Simplified / Traditional output (including the original-script side).
 * Metadata fields are converted too, except `url` and `date`.
 */
import * as core from './convert-core.ts';
import { convertMany, HANT_CONFIG, hansConfig, type ConvertOptions, type TextConversion } from './convert-core.ts';
import { detectScript, detectVariant } from './convert-detect.ts';
import { jiebaTokenizer } from './convert-jieba.ts';
import { replaceAll, type Replacement } from './convert-rules.ts';
import { CONVERT } from './thresholds.ts';
import type { Ambiguity, Block, ConvertedDoc, DocMetadata, Script, SidecarDoc, StructuredDoc, Variant } from './types.ts';

export { convertMany, convertWith, detectScript, detectVariant, hansConfig } from './convert-core.ts';
export type { ConvertOptions, TextConversion } from './convert-core.ts';

/** Simplified → Traditional as the pipeline does it (jieba word boundaries); see convert-core.ts. */
export function toHant(text: string, options: ConvertOptions = {}): string {
  return core.toHant(text, { tokenizer: jiebaTokenizer, ...options });
}

/** Traditional → Simplified as the pipeline does it (jieba word boundaries); see convert-core.ts. */
export function toHans(text: string, variant: Variant = 'cn', options: ConvertOptions = {}): string {
  return core.toHans(text, variant, { tokenizer: jiebaTokenizer, ...options });
}

type Rules = NonNullable<SidecarDoc['conversion']>;

/** Metadata fields that are not prose and are never converted. */
const VERBATIM_FIELDS = new Set<keyof DocMetadata>(['url', 'date']);

/** Where a piece of text sits in the document, for ambiguity records. */
interface Place {
  block: number;
  field?: keyof DocMetadata;
}

/** One piece of text in both scripts, plus the guesses made converting it. */
interface Converted {
  hans: string;
  hant: string;
  ambiguities: Ambiguity[];
}

function documentText(doc: StructuredDoc): string {
  return [doc.meta.title ?? '', ...doc.blocks.map((b) => b.text)].join('\n');
}

/** Position in the replaced text of position `p` of the text before replacing. */
function shifted(p: number, replacements: Replacement[]): number {
  let delta = 0;
  for (const r of replacements) {
    if (r.at >= p) break;
    delta += r.to.length - r.from.length;
  }
  return p + delta;
}

function around(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - CONVERT.contextChars), at + length + CONVERT.contextChars);
}

/** output position of every input unit (-1 when it has none) */
function outputPositions(conversion: TextConversion, inputLength: number): Int32Array {
  const positions = new Int32Array(inputLength).fill(-1);
  conversion.origin.forEach((src, k) => {
    if (src >= 0 && positions[src] === -1) positions[src] = k;
  });
  return positions;
}

/** Ambiguity records for one converted text, after the sidecar replacements on the converted side. */
function ambiguityRecords(
  source: string,
  conversion: TextConversion,
  replaced: { text: string; replacements: Replacement[] },
  place: Place,
): Ambiguity[] {
  const positions = outputPositions(conversion, source.length);
  return conversion.ambiguities.map((a) => {
    const out = positions[a.offset]!;
    let chosen = a.chosen;
    let by: string = a.by;
    const rule = out < 0 ? undefined : replaced.replacements.find((r) => out >= r.at && out < r.at + r.from.length);
    if (rule) {
      chosen = rule.to.length === rule.from.length ? rule.to[out - rule.at]! : rule.to;
      by = 'sidecar';
    }
    const record: Ambiguity = {
      block: place.block,
      offset: a.offset,
      char: a.char,
      chosen,
      candidates: a.candidates,
      context: around(source, a.offset, a.char.length),
      by,
    };
    if (place.field) record.field = place.field;
    if (out >= 0) record.converted = around(replaced.text, shifted(out, replaced.replacements), chosen.length);
    return record;
  });
}

/** One piece of text in both scripts, given its conversion into the other script. */
function bothScripts(text: string, conversion: TextConversion, original: Script, rules: Rules, place: Place): Converted {
  const converted = replaceAll(conversion.text, original === 'zh-Hans' ? rules.hant : rules.hans);
  const kept = replaceAll(text, original === 'zh-Hans' ? rules.hans : rules.hant).text;
  return {
    hans: original === 'zh-Hans' ? kept : converted.text,
    hant: original === 'zh-Hans' ? converted.text : kept,
    ambiguities: ambiguityRecords(text, conversion, converted, place),
  };
}

export function convert(doc: StructuredDoc, rules: SidecarDoc['conversion'] = {}): ConvertedDoc {
  const sample = documentText(doc);
  const original = detectScript(sample);
  const variant = detectVariant(sample, original);

  // Every converted piece of the document (metadata fields, then blocks) in one engine run.
  const fields = (Object.keys(doc.meta) as (keyof DocMetadata)[]).filter((f) => doc.meta[f] !== undefined);
  const converted = fields.filter((f) => !VERBATIM_FIELDS.has(f));
  const texts = [...converted.map((f) => doc.meta[f]!), ...doc.blocks.map((b) => b.text)];
  const config = original === 'zh-Hans' ? HANT_CONFIG : hansConfig(variant);
  const conversions = convertMany(config, texts, { tokenizer: jiebaTokenizer, keep: rules.keep, sitePolicy: true });
  const pieces = texts.map((text, k) =>
    bothScripts(text, conversions[k]!, original, rules, k < converted.length ? { block: -1, field: converted[k]! } : { block: k - converted.length }),
  );

  const ambiguities: Ambiguity[] = [];
  const hansMeta: DocMetadata = {};
  const hantMeta: DocMetadata = {};
  for (const field of fields) {
    const value = doc.meta[field]!;
    const k = converted.indexOf(field);
    hansMeta[field] = k < 0 ? value : pieces[k]!.hans;
    hantMeta[field] = k < 0 ? value : pieces[k]!.hant;
    if (k >= 0) ambiguities.push(...pieces[k]!.ambiguities);
  }
  const hansBlocks: Block[] = [];
  const hantBlocks: Block[] = [];
  doc.blocks.forEach((block, index) => {
    const c = pieces[converted.length + index]!;
    hansBlocks.push({ ...block, text: c.hans });
    hantBlocks.push({ ...block, text: c.hant });
    ambiguities.push(...c.ambiguities);
  });
  return {
    original,
    variant,
    hans: { meta: hansMeta, blocks: hansBlocks },
    hant: { meta: hantMeta, blocks: hantBlocks },
    ambiguities,
  };
}
