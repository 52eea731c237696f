import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../../src/lib/dataset.ts';
import { readTables, type TableTexts } from '../../src/lib/read-tables.ts';
import { TABLES, TABLE_NAMES } from '../../src/lib/schema.ts';
import type { Dataset } from '../../src/lib/dataset-schema.ts';

/** The real dataset, built in memory from data/ exactly as the pipeline does. */
export function realDataset(): Dataset {
  const texts = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, readFileSync(join('data', TABLES[t].file), 'utf8')]),
  ) as TableTexts;
  const { tables, errors } = readTables(texts);
  if (!tables) throw new Error(errors.map((e) => `${e.file}:${e.row} ${e.column} ${e.en}`).join('\n'));
  return buildDataset(tables, []);
}
