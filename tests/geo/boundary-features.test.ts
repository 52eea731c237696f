import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parsePath, SPECK_AREA_KM2, toRegencyFeature } from '../../scripts/geo/boundary-features.ts';
import { parseBoundaryRows } from '../../scripts/geo/parse-sql.ts';
import { polygonAreaKm2, signedPlanarArea } from '../../scripts/geo/rings.ts';

const rows = parseBoundaryRows(readFileSync(new URL('./fixtures/mini_boundaries.sql-fixture.txt', import.meta.url), 'utf8'));
const row = (kode: string) => {
  const r = rows.find((x) => x.kode === kode);
  if (!r) throw new Error(kode);
  return r;
};

describe('parsePath', () => {
  it('reads a Polygon (3 levels) as one polygon and a MultiPolygon (4 levels) as several', () => {
    expect(parsePath(row('53.71').path, '53.71')).toHaveLength(1);
    expect(parsePath(row('53.01').path, '53.01')).toHaveLength(4);
  });

  it('swaps [lat, lng] to [lng, lat]', () => {
    const [[ring]] = parsePath(row('53.71').path, '53.71') as [[number[][]]];
    expect(ring[0]).toEqual([124.2, -10.0]);
    expect(ring[1]).toEqual([124.2, -10.1]);
  });

  it('rejects other nesting depths and bad JSON', () => {
    expect(() => parsePath('[[1,2],[3,4]]', '53.99')).toThrow(/53\.99: path must be a Polygon \(3 levels\) or MultiPolygon \(4 levels\), got 2/);
    expect(() => parsePath('[[[', '53.99')).toThrow(/not valid JSON/);
  });
});

describe('toRegencyFeature', () => {
  it('rewinds rings so d3 sees small areas, whatever the input winding', () => {
    for (const r of rows) {
      const f = toRegencyFeature(r);
      expect(geoArea(f)).toBeGreaterThan(0);
      expect(geoArea(f)).toBeLessThan(0.001);
      for (const polygon of f.geometry.coordinates) expect(signedPlanarArea(polygon[0] ?? [])).toBeLessThan(0);
    }
    // The mainland was written anticlockwise; after rewinding d3 places its centre inside it.
    expect(geoContains(toRegencyFeature(row('53.01')), [123.9, -9.8])).toBe(true);
    expect(geoContains(toRegencyFeature(row('53.01')), [10, 10])).toBe(false);
  });

  it(`drops specks below ${SPECK_AREA_KM2} km² but keeps Ndao- and Raijua-sized islands`, () => {
    const kupang = toRegencyFeature(row('53.01'));
    const areas = kupang.geometry.coordinates.map((p) => polygonAreaKm2(p)).sort((a, b) => a - b);
    expect(areas).toHaveLength(3);
    expect(areas[0]).toBeGreaterThan(9);
    expect(areas[0]).toBeLessThan(13);
    expect(toRegencyFeature(row('53.20')).geometry.coordinates).toHaveLength(2);
  });
});
