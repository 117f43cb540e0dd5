import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension. One file at a time: each launches its own browser
// and these machines have two cores.
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
