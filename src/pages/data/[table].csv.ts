import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '@/data/dataset.ts';
import { toCsv } from '@/lib/csv-write.ts';
import { tableRows } from '@/lib/table-export.ts';
import { TABLES, TABLE_NAMES, type TableName } from '@/lib/schema.ts';
import { BOUNDARY_SOURCE, SITE_NAME } from '@/lib/site.ts';

export const getStaticPaths = (() =>
  TABLE_NAMES.map((name) => ({ params: { table: TABLES[name].file.replace(/\.csv$/, '') }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const name = props['name'] as TableName;
  const { header, rows } = tableRows(loadDataset(), name);
  const csv = toCsv(header, rows, [
    `${SITE_NAME} — ${TABLES[name].file}: data dari lima berita 2025 tentang perlindungan BPJS Ketenagakerjaan pekerja rentan NTT`,
    `Sumber tiap baris: kolom "source" (lihat sources.csv). Batas wilayah: ${BOUNDARY_SOURCE}.`,
  ]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
