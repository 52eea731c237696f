// Real-browser tests: npm run test:browser (after npm run build).
import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, chromePath } from './tests/browser/harness.ts';

export default defineConfig({
  testDir: './tests/browser',
  testMatch: '*.browser.ts',
  globalSetup: './tests/browser/global-setup.ts',
  // Each test visits many pages (the axe sweep: every page, twice); timings are not asserted here.
  timeout: Number(process.env['BROWSER_TEST_TIMEOUT_MS'] ?? 180_000),
  // Two cores: files run on two workers, tests inside a file in order.
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  outputDir: '.tmp/playwright',
  use: {
    browserName: 'chromium',
    headless: true,
    // Debian's Chromium, never a downloaded build.
    launchOptions: { executablePath: chromePath(), args: CHROME_ARGS },
    trace: 'off',
    screenshot: 'off',
  },
});
