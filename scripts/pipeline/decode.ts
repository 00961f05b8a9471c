// PLACEHOLDER — to be replaced by the real decode stage (keep the exported signature).
import type { DecodeResult, RawFile } from './types.ts';

export function decode(raw: RawFile): DecodeResult {
  const text = new TextDecoder('utf-8').decode(raw.bytes).replace(/\r\n?/g, '\n').replace(/\uFFFD/g, '');
  return {
    ok: true,
    file: { name: raw.name, text, encoding: 'utf-8', bom: false, invalidSequences: 0, controlCharsRemoved: 0, bytes: raw.bytes.length },
  };
}
