import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '@/data/dataset.ts';
import { toCsv } from '@/lib/csv-write.ts';
import { tableRows } from '@/lib/table-export.ts';
import { TABLES, TABLE_NAMES, type TableName } from '@/lib/schema.ts';

/** /data/<table>.csv — the validated table, header on line 1; described in /data/datapackage.json. */
export const getStaticPaths = (() =>
  TABLE_NAMES.map((name) => ({ params: { table: TABLES[name].file.replace(/\.csv$/, '') }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { header, rows } = tableRows(loadDataset(), props['name'] as TableName);
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
