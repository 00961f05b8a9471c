/**
 * Script and style left in scraped text as whole lines: analytics snippets (`var _hmt = _hmt || [];`),
 * event wiring (`$(function () { … });`) and style rules (`.content { font-size: 16px; }`). Such a line
 * is page machinery, not text, and is removed whole (recorded as 'markup'). HTML tags and entities inside
 * the text are NOT touched: they render as the literal text they are (issue 6). Pure functions.
 */

/** Quoted strings in code (may hold Chinese text: `alert("请输入关键词")`). */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/gu;
/** Words, openings and statements only script has (`foo.bar(…);` is a call). */
const SCRIPT_SIGNS = /\b(?:var|let|const|function|return|typeof|window|document|jQuery)\b|^\s*(?:\(function|\$\(|\}\)|\};?\s*$)|^\s*[\w$.]+\(.*\)\s*;\s*$|=>|\|\||&&|===?/u;
/** A style rule or declaration: `.a .b { … }`, `font-size: 16px;`. */
const STYLE_RULE = /^\s*[.#@]?[\w-]+(?:[\s.#:>+~,[\]="*()-]+[\w-]*)*\s*\{[^{}]*\}?\s*$|^\s*[a-z-]+\s*:\s*[^;{}]+;\s*$/iu;
/** Every script statement and style rule has one of these. */
const CODE_GATE = /[{};=]/u;
/** Characters of code syntax. */
const CODE_PUNCT = /[{}()[\];=]/gu;

/**
 * A line of script or style: outside its quoted strings it has no Han character, and it has code
 * syntax — a script keyword or operator with at least `minPunct` of `{}()[];=`, or the shape of a style rule.
 */
export function isCodeLine(text: string, minPunct: number): boolean {
  if (!CODE_GATE.test(text)) return false; // most lines: no brace, semicolon or equals sign at all
  const bare = text.replace(QUOTED, '""');
  if (/\p{Script=Han}/u.test(bare)) return false;
  if (STYLE_RULE.test(bare)) return true;
  return SCRIPT_SIGNS.test(bare) && (bare.match(CODE_PUNCT) ?? []).length >= minPunct;
}
