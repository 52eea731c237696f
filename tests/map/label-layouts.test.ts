import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Box } from '@/map/label-geometry.ts';
import { labelLayouts, labelOrder } from '@/map/label-layouts.ts';
import type { MapRegion } from '@/map/types.ts';
import { fittedMap, miniMap, miniRegions } from './fixtures/mini-map.ts';
import { miniTopology } from './fixtures/mini-topology.ts';

const parse = (svg: string) => new DOMParser().parseFromString(`<!doctype html><html><body><svg>${svg}</svg></body></html>`, 'text/html');
const region = (kode: string, status: MapRegion['status']): MapRegion => ({ kode, name: kode, slug: kode, status, workers: status === 'figures' ? 1 : null, href: '/' });

describe('labelOrder', () => {
  it('puts regencies with figures first, then the larger, then by kode', () => {
    const items = [
      { region: region('53.04', 'none'), area: 900 },
      { region: region('53.03', 'figures'), area: 10 },
      { region: region('53.02', 'none'), area: 50 },
      { region: region('53.01', 'none'), area: 50 },
      { region: region('53.05', 'figures'), area: 20 },
    ];
    expect(labelOrder(items).map((i) => i.region.kode)).toEqual(['53.05', '53.03', '53.04', '53.01', '53.02']);
    expect(items[0]?.region.kode).toBe('53.04');
  });
});

describe('labelLayouts', () => {
  const map = miniMap();
  const frame = { x: 0, y: 0, width: map.width, height: map.mapHeight };
  const layouts = (obstacles: Box[] = []) =>
    labelLayouts({ joined: map.joined, projection: map.projection, path: map.path, lang: 'id', frame, obstacles, u: map.u });

  it('shows the wide set and hides the narrow one until the stylesheet swaps them', () => {
    const { wide, narrow } = layouts();
    const doc = parse(wide + narrow);
    expect(doc.querySelector('.jm-labels-wide')?.getAttribute('display')).toBeNull();
    expect(doc.querySelector('.jm-labels-narrow')?.getAttribute('display')).toBe('none');
    expect(doc.querySelectorAll('.jm-labels-wide text').length).toBeGreaterThan(0);
  });

  it('sets the narrow labels in larger type, never more than two lines', () => {
    // A name long enough that, at phone size, only its two-line split would fit on the regency.
    const regions = miniRegions.map((r) => (r.kode === '53.01' ? { ...r, name: 'Manggarai Barat Laut Tengah' } : r));
    const long = fittedMap(miniTopology(), regions);
    const { wide, narrow } = labelLayouts({
      joined: long.joined, projection: long.projection, path: long.path, lang: 'id', frame: { x: 0, y: 0, width: long.width, height: long.mapHeight }, obstacles: [], u: long.u,
    });
    const sizes = (svg: string) => [...parse(svg).querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')));
    expect(sizes(narrow).length).toBeGreaterThan(0);
    expect(Math.min(...sizes(narrow))).toBeGreaterThan(Math.max(...sizes(wide)) * 1.5);
    for (const t of parse(narrow).querySelectorAll('text')) expect(t.querySelectorAll('tspan').length).toBeLessThanOrEqual(2);
  });

  it('keeps every label off the obstacles it is given', () => {
    const { wide, narrow } = layouts([frame]);
    expect(parse(wide + narrow).querySelectorAll('text')).toHaveLength(0);
  });
});
