/**
 * Every chart the site publishes, in reading order. Ids are Indonesian and
 * double as slugs: /grafik/<slug>/, /embed/<id>/, /unduh/payung-<slug>-<year>.*.
 */
import { costChart } from './cost.ts';
import { coverageChart } from './coverage.ts';
import { enrolmentChart } from './enrolment.ts';
import { timelineChart } from './timeline.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import { BACKGROUND } from './palette.ts';
import { exportChart, pageChart } from './svg-finish.ts';
import type { BuildOptions, ChartDefinition, DrawnChart } from './types.ts';
import { messages } from '@/lib/i18n.ts';

type ChartWords = 'enrolment' | 'cost' | 'coverage' | 'timeline';

/** A chart whose title is its words' title in the catalog; the id doubles as the slug. */
function chart(id: string, words: ChartWords, draw: (dataset: Dataset, options: BuildOptions) => DrawnChart): ChartDefinition {
  return {
    id,
    slug: id,
    title: (lang) => messages(lang).charts[words].title,
    build: (dataset, lang, document, options = {}) => pageChart(draw(dataset, { lang, document, ...options })),
    buildExport: (dataset, lang, document) => exportChart(draw(dataset, { lang, document, width: WIDTHS.wide, background: BACKGROUND.paper })),
  };
}

export const CHARTS: readonly ChartDefinition[] = [
  chart('peserta-per-kabupaten', 'enrolment', enrolmentChart),
  chart('biaya-per-pekerja', 'cost', costChart),
  chart('tingkat-kepesertaan', 'coverage', coverageChart),
  chart('linimasa', 'timeline', timelineChart),
];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`unknown chart "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}

/** Narrow and wide drawings of one chart: the page shows one or the other by container width. */
export const WIDTHS = { wide: 640, narrow: 340 } as const;
