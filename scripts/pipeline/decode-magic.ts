/**
 * Known binary file signatures ("magic numbers"). A scraper sometimes saves a PDF, an image or an
 * archive under a .txt name; such a file is rejected by decode before any text is guessed from it.
 */

interface Signature {
  /** Human-readable format name for the rejection reason. */
  format: string;
  /** Bytes that must appear at `offset`; null matches any byte. */
  bytes: readonly (number | null)[];
  offset?: number;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { format: 'PDF document', bytes: ascii('%PDF-') },
  { format: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF image', bytes: ascii('GIF87a') },
  { format: 'GIF image', bytes: ascii('GIF89a') },
  { format: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { format: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { format: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { format: 'ZIP archive (also docx/xlsx/epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'ZIP archive (empty)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { format: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { format: 'BZIP2 archive', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { format: 'XZ archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: 'Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { format: 'OLE2 document (doc/xls/ppt)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { format: 'Windows executable', bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { format: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { format: 'Java class file', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { format: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { format: 'SQLite database', bytes: [...ascii('SQLite format 3'), 0x00] },
  { format: 'MP4/QuickTime video', bytes: ascii('ftyp'), offset: 4 },
  { format: 'Ogg media', bytes: ascii('OggS') },
  { format: 'FLAC audio', bytes: ascii('fLaC') },
  { format: 'MP3 audio', bytes: [...ascii('ID3'), null, 0x00] },
];

function matchesAt(bytes: Uint8Array, sig: Signature): boolean {
  const offset = sig.offset ?? 0;
  if (bytes.length < offset + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => b === null || bytes[offset + i] === b);
}

/** The format name when the bytes start with a known binary signature, else null. */
export function detectBinaryFormat(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (matchesAt(bytes, sig)) return sig.format;
  }
  return null;
}
