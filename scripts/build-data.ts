/**
 * data/*.csv → validate → generated/dataset.json.
 *   node scripts/build-data.ts          validate and write
 *   node scripts/build-data.ts --check  validate only (npm run data:check)
 * On any error: every error is printed (file, row, column, value, expectation)
 * and nothing is written, so the last good output stays as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCsv } from '../src/lib/csv-decode.ts';
import { formatDataError, type DataError } from '../src/lib/data-error.ts';
import { buildDataset } from '../src/lib/dataset.ts';
import { readTables, type TableTexts } from '../src/lib/read-tables.ts';
import { TABLES, TABLE_NAMES } from '../src/lib/schema.ts';
import { localBoundaryNames } from './geo/boundary-names.ts';
import { writeFilesAtomically } from './lib/atomic-write.ts';
import { dataDir, generatedDir } from './lib/paths.ts';

export function serialiseDataset(dir: string, boundaryNames: ReadonlyMap<string, string> | null = null): { json: string; errors: string[] } {
  const texts = {} as TableTexts;
  const inputs: { file: string; sha256: string }[] = [];
  // Every file's encoding problem is reported, and every file still validated (as decoded best we can).
  const encodingErrors: DataError[] = [];
  for (const name of TABLE_NAMES) {
    const path = join(dir, TABLES[name].file);
    let text: string | null = null;
    if (existsSync(path)) {
      const decoded = decodeCsv(TABLES[name].file, readFileSync(path));
      if (decoded.error) encodingErrors.push(decoded.error);
      text = decoded.text;
    }
    texts[name] = text;
    if (text !== null) inputs.push({ file: TABLES[name].file, sha256: createHash('sha256').update(text).digest('hex') });
  }
  const read = readTables(texts, { boundaryNames });
  const errors = [...encodingErrors, ...read.errors];
  if (!read.tables || errors.length > 0) return { json: '', errors: errors.map((e) => `data/${formatDataError(e)}`) };
  const tables = read.tables;
  try {
    return { json: `${JSON.stringify(buildDataset(tables, inputs), null, 1)}\n`, errors: [] };
  } catch (error) {
    return { json: '', errors: [error instanceof Error ? error.message : String(error)] };
  }
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  const boundaryNames = await localBoundaryNames();
  const { json, errors } = serialiseDataset(dataDir(), boundaryNames);
  if (errors.length > 0) {
    console.error(`✗ ${errors.length} kesalahan di data/ — tidak ada yang ditulis / ${errors.length} error(s) in data/ — nothing was written:\n`);
    for (const line of errors) console.error(`  • ${line}`);
    process.exit(1);
  }
  if (checkOnly) {
    if (!boundaryNames) console.log('• nama kabupaten/kota belum dibandingkan dengan berkas batas wilayah (tidak ada salinan lokal; setel NTT_BOUNDARIES_SQL) — build akan membandingkannya / regency names not compared with the boundary file (no local copy; set NTT_BOUNDARIES_SQL) — the build compares them');
    console.log('✓ data/ valid — semua tabel lolos pemeriksaan / all tables pass validation');
    return;
  }
  const out = join(generatedDir(), 'dataset.json');
  writeFilesAtomically(new Map([[out, json]]));
  console.log(`✓ ${out}`);
}

if (import.meta.main) await main();
