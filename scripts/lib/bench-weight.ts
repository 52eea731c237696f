/**
 * Page weight as a reader's browser sees it: load a page in Chromium, record
 * every response, and split the bytes (raw and gzip) into HTML, CSS, JS,
 * SVG/JSON, fonts and other — counting inline <style>, <script> and <svg> in
 * the HTML under their own kind as well, since that is where this site puts them.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type Kind = 'html' | 'css' | 'js' | 'svg/json' | 'font' | 'other';
export interface Bytes { raw: number; gzip: number }
export interface PageWeight {
  url: string;
  requests: number;
  thirdParty: string[];
  fonts: string[];
  /** By response (what goes over the wire). */
  transfer: Record<Kind, Bytes>;
  /** Inline parts of the HTML document, measured separately. */
  inline: { css: Bytes; js: Bytes; svg: Bytes };
  total: Bytes;
  mapReadyMs: number | null;
}

const gz = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;
const measure = (buf: Buffer): Bytes => ({ raw: buf.length, gzip: gz(buf) });
const empty = (): Bytes => ({ raw: 0, gzip: 0 });

function kindOf(contentType: string, url: string, resourceType: string): Kind {
  if (resourceType === 'font' || /font|woff|ttf|otf/.test(contentType) || /\.(woff2?|ttf|otf|eot)(\?|$)/.test(url)) return 'font';
  if (/text\/html/.test(contentType)) return 'html';
  if (/text\/css/.test(contentType)) return 'css';
  if (/javascript|ecmascript/.test(contentType)) return 'js';
  if (/svg|json/.test(contentType)) return 'svg/json';
  return 'other';
}

function inlineParts(html: string): PageWeight['inline'] {
  const pick = (re: RegExp) => Buffer.from([...html.matchAll(re)].map((m) => m[0]).join('\n'));
  return {
    css: measure(pick(/<style\b[^>]*>[\s\S]*?<\/style>/gi)),
    js: measure(pick(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi)),
    svg: measure(pick(/<svg\b[\s\S]*?<\/svg>/gi)),
  };
}

export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const bodies: Promise<{ kind: Kind; body: Buffer; url: string }>[] = [];
  let requests = 0;
  const thirdParty: string[] = [];
  page.on('request', (req) => {
    requests++;
    const u = req.url();
    if (!/^(data|blob|about):/.test(u) && new URL(u).origin !== origin) thirdParty.push(u);
  });
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    bodies.push(res.body().then(
      (body) => ({ kind: kindOf(type, res.url(), res.request().resourceType()), body, url: res.url() }),
      () => ({ kind: 'other' as Kind, body: Buffer.alloc(0), url: res.url() }),
    ));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const mapReadyMs = await page.evaluate(() => performance.getEntriesByName('map-ready')[0]?.startTime ?? null);
  const responses = await Promise.all(bodies);
  await context.close();

  const transfer = { html: empty(), css: empty(), js: empty(), 'svg/json': empty(), font: empty(), other: empty() } as Record<Kind, Bytes>;
  let inline = { css: empty(), js: empty(), svg: empty() };
  for (const r of responses) {
    const m = measure(r.body);
    transfer[r.kind].raw += m.raw;
    transfer[r.kind].gzip += m.gzip;
    if (r.kind === 'html' && r.url.split('#')[0] === url.split('#')[0]) inline = inlineParts(r.body.toString('utf8'));
  }
  // Total = each response compressed on its own, as a server would send it.
  const total = { raw: responses.reduce((s, r) => s + r.body.length, 0), gzip: Object.values(transfer).reduce((s, b) => s + b.gzip, 0) };
  return {
    url, requests, thirdParty, total, transfer, inline, mapReadyMs,
    fonts: responses.filter((r) => r.kind === 'font').map((r) => r.url),
  };
}

export const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
