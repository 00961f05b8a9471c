/**
 * The only script of ordinary pages: the 简/繁 toggle that keeps the reader's place, and the
 * colour-theme switch. Everything works without it (the toggle is a plain link).
 */
import { blockAtTop, type BlockRect } from '../lib/reading-position.ts';
import { nextTheme, parseTheme, readStored, SCRIPT_KEY, store, THEME_KEY, type Theme } from '../lib/preferences.ts';

/** The block of the document body at the top of the viewport (below the sticky header), if any. */
function currentBlockId(): string | undefined {
  const blocks = document.querySelectorAll<HTMLElement>('[data-anchors] > [id]');
  const first = blocks[0];
  if (!first) return undefined;
  const header = document.querySelector<HTMLElement>('[data-sticky-header]');
  const viewTop = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
  const rects: BlockRect[] = [];
  for (const el of blocks) {
    const r = el.getBoundingClientRect();
    rects.push({ id: el.id, top: r.top - viewTop, bottom: r.bottom - viewTop });
  }
  const lineHeight = Number.parseFloat(getComputedStyle(first).lineHeight) || 24;
  return blockAtTop(rects, lineHeight);
}

function setupScriptToggle(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-script-toggle]')) {
    link.addEventListener('click', () => {
      // Runs before the browser follows the link, so the updated href is the one it opens.
      const target = new URL(link.href);
      target.search = location.search;
      const block = currentBlockId();
      target.hash = block ? `#${block}` : document.querySelector('[data-anchors]') ? '' : location.hash;
      link.href = target.href;
      const locale = link.getAttribute('hreflang');
      if (locale) store(SCRIPT_KEY, locale);
    });
  }
}

function applyTheme(theme: Theme): void {
  if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

function setupThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('button[data-theme-toggle]');
  if (!button) return;
  const label = button.querySelector<HTMLElement>('[data-theme-label]');
  const show = (theme: Theme) => {
    const text = button.getAttribute(`data-label-${theme}`) ?? theme;
    if (label) label.textContent = text;
    button.title = text;
  };
  let theme = parseTheme(readStored(THEME_KEY));
  show(theme);
  button.hidden = false;
  button.addEventListener('click', () => {
    theme = nextTheme(theme);
    store(THEME_KEY, theme === 'auto' ? null : theme);
    applyTheme(theme);
    show(theme);
  });
}

setupScriptToggle();
setupThemeToggle();
