/**
 * CLI, three modes:
 *
 *   node scripts/geo/build-geo.ts            the build's geo step: check the committed geo/ files
 *                                            against the regencies the data step validated, then
 *                                            copy them to generated/geo/. Offline, no SQL needed.
 *   npm run geo:update                       regenerate geo/ from the pinned boundary SQL
 *                                            (NTT_BOUNDARIES_SQL, else the checksum-verified
 *                                            cache or download); byte-identical for the same input.
 *   npm run geo:check                        build from the SQL and fail when geo/ differs.
 *
 * Exits non-zero, writing nothing, on any failure.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { ENV_VAR, resolveBoundariesSql } from './boundaries-source.ts';
import { buildGeoOutputs } from './build-outputs.ts';
import { checkCommittedRegencies, committedGeoDir, GEO_FILES, readCommittedGeo } from './committed.ts';
import { licenceNotice } from './licence-notice.ts';
import type { RegencyRef } from './check-regencies.ts';
import { DatasetSchema } from '../../src/lib/dataset-schema.ts';
import { serialiseDataset } from '../build-data.ts';
import { writeFilesAtomically } from '../lib/atomic-write.ts';
import { dataDir, generatedDir } from '../lib/paths.ts';

const root = resolve(import.meta.dirname, '..', '..');

/** The regencies as the data step validated them (dataset.json in the generated folder). */
function builtRegencies(generated: string): RegencyRef[] {
  const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(generated, 'dataset.json'), 'utf8')));
  return dataset.regencies;
}

/** The regencies straight from data/*.csv, validated in memory (geo:update needs no build first). */
function dataRegencies(): RegencyRef[] {
  const { json, errors } = serialiseDataset(dataDir());
  if (errors.length) throw new Error(`data/ is not valid, fix it first (npm run data:check):\n  ${errors.join('\n  ')}`);
  return DatasetSchema.parse(JSON.parse(json)).regencies;
}

function readCountries(): Topology {
  const require = createRequire(import.meta.url);
  const json: unknown = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  if (typeof json !== 'object' || json === null || !('type' in json) || json.type !== 'Topology') {
    throw new Error('world-atlas/countries-10m.json is not a TopoJSON topology');
  }
  return json as Topology; // Shape checked above; topojson-client validates the rest as it decodes.
}

/** The four files of geo/, made from the boundary SQL. */
async function fromSql(): Promise<{ files: Map<string, string>; origin: string }> {
  const source = await resolveBoundariesSql({ localPath: process.env[ENV_VAR], cacheDir: join(root, '.cache', 'geo') });
  const outputs = buildGeoOutputs({ sql: source.sql, regencies: dataRegencies(), countries: readCountries() });
  const files = new Map<string, string>([
    ['ntt.topo.json', outputs.topo],
    ['ntt.geo.json', outputs.geo],
    ['context.json', outputs.context],
    ['LICENSE-wilayah_boundaries.txt', licenceNotice(source.sql)],
  ]);
  return { files, origin: `${source.origin} ${source.path}` };
}

async function main(): Promise<void> {
  const dir = committedGeoDir();
  if (process.argv.includes('--update')) {
    const { files, origin } = await fromSql();
    writeFilesAtomically(new Map([...files].map(([name, text]) => [join(dir, name), text])));
    console.log(`geo:update: ${origin} → ${dir}/{${GEO_FILES.join(', ')}}`);
    return;
  }
  if (process.argv.includes('--check')) {
    const { files, origin } = await fromSql();
    const committed = readCommittedGeo(dir);
    const stale = GEO_FILES.filter((name) => committed.get(name) !== files.get(name));
    if (stale.length) {
      throw new Error(`geo/ berbeda dari hasil ${origin} / geo/ differs from what ${origin} makes: ${stale.join(', ')}. Run: npm run geo:update`);
    }
    console.log(`✓ geo/ equals what the pipeline makes from ${origin}`);
    return;
  }
  const generated = generatedDir();
  const committed = readCommittedGeo(dir);
  checkCommittedRegencies(committed, builtRegencies(generated));
  const outDir = join(generated, 'geo');
  writeFilesAtomically(new Map([...committed].map(([name, text]) => [join(outDir, name), text])));
  console.log(`geo: ${dir} → ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
