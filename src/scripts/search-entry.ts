/**
 * On every page (a few hundred bytes): the `/` shortcut to the search box, and — only when the page
 * was opened from a search result (?highlight=…) — the script that marks the hits in the document.
 * Pagefind itself loads only on the search page, when the search box is used.
 */
import markScriptUrl from './search-mark.ts?worker&url';

/** Elements where `/` is text the reader is typing, not a shortcut. */
const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function visible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0;
}

function searchBox(): HTMLInputElement | undefined {
  const boxes = document.querySelectorAll<HTMLInputElement>('input[data-search-input], input[data-search-entry-input]');
  return [...boxes].find(visible);
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return;
  const target = event.target;
  if (target instanceof Element && target.closest(EDITABLE)) return;
  const box = searchBox();
  if (box) {
    event.preventDefault();
    box.focus();
    box.select();
    return;
  }
  // No box on screen (narrow layouts show only the link): go to the search page.
  const entry = document.querySelector<HTMLElement>('[data-search-entry]');
  const href = entry instanceof HTMLAnchorElement ? entry.href : entry instanceof HTMLFormElement ? entry.action : undefined;
  if (href) {
    event.preventDefault();
    location.assign(href);
  }
}

document.addEventListener('keydown', onKeydown);

/**
 * The highlighter is bundled on its own (Vite's `?worker&url` builds a standalone script and gives
 * its URL) and added as a plain <script> only when needed: a dynamic import() would pull Vite's
 * 1.7 KB preload helper into every page.
 */
if (new URLSearchParams(location.search).has('highlight') && document.querySelector('[data-pagefind-body]')) {
  const script = document.createElement('script');
  script.src = markScriptUrl;
  document.head.append(script);
}
