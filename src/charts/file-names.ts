/**
 * Download names that say what they are: payung-<what>-<year>[-en].<ext>,
 * e.g. payung-peserta-per-kabupaten-2025.png, payung-peta-status-kabupaten-2025-en.svg.
 */
import type { Lang } from '@/lib/format.ts';
import { SITE_SLUG } from '@/lib/site.ts';

export const DOWNLOAD_FORMATS = ['png', 'svg', 'csv'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
};

/** The map's download stem (charts use their slug). */
export const MAP_STEM = 'peta-status-kabupaten';

export function downloadName(stem: string, year: number, lang: Lang, format: DownloadFormat): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) throw new Error(`download stem must be kebab-case ASCII: "${stem}"`);
  return `${SITE_SLUG}-${stem}-${year}${lang === 'en' ? '-en' : ''}.${format}`;
}
