/**
 * The document collection written by the corpus pipeline (scripts/pipeline/emit.ts).
 * The schema is strict so the site build fails loudly on a malformed document.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from './lib/docs-loader.ts';
import { RENDERED_DOCS_DIR } from './lib/rendered-docs.ts';

const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');
const script = z.enum(['zh-Hans', 'zh-Hant']);

const relation = z.object({
  slug: z.string(),
  kind: z.enum(['near-duplicate', 'contains', 'contained-in', 'related']),
  jaccard: z.number().min(0).max(1),
  containment: z.number().min(0).max(1),
  firstSharedBlock: z.number().int().nonnegative().optional(),
}).passthrough();

const ambiguity = z.object({
  /** Block index in the body, or -1 for a metadata field (then `field` names it). */
  block: z.number().int().min(-1),
  offset: z.number().int().nonnegative(),
  char: z.string(),
  chosen: z.string(),
  candidates: z.array(z.string()),
  context: z.string(),
  by: z.string(),
}).passthrough();

export const docSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  date: isoDate.optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  editor: z.string().optional(),
  number: z.string().optional(),
  url: z.string().optional(),
  lang: script,
  originalLang: script,
  originalVariant: z.enum(['cn', 'tw', 'hk']),
  sources: z.array(z.string()).min(1),
  chars: z.number().int().nonnegative(),
  manual: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  removed: z.array(z.object({ code: z.string(), count: z.number().int(), samples: z.array(z.string()) })).default([]),
  related: z.array(relation).default([]),
  ambiguities: z.array(ambiguity).default([]),
});

const docs = defineCollection({
  // The id is the path (`zh-hans/<slug>`): both scripts share the frontmatter slug, which must not collide.
  // Bodies are rendered once at content sync, not compiled to a module per file, and kept out of the
  // content store (see docs-loader.ts and rendered-docs.ts).
  loader: docsLoader({ base: 'content/docs', folders: ['zh-hans', 'zh-hant'], renderedDir: RENDERED_DOCS_DIR }),
  schema: docSchema,
});

export const collections = { docs };
