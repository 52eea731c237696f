import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once when it is missing or stale (tests/static, tests/security read it).
    globalSetup: ['./tests/global-setup.ts'],
  },
});
