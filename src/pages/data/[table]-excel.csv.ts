import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../data/dataset.ts';
import { toCsv } from '../../lib/csv-write.ts';
import { tableRows } from '../../lib/table-export.ts';
import { TABLES, TABLE_NAMES, type TableName } from '../../lib/schema.ts';

/** /data/<table>-excel.csv — the same table for Excel set to Indonesian: `;` between cells, decimal comma. */
export const getStaticPaths = (() =>
  TABLE_NAMES.map((name) => ({ params: { table: TABLES[name].file.replace(/\.csv$/, '') }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { header, rows } = tableRows(loadDataset(), props['name'] as TableName);
  return new Response(toCsv(header, rows, 'excel-id'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
