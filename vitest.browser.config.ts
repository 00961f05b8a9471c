import { defineConfig } from 'vitest/config';

/** Browser tests: Playwright (playwright-core) driving Debian's Chromium against the built dist/. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    // One Chromium at a time: the machine is small and the files share nothing.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
