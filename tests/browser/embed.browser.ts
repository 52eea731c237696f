/**
 * Embeds in a real browser, on a host page from another origin: the snippet
 * copied from /embed/peta/ (twice) and from a chart's embed page, at two
 * widths. Each iframe must end up exactly as tall as its content; a forged
 * message from the host page must change nothing; every download must be
 * served with its content type.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { assert, guardPage, type BrowserContext, type BrowserTest } from './harness.ts';
import { test } from './fixtures.ts';

/** The snippet text of an embed page, with its absolute URLs pointed at the site under test. */
async function snippet(ctx: BrowserContext, page: Page, id: string): Promise<string> {
  await page.goto(new URL(`embed/${id}/`, ctx.base).href);
  const code = await page.locator('[data-embed-code]').first().inputValue();
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
  assert(src && src.endsWith(`embed/${id}/`), `/embed/${id}/: no iframe src in the snippet: ${code}`);
  assert(/<script src="[^"]+\/embed\.js" async><\/script>/.test(code), `/embed/${id}/: no embed.js script in the snippet`);
  for (const attr of ['title="', 'loading="lazy"', 'style="width:100%;border:0"', 'height="', `data-payung-embed="${id}"`]) {
    assert(code.includes(attr), `/embed/${id}/: snippet lacks ${attr}`);
  }
  const prefix = src.slice(0, src.length - `embed/${id}/`.length);
  return code.replaceAll(prefix, ctx.base);
}

async function frameHeights(page: Page): Promise<{ iframe: number; content: number }[]> {
  const out: { iframe: number; content: number }[] = [];
  const handles = await page.locator('iframe[data-payung-embed]').elementHandles();
  for (const handle of handles) {
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    assert(frame, 'iframe without a frame');
    await frame.waitForSelector('[data-embed-root]', { timeout: 10_000 });
    const content = await frame.evaluate(() => document.querySelector('[data-embed-root]')?.getBoundingClientRect().height ?? -1);
    const iframe = await handle.evaluate((el) => (el as Element).getBoundingClientRect().height);
    out.push({ iframe, content });
  }
  return out;
}

async function settle(page: Page): Promise<{ iframe: number; content: number }[]> {
  let heights = await frameHeights(page);
  for (let i = 0; i < 40 && !heights.every((h) => Math.abs(h.iframe - h.content) <= 2); i++) {
    await page.waitForTimeout(250);
    heights = await frameHeights(page);
  }
  return heights;
}

const embedsFit: BrowserTest = async (ctx) => {
  const context = await ctx.browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    const map = await snippet(ctx, page, 'peta');
    const chart = await snippet(ctx, page, 'linimasa');
    const url = await ctx.hostPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>` +
        `<body style="margin:0;padding:8px"><h1>A newsroom story</h1>${map}<p>Between.</p>${map}<p>And a chart:</p>${chart}<p>End.</p></body></html>`,
    );
    const guard = await guardPage(page, ctx.base, [url]);
    for (const width of [1000, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      const heights = await settle(page);
      assert(heights.length === 3, `expected 3 embeds, found ${heights.length}`);
      heights.forEach((h, i) => {
        assert(Math.abs(h.iframe - h.content) <= 2, `${width}px, embed ${i + 1}: iframe ${h.iframe}px ≠ content ${h.content}px`);
      });
      // The snippet's fallback height was replaced by the measured one.
      assert(heights.some((h) => Math.abs(h.iframe - 760) > 2), `${width}px: iframes still at their fallback height`);

      // A forged message from the host page itself changes nothing.
      await page.evaluate(() => window.postMessage({ type: 'payung:height', id: 'peta', height: 5 }, '*'));
      await page.evaluate(() => window.postMessage({ type: 'payung:height', id: 'peta', height: 5000 }, '*'));
      await page.waitForTimeout(400);
      const after = await frameHeights(page);
      after.forEach((h, i) => {
        const before = heights[i];
        assert(before && Math.abs(h.iframe - before.iframe) < 1, `${width}px, embed ${i + 1}: a forged message changed the height (${before?.iframe} → ${h.iframe})`);
      });
    }
    guard.assertClean('host page with embeds');
  } finally {
    await context.close();
  }
};

const embedPagesStandAlone: BrowserTest = async (ctx) => {
  const context = await ctx.browser.newContext({ viewport: { width: 280, height: 800 } });
  try {
    const page = await context.newPage();
    const guard = await guardPage(page, ctx.base);
    for (const path of ['embed/peta/', 'en/embed/peserta-per-kabupaten/?theme=dark', 'embed/biaya-per-pekerja/?theme=light']) {
      await page.goto(new URL(path, ctx.base).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `${path}: ${overflow}px wider than a 280px screen`);
      assert((await page.locator('header.site, footer.site').count()) === 0, `${path}: has the site header or footer`);
      assert((await page.locator('[data-embed-root] a[href][target="_blank"]').count()) > 0, `${path}: no link back to the full site`);
      const theme = new URL(path, 'http://x').searchParams.get('theme');
      if (theme) {
        const applied = await page.evaluate(() => document.documentElement.dataset['theme']);
        assert(applied === theme, `${path}: data-theme is ${applied}`);
      }
    }
    guard.assertClean('embed pages');
  } finally {
    await context.close();
  }
};

const EXPECTED_TYPES: Record<string, RegExp> = {
  png: /^image\/png$/,
  svg: /^image\/svg\+xml/,
  csv: /^text\/csv; ?charset=utf-8$/i,
  json: /^application\/json/,
};

const downloadsServed: BrowserTest = async (ctx) => {
  const files = readdirSync(join(ctx.distDir, 'unduh'));
  assert(files.length >= 30, `only ${files.length} files in dist/unduh/`);
  const context = await ctx.browser.newContext();
  try {
    for (const name of files) {
      const ext = name.split('.').pop() ?? '';
      const expected = EXPECTED_TYPES[ext];
      assert(expected, `unexpected download ${name}`);
      assert(/^payung-[a-z-]+-\d{4}(-en)?(\.png|\.svg|\.csv|-excel\.csv|\.metadata\.json)$/.test(name), `badly named download ${name}`);
      const res = await context.request.get(new URL(`unduh/${name}`, ctx.base).href);
      assert(res.status() === 200, `${name}: HTTP ${res.status()}`);
      const type = res.headers()['content-type'] ?? '';
      assert(expected.test(type), `${name}: served as "${type}"`);
      const body = await res.body();
      if (ext === 'svg') assert(!/<script|foreignObject|\son\w+=/i.test(body.toString('utf8')), `${name}: unsafe SVG`);
      if (ext === 'csv') assert(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf, `${name}: no BOM`);
      if (ext === 'json') JSON.parse(body.toString('utf8'));
      if (ext === 'png') assert(body.subarray(1, 4).toString('latin1') === 'PNG', `${name}: not a PNG`);
    }
  } finally {
    await context.close();
  }
};

test('embeds fit their content on a host page, forged messages ignored', ({ ctx }) => embedsFit(ctx));

test('embed pages stand alone from 280px, with a theme parameter', ({ ctx }) => embedPagesStandAlone(ctx));

test('downloads are served with their content type', ({ ctx }) => downloadsServed(ctx));
