import type { APIRoute, GetStaticPaths } from 'astro';
import { regencyFileData, regencyPaths } from '@/components/tracker/regency-files.ts';
import { toCsv } from '@/lib/csv-write.ts';
import { REGENCY_CSV_HEADER, regencyCsvPreamble, regencyCsvRows } from '@/lib/regency-data.ts';

/** The same data as the JSON, as one long table for spreadsheets. */
export const getStaticPaths = (() => regencyPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const data = regencyFileData(site, props['kode'] as string);
  const csv = toCsv(REGENCY_CSV_HEADER, regencyCsvRows(data), regencyCsvPreamble(data));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
