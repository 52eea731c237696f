import { describe, expect, it } from 'vitest';
import { printableUrl, publicAsset, publicHref } from '@/components/url.ts';

const site = new URL('https://payung.example/');
const localhost = new URL('http://localhost:4321/');

describe('addresses a reader takes away', () => {
  it('are absolute when SITE_URL names the site', () => {
    expect(publicHref(site, 'en', '/kabupaten/ende/')).toBe('https://payung.example/en/kabupaten/ende/');
    expect(publicAsset(site, '/data/kabupaten/ende.json')).toBe('https://payung.example/data/kabupaten/ende.json');
    expect(printableUrl(site, 'id', '/grafik/x/')).toBe('https://payung.example/grafik/x/');
  });

  it('are root-relative (or, on paper, left out) when the build only has Astro’s localhost fallback', () => {
    for (const s of [undefined, localhost]) {
      expect(publicHref(s, 'en', '/kabupaten/ende/')).toBe('/en/kabupaten/ende/');
      expect(publicAsset(s, '/data/kabupaten/ende.json')).toBe('/data/kabupaten/ende.json');
      expect(printableUrl(s, 'id', '/grafik/x/')).toBeNull();
    }
  });
});
