/**
 * Build time (Node): the search conversion data of the corpus in content/docs, computed once per
 * build and shared by the search pages (trigger characters) and the data files they fetch
 * (src/pages/search-data/).
 */
import path from 'node:path';
import { readBlockPairs } from './search-corpus.ts';
import { buildConversionData, type DirectionData, type SearchConversionData } from './search-map.ts';
import type { Direction } from './search-paths.ts';

/** Where `npm run corpus` writes the documents (the content collection's base). */
const DOCS_DIR = path.resolve('content/docs');

let data: SearchConversionData | undefined;

export function conversionData(): SearchConversionData {
  data ??= buildConversionData(readBlockPairs(DOCS_DIR));
  return data;
}

export function directionData(direction: Direction): DirectionData {
  const d = conversionData();
  return direction === 'hans-to-hant' ? d.hansToHant : d.hantToHans;
}

