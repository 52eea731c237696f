/**
 * CLI: builds generated/geo/{ntt.topo.json, ntt.geo.json, context.json}.
 *
 *   NTT_BOUNDARIES_SQL=/path/to/wilayah_boundaries_kab_53.sql node scripts/geo/build-geo.ts
 *
 * Output folder: $JARING_GENERATED_DIR/geo (default generated/geo). Exits non-zero, writing
 * nothing, on any failure.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { ENV_VAR, resolveBoundariesSql } from './boundaries-source.ts';
import { buildGeoOutputs } from './build-outputs.ts';
import type { RegencyRef } from './check-regencies.ts';
import { writeFilesAtomic } from './write-atomic.ts';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * Reads data/regencies.csv. Kept to this one function: the project's validated loader from
 * src/lib will replace it.
 */
function readRegencies(path: string): RegencyRef[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0]?.message}`);
  return parsed.data.map((row, i) => {
    const { kode, type, name, slug } = row;
    if (!kode || !name || !slug || (type !== 'kabupaten' && type !== 'kota')) throw new Error(`${path}: row ${i + 2} is incomplete`);
    return { kode, type, name, slug };
  });
}

function readCountries(): Topology {
  const require = createRequire(import.meta.url);
  const json: unknown = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  if (typeof json !== 'object' || json === null || !('type' in json) || json.type !== 'Topology') {
    throw new Error('world-atlas/countries-10m.json is not a TopoJSON topology');
  }
  return json as Topology; // Shape checked above; topojson-client validates the rest as it decodes.
}

async function main(): Promise<void> {
  const source = await resolveBoundariesSql({ localPath: process.env[ENV_VAR], cacheDir: join(root, '.cache', 'geo') });
  const outputs = buildGeoOutputs({ sql: source.sql, regencies: readRegencies(join(root, 'data', 'regencies.csv')), countries: readCountries() });
  const outDir = join(resolve(root, process.env['JARING_GENERATED_DIR'] ?? 'generated'), 'geo');
  await writeFilesAtomic(
    new Map([
      [join(outDir, 'ntt.topo.json'), outputs.topo],
      [join(outDir, 'ntt.geo.json'), outputs.geo],
      [join(outDir, 'context.json'), outputs.context],
    ]),
  );
  console.log(`geo: ${source.origin} ${source.path} → ${outDir}/{ntt.topo.json, ntt.geo.json, context.json}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
