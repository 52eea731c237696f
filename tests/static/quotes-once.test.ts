/**
 * No sentence is quoted twice on one page (issue #10, typography): figures taken from one
 * sentence quote it once and link back to it. Checked on every built page, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';

const words = (text: string) => text.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

describe('quotations on built pages', () => {
  it('quote each source sentence at most once per page', () => {
    const repeats: string[] = [];
    for (const page of builtPages().values()) {
      const seen = new Set<string>();
      for (const el of page.document.querySelectorAll('blockquote')) {
        const w = words(el.textContent ?? '');
        if (w === '') continue;
        if (seen.has(w)) repeats.push(`${page.path}: “${w.slice(0, 60)}…”`);
        seen.add(w);
      }
    }
    expect(repeats).toEqual([]);
  }, 120_000);

  it('link every figure that shares a sentence to a place on the same page that quotes it', () => {
    const broken: string[] = [];
    let links = 0;
    for (const page of builtPages().values()) {
      for (const el of page.document.querySelectorAll('[data-quoted-at]')) {
        links++;
        const target = page.document.getElementById(el.getAttribute('data-quoted-at') ?? '');
        if (!target?.querySelector('blockquote')) broken.push(`${page.path}: ${el.getAttribute('data-quoted-at')}`);
      }
    }
    expect(broken).toEqual([]);
    // The data has figures that share a sentence (Nagekeo's PKS paragraph): the links must exist.
    expect(links).toBeGreaterThan(0);
  }, 120_000);
});
