/**
 * The basemap kept in the repository (geo/): the simplified regency topology, its full-detail
 * GeoJSON, the context land and the MIT notice of the boundaries they derive from. A fresh
 * clone builds from these offline; `npm run geo:update` remakes them from the boundary SQL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { fullName, type RegencyRef } from './check-regencies.ts';

export const GEO_FILES = ['ntt.topo.json', 'ntt.geo.json', 'context.json', 'LICENSE-wilayah_boundaries.txt'] as const;

/** geo/ at the repository root; a test may point elsewhere with PAYUNG_GEO_DIR. */
export function committedGeoDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['PAYUNG_GEO_DIR'] ?? join(import.meta.dirname, '..', '..', 'geo'));
}

/** Every file of geo/ as text; throws naming the missing ones. */
export function readCommittedGeo(dir: string): Map<string, string> {
  const missing = GEO_FILES.filter((name) => !existsSync(join(dir, name)));
  if (missing.length) throw new Error(`${dir}: missing ${missing.join(', ')} — run npm run geo:update (needs NTT_BOUNDARIES_SQL or the pinned download)`);
  return new Map(GEO_FILES.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

const TopologyRegencies = z.object({
  objects: z.object({
    regencies: z.object({
      geometries: z.array(z.object({ properties: z.object({ kode: z.string(), name: z.string(), slug: z.string() }) })),
    }),
  }),
});

/**
 * The committed topology carries each regency's code, full name and slug as data/regencies.csv
 * had them at the last geo:update. When an editor adds, removes or renames a regency, the map
 * would silently disagree with the tables: stop and name the differences instead.
 */
export function checkCommittedRegencies(files: ReadonlyMap<string, string>, regencies: readonly RegencyRef[]): void {
  const topo = TopologyRegencies.parse(JSON.parse(files.get('ntt.topo.json') ?? 'null'));
  const inMap = new Map(topo.objects.regencies.geometries.map((g) => [g.properties.kode, g.properties]));
  const problems: string[] = [];
  for (const r of regencies) {
    const p = inMap.get(r.kode);
    if (!p) problems.push(`${r.kode} ${fullName(r)}: not in geo/ntt.topo.json`);
    else if (p.name !== fullName(r) || p.slug !== r.slug) problems.push(`${r.kode}: geo/ntt.topo.json has "${p.name}" (${p.slug}), data has "${fullName(r)}" (${r.slug})`);
  }
  const known = new Set(regencies.map((r) => r.kode));
  for (const kode of inMap.keys()) if (!known.has(kode)) problems.push(`${kode}: in geo/ntt.topo.json but not in data/regencies.csv`);
  if (problems.length) {
    throw new Error(
      `Peta dasar tidak cocok dengan data/regencies.csv / The committed basemap does not match data/regencies.csv:\n  ${problems.join('\n  ')}\n` +
        'Perbarui dengan / Update it with: NTT_BOUNDARIES_SQL=../shared/geo/wilayah_boundaries_kab_53.sql npm run geo:update',
    );
  }
}
