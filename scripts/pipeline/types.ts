/**
 * Typed contracts between the pipeline stages.
 *
 *   decode → split → clean → dedupe (inside) → metadata → structure → convert
 *          → dedupe (across documents) → neardup → emit
 *
 * Every stage is a pure function of its input (no file system, no clock, no
 * randomness); the CLI in scripts/corpus.ts wires them and handles files.
 * Every byte a stage drops is accounted for as a Rejection or a Removal so the
 * report can say what happened to it.
 */

export type StageName =
  | 'read'
  | 'decode'
  | 'split'
  | 'clean'
  | 'dedupe'
  | 'metadata'
  | 'structure'
  | 'convert'
  | 'neardup'
  | 'emit';

/** A raw input file as read from disk, plus its optional sidecar (see Sidecar). */
export interface RawFile {
  /** File name relative to the input folder, with forward slashes. */
  name: string;
  bytes: Uint8Array;
  /** True size on disk when the reader did not load the file (it exceeds the size limit); `bytes` is then empty. */
  size?: number;
  sidecar?: Sidecar;
}

/** Something the pipeline refused to publish, with the reason and its size. */
export interface Rejection {
  file: string;
  stage: StageName;
  /** Short machine-readable code, e.g. 'binary', 'pdf-bytes', 'empty', 'too-large'. */
  code: string;
  /** Human-readable explanation (English; the report is for editors). */
  reason: string;
  /** Size of the rejected material: UTF-8 bytes of the text, or raw bytes when undecodable. */
  bytes: number;
  /** 1-based line range in the decoded file, when known. */
  lines?: [number, number];
  /** First characters of the rejected material, for the report (never rendered as HTML). */
  excerpt?: string;
}

// ---------------------------------------------------------------- decode

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedFile {
  name: string;
  /** Normalised text: '\n' line ends, no NUL/control characters, no U+FFFD. */
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** Invalid byte sequences (and literal U+FFFD characters) dropped. */
  invalidSequences: number;
  /** NUL and other control characters removed. */
  controlCharsRemoved: number;
  /** Lines repaired from mojibake saved in the file (UTF-8 once read as GBK / Windows-1252), per reading. */
  mojibakeRepaired?: Partial<Record<'gbk' | 'windows-1252', number>>;
  /** HTML character references (`&nbsp;`, `&ldquo;`, `&#12288;`) replaced by their characters. */
  referencesDecoded?: number;
  /** Pinyin glosses (`網(wǎng)`) a content farm's converter wrote after characters, removed. */
  pinyinGlossesRemoved?: number;
  /** Size of the input in bytes. */
  bytes: number;
}

export type DecodeResult =
  | { ok: true; file: DecodedFile }
  | { ok: false; rejection: Rejection };

// ---------------------------------------------------------------- split

/** One line of text and where it came from (1-based line number in the decoded file). */
export interface Line {
  no: number;
  text: string;
  /** Set only when split cut a physical line in two (a page title glued onto it): 0-based UTF-16
   *  offset of this piece within the decoded line. */
  offset?: number;
}

/** One saved page (candidate document) inside a decoded file. */
export interface Segment {
  file: string;
  /** 0-based position of this segment among the file's segments. */
  index: number;
  /** The page-title line that announced the segment, with site suffix / SEO prefix stripped. */
  titleHint?: string;
  /** The raw page-title line as it stood, if any (kept for the report). */
  pageTitleLine?: string;
  /** Numbers of the lines in `lines` that hold nothing but a page-title line (the announcing line and
   *  its repeats, or a title cut off the end of a longer line). Clean may drop them. A title glued to
   *  the start of a longer line is not listed: that line also holds the page's text. */
  pageTitleLines?: number[];
  lines: Line[];
}

export interface SplitResult {
  segments: Segment[];
  rejected: Rejection[];
}

// ---------------------------------------------------------------- clean / dedupe

/** A line (or part of one) taken out of a document, and why. */
export interface Removal {
  stage: StageName;
  /** Short code: 'nav', 'footer', 'icp', 'share-widget', 'spam', 'scrape-date', 'ticker',
   *  'author-profile', 'empty-trailer', 'toc', 'duplicate-body', 'duplicate-line', ... */
  code: string;
  line: number;
  text: string;
}

/** A document in progress: the segment's lines minus what was removed so far. */
export interface WorkingDoc {
  file: string;
  index: number;
  titleHint?: string;
  pageTitleLine?: string;
  lines: Line[];
  removed: Removal[];
}

// ---------------------------------------------------------------- metadata

/** ISO date: YYYY-MM-DD, YYYY-MM or YYYY. */
export type IsoDate = string;

export interface DocMetadata {
  title?: string;
  date?: IsoDate;
  source?: string;
  author?: string;
  editor?: string;
  /** Issuing number of an official document (发文字号: 国发〔2022〕8号). */
  number?: string;
  url?: string;
}

export interface MetadataResult {
  doc: WorkingDoc; // with the metadata lines removed (recorded as Removals with stage 'metadata')
  meta: DocMetadata;
}

// ---------------------------------------------------------------- structure

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4 | 5; text: string }
  | { type: 'paragraph'; text: string };

export interface StructuredDoc {
  file: string;
  index: number;
  meta: DocMetadata;
  blocks: Block[];
  removed: Removal[];
}

// ---------------------------------------------------------------- convert

export type Script = 'zh-Hans' | 'zh-Hant';
/** Regional variant of the original text: mainland, Taiwan or Hong Kong usage. */
export type Variant = 'cn' | 'tw' | 'hk';

/** A one-to-many character the converter had to choose for, with its context. */
export interface Ambiguity {
  /** Block index and character offset in the original text. */
  block: number;
  offset: number;
  char: string;
  chosen: string;
  candidates: string[];
  context: string;
  /** Where the choice came from: 'opencc' default, 'phrase' dictionary, 'project' dictionary, 'sidecar' rule
   *  ('name': a surname or transliterated name kept in its own character). */
  by: string;
  /** For a metadata field (then `block` is -1): which field. */
  field?: keyof DocMetadata;
  /** The same context as converted. */
  converted?: string;
}

export interface ConvertedDoc {
  original: Script;
  variant: Variant;
  hans: { meta: DocMetadata; blocks: Block[] };
  hant: { meta: DocMetadata; blocks: Block[] };
  ambiguities: Ambiguity[];
}

// ---------------------------------------------------------------- relations (near-dup)

export type RelationKind = 'near-duplicate' | 'contains' | 'contained-in' | 'related';

export interface Relation {
  slug: string;
  kind: RelationKind;
  /** Jaccard similarity of shingle sets (the near-dup stage verifies it exactly after MinHash/LSH). */
  jaccard: number;
  /** Share of THIS document's shingles found in the other one. */
  containment: number;
  /** Paragraph index in this document of the first shared passage, if any. */
  firstSharedBlock?: number;
  /** Every paragraph index in this document touched by a shared passage (increasing), if known. */
  sharedBlocks?: number[];
}

// ---------------------------------------------------------------- sidecar

/**
 * Manual metadata per raw file: `<raw file name>.meta.json` beside it.
 * `documents` is keyed by the 0-based segment index within the file ("0", "1", …)
 * or "*" for every document of the file.
 */
export interface Sidecar {
  documents?: Record<string, SidecarDoc>;
}

export interface SidecarDoc extends DocMetadata {
  /** Force the slug (ASCII). */
  slug?: string;
  /** Do not publish this document (reason goes to the report). */
  reject?: string;
  /** Conversion rules for this document (see issue 8). */
  conversion?: {
    /** Spans kept as is in both scripts. */
    keep?: string[];
    /** Replace `from` with `to` in the Simplified output. */
    hans?: Record<string, string>;
    /** Replace `from` with `to` in the Traditional output. */
    hant?: Record<string, string>;
  };
}
