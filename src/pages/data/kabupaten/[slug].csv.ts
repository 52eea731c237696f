import type { APIRoute, GetStaticPaths } from 'astro';
import { regencyFileData, regencyPaths } from '@/components/tracker/regency-files.ts';
import { toCsv } from '@/lib/csv-write.ts';
import { REGENCY_CSV_HEADER, regencyCsvRows } from '@/lib/regency-data.ts';

/** The same data as the JSON, as one long table for spreadsheets: header on line 1; title, citation and licence are in the JSON beside it. */
export const getStaticPaths = (() => regencyPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const data = regencyFileData(site, props['kode'] as string);
  const csv = toCsv(REGENCY_CSV_HEADER, regencyCsvRows(data));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
