import { describe, expect, it } from 'vitest';
import { renderChoropleth } from '@/map/choropleth.ts';
import { LAYOUT_HEIGHTS, mapLayoutCss, NARROW_MAX_WIDTH, snapHeight } from '@/map/layout.ts';
import type { MapRegion } from '@/map/types.ts';
import { miniContext, miniTopology } from './fixtures/mini-topology.ts';

describe('map layouts', () => {
  const css = mapLayoutCss();
  const narrowBlock = css.slice(css.indexOf(`@container payung-map (max-width: ${NARROW_MAX_WIDTH}px)`));

  it('has an aspect-ratio rule for every layout height the renderer can emit, wide and narrow', () => {
    let count = 0;
    for (let h = LAYOUT_HEIGHTS.min; h <= LAYOUT_HEIGHTS.max; h += LAYOUT_HEIGHTS.step) {
      expect(css).toContain(`.jm-hw-${h} { aspect-ratio: 640 / ${h}; }`);
      expect(narrowBlock).toContain(`.jm-hn-${h} { aspect-ratio: 640 / ${h}; }`);
      count++;
    }
    expect(css.match(/aspect-ratio/g)).toHaveLength(2 * count);
    // The narrow rules live only inside the container query; the wide ones only outside it.
    expect(css.slice(0, css.indexOf('@container'))).not.toContain('jm-hn-');
    expect(narrowBlock).not.toContain('jm-hw-');
  });

  it('names the heights of a rendered map with classes that have rules', () => {
    const regions: MapRegion[] = ['53.01', '53.20', '53.71'].map((kode) => ({ kode, name: kode, slug: kode, status: 'none', workers: null, href: '/k/' }));
    const svg = renderChoropleth({ topology: miniTopology(), context: miniContext, regions, lang: 'id', labels: { title: 't', desc: 'd' } });
    const [, wide, narrow] = /class="jm jm-choropleth jm-hw-(\d+) jm-hn-(\d+)"/.exec(svg) ?? [];
    expect(css).toContain(`.jm-hw-${wide} {`);
    expect(narrowBlock).toContain(`.jm-hn-${narrow} {`);
  });

  it('rounds heights up to a step, never below the smallest, and refuses what no rule covers', () => {
    expect(snapHeight(361, 1)).toBe(380);
    expect(snapHeight(380, 1)).toBe(380);
    expect(snapHeight(100, 1)).toBe(LAYOUT_HEIGHTS.min);
    expect(snapHeight(722, 2)).toBe(380);
    expect(() => snapHeight(LAYOUT_HEIGHTS.max + 1, 1)).toThrow(/exceeds/);
  });
});
