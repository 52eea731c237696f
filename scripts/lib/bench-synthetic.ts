/**
 * Synthetic data for build-time benchmarks: the real data/ with every event,
 * figure, participant, quote, note and check cloned `factor - 1` times under
 * new ids, references remapped to the clone of the same generation, so the
 * data stays valid (sources and regencies are shared). Row count grows ~factor×.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { TABLES, type TableName } from '../../src/lib/schema.ts';

const CLONED: TableName[] = ['events', 'figures', 'participants', 'quotes', 'notes', 'checks'];
const MARKUP = '<b>x</b> y';

/** Free text accepts arbitrary characters; ids, codes, refs, enums, numbers and dates do not. */
function isFreeText(table: TableName, column: string): boolean {
  const col = (TABLES[table].columns as Record<string, { schema: { safeParse(v: unknown): { success: boolean } } }>)[column];
  return col ? col.schema.safeParse(MARKUP).success : true;
}

type Rows = Record<string, string>[];
function read(file: string): { rows: Rows; fields: string[] } {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return { rows: parsed.data, fields: parsed.meta.fields ?? [] };
}

/** Writes the synthetic CSVs into `to`; returns the total number of data rows. */
export function writeSyntheticData(from: string, to: string, factor: number): number {
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from)) copyFileSync(join(from, file), join(to, file));
  const tables = new Map<TableName, { rows: Rows; fields: string[] }>();
  for (const name of Object.keys(TABLES) as TableName[]) tables.set(name, read(join(from, TABLES[name].file)));

  const shared = new Set([...tables.get('sources')!.rows.map((r) => r['id'] ?? ''), ...tables.get('regencies')!.rows.map((r) => r['kode'] ?? '')]);
  const cloneIds = new Set<string>();
  for (const name of CLONED) for (const row of tables.get(name)!.rows) cloneIds.add(row[TABLES[name].key] ?? '');
  for (const id of shared) cloneIds.delete(id);

  for (const name of CLONED) {
    const t = tables.get(name)!;
    const original = [...t.rows];
    for (let g = 1; g < factor; g++) {
      const remap = (value: string) => value.split('|').map((v) => (cloneIds.has(v.trim()) ? `${v.trim()}-s${g}` : v)).join('|');
      for (const row of original) {
        const copy: Record<string, string> = {};
        for (const field of t.fields) {
          const cell = row[field] ?? '';
          copy[field] = cell === '' || isFreeText(name, field) ? cell : remap(cell);
        }
        // One headline count per regency (src/lib/derive.ts): a clone is a lower bound, never a rival headline.
        if (name === 'figures' && copy['measure'] === 'peserta') copy['qualifier'] = 'lebih-dari';
        t.rows.push(copy);
      }
    }
  }
  let total = 0;
  for (const [name, t] of tables) {
    total += t.rows.length;
    writeFileSync(join(to, TABLES[name].file), `${Papa.unparse(t.rows, { columns: t.fields, newline: '\n' })}\n`);
  }
  return total;
}
