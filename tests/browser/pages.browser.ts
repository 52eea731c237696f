/**
 * Every built page in a real browser: loads clean, works without JavaScript,
 * fits a 360px phone, both editions link to each other, downloads and
 * framing headers are right.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assert, htmlPages, openGuarded, withGuarded, type BrowserContext } from './harness.ts';
import { test } from './fixtures.ts';
import { readDataset, regencySlugs } from './pages.ts';

interface Regency { kode: string; slug: string; name: string }
const regencies = (ctx: BrowserContext) => (readDataset(ctx.distDir) as { regencies: Regency[] }).regencies;
const url = (ctx: BrowserContext, path: string) => new URL(path.replace(/^\//, ''), ctx.base).href;

async function noHorizontalScroll(ctx: BrowserContext, path: string): Promise<void> {
  await withGuarded(ctx, path, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }, async (page) => {
    await page.goto(url(ctx, path), { waitUntil: 'load' });
    const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
      const vw = window.innerWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > vw + 0.5)
        .filter((el) => !el.closest('.table-scroll, .visually-hidden, .skip'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} (right ${Math.round(el.getBoundingClientRect().right)}px)`);
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, culprits: wide };
    });
    assert(scrollWidth <= innerWidth, `${path} at 360px: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}; widest: ${culprits.join(', ')}`);
  });
}

test('every built page loads without console errors, failed requests or CSP violations', async ({ ctx }) => {
  const pages = htmlPages(ctx.distDir);
  assert(pages.length >= 3, `only ${pages.length} pages in ${ctx.distDir}`);
  const failures: string[] = [];
  const { page, guard, close } = await openGuarded(ctx);
  try {
    for (const path of pages) {
      guard.problems.length = 0;
      const response = await page.goto(url(ctx, path), { waitUntil: 'load' });
      if (response?.status() !== 200) guard.problems.push(`HTTP ${response?.status()} for ${path}`);
      await page.waitForTimeout(50); // let deferred module scripts run and report
      const csp = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      guard.problems.push(...csp.map((v) => `CSP violation: ${v}`));
      if (guard.problems.length) failures.push(`${path}:\n    ${[...new Set(guard.problems)].join('\n    ')}`);
    }
  } finally {
    await close();
  }
  assert(failures.length === 0, `${failures.length} of ${pages.length} pages have problems:\n  ${failures.join('\n  ')}`);
});

test('/ without JavaScript still has the map (22 regions) and the table (22 rows)', async ({ ctx }) => {
  await withGuarded(ctx, '/ (no JS)', { javaScriptEnabled: false }, async (page) => {
    await page.goto(ctx.base);
    const expected = regencies(ctx).map((r) => r.kode).sort();
    const kodes = await page.$$eval('#peta svg [data-kode]', (els) => [...new Set(els.map((e) => e.getAttribute('data-kode') ?? ''))].sort());
    assert(kodes.length === 22, `expected 22 map regions in #peta svg [data-kode], found ${kodes.length}`);
    assert(JSON.stringify(kodes) === JSON.stringify(expected), `map region codes ${kodes.join(',')} differ from the dataset's ${expected.join(',')}`);
    const rows = await page.locator('#tabel-kabupaten tbody tr').count();
    assert(rows === 22, `expected 22 rows in #tabel-kabupaten tbody, found ${rows}`);
  });
});

test('no horizontal scroll at 360px on /', ({ ctx }) => noHorizontalScroll(ctx, '/'));

test('no horizontal scroll at 360px on a regency page', ({ ctx }) => noHorizontalScroll(ctx, '/kabupaten/timor-tengah-selatan/'));

test('no horizontal scroll at 360px on /metodologi/', ({ ctx }) => noHorizontalScroll(ctx, '/metodologi/'));

test('no horizontal scroll at 360px on /en/', ({ ctx }) => noHorizontalScroll(ctx, '/en/'));

test('no horizontal scroll at 360px on the most documented regency pages (locator map, long notes)', async ({ ctx }) => {
  for (const path of ['/kabupaten/nagekeo/', '/en/kabupaten/nagekeo/', '/kabupaten/ende/', '/peristiwa/nagekeo-pks/']) await noHorizontalScroll(ctx, path);
});

test('the English edition has lang="en" and the language switch lands on the same page', async ({ ctx }) => {
  await withGuarded(ctx, 'language switch', {}, async (page) => {
    const pairs: [string, string][] = [
      ['/', '/en/'],
      ['/metodologi/', '/en/metodologi/'],
      ['/kabupaten/ende/', '/en/kabupaten/ende/'],
    ];
    for (const [id, en] of pairs) {
      await page.goto(url(ctx, en));
      const lang = await page.getAttribute('html', 'lang');
      assert(lang === 'en', `${en}: <html lang="${lang}">, expected "en"`);
      await page.click('a.lang-switch');
      await page.waitForLoadState('load');
      assert(new URL(page.url()).pathname === new URL(url(ctx, id)).pathname, `${en}: language switch went to ${page.url()}, expected ${id}`);
      assert((await page.getAttribute('html', 'lang')) === 'id', `${id}: lang is not "id"`);
      await page.click('a.lang-switch');
      await page.waitForLoadState('load');
      assert(new URL(page.url()).pathname === new URL(url(ctx, en)).pathname, `${id}: language switch went to ${page.url()}, expected ${en}`);
    }
  });
});

test('every regency page renders its h1 and status, in both editions', async ({ ctx }) => {
  const slugs = regencySlugs(ctx.distDir);
  assert(slugs.length === 22, `dataset.json lists ${slugs.length} regencies, expected 22`);
  const byslug = new Map(regencies(ctx).map((r) => [r.slug, r]));
  const failures: string[] = [];
  const { page, guard, close } = await openGuarded(ctx);
  try {
    for (const prefix of ['/', '/en/']) {
      for (const slug of slugs) {
        const path = `${prefix}kabupaten/${slug}/`;
        const response = await page.goto(url(ctx, path));
        if (response?.status() !== 200) { failures.push(`${path}: HTTP ${response?.status()}`); continue; }
        const h1 = (await page.locator('h1').allTextContents()).map((s) => s.trim());
        const name = byslug.get(slug)?.name ?? slug;
        if (h1.length !== 1 || !h1[0]?.includes(name)) failures.push(`${path}: h1 ${JSON.stringify(h1)} should be one heading naming "${name}"`);
        const status = await page.locator('[data-status]').first();
        if ((await status.count()) === 0 || !(await status.isVisible()) || !(await status.textContent())?.trim()) failures.push(`${path}: no visible [data-status]`);
      }
    }
    if (guard.problems.length) failures.push(...guard.problems);
  } finally {
    await close();
  }
  assert(failures.length === 0, failures.join('\n'));
});

test('downloads under /data/ have the right content types', async ({ ctx }) => {
  const dir = join(ctx.distDir, 'data');
  assert(existsSync(join(dir, 'dataset.json')), 'dist/data/dataset.json is missing');
  const files = readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f));
  assert(files.some((f) => f.endsWith('.csv')), 'no CSV downloads in dist/data/');
  const failures: string[] = [];
  for (const file of files) {
    const res = await fetch(url(ctx, `/data/${file}`));
    const type = res.headers.get('content-type') ?? '';
    const want = file.endsWith('.csv') ? 'text/csv' : 'application/json';
    if (res.status !== 200 || !type.startsWith(want)) failures.push(`/data/${file}: ${res.status} ${type} (expected ${want})`);
    if (res.headers.get('x-content-type-options') !== 'nosniff') failures.push(`/data/${file}: no X-Content-Type-Options: nosniff`);
    const body = await res.text();
    if (file.endsWith('.json')) {
      try { JSON.parse(body); } catch (e) { failures.push(`/data/${file}: not JSON (${(e as Error).message})`); }
    }
  }
  assert(failures.length === 0, failures.join('\n'));
});

test('/ cannot be framed by another site; /embed/peta/ (if built) can', async ({ ctx }) => {
  const embedBuilt = existsSync(join(ctx.distDir, 'embed', 'peta', 'index.html'));
  const frames = [`<iframe id="main" src="${ctx.base}" title="main" width="600" height="400"></iframe>`];
  if (embedBuilt) frames.push(`<iframe id="embed" src="${url(ctx, '/embed/peta/')}" title="embed" width="600" height="400"></iframe>`);
  const host = await ctx.hostPage(`<!doctype html><html lang="en"><title>host</title><body>${frames.join('')}</body></html>`);
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(host, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const origin = new URL(ctx.base).origin;
    // A refused frame shows Chromium's error page (chrome-error://…), not the site.
    const loaded = async (id: string) => {
      const handle = await page.$(`#${id}`);
      const frame = await handle?.contentFrame();
      if (!frame || !frame.url().startsWith(origin)) return false;
      try {
        return (await frame.evaluate(() => document.querySelector('h1, svg, main') !== null)) === true;
      } catch {
        return false;
      }
    };
    assert(!(await loaded('main')), '/ rendered inside an iframe on another origin: frame-ancestors / X-Frame-Options missing');
    if (embedBuilt) assert(await loaded('embed'), '/embed/peta/ did not render inside an iframe on another origin');
    const main = await fetch(ctx.base);
    assert(/frame-ancestors 'self'/.test(main.headers.get('content-security-policy') ?? ''), '/: no "Content-Security-Policy: frame-ancestors \'self\'" header');
    assert(main.headers.get('x-frame-options') === 'SAMEORIGIN', '/: no X-Frame-Options: SAMEORIGIN');
    if (embedBuilt) {
      const embed = await fetch(url(ctx, '/embed/peta/'));
      assert(!embed.headers.has('x-frame-options'), `/embed/peta/ sends X-Frame-Options: ${embed.headers.get('x-frame-options')}`);
      // No framing policy at all (#14): `frame-ancestors *` would refuse a sandboxed host page.
      assert(!/frame-ancestors/.test(embed.headers.get('content-security-policy') ?? ''), `/embed/peta/ sends a framing policy: ${embed.headers.get('content-security-policy')}`);
    }
  } finally {
    await context.close();
  }
});
