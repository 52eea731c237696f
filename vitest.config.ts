import { defineConfig } from 'vitest/config';

// `@/…` imports resolve through tsconfig.json's "paths", as in Astro.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores shared with builds and browsers: generous, since timings are not what these assert.
    testTimeout: 30_000,
    // Builds the site once when it is missing or stale (tests/static, tests/security read it).
    globalSetup: ['./tests/global-setup.ts'],
  },
});
