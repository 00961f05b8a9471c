/**
 * /search-data/<direction>/<code point>.json: the context rules of one ambiguous character
 * (发 → 發 or 髮 depending on its neighbours), fetched only for queries that hold that character.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { directionData } from '../../../lib/search-build.ts';
import { charKey, DIRECTIONS } from '../../../lib/search-paths.ts';

export const getStaticPaths: GetStaticPaths = () =>
  DIRECTIONS.flatMap((direction) => [...directionData(direction).rules].map(([char, rules]) => ({ params: { direction, char: charKey(char) }, props: { rules } })));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.rules), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
