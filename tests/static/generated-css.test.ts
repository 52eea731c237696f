/**
 * The pages carry the stylesheets generated from the typed palettes and map layouts
 * (src/styles/generated-css.ts): a page that lost one of those imports would still build, but
 * would paint with no colours, or crop no map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_HEIGHTS } from '@/map/layout.ts';
import { MAP_PALETTE } from '@/map/palette.ts';
import { SITE_PALETTE } from '@/lib/palette.ts';
import { DIST, requireDist } from './dist.ts';

function inlineCss(page: string): string {
  requireDist();
  return [...readFileSync(join(DIST, page), 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}
const count = (css: string, text: string) => css.split(text).length - 1;

describe('generated CSS in the built pages', () => {
  it('every page defines each site colour token for both schemes', () => {
    for (const page of ['index.html', 'kabupaten/ende/index.html', 'en/grafik/index.html']) {
      const css = inlineCss(page);
      for (const name of Object.keys(SITE_PALETTE.light)) expect(count(css, `--${name}:`), `${page} --${name}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('an embed can force either scheme, and its map follows', () => {
    const css = inlineCss('embed/peta/index.html');
    expect(css).toMatch(/:root\[data-theme=["']?light["']?\]\{color-scheme:light;--bg:/);
    expect(css).toMatch(/:root\[data-theme=["']?dark["']?\]\{color-scheme:dark;--bg:/);
    expect(css).toMatch(/:root\[data-theme=["']?dark["']?\] \.jm\{--jm-sea:/);
  });

  it('a page with the choropleth has its palette, once per scheme selector, and a rule for every layout height', () => {
    const css = inlineCss('grafik/index.html');
    for (const name of Object.keys(MAP_PALETTE.light)) expect(count(css, `--jm-${name}:`), name).toBe(3);
    const heights = (LAYOUT_HEIGHTS.max - LAYOUT_HEIGHTS.min) / LAYOUT_HEIGHTS.step + 1;
    expect(count(css, 'aspect-ratio:640/')).toBe(2 * heights);
  });
});
