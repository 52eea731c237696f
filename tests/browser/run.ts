/**
 * Runs every tests/browser/*.browser.ts against the built dist/ in the system
 * Chromium. One line per test, then `N passed, N failed`; exit 1 on any
 * failure, and on a missing browser or build (never a skip).
 *
 *   npm run test:browser                 all files
 *   npm run test:browser -- map a11y     only files whose name contains one of the words
 *   PAYUNG_OUT_DIR=/tmp/x npm run test:browser   another build
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, serveDist, startHostServer, type BrowserContext, type BrowserTest } from './harness.ts';

const here = import.meta.dirname;
const root = resolve(here, '../..');
const distDir = resolve(process.env['PAYUNG_OUT_DIR'] ?? join(root, 'dist'));
const filters = process.argv.slice(2);
const TEST_TIMEOUT_MS = Number(process.env['BROWSER_TEST_TIMEOUT_MS'] ?? 120_000);

function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${label}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.browser.ts'))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort();
  if (files.length === 0) {
    console.error(`no tests/browser/*.browser.ts matched ${filters.join(' ') || '(all)'}`);
    return 1;
  }

  let site: Awaited<ReturnType<typeof serveDist>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  try {
    site = await serveDist(distDir, process.env['BASE_PATH'] ?? '/');
    browser = await launchBrowser();
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    return 1;
  }
  const host = await startHostServer();
  const ctx: BrowserContext = { browser, base: site.url, hostPage: host.hostPage, distDir };

  let passed = 0;
  let failed = 0;
  try {
    for (const file of files) {
      const mod = (await import(pathToFileURL(join(here, file)).href)) as { tests?: Record<string, BrowserTest> };
      if (!mod.tests || Object.keys(mod.tests).length === 0) {
        console.log(`✗ ${file}: exports no tests`);
        failed++;
        continue;
      }
      for (const [name, test] of Object.entries(mod.tests)) {
        const label = `${file.replace(/\.browser\.ts$/, '')} › ${name}`;
        const started = performance.now();
        try {
          await withTimeout(test(ctx), TEST_TIMEOUT_MS, label);
          passed++;
          console.log(`✓ ${label} (${Math.round(performance.now() - started)} ms)`);
        } catch (error) {
          failed++;
          const message = error instanceof Error ? error.message : String(error);
          console.log(`✗ ${label}\n    ${message.split('\n').join('\n    ')}`);
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
    await host.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
