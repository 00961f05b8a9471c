/**
 * HTML character references left in scraped text (`&nbsp;&nbsp;为深入推进&ldquo;一带一路&rdquo;…`, `&#12288;`):
 * the scraper copied the page's source instead of its rendered text. A reader must see the quotes, dashes
 * and spaces they stand for, so each complete reference (`&name;`, `&#8220;`, `&#x3000;`) is decoded with the
 * `entities` package (WHATWG's table; references ending in `;` only, so `R&D` and `&c` stay as written).
 *
 * References to the characters that make markup (`< > & " '`), to controls and to nothing (`&#0;`, a lone
 * surrogate) stay as written: `&lt;script&gt;` in a scraped file is shown as those eight characters, never
 * turned into something that looks like a tag (issue 6: entities render as the literal text).
 */
import { decodeHTMLStrict } from 'entities/decode';

/** A complete character reference: named, decimal or hexadecimal. */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** What a reference must not become: a markup character, a control, or U+FFFD (a reference to nothing). */
const KEPT_AS_WRITTEN = /[<>&"'\u0000-\u001f\u007f-\u009f\ufffd]/u;

export interface DecodedReferences {
  text: string;
  /** References replaced by the characters they stand for. */
  decoded: number;
}

export function decodeCharacterReferences(text: string): DecodedReferences {
  if (!text.includes('&')) return { text, decoded: 0 };
  let decoded = 0;
  const out = text.replace(REFERENCE, (reference) => {
    const character = decodeHTMLStrict(reference);
    if (character === reference || KEPT_AS_WRITTEN.test(character)) return reference;
    decoded++;
    return character;
  });
  return { text: out, decoded };
}
