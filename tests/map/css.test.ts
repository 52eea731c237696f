import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { LAYOUT_HEIGHTS } from '@/map/choropleth.ts';

const css = readFileSync(new URL('../../src/components/map/map.css', import.meta.url), 'utf8');

it('has an aspect-ratio rule for every layout height the renderer can emit, wide and narrow', () => {
  const narrowBlock = css.slice(css.indexOf('@container payung-map'));
  for (let h = LAYOUT_HEIGHTS.min; h <= LAYOUT_HEIGHTS.max; h += LAYOUT_HEIGHTS.step) {
    expect(css).toContain(`.jm-hw-${h} { aspect-ratio: 640 / ${h}; }`);
    expect(narrowBlock).toContain(`.jm-hn-${h} { aspect-ratio: 640 / ${h}; }`);
  }
});
