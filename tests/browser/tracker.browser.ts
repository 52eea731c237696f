/**
 * The tracker in a real browser: every regency page prints to one A4 sheet in
 * a light palette without controls, with its URL and the day it was printed;
 * the Atom feeds parse with the browser's XML parser and are linked from the
 * head of every page. The PDFs are kept in .tmp/print/ for a person to look at
 * (pdftoppm -png .tmp/print/kabupaten-ende.pdf …).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assert, withGuarded, type BrowserContext } from './harness.ts';
import { test } from './fixtures.ts';
import { htmlPages, regencySlugs } from './pages.ts';

const url = (ctx: BrowserContext, path: string) => new URL(path.replace(/^\//, ''), ctx.base).href;
const PDF_DIR = resolve(import.meta.dirname, '../../.tmp/print');

/** Pages in a PDF Chromium wrote: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

test('every regency page prints on one A4 page, light, without controls, with its URL and the date printed', async ({ ctx }) => {
  mkdirSync(PDF_DIR, { recursive: true });
  // A reader in dark mode prints too: paper must still be light.
  const failures: string[] = [];
  await withGuarded(ctx, 'print', { colorScheme: 'dark' }, async (page) => {
    const slugs = regencySlugs(ctx.distDir);
    assert(slugs.length === 22, `expected 22 regencies, found ${slugs.length}`);
    const paths = [...slugs.map((s) => `/kabupaten/${s}/`), '/en/kabupaten/ende/', '/en/kabupaten/nagekeo/'];
    for (const path of paths) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(url(ctx, path), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const seen = await page.evaluate(() => {
        const shown = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).length;
        const foot = document.querySelector('[data-print-foot]');
        return {
          background: getComputedStyle(document.body).backgroundColor,
          color: getComputedStyle(document.body).color,
          controls: shown('header.site, footer.site, nav, button, select, details, .locator, [data-regency-downloads]'),
          h1: shown('h1'),
          status: shown('[data-status]'),
          freshness: shown('[data-freshness]'),
          foot: foot && foot.getClientRects().length > 0 ? foot.textContent ?? '' : '',
          approx: [...document.querySelectorAll('[data-figure]')].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent ?? ''),
        };
      });
      const problems = [
        seen.background !== 'rgb(255, 255, 255)' && `background ${seen.background}`,
        seen.color !== 'rgb(0, 0, 0)' && `text colour ${seen.color}`,
        seen.controls > 0 && `${seen.controls} navigation/control element(s) visible`,
        seen.h1 !== 1 && 'no name (h1)',
        seen.status !== 1 && 'no status line',
        seen.freshness !== 1 && 'no "Diperbarui"/latest-report line',
        !/(Dicetak|Printed) \d{1,2} \S+ \d{4}/.test(seen.foot) && `print footer without date: "${seen.foot}"`,
        // The address the reader printed from, whatever SITE_URL the build had (never localhost:4321).
        !seen.foot.includes(url(ctx, path)) && `print footer without the page's own address ${url(ctx, path)}: "${seen.foot}"`,
      ].filter(Boolean);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(PDF_DIR, `${path.replace(/^\/|\/$/g, '').replaceAll('/', '-')}.pdf`), pdf);
      const pages = pdfPages(pdf);
      if (pages !== 1) problems.push(`${pages} A4 pages`);
      if (problems.length > 0) failures.push(`${path}: ${problems.join('; ')}`);
      if (path === '/kabupaten/ende/') {
        assert(seen.approx.some((t) => t.includes('sekitar 10.252 pekerja')), `Ende on paper lacks "sekitar 10.252 pekerja": ${seen.approx.join(' | ')}`);
      }
    }
    assert(failures.length === 0, `print problems:\n  ${failures.join('\n  ')}`);
  });
});

test('the Atom feeds parse with the browser’s XML parser and every page links its edition’s feed', async ({ ctx }) => {
  await withGuarded(ctx, 'feeds', {}, async (page) => {
    await page.goto(ctx.base, { waitUntil: 'load' });
    for (const [lang, path] of [['id', '/pembaruan/atom.xml'], ['en', '/en/pembaruan/atom.xml']] as const) {
      const result = await page.evaluate(async (feedUrl) => {
        const res = await fetch(feedUrl);
        const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
        const NS = 'http://www.w3.org/2005/Atom';
        const root = doc.documentElement;
        const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
        return {
          type: res.headers.get('content-type'),
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: `${root.namespaceURI} ${root.localName}`,
          lang: root.getAttribute('xml:lang'),
          missing: ['id', 'title', 'updated', 'author'].filter((n) => child(root, n).length !== 1),
          self: child(root, 'link').some((l) => l.getAttribute('rel') === 'self'),
          entries: child(root, 'entry').map((e) => ({
            missing: ['id', 'title', 'updated', 'summary'].filter((n) => child(e, n).length !== 1),
            link: child(e, 'link').some((l) => l.getAttribute('rel') === 'alternate'),
            updated: child(e, 'updated')[0]?.textContent ?? '',
          })),
        };
      }, url(ctx, path));
      assert(result.error === null, `${path} is not well-formed XML: ${result.error}`);
      // public/_headers names the Atom type for the feeds (scripts/serve.ts applies it); a host without it may send application/xml, which feed readers accept too.
      assert(/^application\/(atom\+)?xml/.test(result.type ?? ''), `${path}: Content-Type ${result.type}`);
      assert(result.root === 'http://www.w3.org/2005/Atom feed', `${path}: root ${result.root}`);
      assert(result.lang === lang, `${path}: xml:lang ${result.lang}`);
      assert(result.missing.length === 0 && result.self, `${path}: feed lacks ${result.missing.join(', ')}${result.self ? '' : ' link[rel=self]'}`);
      assert(result.entries.length > 0, `${path}: no entries`);
      for (const e of result.entries) {
        assert(e.missing.length === 0 && e.link, `${path}: an entry lacks ${e.missing.join(', ')}${e.link ? '' : ' link[rel=alternate]'}`);
        assert(!Number.isNaN(Date.parse(e.updated)) && /T\d\d:\d\d:\d\dZ$/.test(e.updated), `${path}: updated "${e.updated}" is not RFC 3339`);
      }
    }
    const missing: string[] = [];
    for (const path of htmlPages(ctx.distDir, { includeEmbeds: true })) {
      await page.goto(url(ctx, path), { waitUntil: 'domcontentloaded' });
      const feed = await page.evaluate(() => document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'));
      const want = path.startsWith('/en/') ? '/en/pembaruan/atom.xml' : '/pembaruan/atom.xml';
      if (!feed?.endsWith(want)) missing.push(`${path}: ${feed ?? 'none'}`);
    }
    assert(missing.length === 0, `pages without their feed link:\n  ${missing.join('\n  ')}`);
  });
});
