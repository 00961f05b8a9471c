/**
 * Every tunable number of the pipeline, in one place, each with the reason for its value.
 * Stages import their own section; tests may pass overrides.
 */

export const DECODE = {
  /** Files larger than this are rejected unread beyond the limit (bytes). Override with --max-bytes. */
  maxFileBytes: 50 * 1024 * 1024,
} as const;

export const SPLIT = {} as const;

export const CLEAN = {} as const;

export const DEDUPE = {} as const;

export const METADATA = {} as const;

export const STRUCTURE = {} as const;

export const CONVERT = {} as const;

export const NEARDUP = {} as const;
