/**
 * The regency names of the boundary file, for `data:check`: the verified SQL when a copy is at
 * hand (NTT_BOUNDARIES_SQL or the cache, never downloaded here), else the committed basemap in
 * geo/, whose names geo:update checked against that same file. So checking data works offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENV_VAR, resolveBoundariesSql } from './boundaries-source.ts';
import { committedGeoDir } from './committed.ts';
import { parseBoundaryRows } from './parse-sql.ts';

const root = resolve(import.meta.dirname, '..', '..');

/** kode → name as the boundary file writes it ("Kabupaten Ende"), or null when no local copy exists. */
export async function localBoundaryNames(): Promise<ReadonlyMap<string, string> | null> {
  try {
    const source = await resolveBoundariesSql({
      localPath: process.env[ENV_VAR],
      cacheDir: join(root, '.cache', 'geo'),
      download: () => Promise.reject(new Error('no download while checking data')),
    });
    return new Map(parseBoundaryRows(source.sql).map((r) => [r.kode, r.nama]));
  } catch {
    return committedNames();
  }
}

/** kode → full name from geo/ntt.topo.json, or null when geo/ is absent. */
function committedNames(): ReadonlyMap<string, string> | null {
  const file = join(committedGeoDir(), 'ntt.topo.json');
  if (!existsSync(file)) return null;
  const topo = JSON.parse(readFileSync(file, 'utf8')) as { objects?: { regencies?: { geometries?: { properties?: { kode?: unknown; name?: unknown } }[] } } };
  const names = new Map<string, string>();
  for (const g of topo.objects?.regencies?.geometries ?? []) {
    if (typeof g.properties?.kode === 'string' && typeof g.properties.name === 'string') names.set(g.properties.kode, g.properties.name);
  }
  return names.size ? names : null;
}
