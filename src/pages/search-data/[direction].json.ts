/**
 * /search-data/hans-to-hant.json and /search-data/hant-to-hans.json: the corpus-derived query
 * conversion tables (src/lib/search-map.ts), fetched by the search page only for a query that holds
 * a character of the other script.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { directionData } from '../../lib/search-build.ts';
import { DIRECTIONS, type Direction } from '../../lib/search-paths.ts';

export const getStaticPaths: GetStaticPaths = () => DIRECTIONS.map((direction) => ({ params: { direction } }));

export const GET: APIRoute = ({ params }) => {
  const { table } = directionData(params.direction as Direction);
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
