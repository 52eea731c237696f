/**
 * Every chart the site publishes, in reading order. Ids are Indonesian and
 * double as slugs: /grafik/<slug>/, /embed/<id>/, /unduh/payung-<slug>-<year>.*.
 */
import { costChart } from './cost.ts';
import { coverageChart } from './coverage.ts';
import { enrolmentChart } from './enrolment.ts';
import { timelineChart } from './timeline.ts';
import type { ChartDefinition } from './types.ts';
import { messages } from '../lib/i18n.ts';

export const CHARTS: readonly ChartDefinition[] = [
  {
    id: 'peserta-per-kabupaten',
    slug: 'peserta-per-kabupaten',
    title: (lang) => messages(lang).charts.enrolment.title,
    build: (dataset, lang, document, options = {}) => enrolmentChart(dataset, { lang, document, ...options }),
  },
  {
    id: 'biaya-per-pekerja',
    slug: 'biaya-per-pekerja',
    title: (lang) => messages(lang).charts.cost.title,
    build: (dataset, lang, document, options = {}) => costChart(dataset, { lang, document, ...options }),
  },
  {
    id: 'tingkat-kepesertaan',
    slug: 'tingkat-kepesertaan',
    title: (lang) => messages(lang).charts.coverage.title,
    build: (dataset, lang, document, options = {}) => coverageChart(dataset, { lang, document, ...options }),
  },
  {
    id: 'linimasa',
    slug: 'linimasa',
    title: (lang) => messages(lang).charts.timeline.title,
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
