/**
 * Accessibility sweep: axe-core (@axe-core/playwright) on every built page (embeds included),
 * in the light and the dark colour scheme, plus a keyboard-only walk through `/`.
 */
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { assert, htmlPages, withGuarded, type BrowserContext } from './harness.ts';
import { distDir, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode { target: unknown[]; html: string; failureSummary?: string | undefined }
interface AxeViolation { id: string; impact?: string | null | undefined; help: string; helpUrl: string; nodes: AxeNode[] }

/** Runs axe in the page (@axe-core/playwright injects it through the DevTools protocol, so the page's CSP does not block it). */
async function axe(page: Page): Promise<AxeViolation[]> {
  // Legacy mode: one axe.run in the page, as before the move to @axe-core/playwright. Our pages
  // frame nothing from another origin, and the default mode opens an extra page per analysis.
  // Blocks below the first screen have `content-visibility: auto` (#10) and get no layout until
  // the reader scrolls near them; axe cannot measure the contrast of text that has none, so
  // render them for the sweep (CSSOM, which the page's CSP allows; the colours are unchanged).
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
  const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160), failureSummary: n.failureSummary })),
  }));
}

function describe(path: string, scheme: string, violations: AxeViolation[]): string {
  return violations.map((v) => [
    `${path} [${scheme}] ${v.impact}: ${v.id} — ${v.help} (${v.helpUrl})`,
    ...v.nodes.slice(0, 4).map((n) => `      at ${n.target.join(' ')}  ${n.html}\n        ${(n.failureSummary ?? '').split('\n').join(' ')}`),
    ...(v.nodes.length > 4 ? [`      … and ${v.nodes.length - 4} more`] : []),
  ].join('\n')).join('\n');
}

/** Serious and critical violations on one page in one colour scheme, described; '' when none. */
async function sweep(ctx: BrowserContext, path: string, colorScheme: 'light' | 'dark'): Promise<string> {
  return withGuarded(ctx, `a11y sweep ${path} (${colorScheme})`, { colorScheme }, async (page) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(new URL(path.replace(/^\//, ''), ctx.base).href, { waitUntil: 'load' });
    const serious = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    return serious.length ? describe(path, colorScheme, serious) : '';
  });
}

/** What has keyboard focus, as a short description. */
const focusInfo = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { tag: 'body', kode: null, text: '', cls: '', inMain: false };
  return {
    tag: el.tagName.toLowerCase(),
    kode: el.closest('#peta svg [data-kode]')?.getAttribute('data-kode') ?? el.querySelector?.('[data-kode]')?.getAttribute('data-kode') ?? null,
    text: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40),
    cls: el.getAttribute('class') ?? '',
    inMain: !!el.closest('main'),
  };
});

// One test per page (both colour schemes), spread over the workers.
test.describe.configure({ mode: 'parallel' });

const pages = existsSync(distDir) ? htmlPages(distDir) : [];
test('axe: the sweep covers the built pages', () => {
  assert(pages.length >= 3, `only ${pages.length} pages found in ${distDir}`);
});

for (const path of pages) {
  test(`axe: no serious or critical WCAG 2.2 AA violations on ${path} (light and dark)`, async ({ ctx }) => {
    const report = [await sweep(ctx, path, 'light'), await sweep(ctx, path, 'dark')].filter(Boolean);
    assert(report.length === 0, `serious/critical axe violations:\n${report.join('\n')}`);
  });
}

test('keyboard: the first Tab on / is a visible skip link that moves focus into main', async ({ ctx }) => {
  await withGuarded(ctx, 'skip link', {}, async (page) => {
    await page.goto(ctx.base);
    await page.keyboard.press('Tab');
    const first = await focusInfo(page);
    assert(first.tag === 'a' && /\bskip\b/.test(first.cls), `first Tab focused <${first.tag} class="${first.cls}"> "${first.text}", expected the skip link`);
    const visible = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
    });
    assert(visible, 'the skip link is focused but not visible on screen');
    const target = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('Enter');
    // A fragment navigation commits asynchronously: on a loaded machine the URL can lag the key press.
    await page.waitForURL((u) => u.hash === target, { timeout: 5000 }).catch(() => {});
    assert(new URL(page.url()).hash === target, `after Enter on the skip link the URL is ${page.url()}, expected ${target}`);
    await page.keyboard.press('Tab');
    const next = await focusInfo(page);
    assert(next.inMain, `after the skip link, Tab went to <${next.tag}> "${next.text}" outside <main>`);
  });
});

test('keyboard: Tab from the top of / reaches a map region', async ({ ctx }) => {
  await withGuarded(ctx, 'keyboard walk', {}, async (page) => {
    await page.goto(ctx.base);
    const seen: string[] = [];
    let reached: string | null = null;
    for (let i = 0; i < 150 && !reached; i++) {
      await page.keyboard.press('Tab');
      const f = await focusInfo(page);
      seen.push(`${f.tag}${f.text ? `(${f.text})` : ''}`);
      reached = f.kode;
      if (f.tag === 'body' && i > 0) break; // wrapped around
    }
    assert(reached, `no map region ([data-kode] in #peta svg) took focus in ${seen.length} Tabs: ${seen.slice(0, 25).join(' → ')}`);
  });
});
