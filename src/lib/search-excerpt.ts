/**
 * Pagefind's result excerpts are HTML: the page text with `<` and `>` escaped, and `<mark>…</mark>`
 * around the matched words. Read them as plain text segments (marked or not), so the page can build
 * text nodes and <mark> elements itself: nothing in a document can become markup in the results.
 */

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Pagefind escapes only < and >; undo those (and the few entities an escaper might add). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Excerpt HTML → segments. Only exact, balanced `<mark>` / `</mark>` tags count as markup; any other
 * `<…>` is kept as text (Pagefind never emits one, and text is safer than a guess). Adjacent segments with
 * the same marking are joined (网络 + 主权 marked separately read as one hit).
 */
export function parseExcerpt(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  };
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>' && !marked) marked = true;
    else if (part === '</mark>' && marked) marked = false;
    else push(part.startsWith('<') ? part : decodeEntities(part), marked);
  }
  return segments;
}
