/**
 * The files under /unduh/: for the map and every chart, in both languages,
 * a 2× PNG, a self-contained SVG and a CSV of exactly the data shown.
 */
import { serverDocument } from '@/charts/document.ts';
import { exportCsv, exportMetadata, exportSvg, renderPng } from '@/charts/export.ts';
import { CONTENT_TYPES, DOWNLOAD_FORMATS, downloadName, MAP_STEM, type DownloadFormat } from '@/charts/file-names.ts';
import { mapTable, mapText } from '@/charts/map-table.ts';
import { CHARTS, chartById } from '@/charts/registry.ts';
import { dataYear } from '@/charts/sources.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import type { ChartTable } from '@/charts/types.ts';
import type { Lang } from '@/lib/format.ts';
import { choroplethDrawing } from '@/map/choropleth.ts';
import { loadGeo } from '@/map/load-geo.ts';
import { printableUrl } from '@/components/url.ts';
import { mapRegions } from './map-regions.ts';

export interface DownloadFile {
  name: string;
  /** 'peta' or a chart id. */
  item: string;
  lang: Lang;
  format: DownloadFormat;
}

export function downloadFiles(d: Dataset): DownloadFile[] {
  const year = dataYear(d);
  const items = [{ item: 'peta', stem: MAP_STEM }, ...CHARTS.map((c) => ({ item: c.id, stem: c.slug }))];
  return items.flatMap(({ item, stem }) =>
    (['id', 'en'] as const).flatMap((lang) => DOWNLOAD_FORMATS.map((format) => ({ name: downloadName(stem, year, lang, format), item, lang, format }))),
  );
}

/** The data formats: the CSV in two dialects and the metadata that travels beside them. */
function dataBody(table: ChartTable, text: Parameters<typeof exportMetadata>[1], file: DownloadFile, stem: string, year: number, url: string | null): string | null {
  if (file.format === 'csv') return exportCsv(table);
  if (file.format === 'excel') return exportCsv(table, 'excel-id');
  if (file.format === 'metadata') {
    const names = { csv: downloadName(stem, year, file.lang, 'csv'), excel: downloadName(stem, year, file.lang, 'excel') };
    return exportMetadata(table, text, file.lang, url, names);
  }
  return null;
}

export function downloadBody(d: Dataset, file: DownloadFile, site: URL | undefined): { body: string | Uint8Array; contentType: string } {
  const contentType = CONTENT_TYPES[file.format];
  const { lang } = file;
  const year = dataYear(d);
  if (file.item === 'peta') {
    const text = mapText(d, lang);
    const url = printableUrl(site, lang, '/');
    const data = dataBody(mapTable(d, lang), text, file, MAP_STEM, year, url);
    if (data !== null) return { body: data, contentType };
    const { topology, context } = loadGeo();
    const drawing = choroplethDrawing({ topology, context, lang, regions: mapRegions(d, lang, site), idPrefix: 'jm' });
    const svg = exportSvg({ ...text, legend: [], drawing, lang, url });
    return { body: file.format === 'svg' ? svg : renderPng(svg), contentType };
  }
  const chart = chartById(file.item);
  const out = chart.buildExport(d, lang, serverDocument());
  const url = printableUrl(site, lang, `/grafik/${chart.slug}/`);
  const data = dataBody(out.table, out, file, chart.slug, year, url);
  if (data !== null) return { body: data, contentType };
  const svg = exportSvg({ ...out, lang, url });
  return { body: file.format === 'svg' ? svg : renderPng(svg), contentType };
}
