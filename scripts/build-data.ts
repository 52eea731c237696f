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
import { formatDataError } from '../src/lib/data-error.ts';
import { buildDataset } from '../src/lib/dataset.ts';
import { readTables, type TableTexts } from '../src/lib/read-tables.ts';
import { TABLES, TABLE_NAMES } from '../src/lib/schema.ts';
import { writeFilesAtomically } from './lib/atomic-write.ts';
import { dataDir, generatedDir } from './lib/paths.ts';

export function serialiseDataset(dir: string): { json: string; errors: string[] } {
  const texts = {} as TableTexts;
  const inputs: { file: string; sha256: string }[] = [];
  for (const name of TABLE_NAMES) {
    const path = join(dir, TABLES[name].file);
    let text: string | null = null;
    if (existsSync(path)) {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
      } catch {
        return { json: '', errors: [`data/${TABLES[name].file}: bukan UTF-8 — simpan ulang sebagai "CSV UTF-8" / not UTF-8 — save again as "CSV UTF-8"`] };
      }
    }
    texts[name] = text;
    if (text !== null) inputs.push({ file: TABLES[name].file, sha256: createHash('sha256').update(text).digest('hex') });
  }
  const { tables, errors } = readTables(texts);
  if (!tables) return { json: '', errors: errors.map((e) => `data/${formatDataError(e)}`) };
  try {
    return { json: `${JSON.stringify(buildDataset(tables, inputs), null, 1)}\n`, errors: [] };
  } catch (error) {
    return { json: '', errors: [error instanceof Error ? error.message : String(error)] };
  }
}

function main(): void {
  const checkOnly = process.argv.includes('--check');
  const { json, errors } = serialiseDataset(dataDir());
  if (errors.length > 0) {
    console.error(`✗ ${errors.length} kesalahan di data/ — tidak ada yang ditulis / ${errors.length} error(s) in data/ — nothing was written:\n`);
    for (const line of errors) console.error(`  • ${line}`);
    process.exit(1);
  }
  if (checkOnly) {
    console.log('✓ data/ valid — semua tabel lolos pemeriksaan / all tables pass validation');
    return;
  }
  const out = join(generatedDir(), 'dataset.json');
  writeFilesAtomically(new Map([[out, json]]));
  console.log(`✓ ${out}`);
}

if (import.meta.main) main();
