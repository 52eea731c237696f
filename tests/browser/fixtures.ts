/**
 * `test` for every tests/browser/*.browser.ts: @playwright/test's own, plus a `ctx` fixture
 * with the browser, dist/ served like a static host, and a second origin. The servers live
 * once per worker (port 0: a free port each time) and close when the worker ends.
 */
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { serveDist, startHostServer, type BrowserContext } from './harness.ts';

/** The build under test: dist/, or another folder named by PAYUNG_OUT_DIR. */
export const distDir = resolve(process.env['PAYUNG_OUT_DIR'] ?? resolve(import.meta.dirname, '../../dist'));

interface WorkerFixtures {
  site: Awaited<ReturnType<typeof serveDist>>;
  host: Awaited<ReturnType<typeof startHostServer>>;
}

export const test = base.extend<{ ctx: BrowserContext }, WorkerFixtures>({
  site: [
    async ({}, use) => {
      const site = await serveDist(distDir, process.env['BASE_PATH'] ?? '/');
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  host: [
    async ({}, use) => {
      const host = await startHostServer();
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
  ctx: async ({ browser, site, host }, use) => {
    await use({ browser, base: site.url, hostPage: host.hostPage, distDir });
  },
});

export { expect } from '@playwright/test';
