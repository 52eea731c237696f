import type { Cell } from './csv-write.ts';
import type { PartialDate } from './partial-date.ts';
import { TABLES, type TableName, type Tables } from './schema.ts';

/** A validated table back in the editors' column layout, for the public CSV downloads. */
export function tableRows(tables: Tables, name: TableName): { header: string[]; rows: Cell[][] } {
  const header = Object.keys(TABLES[name].columns);
  const records = tables[name] as readonly Record<string, unknown>[];
  const rows = records.map((r) =>
    header.map((column): Cell => {
      const v = r[column];
      if (v === null || v === undefined) return null;
      if (Array.isArray(v)) return v.join('|');
      if (typeof v === 'object') return (v as PartialDate).iso;
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
      return String(v);
    }),
  );
  return { header, rows };
}
