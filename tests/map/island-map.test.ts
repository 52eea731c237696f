/** The phone-shaped map of the real province (drawn from the committed geo/). */
import { gzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HIT_MIN } from '@/map/hit-areas.ts';
import { overlaps } from '@/map/label-geometry.ts';
import { islandLayout, ISLAND_GROUPS } from '@/map/island-layout.ts';
import { renderIslandMap } from '@/map/island-map.ts';
import { regencyShapes } from '@/map/regions.ts';
import { committedGeo } from './fixtures/committed-geo.ts';

describe('the phone-shaped map', () => {
  const setup = () => {
    const { topology, context, regions } = committedGeo();
    const map = renderIslandMap({ topology, context, regions: regions.map((r) => (r.kode === '53.08' ? { ...r, qualifier: 'sekitar' as const } : r)), lang: 'id', labels: { title: 't', desc: 'd' } });
    return { map, topology, doc: new DOMParser().parseFromString(map.svg, 'image/svg+xml') };
  };
  let cached: ReturnType<typeof setup> | undefined;
  const get = () => (cached ??= setup());

  it(`is portrait, links all 22 regencies and stays within 14 KiB gzip`, () => {
    const { map, doc } = get();
    expect(map.height).toBeGreaterThan(map.width);
    expect(doc.querySelectorAll('a.jm-region[data-kode]')).toHaveLength(22);
    expect(gzipSync(map.svg).length).toBeLessThanOrEqual(14 * 1024);
  });

  it(`draws both halves at one scale`, () => {
    const shapes = regencyShapes(get().topology);
    const layout = islandLayout(shapes, { width: 640, padding: 16, gap: 10 });
    const scales = layout.groups.map((g) => g.projection.scale());
    expect(new Set(scales).size).toBe(1);
    expect(layout.groups.map((g) => g.id)).toEqual(ISLAND_GROUPS.map((g) => g.id));
  });

  it(`labels every regency, on itself or with a callout`, () => {
    const { doc } = get();
    const text = [...doc.querySelectorAll('.jm-labels text')].map((t) => t.textContent ?? '').join(' ');
    for (const name of ['Kota Kupang', 'Nagekeo', 'Sabu Raijua', 'Manggarai Timur']) expect(text).toContain(name);
    expect(doc.querySelectorAll('.jm-labels text').length).toBe(22);
  });

  it(`gives every regency an invisible target of at least ${HIT_MIN} units above the shapes, linking its page, none overlapping another`, () => {
    const { map, doc } = get();
    const hits = [...doc.querySelectorAll('.jm-hits a')];
    expect(doc.querySelector('.jm-hits')?.getAttribute('aria-hidden')).toBe('true');
    expect(hits).toHaveLength(22);
    expect(map.shortTargets).toEqual([]);
    for (const a of hits) {
      const kode = a.getAttribute('data-kode');
      expect(a.getAttribute('tabindex')).toBe('-1');
      expect(a.getAttribute('href')).toBe(doc.querySelector(`.jm-regions a[data-kode="${kode}"]`)?.getAttribute('href'));
      const rect = a.querySelector('rect.jm-hit');
      expect(Number(rect?.getAttribute('width'))).toBeGreaterThanOrEqual(HIT_MIN);
      expect(Number(rect?.getAttribute('height'))).toBeGreaterThanOrEqual(HIT_MIN);
    }
    const boxes = [...map.targets.values()];
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it(`puts the "sekitar" on Ende's label`, () => {
    const { doc } = get();
    const text = [...doc.querySelectorAll('.jm-labels text')].map((t) => t.textContent ?? '').join(' ');
    expect(text).toContain('~10.252');
    expect(doc.querySelector('a[data-kode="53.08"] title')?.textContent).toContain('sekitar 10.252');
  });
});

describe('islandLayout', () => {
  it('refuses a regency in no group, naming it', () => {
    const shape = { type: 'Feature' as const, properties: { kode: '53.99' }, geometry: { type: 'MultiPolygon' as const, coordinates: [[[[120, -9], [121, -9], [121, -10], [120, -9]]]] } };
    expect(() => islandLayout([shape], { width: 640, padding: 0, gap: 0 })).toThrow(/\[53\.99\]/);
  });
});
