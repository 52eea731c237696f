/**
 * The regency names of the boundary file, for `data:check`: the same
 * verified file the geo step reads (NTT_BOUNDARIES_SQL or the cache), but
 * never downloaded here, so checking data works offline. When no copy is at
 * hand, the names are checked later by the geo step, as before.
 */
import { join, resolve } from 'node:path';
import { ENV_VAR, resolveBoundariesSql } from './boundaries-source.ts';
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
    return null;
  }
}
