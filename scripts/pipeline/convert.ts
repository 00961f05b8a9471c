// PLACEHOLDER — to be replaced by the real convert stage (keep the exported signature).
import * as OpenCC from 'opencc-js';
import type { Block, ConvertedDoc, DocMetadata, SidecarDoc, StructuredDoc } from './types.ts';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

function mapDoc(meta: DocMetadata, blocks: Block[], f: (s: string) => string) {
  const m: DocMetadata = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined) (m as Record<string, string>)[k] = k === 'url' ? v : f(v);
  return { meta: m, blocks: blocks.map((b) => ({ ...b, text: f(b.text) })) };
}

export function convert(doc: StructuredDoc, _rules?: SidecarDoc['conversion']): ConvertedDoc {
  const text = doc.blocks.map((b) => b.text).join('');
  const original = toHans(text) === text ? 'zh-Hans' : 'zh-Hant';
  return {
    original,
    variant: original === 'zh-Hans' ? 'cn' : 'tw',
    hans: mapDoc(doc.meta, doc.blocks, original === 'zh-Hans' ? (s) => s : toHans),
    hant: mapDoc(doc.meta, doc.blocks, original === 'zh-Hant' ? (s) => s : toHant),
    ambiguities: [],
  };
}
