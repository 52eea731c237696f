/**
 * Every page says what it is: lang, <title>, meta description, canonical, and
 * hreflang alternates between the Indonesian and English editions that point
 * at pages that exist and point back.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, existsInDist, requireDist, siteRoot, sitePath, type BuiltPage } from './dist.ts';

const isErrorPage = (p: BuiltPage) => /^\/(en\/)?404(\.html|\/)$/.test(p.path);

describe('page metadata', () => {
  it('dist/ exists (run npm run build first)', () => {
    requireDist();
  });

  it('every page has lang, a <title>, a meta description and a canonical link to itself', () => {
    const root = siteRoot();
    const problems: string[] = [];
    for (const page of builtPages().values()) {
      const d = page.document;
      const lang = d.documentElement.getAttribute('lang');
      if (lang !== 'id' && lang !== 'en') problems.push(`${page.path}: <html lang="${lang}">`);
      const expectedLang = page.path.startsWith('/en/') ? 'en' : 'id';
      if (lang !== expectedLang && !isErrorPage(page)) problems.push(`${page.path}: lang="${lang}", expected "${expectedLang}" for this edition`);
      const titles = d.querySelectorAll('head > title');
      if (titles.length !== 1 || !titles[0]?.textContent?.trim()) problems.push(`${page.path}: needs exactly one non-empty <title>`);
      const description = d.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
      if (description.length < 20) problems.push(`${page.path}: meta description missing or too short ("${description}")`);
      if (isErrorPage(page)) continue;
      const canonicals = d.querySelectorAll('link[rel="canonical"]');
      const canonical = canonicals[0]?.getAttribute('href') ?? '';
      if (canonicals.length !== 1) problems.push(`${page.path}: ${canonicals.length} canonical links`);
      else if (sitePath(new URL(canonical, root), root) !== page.path) problems.push(`${page.path}: canonical ${canonical} is not this page`);
    }
    expect(problems).toEqual([]);
  });

  it('hreflang alternates link each page to its other edition, both ways, and to pages that exist', () => {
    const root = siteRoot();
    const pages = builtPages();
    const problems: string[] = [];
    for (const page of pages.values()) {
      if (isErrorPage(page)) continue;
      const alternates = new Map<string, string>();
      for (const link of page.document.querySelectorAll('link[rel="alternate"][hreflang]')) {
        alternates.set(link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '');
      }
      for (const lang of ['id', 'en']) {
        const href = alternates.get(lang);
        if (!href) {
          problems.push(`${page.path}: no <link rel="alternate" hreflang="${lang}">`);
          continue;
        }
        const target = sitePath(new URL(href, root), root);
        if (target === null || !existsInDist(target)) {
          problems.push(`${page.path}: hreflang="${lang}" → ${href} is not a built page`);
          continue;
        }
        const isEn = target.startsWith('/en/');
        if (isEn !== (lang === 'en')) problems.push(`${page.path}: hreflang="${lang}" points at ${target}, the other edition`);
        const other = pages.get(target);
        const back = other?.document.querySelector(`link[rel="alternate"][hreflang="${page.path.startsWith('/en/') ? 'en' : 'id'}"]`)?.getAttribute('href');
        if (other && (!back || sitePath(new URL(back, root), root) !== page.path)) problems.push(`${page.path}: ${target} does not point back (hreflang alternate is ${back})`);
      }
      const xDefault = alternates.get('x-default');
      if (xDefault && sitePath(new URL(xDefault, root), root)?.startsWith('/en/')) problems.push(`${page.path}: x-default should be the Indonesian edition`);
    }
    expect(problems).toEqual([]);
  });

  it('the language switch (a.lang-switch) points at the same page in the other edition', () => {
    const root = siteRoot();
    const problems: string[] = [];
    for (const page of builtPages().values()) {
      const a = page.document.querySelector('a.lang-switch');
      if (!a) {
        if (!/^\/(en\/)?embed\//.test(page.path) && !isErrorPage(page)) problems.push(`${page.path}: no a.lang-switch`);
        continue;
      }
      const target = sitePath(new URL(a.getAttribute('href') ?? '', new URL(page.path.slice(1), root)), root);
      const expected = page.path.startsWith('/en/') ? page.path.slice(3) : `/en${page.path}`;
      if (target !== expected) problems.push(`${page.path}: a.lang-switch → ${target}, expected ${expected}`);
    }
    expect(problems).toEqual([]);
  });
});
