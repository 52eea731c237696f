/**
 * Datasets for tests, built in memory from a folder of editors' CSVs through
 * the same pipeline as the build (read → validate → buildDataset), without
 * touching generated/.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatDataError } from '@/lib/data-error.ts';
import { buildDataset } from '@/lib/dataset.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import { readTables, type TableTexts } from '@/lib/read-tables.ts';
import { TABLES, TABLE_NAMES, type Tables } from '@/lib/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The validated tables of a folder of CSVs (relative to the repository root); throws every error. */
export function tablesFrom(dir: string): Tables {
  const texts = {} as TableTexts;
  for (const name of TABLE_NAMES) texts[name] = readFileSync(join(ROOT, dir, TABLES[name].file), 'utf8');
  const { tables, errors } = readTables(texts);
  if (!tables) throw new Error(`${dir} does not validate:\n${errors.map(formatDataError).join('\n')}`);
  return tables;
}

const cache = new Map<string, Dataset>();

export function datasetFrom(dir: string): Dataset {
  let d = cache.get(dir);
  if (!d) cache.set(dir, (d = buildDataset(tablesFrom(dir), [])));
  return d;
}

/** The real dataset in data/: for tests that pin published facts. */
export const realDataset = () => datasetFrom('data');

/**
 * A frozen copy of data/ (tests/fixtures/data/charts/, see the README there): chart
 * snapshots draw it, so editing data/ never forces a snapshot update.
 */
export const chartFixture = () => datasetFrom('tests/fixtures/data/charts');
