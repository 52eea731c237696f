import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toRegencyFeature } from '../../scripts/geo/boundary-features.ts';
import { parseBoundaryRows } from '../../scripts/geo/parse-sql.ts';
import { buildRegencyTopology, decodeRegencies, type OutputFeature } from '../../scripts/geo/topology.ts';

const features: OutputFeature[] = parseBoundaryRows(readFileSync(new URL('./fixtures/mini_boundaries.sql-fixture.txt', import.meta.url), 'utf8'))
  .map((row) => toRegencyFeature(row))
  .map((f) => ({ ...f, properties: { kode: f.properties.kode, name: f.properties.nama, slug: f.properties.kode } }));

describe('buildRegencyTopology', () => {
  const topo = buildRegencyTopology([...features].reverse());
  const decoded = decodeRegencies(topo);

  it('sorts geometries by kode and keeps only kode, name and slug', () => {
    expect(decoded.map((f) => f.properties.kode)).toEqual(['53.01', '53.20', '53.71']);
    expect(Object.keys(decoded[0]?.properties ?? {})).toEqual(['kode', 'name', 'slug']);
  });

  it('keeps every island ≥ 2 km² even when it has only four corners', () => {
    expect(decoded.map((f) => f.geometry.coordinates.length)).toEqual([3, 2, 1]);
  });

  it('is quantized (integer arcs with a transform)', () => {
    expect(topo.transform).toBeDefined();
    expect(topo.arcs.flat(2).every((v) => Number.isInteger(v))).toBe(true);
  });
});
