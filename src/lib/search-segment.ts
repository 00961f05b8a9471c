/**
 * Search works on single Han characters, like Ctrl-F: every Han character is its own word in the
 * index, and a query is sent to Pagefind as its characters, so a phrase search finds exactly the
 * documents whose text contains the query.
 *
 * Why: Pagefind 1.6 segments Chinese into dictionary words at indexing time, and a phrase only
 * matches whole words, so a query that cuts across the segmenter's words misses documents: 联合国 in
 * "按照联合国大会" (indexed 联合/国大/会), 信息化, 东盟国家 — 17 of 400 frequent words and word pairs of
 * the seed corpus missed at least one document that contains them (recall 98.8%); indexed character
 * by character, none did. It also halves Pagefind's indexing time and memory (10k documents: 197 s /
 * 8.4 GB instead of 389 s / 15.6 GB), at the price of larger index chunks for common characters.
 *
 * The served pages stay untouched: the build inserts the breaks (U+200B, which Pagefind treats as a
 * word boundary) only into the copy of each page it hands to Pagefind (scripts/search-index.ts).
 */

/** The word break inserted around Han characters in the indexed copy of a page. */
export const WORD_BREAK = '\u200b';

const HAN = /\p{Script=Han}/u;
/** A boundary next to a Han character that is not already a break (space, tab, existing U+200B). */
const HAN_BOUNDARY = /(?<=\p{Script=Han})(?=[^\s\u200b])|(?<=[^\s\u200b])(?=\p{Script=Han})/gu;

/** Text with a word break at every boundary next to a Han character: 2015年网络 → 2015·年·网·络. */
export function separateHan(text: string): string {
  return text.replace(HAN_BOUNDARY, WORD_BREAK);
}

/** A comment, a tag (attribute values may hold `>`), or a run of text. */
const HTML_PARTS = /(<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)|([^<]+)/g;

/**
 * The same for an HTML page: breaks go into text only (between tags), never into tags, attribute
 * values (filters, metadata, sort keys are attributes) or comments. Han characters never occur
 * inside character references (&amp; &#12345;), which are ASCII.
 */
export function separateHanInHtml(html: string): string {
  return html.replace(HTML_PARTS, (_m, tag: string | undefined, text: string | undefined) => tag ?? separateHan(text!));
}

/** A paragraph's stable anchor as the site's renderer writes it (anchors.ts): `<p id="p12">`. */
const PARAGRAPH_ANCHOR = /<p id="(p\d+)">/g;

/**
 * Paragraph anchors without their text, in the indexed copy: Pagefind stores each element with an
 * id in the page's fragment together with the element's whole text, so a body of anchored paragraphs
 * was stored twice (as content and as anchors) and the first results of a search downloaded it twice.
 * The search page reads an anchor's id, element and position only (search-query.ts anchorForHit); an
 * empty marker at the start of the paragraph has the same id and position. Text never holds a raw `<`,
 * attribute values never a raw `"`, so only real tags match.
 */
export function emptyParagraphAnchors(html: string): string {
  return html.replace(PARAGRAPH_ANCHOR, '<p><span id="$1"></span>');
}

/** Remove the breaks (from titles and excerpts Pagefind returns). */
export function stripBreaks(text: string): string {
  return text.replaceAll(WORD_BREAK, '');
}

/** A query as Pagefind's words: each Han character alone, other text split at spaces. */
export function queryTokens(text: string): string[] {
  return separateHan(text)
    .split(/[\s\u200b]+/)
    .filter((t) => t !== '');
}

/** Pagefind phrase search for a text: its words in this order, adjacent. */
export function phraseTerm(text: string): string {
  return `"${queryTokens(text).join(' ')}"`;
}

/** Pagefind plain search for a text: all its words, anywhere. */
export function wordsTerm(text: string): string {
  return queryTokens(text).join(' ');
}

export function hanCount(text: string): number {
  let n = 0;
  for (const c of text) if (HAN.test(c)) n++;
  return n;
}
