/**
 * CLI: builds generated/geo/{ntt.topo.json, ntt.geo.json, context.json}.
 *
 *   NTT_BOUNDARIES_SQL=/path/to/wilayah_boundaries_kab_53.sql node scripts/geo/build-geo.ts
 *
 * Output folder: $PAYUNG_GENERATED_DIR/geo (default generated/geo). Exits non-zero, writing
 * nothing, on any failure.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { ENV_VAR, resolveBoundariesSql } from './boundaries-source.ts';
import { buildGeoOutputs } from './build-outputs.ts';
import { licenceNotice } from './licence-notice.ts';
import type { RegencyRef } from './check-regencies.ts';
import { DatasetSchema } from '../../src/lib/dataset-schema.ts';
import { writeFilesAtomically } from '../lib/atomic-write.ts';
import { generatedDir } from '../lib/paths.ts';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * The regencies as the data step validated them (it runs first and writes
 * dataset.json to the same generated folder), so the 22-code check compares
 * boundaries with exactly what the pages will show.
 */
function readRegencies(generated: string): RegencyRef[] {
  const path = join(generated, 'dataset.json');
  const dataset = DatasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return dataset.regencies;
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
  const generated = generatedDir();
  const outputs = buildGeoOutputs({ sql: source.sql, regencies: readRegencies(generated), countries: readCountries() });
  const outDir = join(generated, 'geo');
  writeFilesAtomically(
    new Map([
      [join(outDir, 'ntt.topo.json'), outputs.topo],
      [join(outDir, 'ntt.geo.json'), outputs.geo],
      [join(outDir, 'context.json'), outputs.context],
      [join(outDir, 'LICENSE-wilayah_boundaries.txt'), licenceNotice(source.sql)],
    ]),
  );
  console.log(`geo: ${source.origin} ${source.path} → ${outDir}/{ntt.topo.json, ntt.geo.json, context.json}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
