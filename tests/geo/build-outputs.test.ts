/**
 * Runs the whole geo build on the real boundary file. The file is not in the repository (its
 * licence and provenance: ../shared/geo/SOURCE.md beside the repository, and the README). It runs
 * whenever the file is at hand: NTT_BOUNDARIES_SQL, or ../shared/geo/ beside the repository, as on
 * the team's machines and in CI, like tests/geo/committed.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import Papa from 'papaparse';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES_SOURCE } from '../../scripts/geo/boundaries-source.ts';
import { buildGeoOutputs } from '../../scripts/geo/build-outputs.ts';
import type { RegencyRef } from '../../scripts/geo/check-regencies.ts';
import { polygonAreaKm2 } from '../../scripts/geo/rings.ts';
import { ContextLandSchema, NttTopologySchema } from '@/map/load-geo.ts';
import { regencyShapes } from '@/map/regions.ts';
import type { ContextLand, NttTopology } from '@/map/types.ts';

const shared = resolve(import.meta.dirname, '../../..', 'shared', 'geo', BOUNDARIES_SOURCE.fileName);
const sqlPath = process.env['NTT_BOUNDARIES_SQL'] ?? (existsSync(shared) ? shared : undefined);
const skipNote = 'SKIPPED: no NTT_BOUNDARIES_SQL and no ../shared/geo — point NTT_BOUNDARIES_SQL at wilayah_boundaries_kab_53.sql to run';
const title = (name: string): string => (sqlPath ? name : `${name} (${skipNote})`);

function inputs() {
  const regencies = Papa.parse<RegencyRef>(readFileSync(new URL('../../data/regencies.csv', import.meta.url), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const require = createRequire(import.meta.url);
  const countries: Topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  return { sql: readFileSync(sqlPath ?? '', 'utf8'), regencies, countries };
}

describe.skipIf(!sqlPath)('buildGeoOutputs on the real boundary file', () => {
  // Built once, lazily: describe.skipIf still collects this body when the variable is unset.
  let cached: ReturnType<typeof build> | undefined;
  const build = () => {
    const first = buildGeoOutputs(inputs());
    const topology: NttTopology = NttTopologySchema.parse(JSON.parse(first.topo));
    const context: ContextLand = ContextLandSchema.parse(JSON.parse(first.context));
    return { first, topology, context, shapes: regencyShapes(topology) };
  };
  const get = () => (cached ??= build());
  const byKode = (kode: string) => get().shapes.find((s) => s.properties.kode === kode)?.geometry.coordinates ?? [];

  it(title('is deterministic: two runs give byte-identical files'), () => {
    const { first } = get();
    const second = buildGeoOutputs(inputs());
    expect(second.topo).toBe(first.topo);
    expect(second.geo).toBe(first.geo);
    expect(second.context).toBe(first.context);
  });

  it(title('has the 22 regencies sorted by kode, each with a sane winding'), () => {
    const { shapes } = get();
    expect(shapes.map((s) => s.properties.kode)).toEqual([...shapes.map((s) => s.properties.kode)].sort());
    expect(shapes).toHaveLength(22);
    for (const s of shapes) expect(geoArea(s)).toBeLessThan(0.01);
    expect(shapes.find((s) => s.properties.kode === '53.71')?.properties).toEqual({ kode: '53.71', name: 'Kota Kupang', slug: 'kota-kupang' });
  });

  it(title('keeps the real islands through simplification'), () => {
    expect(byKode('53.20').length).toBeGreaterThanOrEqual(2); // Sabu and Raijua
    expect(byKode('53.01').length).toBeGreaterThanOrEqual(2); // Timor part and Semau
    expect(byKode('53.06').length).toBeGreaterThanOrEqual(3); // Flores part, Adonara, Solor
    expect(byKode('53.05').length).toBeGreaterThanOrEqual(2); // Alor and Pantar
    expect(byKode('53.15').length).toBeGreaterThanOrEqual(3); // Flores part, Komodo, Rinca
    // Ndao-sized (5–20 km²) islands of Rote Ndao, and Palue (~38 km²) in Sikka, survive.
    const small = (kode: string) => byKode(kode).map((p) => polygonAreaKm2(p)).filter((a) => a > 4 && a < 60);
    expect(small('53.14').length).toBeGreaterThanOrEqual(3);
    expect(small('53.07').some((a) => a > 25)).toBe(true);
  });

  it(title('stays within the size budget (≤ 10 KiB gzip)'), () => {
    expect(gzipSync(get().first.topo).length).toBeLessThanOrEqual(10 * 1024);
  });

  it(title('context land includes Timor-Leste with the Oecusse enclave, and no NTT island twice'), () => {
    const { context } = get();
    const timorLeste = context.features.find((f) => f.properties.name === 'Timor-Leste');
    expect(timorLeste).toBeDefined();
    expect(geoContains(timorLeste ?? context, [124.35, -9.25])).toBe(true); // Pante Macassar, Oecusse
    expect(geoContains(timorLeste ?? context, [125.57, -8.56])).toBe(true); // Dili
    const indonesia = context.features.find((f) => f.properties.name === 'Indonesia');
    expect(geoContains(indonesia ?? context, [123.9, -9.9])).toBe(false); // West Timor is drawn from our boundaries
    expect(geoContains(indonesia ?? context, [118.7, -8.55])).toBe(true); // Sumbawa (Bima)
  });

  it(title('writes journalist GeoJSON in RFC 7946 winding with the same properties'), () => {
    const { first, shapes, topology } = get();
    const geo = JSON.parse(first.geo) as { features: { properties: unknown }[] };
    expect(geo.features.map((f) => f.properties)).toEqual(shapes.map((s) => s.properties));
    const asD3 = feature(topology, topology.objects.regencies);
    expect(asD3.features).toHaveLength(22);
  });
});
