/**
 * Page chrome glued onto a content line: a saved page flattened into ONE line keeps its portal bar at the
 * start (`网页新闻贴吧…登录注册…播报讨论上传视频`, `切换模式写文章登录/注册`) and its footer or action bar
 * at the end (`…©2024 … 京ICP证…号`, `发布于 … 赞同 添加评论 分享 喜欢 收藏`). These functions cut such a
 * head or tail off by generic signals — a stretch without clause punctuation that is mostly interface
 * words, or that carries a hard footer marker — and keep the content in the middle.
 */
import { CLEAN } from './thresholds.ts';
import { CLAUSE_PUNCT, CSS_PROPERTY, FOOTER_MARKERS, ICP_PATTERN, PUBLISHED_STAMP, UI_WORDS } from './clean-patterns.ts';
import { longestFirst, scanWords, visibleLength, type CleanThresholds } from './clean-signals.ts';

const UI_SORTED = longestFirst(UI_WORDS);

/** Site-suffix separators of page titles (`title_site`, `title - site`, `title | site`). */
const TITLE_SEPARATOR = /[_|｜\-–—]/u;
/** Characters after which a content line may legitimately end, so a glued tail starts after them. */
const TAIL_BOUNDARY = /[。！？!?\]」』”)）]/u;

/** One piece cut off a line. */
export interface GluedCut {
  code: 'page-title' | 'glued-prefix' | 'glued-suffix' | 'code';
  text: string;
}

/** A piece of the line that is kept, with its 0-based UTF-16 offset in the line. */
export interface KeptPiece {
  text: string;
  start: number;
}

/** What is left of a line after stripping, plus any short lines split out to keep (title, date stamp). */
export interface GluedResult {
  /** Pieces to keep, in order (the content, possibly preceded by the title and followed by a stamp). */
  keep: KeptPiece[];
  cuts: GluedCut[];
}

export interface GluedContext {
  pageTitleLine?: string;
  titleHint?: string;
}

/** The line starts with the page-title line, or with its tail end including the site suffix. */
function leadingTitleFragment(text: string, pageTitleLine: string | undefined, t: CleanThresholds): string {
  const title = pageTitleLine?.trim();
  if (!title) return '';
  if (text.startsWith(title)) return title;
  for (let k = title.length - 1; k >= t.titleFragmentMinChars; k--) {
    const tail = title.slice(title.length - k);
    if (TITLE_SEPARATOR.test(tail) && text.startsWith(tail)) return tail;
  }
  return '';
}

/** End offset of the longest head of `zone` that is mostly interface words, or 0. */
function uiHeadEnd(zone: string, t: CleanThresholds): number {
  const scan = scanWords(zone, UI_SORTED);
  let best = 0;
  for (const e of scan.ends) {
    const letters = e.covered + e.residue;
    if (e.tokens >= t.gluedUiMinTokens && letters > 0 && e.covered / letters >= t.gluedUiCoverageMin) best = e.end;
  }
  return best;
}

/** Start offset of the longest tail of `zone` that is mostly interface words, or -1. */
function uiTailStart(zone: string, t: CleanThresholds): number {
  const scan = scanWords(zone, UI_SORTED);
  for (const start of scan.starts) {
    const rest = scanWords(zone.slice(start), UI_SORTED);
    const letters = rest.covered + rest.residue;
    if (rest.tokens >= t.gluedUiMinTokens && letters > 0 && rest.covered / letters >= t.gluedUiCoverageMin) return start;
  }
  return -1;
}

interface Head {
  /** Offset where the rest of the line (after the stripped head) starts. */
  restStart: number;
  cuts: GluedCut[];
  title?: KeptPiece;
}

/** Strip a glued head: a page-title fragment, then a run of interface words before the first clause. */
function stripHead(text: string, ctx: GluedContext, t: CleanThresholds): Head {
  const cuts: GluedCut[] = [];
  let pos = 0;
  const lead = text.length - text.trimStart().length;
  const fragment = leadingTitleFragment(text.trimStart(), ctx.pageTitleLine, t);
  if (fragment) {
    cuts.push({ code: 'page-title', text: text.slice(0, lead + fragment.length) });
    pos = lead + fragment.length;
  }
  const rest = text.slice(pos);
  const firstClause = rest.search(CLAUSE_PUNCT);
  const zoneEnd = Math.min(firstClause < 0 ? rest.length : firstClause, t.gluedZoneMaxChars);
  const end = uiHeadEnd(rest.slice(0, zoneEnd), t);
  if (end > 0) {
    cuts.push({ code: 'glued-prefix', text: rest.slice(0, end) });
    pos += end;
  }
  // Page chrome stripped and the article title follows, glued to the text: give the title its own line.
  const hint = ctx.titleHint?.trim();
  if (cuts.length > 0 && hint && hint.length >= t.titleFragmentMinChars) {
    const after = text.slice(pos);
    const titleStart = pos + after.length - after.trimStart().length;
    if (text.startsWith(hint, titleStart) && text.length > titleStart + hint.length) {
      return { restStart: titleStart + hint.length, cuts, title: { text: hint, start: titleStart } };
    }
  }
  return { restStart: pos, cuts };
}

/** Start of the tail zone: just after the last character a content line may end with. */
function tailZoneStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (TAIL_BOUNDARY.test(text[i] ?? '')) return i + 1;
  }
  return 0;
}

interface Tail {
  /** Offset where the stripped tail starts (the content ends there). */
  contentEnd: number;
  cuts: GluedCut[];
  stamp?: KeptPiece;
}

/** Strip a glued tail: after the last sentence end, a footer (©, ICP) or a run of interface words. */
function stripTail(text: string, from: number, t: CleanThresholds): Tail {
  const none: Tail = { contentEnd: text.length, cuts: [] };
  const zoneStart = tailZoneStart(text);
  if (zoneStart <= from) return none;
  const zone = text.slice(zoneStart);
  if (zone.trim() === '' || visibleLength(zone) > t.gluedZoneMaxChars) return none;
  let cutAt = -1;
  if (FOOTER_MARKERS.test(zone) || ICP_PATTERN.test(zone)) cutAt = zoneStart;
  else {
    const start = uiTailStart(zone, t);
    if (start >= 0) cutAt = zoneStart + start;
  }
  if (cutAt < 0) return none;
  const removed = text.slice(cutAt);
  // A publication stamp inside the stripped tail is metadata: keep it as its own line.
  const stamp = removed.match(PUBLISHED_STAMP);
  if (stamp && stamp.index !== undefined) {
    const before = removed.slice(0, stamp.index);
    const after = removed.slice(stamp.index + stamp[0].length);
    const cuts: GluedCut[] = [];
    if (before.trim()) cuts.push({ code: 'glued-suffix', text: before });
    if (after.trim()) cuts.push({ code: 'glued-suffix', text: after });
    return { contentEnd: cutAt, cuts, stamp: { text: stamp[0], start: cutAt + stamp.index } };
  }
  return { contentEnd: cutAt, cuts: [{ code: 'glued-suffix', text: removed }] };
}

/**
 * Strip page chrome glued to the start and end of a long line. Lines shorter than
 * `gluedMinLineChars` are returned unchanged (they are judged whole by the line rules).
 */
export function stripGlued(text: string, ctx: GluedContext, t: CleanThresholds = CLEAN): GluedResult {
  const unchanged: GluedResult = { keep: [{ text, start: 0 }], cuts: [] };
  // text.length (UTF-16 units) is never below the visible length: the cheap test settles most lines.
  if (text.length < t.gluedMinLineChars || visibleLength(text) < t.gluedMinLineChars) return unchanged;
  const head = stripHead(text, ctx, t);
  const tail = stripTail(text, head.restStart, t);
  const content = text.slice(head.restStart, tail.contentEnd);
  // Never strip a line down to (almost) nothing: then it is not content with chrome glued on.
  if (visibleLength(content) < t.contentMinChars) return unchanged;
  const keep: KeptPiece[] = [];
  if (head.title) keep.push(head.title);
  keep.push({ text: content, start: head.restStart });
  if (tail.stamp) keep.push(tail.stamp);
  return { keep, cuts: [...head.cuts, ...tail.cuts] };
}

/** Style rules at the start of a line (`.TRS_Editor P{margin-top:5px;…}`), the page's `<style>` copied with it. */
const LEADING_STYLE = /^\s*(?:[.#]?[A-Za-z_][\w\s.#,>*-]*\{[^{}]*\}\s*)+/u;

/**
 * A style sheet glued before the text of a line (TRS pages: `.TRS_Editor P{…}.TRS_Editor DIV{…}各市、县…`):
 * the rules are cut off as page code, or null when the line does not start with one or holds nothing else.
 */
export function stripLeadingStyle(text: string): GluedResult | null {
  if (!text.includes('{')) return null;
  const m = LEADING_STYLE.exec(text);
  if (!m || !CSS_PROPERTY.test(m[0]) || text.slice(m[0].length).trim() === '') return null;
  return { keep: [{ text: text.slice(m[0].length), start: m[0].length }], cuts: [{ code: 'code', text: m[0] }] };
}
