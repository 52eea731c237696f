/**
 * What the browser tests share: the site served on loopback by scripts/serve.ts, a second
 * origin for pages that embed the site, and a guard that records what must never happen on a
 * page. The runner is @playwright/test (playwright.config.ts): the browser is Debian's Chromium
 * at CHROME_PATH or /usr/bin/chromium, never a download; `test` (fixtures.ts) hands every test a
 * `ctx` with the browser, the served site and the second origin.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startServer } from '../../scripts/serve.ts';

export interface BrowserContext {
  browser: Browser;
  /** e.g. http://127.0.0.1:PORT/ — dist/ served like a static host */
  base: string;
  /** Serves an HTML string from ANOTHER origin (http://localhost:OTHERPORT/...) and returns its URL. */
  hostPage(html: string): Promise<string>;
  distDir: string;
}
export type BrowserTest = (ctx: BrowserContext) => Promise<void>;

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromePath(): string {
  return process.env['CHROME_PATH'] || '/usr/bin/chromium';
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => done((server.address() as AddressInfo).port));
  });
}

/** Serves `dir` like a static host on a free loopback port. */
export async function serveDist(dir: string, base = '/'): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run "npm run build" first`);
  }
  const server = await startServer({ dir, port: 0, base });
  const { port } = server.address() as AddressInfo;
  const prefix = base.replace(/\/?$/, '/');
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A second origin (`localhost` vs `127.0.0.1`, other port) serving HTML strings. */
export async function startHostServer(): Promise<{ hostPage(html: string): Promise<string>; close(): Promise<void> }> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it; a 404 would be noise in the guard
      return;
    }
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  const port = await listen(server, '127.0.0.1');
  let n = 0;
  return {
    async hostPage(html) {
      const path = `/host-${++n}.html`;
      pages.set(path, html);
      return `http://localhost:${port}${path}`;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

// ---------------------------------------------------------------- page guard

/** What went wrong on a page: console errors, failed requests, off-origin requests, CSP violations. */
export interface PageProblems {
  problems: string[];
  /** Throws with every problem listed when there is any. */
  assertClean(label?: string): void;
}

const CSP_HOOK = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    const w = window as unknown as { __cspViolations?: string[] };
    (w.__cspViolations ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
  });
};

/**
 * Records everything that must never happen on a page of the site.
 * `allowedOrigins` are origins requests may go to (the site's own by default).
 */
export async function guardPage(page: Page, siteBase: string, allowedOrigins: string[] = []): Promise<PageProblems> {
  const problems: string[] = [];
  const origins = new Set([new URL(siteBase).origin, ...allowedOrigins.map((o) => new URL(o).origin)]);
  await page.addInitScript(CSP_HOOK);
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception on ${page.url()}: ${err.message}`));
  page.on('requestfailed', (req) => {
    // ERR_ABORTED = the request was cancelled because the page navigated away (a favicon,
    // a late fetch): not the page's fault. Blocked requests fail with other codes.
    const reason = req.failure()?.errorText ?? '';
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.url()} (${reason})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (!origins.has(new URL(url).origin)) problems.push(`request leaves the site: ${url}`);
  });
  return {
    problems,
    assertClean(label = page.url()) {
      if (problems.length) throw new Error(`${label}:\n  ${problems.join('\n  ')}`);
    },
  };
}

/** A fresh browser context + guarded page; close the context when done. */
export async function openGuarded(
  ctx: BrowserContext,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; guard: PageProblems; close(): Promise<void> }> {
  const context = await ctx.browser.newContext(options);
  const page = await context.newPage();
  const guard = await guardPage(page, ctx.base);
  return { page, guard, close: () => context.close() };
}

/**
 * Runs `body` on a fresh guarded page, then fails if the page logged an error or made a request it
 * should not have (named by `label`); the context is closed whatever happens.
 */
export async function withGuarded<T>(
  ctx: BrowserContext,
  label: string,
  options: Parameters<Browser['newContext']>[0],
  body: (page: Page) => Promise<T>,
): Promise<T> {
  const { page, guard, close } = await openGuarded(ctx, options);
  try {
    const result = await body(page);
    guard.assertClean(label);
    return result;
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- dist helpers

/** Site paths (`/`, `/en/`, `/kabupaten/ende/` …) of every built HTML page except 404. */
export { htmlPages, readDataset } from './pages.ts';

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
