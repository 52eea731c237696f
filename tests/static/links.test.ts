/** No broken internal link or anchor in the built site (base path respected). */
import { describe, expect, it } from 'vitest';
import { builtPages, existsInDist, pageUrl, requireDist, siteRoot, sitePath } from './dist.ts';

describe('internal links', () => {
  it('dist/ exists (run npm run build first)', () => {
    requireDist();
  });

  it('every internal href/src resolves to a built file, and every #anchor to an id on the target page', () => {
    const pages = builtPages();
    const root = siteRoot();
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      const here = pageUrl(page, root);
      for (const el of page.document.querySelectorAll('a[href], link[href], area[href], img[src], script[src], source[src], use[href], image[href]')) {
        const attr = el.hasAttribute('href') ? 'href' : 'src';
        const raw = el.getAttribute(attr) ?? '';
        if (raw === '' || /^(mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
        // <link rel=canonical|alternate> are checked here and by meta.test.ts; other-site links are not ours to check.
        let url: URL;
        try {
          url = new URL(raw, here);
        } catch {
          broken.push(`${page.path}: unparseable ${attr}="${raw}"`);
          continue;
        }
        const target = sitePath(url, root);
        if (target === null) {
          if (url.origin === root.origin) broken.push(`${page.path}: ${attr}="${raw}" is outside the base path ${root.pathname}`);
          continue;
        }
        checked++;
        if (!existsInDist(target)) {
          broken.push(`${page.path}: ${attr}="${raw}" → ${target} is not built`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && el.localName !== 'use') {
          const targetPage = pages.get(target);
          if (targetPage && !targetPage.ids.has(fragment)) broken.push(`${page.path}: ${attr}="${raw}" → no id="${fragment}" on ${target}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('no page links to itself only by "#" (an anchor with no target)', () => {
    const empty: string[] = [];
    for (const page of builtPages().values()) {
      for (const a of page.document.querySelectorAll('a[href="#"]')) empty.push(`${page.path}: <a href="#">${a.textContent?.trim().slice(0, 40)}</a>`);
    }
    expect(empty).toEqual([]);
  });
});
