/**
 * Every chart the site publishes, in reading order. Ids are Indonesian and
 * double as slugs: /grafik/<slug>/, /embed/<id>/, /unduh/payung-<slug>-<year>.*.
 */
import { costChart } from './cost.ts';
import { coverageChart } from './coverage.ts';
import { enrolmentChart } from './enrolment.ts';
import { timelineChart } from './timeline.ts';
import type { ChartDefinition } from './types.ts';

export const CHARTS: readonly ChartDefinition[] = [
  {
    id: 'peserta-per-kabupaten',
    slug: 'peserta-per-kabupaten',
    title_id: 'Peserta terdokumentasi per kabupaten, menurut pembayar iuran',
    title_en: 'Enrolments by regency, by who pays the contributions',
    build: (dataset, lang, document, options = {}) => enrolmentChart(dataset, { lang, document, ...options }),
  },
  {
    id: 'biaya-per-pekerja',
    slug: 'biaya-per-pekerja',
    title_id: 'Biaya per pekerja per bulan',
    title_en: 'Cost per worker per month',
    build: (dataset, lang, document, options = {}) => costChart(dataset, { lang, document, ...options }),
  },
  {
    id: 'tingkat-kepesertaan',
    slug: 'tingkat-kepesertaan',
    title_id: 'Tingkat kepesertaan menurut berita',
    title_en: 'Coverage rates, as reported',
    build: (dataset, lang, document, options = {}) => coverageChart(dataset, { lang, document, ...options }),
  },
  {
    id: 'linimasa',
    slug: 'linimasa',
    title_id: 'Linimasa peluncuran dan perjanjian',
    title_en: 'Timeline of launches and agreements',
    build: (dataset, lang, document, options = {}) => timelineChart(dataset, { lang, document, ...options }),
  },
];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`unknown chart "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}

/** Narrow and wide drawings of one chart: the page shows one or the other by container width. */
export const WIDTHS = { wide: 640, narrow: 340 } as const;
