/** getStaticPaths helpers: one page per script. */
import { LOCALES, localePath, type Locale } from './locales.ts';

export function localeParams(): { params: { locale: string }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: localePath(locale) }, props: { locale } }));
}
