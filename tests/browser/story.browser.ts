/**
 * The story a phone reader gets (#10): the first screen, the phone map's tap targets, the
 * launch story in the panel, the timeline beside the map, tables, the reader's surroundings
 * (404, index pages, language switch, share links, no-JS controls, print).
 */
import type { Page } from '@playwright/test';
import { assert, openGuarded, type BrowserContext } from './harness.ts';
import { test } from './fixtures.ts';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const WIDE = { viewport: { width: 1280, height: 900 } };

async function withPage(ctx: BrowserContext, path: string, options: Parameters<typeof openGuarded>[1], body: (page: Page) => Promise<void>, clean = true) {
  const { page, guard, close } = await openGuarded(ctx, options);
  try {
    await page.goto(new URL(path, ctx.base).href);
    await body(page);
    if (clean) guard.assertClean(path);
  } finally {
    await close();
  }
}

test('360×740: the first screen holds the answer sentence and the top of the map', ({ ctx }) => withPage(ctx, '', PHONE, async (page) => {
  const answer = await page.locator('[data-answer]').boundingBox();
  const map = await page.locator('#peta svg').boundingBox();
  assert(answer && map, 'no answer sentence or no map');
  assert(answer.y + answer.height < 740, `the answer ends at ${answer.y + answer.height}px, below the first screen`);
  assert(map.y < 740 * 0.8, `the map starts at ${map.y}px: not on the first screen`);
  assert(map.width >= 320, `the map is only ${map.width}px wide on a 360px phone`);
  const text = (await page.locator('[data-answer]').textContent()) ?? '';
  for (const name of ['Timor Tengah Utara', 'Ende', 'Nagekeo', 'Sumba Timur']) assert(text.includes(name), `the answer does not name ${name}: "${text}"`);
  assert(await page.locator('[data-answer] a[href="#angka"]').count() === 1, 'no link from the answer to the arithmetic and caveats');
}));

test('360×740: what lies below the first screen is rendered only near the reader (content-visibility), and the answer’s link still lands on the figures', ({ ctx }) => withPage(ctx, '', PHONE, async (page) => {
  const lazy = await page.evaluate(() => ['#angka', '.stories', '.data-notes', '.derived', '.table-scroll']
    .map((sel) => [sel, document.querySelector(sel) ? getComputedStyle(document.querySelector(sel) as Element).contentVisibility : 'missing']));
  for (const [sel, value] of lazy) assert(value === 'auto', `${sel}: content-visibility ${value}, expected auto`);
  // Skipped blocks have no rendered contents yet: a step far below has no box until scrolled near.
  const before = await page.locator('.stories .story').last().evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
  assert(!before, 'the last launch step is rendered on the first screen: content-visibility is not skipping it');
  await page.locator('[data-answer] a[href="#angka"]').click();
  await page.waitForFunction(() => {
    const r = document.getElementById('angka-judul')?.getBoundingClientRect();
    return !!r && r.top >= -1 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 }).catch(() => undefined);
  const heading = await page.locator('#angka-judul').boundingBox();
  assert(heading && heading.y >= -1 && heading.y + heading.height <= 740, `after the answer’s link the figures heading is at ${heading?.y}px, not on screen`);
  await page.locator('.stories .story').last().scrollIntoViewIfNeeded();
  const after = await page.locator('.stories .story').last().evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
  assert(after, 'the last launch step is still skipped after scrolling to it');
  // Deep links into and past the lazy blocks land on their target (placeholders above it are
  // replaced by real heights as they render, and scroll anchoring keeps the target in place).
  for (const id of ['peristiwa-ende-kartu', 'tabel']) {
    await page.goto(new URL(`#${id}`, ctx.base).href);
    await page.waitForTimeout(600);
    const top = await page.evaluate((i) => document.getElementById(i)?.getBoundingClientRect().top ?? NaN, id);
    assert(top >= -1 && top <= 40, `/#${id}: the target is at ${top}px from the top of the screen, expected at the top`);
  }
}));

/**
 * Regencies whose labels sit less than 44 CSS px from a neighbour's label at 360 px (western
 * Flores's three Manggarai and Sumba Tengah stacked over each other, Sumba Barat Daya beside
 * Sumba Barat, TTS between the TTU, Kupang and Malaka labels): their targets stop at the
 * neighbour's label, so they get at least 24 px (WCAG 2.5.8) but not 44.
 */
const TIGHT = new Set(['53.02', '53.10', '53.15', '53.17', '53.18', '53.19']);

test('360px: every regency has a square a finger can tap, 44×44 CSS px unless its neighbours’ labels leave less, never under 24', ({ ctx }) => withPage(ctx, '', PHONE, async (page) => {
  // What a tap reaches at every pixel of the map, then the largest square of one regency.
  const sizes = await page.evaluate(() => {
    const svg = document.querySelector('#peta svg')!;
    svg.scrollIntoView({ block: 'start' });
    const r = svg.getBoundingClientRect();
    const [w, h] = [Math.floor(r.width), Math.floor(Math.min(r.bottom, innerHeight) - Math.max(r.top, 0))];
    const top = Math.max(r.top, 0);
    const kode: (string | null)[] = [];
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) kode.push(document.elementFromPoint(r.left + x + 0.5, top + y + 0.5)?.closest('[data-kode]')?.getAttribute('data-kode') ?? null);
    const run = new Array<number>(w * h).fill(0);
    const best: Record<string, number> = {};
    for (let i = 0; i < w * h; i++) {
      const k = kode[i];
      if (!k) continue;
      const same = (j: number) => (j >= 0 && kode[j] === k ? run[j]! : 0);
      run[i] = i % w && i >= w ? 1 + Math.min(same(i - 1), same(i - w), same(i - w - 1)) : 1;
      best[k] = Math.max(best[k] ?? 0, run[i]!);
    }
    return { best, clipped: h < r.height - 1, regions: [...svg.querySelectorAll('a.jm-region')].map((a) => a.getAttribute('data-kode')!) };
  });
  assert(!sizes.clipped, 'the map is taller than the phone screen: not all of it was sampled');
  assert(sizes.regions.length === 22, `not 22 regions: ${sizes.regions.length}`);
  const problems = sizes.regions.flatMap((k) => {
    const got = sizes.best[k] ?? 0;
    const need = TIGHT.has(k) ? 24 : 44;
    return got < need ? [`${k}: largest tappable square ${got}px, needs ${need}px`] : [];
  });
  assert(problems.length === 0, `tap targets:\n${problems.join('\n')}`);
  const roomy = [...TIGHT].filter((k) => (sizes.best[k] ?? 0) >= 44);
  assert(roomy.length === 0, `listed as tight but now reach 44px (update TIGHT): ${roomy.join(', ')}`);
}));

test('the tap targets repeat the regency links for pointers only: hidden from screen readers, out of the tab order', ({ ctx }) => withPage(ctx, '', PHONE, async (page) => {
  const hits = await page.evaluate(() => [...document.querySelectorAll('#peta .jm-hits a')].map((a) => ({
    tab: a.getAttribute('tabindex'), hidden: a.closest('[aria-hidden="true"]') !== null,
    same: document.querySelector(`#peta a.jm-region[data-kode="${a.getAttribute('data-kode')}"]`)?.getAttribute('href') === a.getAttribute('href'),
  })));
  assert(hits.length === 22 && hits.every((h) => h.tab === '-1' && h.hidden && h.same), `hit links: ${JSON.stringify(hits)}`);
}));

test('360px: every header link is on screen, 44px high, and the page does not scroll sideways', async ({ ctx }) => {
  for (const path of ['', 'en/', 'kabupaten/ende/']) {
    await withPage(ctx, path, PHONE, async (page) => {
      const links = await page.evaluate(() => [...document.querySelectorAll('header.site a')].map((a) => {
        const b = a.getBoundingClientRect();
        const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
        return { text: a.textContent?.trim(), left: b.left, right: b.right, top: b.top, height: b.height, reached: hit === a || a.contains(hit) };
      }));
      assert(links.length >= 6, `/${path}: only ${links.length} header links`);
      const bad = links.filter((l) => l.left < 0 || l.right > 360 || l.top < 0 || l.height < 44 || !l.reached);
      assert(bad.length === 0, `/${path}: header links off screen, too small or covered: ${JSON.stringify(bad)}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= 360, `/${path} scrolls sideways (${wide}px)`);
    });
  }
});

test('labels, leader lines and dots never take a tap: tapping Nagekeo’s label opens Nagekeo', ({ ctx }) => withPage(ctx, '', PHONE, async (page) => {
  const events = await page.evaluate(() => [...document.querySelectorAll('.jm-labels, .jm-leader, .jm-leader-dot')].map((el) => getComputedStyle(el).pointerEvents));
  assert(events.length > 0 && events.every((v) => v === 'none'), `label layers take pointer events: ${events.join(',')}`);
  const label = page.locator('.jm-labels text', { hasText: 'Nagekeo' });
  await label.scrollIntoViewIfNeeded();
  const b = await label.boundingBox();
  assert(b, 'no Nagekeo label');
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  await page.waitForSelector('#panel[data-open-slug="nagekeo"]', { timeout: 3000 });
}));

test('the panel tells Ende’s launch: date, venue, who was there, figures with “sekitar”, who pays, a quote, the source and the full page', ({ ctx }) => withPage(ctx, '?kabupaten=ende', PHONE, async (page) => {
  await page.waitForSelector('#panel[data-open-slug="ende"]', { timeout: 3000 });
  const panel = page.locator('#panel');
  const text = (await panel.textContent()) ?? '';
  for (const expected of ['September 2025', 'Tempat', 'Yang hadir', 'sekitar 10.252', 'Yang membayar', 'Sumber:', 'Investigasi.News']) {
    assert(text.includes(expected), `Ende's panel lacks "${expected}"`);
  }
  assert(await panel.locator('blockquote').count() >= 1, 'no quote in the panel');
  assert(await panel.locator('a[href$="/kabupaten/ende/"]').count() === 1, 'no link to the full regency page');
}));

test('the panel for an attended-only regency links the provincial launch; for a silent one it says what the province promises', ({ ctx }) => withPage(ctx, '?kabupaten=lembata', WIDE, async (page) => {
  await page.waitForSelector('#panel[data-open-slug="lembata"]', { timeout: 3000 });
  assert(await page.locator('#panel a[href*="/peristiwa/"]').count() >= 1, 'Lembata’s panel does not link the provincial launch');
  await page.selectOption('#peta-pilih', 'sikka');
  await page.waitForSelector('#panel[data-open-slug="sikka"]', { timeout: 3000 });
  const text = (await page.locator('#panel').textContent()) ?? '';
  assert(text.includes('Belum ada angka atau peristiwa khusus'), `Sikka’s panel: "${text.slice(0, 200)}"`);
  assert(text.includes('100.000'), 'Sikka’s panel does not say what the provincial programme promises');
}));

test('the regency table’s links open the panel too', ({ ctx }) => withPage(ctx, '', WIDE, async (page) => {
  await page.locator('#tabel-kabupaten tr[data-kode="53.16"] a').click();
  await page.waitForSelector('#panel[data-open-slug="nagekeo"]', { timeout: 3000 });
}));

test('wide screens: the map stays in view beside the timeline and outlines the step’s regency', ({ ctx }) => withPage(ctx, '', WIDE, async (page) => {
  const step = page.locator('article.story[data-regency="53.03"]').first();
  await step.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const el = document.querySelector('article.story[data-regency="53.03"]')!;
    window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight / 2 + 40);
  });
  await page.waitForSelector('#peta a[data-kode="53.03"].is-story', { timeout: 3000 });
  const map = await page.locator('#peta svg').boundingBox();
  assert(map && map.y < 900 && map.y + map.height > 0, 'the map is off screen while the timeline scrolls');
  assert(!(await page.locator('.step-locator').first().isVisible()), 'wide screens show step locators beside the big map');
}));

test('phones: each located step carries a locator of its own, readable without JavaScript', async ({ ctx }) => {
  await withPage(ctx, '', { ...PHONE, javaScriptEnabled: false }, async (page) => {
    const locator = page.locator('article.story[data-regency="53.11"] .step-locator');
    await locator.scrollIntoViewIfNeeded();
    assert(await locator.isVisible(), 'no locator in the Sumba Timur step on a phone');
    const b = await locator.boundingBox();
    assert(b && b.width > 60 && b.height > 30, `locator is ${b?.width}×${b?.height}`);
    assert(await page.locator('.pull-quote', { hasText: 'Ada jaminan untuk kita' }).count() === 1, 'Petrus Dima’s words are not a pull quote on /');
    assert(!(await page.locator('.picker').isVisible()), 'without JavaScript the picker (which cannot work) shows');
  });
});

test('reduced motion: no transitions on the story steps', ({ ctx }) => withPage(ctx, '', { ...WIDE, reducedMotion: 'reduce' }, async (page) => {
  const duration = await page.locator('article.story').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  assert(duration === '0s', `story steps transition for ${duration} under reduced motion`);
}));

test('no number is broken mid-token and the regency table stacks on a phone', ({ ctx }) => withPage(ctx, '', PHONE, async (page) => {
  const wrap = await page.evaluate(() => getComputedStyle(document.body).overflowWrap);
  assert(wrap !== 'anywhere', 'body still has overflow-wrap:anywhere');
  const row = page.locator('#tabel-kabupaten tr[data-kode="53.08"] td.num');
  await row.scrollIntoViewIfNeeded();
  const b = await row.boundingBox();
  assert(b && b.height < 40, `Ende's count wraps onto several lines (${b?.height}px tall)`);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(scroll <= 360, `the page scrolls sideways (${scroll}px)`);
}));

test('the 22-regency table sorts by column, with aria-sort', ({ ctx }) => withPage(ctx, '', WIDE, async (page) => {
  const header = page.locator('#tabel-kabupaten th', { hasText: 'Pekerja terdaftar' });
  await header.locator('button').click();
  assert((await header.getAttribute('aria-sort')) === 'ascending', 'no aria-sort after the first click');
  await header.locator('button').click();
  assert((await header.getAttribute('aria-sort')) === 'descending', 'no descending sort after the second click');
  const first = await page.locator('#tabel-kabupaten tbody tr').first().getAttribute('data-kode');
  assert(first === '53.03', `largest count first should be TTU (53.03), got ${first}`);
}));

test('a 404 page in both languages with a way back; index pages for regencies and events', async ({ ctx }) => {
  const { page, close } = await openGuarded(ctx, WIDE);
  try {
    const res = await page.goto(new URL('tidak-ada/', ctx.base).href);
    assert(res?.status() === 404, `unknown page answered ${res?.status()}`);
    assert(await page.locator('a[href$="/"]', { hasText: 'Kembali ke peta' }).count() === 1, '404 has no way back (ID)');
    assert(await page.locator('[lang="en"] a', { hasText: 'Back to the map' }).count() === 1, '404 has no way back (EN)');
    for (const path of ['kabupaten/', 'peristiwa/', 'en/kabupaten/', 'en/peristiwa/']) {
      const r = await page.goto(new URL(path, ctx.base).href);
      assert(r?.status() === 200, `/${path} answered ${r?.status()}`);
    }
    assert(await page.locator('ol.event-index li').count() >= 5, '/en/peristiwa/ lists too few events');
  } finally {
    await close();
  }
});

test('the language switch keeps the open regency and the hash', ({ ctx }) => withPage(ctx, '?kabupaten=ende#linimasa', WIDE, async (page) => {
  await page.waitForSelector('#panel[data-open-slug="ende"]', { timeout: 3000 });
  await page.locator('header.site a.lang-switch').click();
  await page.waitForURL(/\/en\//);
  const url = new URL(page.url());
  assert(url.searchParams.get('kabupaten') === 'ende' && url.hash === '#linimasa', `switched to ${page.url()}`);
}));

test('share links: WhatsApp with chat-ready text on regency and event pages; embed snippets never say localhost', ({ ctx }) => withPage(ctx, 'kabupaten/ende/', WIDE, async (page) => {
  const wa = page.locator('a.share-wa');
  assert(await wa.isVisible(), 'no WhatsApp link on the regency page');
  const href = (await wa.getAttribute('href')) ?? '';
  assert(href.startsWith('https://wa.me/?text=') && decodeURIComponent(href).includes('/kabupaten/ende/'), `WhatsApp link ${href}`);
  assert(!href.includes('localhost%3A4321'), 'the share link points at the build machine');
  await page.goto(new URL('grafik/peserta-per-kabupaten/', ctx.base).href);
  const snippet = await page.locator('textarea[data-embed-code]').first().inputValue();
  assert(!snippet.includes('localhost:4321'), `embed snippet says localhost: ${snippet}`);
  assert(snippet.includes(new URL(ctx.base).origin), `embed snippet does not use the page's origin: ${snippet}`);
  const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
  assert(alt, 'chart page has no og:image:alt');
}));

test('print: no picker, no panel, light palette', ({ ctx }) => withPage(ctx, '?kabupaten=ende', WIDE, async (page) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const shown = await page.evaluate(() => ['.picker', '#panel'].filter((s) => { const el = document.querySelector(s); return el && getComputedStyle(el).display !== 'none'; }));
  assert(shown.length === 0, `printed: ${shown.join(', ')}`);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert(bg === 'rgb(255, 255, 255)', `print background is ${bg}`);
}));

test('360×740 touch: the stacked regency table sorts too (buttons above the cards, aria-sort) and keeps its table semantics', ({ ctx }) => withPage(ctx, '', PHONE, async (page) => {
  const header = page.locator('#tabel-kabupaten th', { hasText: 'Pekerja terdaftar' });
  const button = header.locator('button');
  await button.scrollIntoViewIfNeeded();
  const b = await button.boundingBox();
  assert(b && b.height >= 44 && b.x >= 0 && b.x + b.width <= 360, `the sort button on a phone is ${JSON.stringify(b)}`);
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  assert((await header.getAttribute('aria-sort')) === 'ascending', 'no aria-sort after the first tap');
  const again = await button.boundingBox();
  assert(again, 'the sort button vanished');
  await page.touchscreen.tap(again.x + again.width / 2, again.y + again.height / 2);
  assert((await header.getAttribute('aria-sort')) === 'descending', 'no descending sort after the second tap');
  assert(await page.locator('#tabel-kabupaten tbody tr').first().getAttribute('data-kode') === '53.03', 'largest count first should be TTU (53.03)');
  // The cards are display:block; the accessibility tree must still be a table of rows and cells.
  const tree = await page.locator('#tabel-kabupaten').ariaSnapshot();
  for (const role of ['- table', '- columnheader "Pekerja terdaftar"', '- rowheader "Timor Tengah Utara"', '- cell "sekitar 10.252"']) {
    assert(tree.includes(role), `the stacked table's accessibility tree lacks ${role}:\n${tree.slice(0, 600)}`);
  }
  const roles = await page.evaluate(() => {
    const t = document.querySelector('#tabel-kabupaten')!;
    return [t.getAttribute('role'), t.querySelector('tbody')?.getAttribute('role'), t.querySelector('tbody tr')?.getAttribute('role'), t.querySelector('tbody th')?.getAttribute('role'), t.querySelector('tbody td')?.getAttribute('role'), getComputedStyle(t.querySelector('tbody tr')!).display];
  });
  assert(roles.join() === 'table,rowgroup,row,rowheader,cell,block', `explicit roles on the stacked table: ${roles.join()}`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(wide <= 360, `the page scrolls sideways (${wide}px)`);
}));

/** The panel's heading and close button are on screen and nothing covers them. */
async function panelTopInView(page: Page, height: number): Promise<string[]> {
  return page.evaluate((h) => {
    const out: string[] = [];
    for (const sel of ['#panel h2', '#panel .panel-close']) {
      const el = document.querySelector(sel);
      const b = el?.getBoundingClientRect();
      if (!el || !b) { out.push(`${sel} missing`); continue; }
      if (b.top < 0 || b.bottom > h) out.push(`${sel} is at ${Math.round(b.top)}–${Math.round(b.bottom)}px, off screen`);
      for (const x of [b.left + 4, b.left + b.width / 2, b.right - 4]) {
        const hit = document.elementFromPoint(x, b.top + b.height / 2);
        if (!hit || !document.getElementById('panel')!.contains(hit)) out.push(`${sel} is covered at x=${Math.round(x)} by ${hit?.tagName}.${hit?.className}`);
      }
    }
    return out;
  }, height);
}

test('the panel opens with its heading and close button in view and uncovered: wide deep link, wide map click mid-story, wide table link, phone deep link', async ({ ctx }) => {
  await withPage(ctx, '?kabupaten=ende', WIDE, async (page) => {
    await page.waitForSelector('#panel[data-open-slug="ende"]', { timeout: 3000 });
    const problems = await panelTopInView(page, 900);
    assert(problems.length === 0, `deep link: ${problems.join('; ')}`);
    // The whole panel can be read: the sticky column scrolls to its last line.
    const end = await page.evaluate(() => {
      const last = document.querySelector('#panel .panel-more:last-of-type') ?? document.querySelector('#panel')!.lastElementChild!;
      last.scrollIntoView({ block: 'end' });
      const b = last.getBoundingClientRect();
      return b.bottom <= innerHeight + 1 && b.top >= 0;
    });
    assert(end, 'the end of the panel cannot be scrolled into view');
  });
  await withPage(ctx, '', WIDE, async (page) => {
    await page.evaluate(() => document.querySelector('#linimasa')!.scrollIntoView());
    await page.locator('#peta .jm-hits a[data-kode="53.16"]').click();
    await page.waitForSelector('#panel[data-open-slug="nagekeo"]', { timeout: 3000 });
    const problems = await panelTopInView(page, 900);
    assert(problems.length === 0, `map click: ${problems.join('; ')}`);
    await page.locator('#tabel-kabupaten tr[data-kode="53.11"] a').click();
    await page.waitForSelector('#panel[data-open-slug="sumba-timur"]', { timeout: 3000 });
    const fromTable = await panelTopInView(page, 900);
    assert(fromTable.length === 0, `table link: ${fromTable.join('; ')}`);
  });
  await withPage(ctx, '?kabupaten=ende', PHONE, async (page) => {
    await page.waitForSelector('#panel[data-open-slug="ende"]', { timeout: 3000 });
    const problems = await panelTopInView(page, 740);
    assert(problems.length === 0, `phone deep link: ${problems.join('; ')}`);
  });
});
