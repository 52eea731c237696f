/**
 * The interactive map on `/` (progressive enhancement of the server-drawn SVG).
 * Planned DOM: regions are `svg [data-kode]` inside `#peta`; the tooltip is
 * `#peta-tooltip[role=tooltip]`; the open story panel is `#panel[data-open-slug]`;
 * announcements go to `#peta-status[aria-live=polite]`.
 */
import type { Page } from '@playwright/test';
import { assert, openGuarded, type BrowserContext, type PageProblems } from './harness.ts';
import { test } from './fixtures.ts';

const ENDE = { kode: '53.08', slug: 'ende', name: 'Ende' };
const SIKKA = { kode: '53.07', slug: 'sikka', name: 'Sikka' };

/** A viewport point that really hits the region (its bbox centre may be sea or a neighbour). */
async function pointIn(page: Page, kode: string): Promise<{ x: number; y: number }> {
  await page.locator(`#peta svg [data-kode="${kode}"]`).first().scrollIntoViewIfNeeded();
  const point = await page.evaluate((k) => {
    const els = [...document.querySelectorAll(`#peta svg [data-kode="${k}"]`)];
    for (const el of els) {
      const b = el.getBoundingClientRect();
      const hits: { x: number; y: number }[] = [];
      for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
        const x = b.left + (b.width * i) / 12;
        const y = b.top + (b.height * j) / 12;
        const hit = document.elementFromPoint(x, y)?.closest('[data-kode]');
        if (hit?.getAttribute('data-kode') === k) hits.push({ x, y });
      }
      if (hits.length) return hits[Math.floor(hits.length / 2)];
    }
    return null;
  }, kode);
  assert(point, `no point of #peta svg [data-kode="${kode}"] can be hit by the pointer`);
  return point;
}

async function openHome(ctx: BrowserContext, query = '', options: Parameters<typeof openGuarded>[1] = {}) {
  const opened = await openGuarded(ctx, { viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.goto(new URL(query, ctx.base).href);
  assert(await opened.page.locator('#peta svg [data-kode]').count() > 0, '/ has no #peta svg [data-kode] regions (map not built yet?)');
  await opened.page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0 || document.readyState === 'complete');
  return opened;
}

const openSlug = (page: Page) => page.evaluate(() => {
  const panel = document.getElementById('panel');
  return panel && !panel.hidden && panel.getAttribute('data-open-slug');
});
const slugInUrl = (page: Page) => new URL(page.url()).searchParams.get('kabupaten');

async function expectOpen(page: Page, slug: string, how: string) {
  await page.waitForSelector(`#panel[data-open-slug="${slug}"]`, { state: 'visible', timeout: 3000 })
    .catch(async () => { throw new Error(`${how}: #panel[data-open-slug="${slug}"] did not open (open: ${String(await openSlug(page))})`); });
  const panelText = (await page.locator('#panel').textContent()) ?? '';
  assert(panelText.trim().length > 0, `${how}: the panel is empty`);
}

async function expectClosed(page: Page, how: string) {
  await page.waitForFunction(() => {
    const panel = document.getElementById('panel');
    return !panel || panel.hidden || !panel.hasAttribute('data-open-slug');
  }, undefined, { timeout: 3000 }).catch(async () => { throw new Error(`${how}: panel still open (${await openSlug(page)})`); });
}

async function run(ctx: BrowserContext, query: string, body: (page: Page, guard: PageProblems) => Promise<void>, options = {}) {
  const { page, guard, close } = await openHome(ctx, query, options);
  try {
    await body(page, guard);
    guard.assertClean('/ (map)');
  } finally {
    await close();
  }
}

test('the map DOM is in place: #peta regions, #peta-tooltip[role=tooltip], #panel, #peta-status[aria-live=polite]', ({ ctx }) => run(ctx, '', async (page) => {
    assert(await page.locator('#peta-tooltip[role="tooltip"]').count() === 1, 'no #peta-tooltip[role=tooltip]');
    assert(await page.locator('#panel').count() === 1, 'no #panel');
    assert(await page.locator('#peta-status[aria-live="polite"]').count() === 1, 'no #peta-status[aria-live=polite]');
    assert(await page.locator(`#peta svg [data-kode="${ENDE.kode}"]`).count() > 0, `no region ${ENDE.kode}`);
  }));

test('hovering a region shows the tooltip naming it; leaving hides it', ({ ctx }) => run(ctx, '', async (page) => {
    const tip = page.locator('#peta-tooltip[role="tooltip"]');
    const { x, y } = await pointIn(page, ENDE.kode);
    await page.mouse.move(x, y);
    await tip.waitFor({ state: 'visible', timeout: 2000 }).catch(() => { throw new Error('tooltip did not appear on hover'); });
    const text = (await tip.textContent()) ?? '';
    assert(text.includes(ENDE.name), `tooltip says "${text}", expected it to name ${ENDE.name}`);
    // The pointer is over Ende's hit target, which lies above the shape: the shape is outlined all the same.
    const outline = () => page.evaluate((k) => [...document.querySelectorAll(`#peta .jm-region[data-kode="${k}"] path`)]
      .filter((p) => p.getClientRects().length > 0).map((p) => getComputedStyle(p).strokeWidth), ENDE.kode);
    const hoverWidths = await outline();
    assert(hoverWidths.length > 0 && hoverWidths.every((w) => w === '1.6px'), `hovered Ende's outline is ${hoverWidths.join(', ')}, expected 1.6px`);
    await page.mouse.move(2, 2);
    await tip.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => { throw new Error('tooltip stayed after the pointer left the map'); });
    const leftWidths = await outline();
    assert(leftWidths.every((w) => w !== '1.6px'), `Ende stays outlined after the pointer left: ${leftWidths.join(', ')}`);
  }));

test('clicking a region opens its story panel, announces it and puts it in the URL', ({ ctx }) => run(ctx, '', async (page) => {
    const { x, y } = await pointIn(page, ENDE.kode);
    await page.mouse.click(x, y);
    await expectOpen(page, ENDE.slug, 'click');
    assert(new URL(page.url()).pathname === new URL(ctx.base).pathname, `click navigated away to ${page.url()}`);
    assert(slugInUrl(page) === ENDE.slug, `URL ${page.url()} lacks ?kabupaten=${ENDE.slug}`);
    const status = (await page.locator('#peta-status').textContent()) ?? '';
    assert(status.includes(ENDE.name), `#peta-status says "${status}", expected it to name ${ENDE.name}`);
  }));

test('tapping a region on a touch screen opens its story panel', ({ ctx }) => run(ctx, '', async (page) => {
    const { x, y } = await pointIn(page, ENDE.kode);
    await page.touchscreen.tap(x, y);
    await expectOpen(page, ENDE.slug, 'tap');
  }, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }));

test('a region can be opened with the keyboard (focus + Enter)', ({ ctx }) => run(ctx, '', async (page) => {
    const focused = await page.evaluate((k) => {
      const el = document.querySelector(`#peta svg [data-kode="${k}"]`);
      const target = (el?.closest('a, [tabindex]') ?? el?.querySelector('a, [tabindex]')) as HTMLElement | SVGElement | null;
      target?.focus();
      return document.activeElement?.closest('[data-kode]')?.getAttribute('data-kode') ?? null;
    }, ENDE.kode);
    assert(focused === ENDE.kode, `region ${ENDE.kode} cannot take keyboard focus (no link or tabindex)`);
    await page.keyboard.press('Enter');
    await expectOpen(page, ENDE.slug, 'Enter');
  }));

test('?kabupaten=ende opens the panel on load; Back and Forward follow the selection', async ({ ctx }) => {
  await run(ctx, `?kabupaten=${ENDE.slug}`, async (page) => {
    await expectOpen(page, ENDE.slug, 'deep link ?kabupaten=ende');
  });
  await run(ctx, '', async (page) => {
    const a = await pointIn(page, ENDE.kode);
    await page.mouse.click(a.x, a.y);
    await expectOpen(page, ENDE.slug, 'click Ende');
    const b = await pointIn(page, SIKKA.kode);
    await page.mouse.click(b.x, b.y);
    await expectOpen(page, SIKKA.slug, 'click Sikka');
    await page.goBack();
    await expectOpen(page, ENDE.slug, 'Back after Ende → Sikka');
    assert(slugInUrl(page) === ENDE.slug, `after Back the URL is ${page.url()}`);
    await page.goBack();
    await expectClosed(page, 'second Back');
    assert(slugInUrl(page) === null, `after the second Back the URL still has ?kabupaten: ${page.url()}`);
    await page.goForward();
    await expectOpen(page, ENDE.slug, 'Forward');
  });
});

test('Escape closes the panel, clears the URL and returns focus', ({ ctx }) => run(ctx, '', async (page) => {
    await page.evaluate((k) => {
      const el = document.querySelector(`#peta svg [data-kode="${k}"]`);
      ((el?.closest('a, [tabindex]') ?? el?.querySelector('a, [tabindex]')) as HTMLElement | null)?.focus();
    }, ENDE.kode);
    await page.keyboard.press('Enter');
    await expectOpen(page, ENDE.slug, 'Enter');
    await page.keyboard.press('Escape');
    await expectClosed(page, 'Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('kabupaten'), undefined, { timeout: 2000 })
      .catch(() => { throw new Error(`after Escape the URL still has ?kabupaten: ${page.url()}`); });
    const back = await page.evaluate(() => document.activeElement?.closest('[data-kode]')?.getAttribute('data-kode') ?? document.activeElement?.tagName);
    assert(back === ENDE.kode, `after Escape focus is on ${back}, expected the region ${ENDE.kode}`);
  }));

test('the page sets a map-ready performance mark', ({ ctx }) => run(ctx, '', async (page) => {
    const marks = await page.evaluate(() => performance.getEntriesByName('map-ready').length);
    assert(marks > 0, 'no performance.mark("map-ready")');
  }));
