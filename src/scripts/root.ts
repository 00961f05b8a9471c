/**
 * `/`: open the reader's script — their stored choice, else their browser languages.
 * Without JavaScript the page shows plain links to both.
 */
import { localePath, isLocale } from '../lib/locales.ts';
import { negotiateLocale } from '../lib/negotiate.ts';
import { readStored, SCRIPT_KEY, store } from '../lib/preferences.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
  link.addEventListener('click', () => {
    const locale = link.getAttribute('hreflang');
    if (isLocale(locale)) store(SCRIPT_KEY, locale);
  });
}

const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
const locale = negotiateLocale(readStored(SCRIPT_KEY), languages);
location.replace(`/${localePath(locale)}/${location.hash}`);
