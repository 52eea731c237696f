/**
 * Helpers for the data-pipeline tests: the hand-made minimal dataset in
 * tests/fixtures/data/minimal/, and small ways to swap one of its tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TableTexts } from '@/lib/read-tables.ts';
import { TABLES, TABLE_NAMES, type TableName } from '@/lib/schema.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
export const MINIMAL = join(FIXTURES, 'minimal');

/** The valid minimal dataset, one text per table. */
export function minimalTexts(): TableTexts {
  const texts = {} as TableTexts;
  for (const name of TABLE_NAMES) texts[name] = readFileSync(join(MINIMAL, TABLES[name].file), 'utf8');
  return texts;
}

/** The minimal dataset with some tables replaced (null = the file is missing). */
export function withTables(replace: Partial<Record<TableName, string | null>>): TableTexts {
  return { ...minimalTexts(), ...replace };
}

/** The header line of a table's fixture file. */
export function headerOf(name: TableName): string {
  return readFileSync(join(MINIMAL, TABLES[name].file), 'utf8').split('\n', 1)[0]!;
}

/** The fixture table with extra lines appended. */
export function appendRows(name: TableName, ...lines: string[]): string {
  const base = readFileSync(join(MINIMAL, TABLES[name].file), 'utf8');
  return `${base}${lines.join('\n')}\n`;
}

/**
 * One figures.csv row from a few named cells; every other column takes a
 * valid default, so a test says only what it is about.
 */
export function figureRow(cells: Record<string, string>): string {
  const defaults: Record<string, string> = {
    id: 'f-test', measure: 'peserta', value: '100', unit: 'pekerja', qualifier: 'tepat', per: '',
    period_start: '', period_end: '', scope: 'kabupaten', regency: '53.10', event: '', funder: '', group: '',
    label_id: 'Label', label_en: 'Label', source: 'src-a', quote: 'Kalimat.', note_id: '', note_en: '',
  };
  const merged = { ...defaults, ...cells };
  return headerOf('figures').split(',').map((c) => csvCell(merged[c] ?? '')).join(',');
}

export function csvCell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
