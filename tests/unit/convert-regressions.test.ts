import { describe, expect, it } from 'vitest';
import { toHans, toHant } from '../../scripts/pipeline/convert.ts';
import { REGRESSION_CASES } from './convert-regressions.data.ts';

// Every case must convert correctly in both directions with the pipeline's converter (jieba boundaries,
// name rule, project dictionary). The table lives in convert-regressions.data.ts; eval:conversion also
// counts how many of these plain opencc-js gets wrong.
describe('conversion regressions (word boundaries, one-to-many characters, names, vocabulary)', () => {
  it('has at least 40 cases', () => {
    expect(REGRESSION_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REGRESSION_CASES.map((c) => [c.hans, c.trap, c] as const))('简→繁 %s (%s)', (_, __, c) => {
    expect(toHant(c.hans)).toBe(c.hant);
  });

  it.each(REGRESSION_CASES.map((c) => [c.hant, c.trap, c] as const))('繁→简 %s (%s)', (_, __, c) => {
    expect(toHans(c.hant, c.variant ?? 'cn')).toBe(c.hans);
  });
});
