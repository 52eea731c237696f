/**
 * Embeds on hostile hosts (#14), in a real Chromium: each must end up as tall
 * as its content, with no console error and no CSP violation, when
 *   - the snippet's iframe is sandboxed (allow-scripts only: an opaque origin),
 *   - the host page is itself sandboxed (its frames inherit the sandbox),
 *   - the snippet's src redirects (apex → www),
 *   - the content is sized by the viewport (min-height: 100vh): the frame settles.
 * What stays refused: a forged message from the host page, and 'null' from a
 * frame that is not sandboxed (src/embed/resize-protocol.ts explains each case).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { CHROME_ARGS, chromePath, guardPage } from './harness.ts';
import { expect, test } from './fixtures.ts';

const FALLBACK = 760;

function snippet(src: string, attrs = ''): string {
  return `<iframe src="${src}embed/peta/" title="Peta" loading="lazy" style="width:100%;border:0" height="${FALLBACK}" data-payung-embed="peta" ${attrs}></iframe>` +
    `<script src="${src}embed.js" async></script>`;
}

const doc = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">${body}</body></html>`;
const attr = (html: string) => html.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** iframe height and its content's height, for the embed frame inside `page` (at any depth). */
async function heights(page: Page): Promise<{ iframe: number; content: number }> {
  const embed = page.frames().find((f) => f.url().includes('/embed/peta/'));
  if (!embed) return { iframe: -1, content: -2 };
  const element = await embed.frameElement();
  const iframe = await element.evaluate((el) => (el as Element).getBoundingClientRect().height);
  const content = await embed.evaluate(() => document.querySelector('[data-embed-root]')?.getBoundingClientRect().height ?? -1);
  return { iframe, content };
}

/** Waits (up to 10 s) for the embed frame to exist, render its content and be sized to it. */
async function fits(page: Page): Promise<{ iframe: number; content: number }> {
  const settled = (h: { iframe: number; content: number }) => h.content > 0 && Math.abs(h.iframe - h.content) <= 2;
  let h = await heights(page);
  // A frame not created yet (-1/-2) once passed for "fits" on a loaded machine: it must exist first.
  for (let i = 0; i < 40 && !settled(h); i++) {
    await page.waitForTimeout(250);
    h = await heights(page);
  }
  return h;
}

test('a sandboxed embed (allow-scripts only) loads its scripts and resizes; forged and unsandboxed "null" messages do not', async ({ ctx }) => {
  const context = await ctx.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const url = await ctx.hostPage(doc(`<h1>Story</h1>${snippet(ctx.base, 'sandbox="allow-scripts"')}<p>End.</p>`));
  const guard = await guardPage(page, ctx.base, [url]);
  await page.goto(url);
  const h = await fits(page);
  expect(Math.abs(h.iframe - h.content), `iframe ${h.iframe}px, content ${h.content}px`).toBeLessThanOrEqual(2);
  expect(Math.abs(h.iframe - FALLBACK)).toBeGreaterThan(2);
  // The host page forging the embed's message (its own window, any origin) changes nothing.
  await page.evaluate(() => window.postMessage({ type: 'payung:height', id: 'peta', height: 5000 }, '*'));
  await page.waitForTimeout(400);
  expect((await heights(page)).iframe).toBeCloseTo(h.iframe, 0);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).toEqual([]);
  guard.assertClean('sandboxed embed');
  await context.close();
});

test('an unsandboxed frame posting from origin "null" is ignored', async ({ ctx }) => {
  const context = await ctx.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  // A data: URL frame has an opaque origin; it claims to be the embed.
  const forged = `data:text/html,${encodeURIComponent('<script>parent.postMessage({type:"payung:height",id:"peta",height:4321},"*")</script>')}`;
  await page.goto(await ctx.hostPage(doc(`<iframe src="${forged}" data-payung-embed="peta" height="${FALLBACK}" style="border:0"></iframe><script src="${ctx.base}embed.js"></script>`)));
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)).toBe(FALLBACK);
  await context.close();
});

test('a host page that is itself sandboxed can frame the embed, and it resizes', async ({ ctx }) => {
  const context = await ctx.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const inner = doc(`<h1>Story</h1>${snippet(ctx.base)}`);
  const url = await ctx.hostPage(doc(`<iframe sandbox="allow-scripts" style="width:100%;height:2000px;border:0" srcdoc="${attr(inner)}"></iframe>`));
  const guard = await guardPage(page, ctx.base, [url]);
  await page.goto(url);
  const h = await fits(page);
  expect(h.content, 'the embed was not framed').toBeGreaterThan(0);
  expect(Math.abs(h.iframe - h.content), `iframe ${h.iframe}px, content ${h.content}px`).toBeLessThanOrEqual(2);
  guard.assertClean('sandboxed host page');
  await context.close();
});

test('viewport-sized content (min-height: 100vh) settles instead of growing the frame without end', async ({ ctx }) => {
  const context = await ctx.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(await ctx.hostPage(doc(snippet(ctx.base))));
  // The host page's load does not wait for the frame's document on a loaded machine: find it first.
  const embedFrame = () => page.frames().find((f) => f.url().includes('/embed/peta/'));
  await expect.poll(() => embedFrame() !== undefined, { timeout: 10_000 }).toBe(true);
  const embed = embedFrame()!;
  await embed.waitForLoadState('load');
  const before = await fits(page);
  expect(Math.abs(before.iframe - before.content), 'the embed did not fit its content to begin with').toBeLessThanOrEqual(2);
  // As a host's CSS or a future embed might: the wrapper at least as tall as the viewport, plus padding.
  await embed.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-embed-root]')!;
    root.style.boxSizing = 'content-box';
    root.style.minHeight = '100vh';
    root.style.paddingBottom = '40px';
  });
  const series: number[] = [];
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(250);
    series.push((await heights(page)).iframe);
  }
  expect(Math.max(...series), `frame heights ${series.join(' → ')}`).toBeLessThan(before.iframe + 200);
  expect(series.at(-1)).toBe(series.at(-5));
  await context.close();
});

test('a snippet whose src redirects (apex → www) still resizes', async ({ ctx }) => {
  // payung.test and www.payung.test both resolve to loopback; the apex answers with a 301 to www,
  // www proxies to the site under test. Its own browser: the host resolver rules are a launch option.
  const site = new URL(ctx.base);
  const proxy: Server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!host.startsWith('www.')) {
      res.writeHead(301, { Location: `http://www.${host}${req.url}` }).end();
      return;
    }
    const upstream = request({ host: site.hostname, port: site.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', () => done()));
  const port = (proxy.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP payung.test 127.0.0.1, MAP www.payung.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(await ctx.hostPage(doc(snippet(`http://payung.test:${port}/`))));
    const h = await fits(page);
    expect(page.frames().some((f) => f.url().startsWith(`http://www.payung.test:${port}/embed/peta/`)), 'the redirect was not followed').toBe(true);
    expect(Math.abs(h.iframe - h.content), `iframe ${h.iframe}px, content ${h.content}px`).toBeLessThanOrEqual(2);
    expect(Math.abs(h.iframe - FALLBACK)).toBeGreaterThan(2);
  } finally {
    await browser.close();
    proxy.close();
  }
});
