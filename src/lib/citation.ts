/**
 * "Cite this": a plain-text reference (GB/T 7714 style for electronic resources) and a BibTeX entry.
 * Deterministic: no access date, only what the document itself carries.
 */
export interface CitationInput {
  slug: string;
  title: string;
  author?: string;
  source?: string;
  date?: string;
  /** Absolute URL of this page on the site. */
  pageUrl: string;
  /** URL of the original publication, if the pipeline found one. */
  originalUrl?: string;
  /** BCP 47 code of the cited text, e.g. zh-Hans. */
  lang: string;
}

/** Strip a trailing full stop so joined parts do not end in "。." or "..". */
function part(text: string): string {
  return text.trim().replace(/[.。]+$/u, '');
}

/**
 * `作者. 题名[EB/OL]. 出版者, 日期. URL.` — parts that are unknown are left out; without an author
 * the source takes the author's place (as for institutional documents).
 */
export function plainCitation(c: CitationInput): string {
  const responsible = c.author ?? c.source;
  const publisher = c.author ? c.source : undefined;
  const pieces: string[] = [];
  if (responsible) pieces.push(`${part(responsible)}.`);
  pieces.push(`${part(c.title)}[EB/OL].`);
  const imprint = [publisher && part(publisher), c.date].filter(Boolean).join(', ');
  if (imprint) pieces.push(`${imprint}.`);
  pieces.push(`${c.pageUrl}.`);
  if (c.originalUrl) pieces.push(`(${c.originalUrl})`);
  return pieces.join(' ');
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Escape text for a braced BibTeX field value. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => TEX_SPECIALS[ch] ?? ch);
}

/** URLs keep their characters; only what would break the braced value or start a comment is escaped. */
function bibtexUrl(url: string): string {
  return url.replace(/[\\{}%]/g, (ch) => `\\${ch}`);
}

export function bibtexEntry(c: CitationInput): string {
  const fields: [string, string][] = [];
  // Double braces keep BibTeX from re-casing the title or splitting a Chinese name into first/last.
  fields.push(['title', `{${bibtexEscape(c.title)}}`]);
  if (c.author) fields.push(['author', `{${bibtexEscape(c.author)}}`]);
  if (c.source) fields.push(['howpublished', bibtexEscape(c.source)]);
  if (c.date) {
    // `year` for BibTeX styles, the full ISO `date` for biblatex.
    fields.push(['year', c.date.slice(0, 4)]);
    fields.push(['date', c.date]);
  }
  fields.push(['url', bibtexUrl(c.pageUrl)]);
  if (c.originalUrl) fields.push(['note', `Originally published at \\url{${bibtexUrl(c.originalUrl)}}`]);
  fields.push(['langid', c.lang]);
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
  return `@misc{${c.slug},\n${body}\n}`;
}
