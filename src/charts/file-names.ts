/**
 * Download names that say what they are: payung-<what>-<year>[-en]<suffix>, e.g.
 * payung-peserta-per-kabupaten-2025.png, payung-peta-status-kabupaten-2025-en.svg,
 * payung-linimasa-2025-excel.csv (for Excel in Indonesian), payung-linimasa-2025.metadata.json.
 */
import type { Lang } from '@/lib/format.ts';
import { SITE_SLUG } from '@/lib/site.ts';

export const DOWNLOAD_FORMATS = ['png', 'svg', 'csv', 'excel', 'metadata'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
  excel: 'text/csv; charset=utf-8',
  metadata: 'application/json',
};

/** What follows payung-<what>-<year>[-en] in each format's file name. */
const SUFFIX: Record<DownloadFormat, string> = { png: '.png', svg: '.svg', csv: '.csv', excel: '-excel.csv', metadata: '.metadata.json' };

/** The map's download stem (charts use their slug). */
export const MAP_STEM = 'peta-status-kabupaten';

export function downloadName(stem: string, year: number, lang: Lang, format: DownloadFormat): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) throw new Error(`download stem must be kebab-case ASCII: "${stem}"`);
  return `${SITE_SLUG}-${stem}-${year}${lang === 'en' ? '-en' : ''}${SUFFIX[format]}`;
}
