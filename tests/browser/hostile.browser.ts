/**
 * The hostile build (every free-text cell carries a script injection, see
 * tests/fixtures/hostile/build-hostile.ts) in a real browser: no page, and no
 * map panel filled in by script, may ever open a dialog.
 */
import type { Page } from '@playwright/test';
import { buildHostile } from '../fixtures/hostile/build-hostile.ts';
import { assert, guardPage, htmlPages, serveDist } from './harness.ts';
import { test } from './fixtures.ts';
import { regencySlugs } from './pages.ts';

test('no dialog opens on any page of a build from hostile data', async ({ ctx }) => {
  const build = buildHostile();
  const site = await serveDist(build.outDir);
  const context = await ctx.browser.newContext();
  const dialogs: string[] = [];
  const visit = async (page: Page, path: string) => {
    await page.goto(new URL(path.replace(/^\//, ''), site.url).href, { waitUntil: 'load' });
    await page.waitForTimeout(30);
  };
  try {
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
      void dialog.dismiss();
    });
    const guard = await guardPage(page, site.url);
    const pages = htmlPages(build.outDir);
    for (const path of pages) await visit(page, path);
    // The map panel and tooltip are filled in by script from the page's own text.
    for (const slug of regencySlugs(build.outDir)) {
      await visit(page, `/?kabupaten=${slug}`);
      await visit(page, `/en/?kabupaten=${slug}`);
    }
    const regions = page.locator('#peta svg [data-kode]');
    for (let i = 0, n = Math.min(await regions.count(), 22); i < n; i++) await regions.nth(i).hover({ force: true }).catch(() => {});
    assert(dialogs.length === 0, `dialogs opened:\n  ${dialogs.join('\n  ')}`);
    guard.assertClean('hostile build');
  } finally {
    await context.close();
    await site.close();
    build.cleanup();
  }
});
