import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (`npm run build:e2e`) in Debian's Chromium, and the
// Firefox build in firefox-esr. One browser at a time: the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
