/**
 * /<locale>/docs-index.json: every document of one script in compact form (src/lib/docs-index.ts),
 * fetched by the index's instant filters only when the reader starts filtering.
 */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/content.ts';
import { buildDocsIndex } from '../../lib/docs-index.ts';
import type { Locale } from '../../lib/locales.ts';
import { localeParams } from '../../lib/paths.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const corpus = await loadCorpus();
  return new Response(JSON.stringify(buildDocsIndex(corpus.summaries[locale])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
