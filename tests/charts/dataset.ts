/**
 * The dataset the chart tests draw: built from the real editors' CSVs in data/
 * (the five 2025 reports, see data/README.md) through the same pipeline as the
 * build, without touching generated/.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from '../../src/lib/dataset.ts';
import type { Dataset } from '../../src/lib/dataset-schema.ts';
import { readTables, type TableTexts } from '../../src/lib/read-tables.ts';
import { TABLES, TABLE_NAMES } from '../../src/lib/schema.ts';

let cached: Dataset | null = null;

export function realDataset(): Dataset {
  if (cached) return cached;
  const dir = resolve(import.meta.dirname, '../../data');
  const texts = {} as TableTexts;
  for (const name of TABLE_NAMES) texts[name] = readFileSync(join(dir, TABLES[name].file), 'utf8');
  const { tables, errors } = readTables(texts);
  if (!tables) throw new Error(`data/ does not validate: ${errors.length} errors`);
  cached = buildDataset(tables, []);
  return cached;
}

/** Snapshot form of an SVG: ids normalised, coordinates rounded to integers (text untouched). */
export function normaliseSvg(svg: string, idPrefix: string): string {
  return svg
    .replaceAll(idPrefix, 'ID')
    .replace(/ (d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform)="([^"]*)"/g, (_, name: string, value: string) =>
      ` ${name}="${value.replace(/-?\d+\.\d+(?!\d*em)/g, (n) => String(Math.round(Number(n))))}"`)
    .replace(/></g, '>\n<');
}
