/**
 * Chart "tingkat-kepesertaan": published coverage rates on a 0–100% scale,
 * each with its target (Ende: 45% against 34%) or with the rate recomputed
 * from the report's own counts (NTT: ~13% published, 14,1% from 141 ribu of
 * ~1 juta). Drawing only.
 */
import * as Plot from '@observablehq/plot';
import { checkArithmetic } from '@/lib/arithmetic.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import { formatNumber, formatPercent, type Lang } from '@/lib/format.ts';
import { coverageData, type CoverageData, type CoverageRow } from './coverage-data.ts';
import { COLORS } from './palette.ts';
import { citedOutlets, outlets } from './sources.ts';
import { drawnChart } from './svg-finish.ts';
import type { BuildOptions, DrawnChart, ChartTable, ChartText } from './types.ts';
import { messages, pick } from '@/lib/i18n.ts';
import { plotFrame } from './frame.ts';

const ROW = 66;
const BAR_TOP = 40;
const BAR_BOTTOM = 6;


function valueLabel(row: CoverageRow, lang: Lang): string {
  const w = messages(lang).charts.coverage;
  const p = (v: number) => formatPercent(v, lang);
  const main = `${row.rate.qualifier === 'sekitar' ? w.about : ''}${p(row.rate.value)}`;
  const extra = row.target ? w.targetShort(p(row.target.value)) : row.recomputed && !row.recomputed.agrees ? w.recomputedShort(p(row.recomputed.computed)) : '';
  return w.valueLabel(main, extra);
}

function texts(dataset: Dataset, data: CoverageData, lang: Lang): ChartText {
  const w = messages(lang).charts.coverage;
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const notes: string[] = [];
  for (const row of data.rows) {
    const own = pick(row.rate, 'note', lang);
    if (own) notes.push(`${row.place}: ${own}`);
    if (row.recomputed && !row.recomputed.agrees) notes.push(w.mismatch(row.place, checkArithmetic(row.recomputed, figures, lang), `${row.rate.qualifier === 'sekitar' ? w.about : ''}${formatPercent(row.rate.value, lang)}`, formatPercent(row.recomputed.computed, lang)));
  }
  if (data.rows.length > 1) notes.push(w.notComparable);
  return {
    title: w.title,
    subtitle: w.subtitle,
    description: w.description(data.rows.map((r) => `${pick(r.rate, 'label', lang)}: ${valueLabel(r, lang)}`).join('; ')),
    notes,
    sources: citedOutlets(dataset, data.sources, lang),
    legend: [
      { label: w.rate, color: COLORS.value, mark: 'bar' },
      ...(data.rows.some((r) => r.target) ? [{ label: w.target, color: COLORS.reference, mark: 'dashed' as const }] : []),
      ...(data.rows.some((r) => r.recomputed && !r.recomputed.agrees) ? [{ label: w.recomputed, color: 'currentColor', mark: 'rule' as const }] : []),
    ],
  };
}

function table(dataset: Dataset, data: CoverageData, lang: Lang): ChartTable {
  const w = messages(lang).charts.coverage;
  const p = (v: number) => formatPercent(v, lang);
  const label = (r: CoverageRow) => pick(r.rate, 'label', lang);
  const rows = data.rows.map((r) => [
    r.place, label(r), `${r.rate.qualifier === 'sekitar' ? w.about : ''}${p(r.rate.value)}`, r.target ? p(r.target.value) : '—',
    r.recomputed ? `${p(r.recomputed.computed)} (${r.recomputed.inputs.map((i) => formatNumber(i.value, lang)).join(' ÷ ')})` : '—',
    outlets(dataset, r.sources).join(', '),
  ]);
  const csvRows = data.rows.flatMap((r) => [
    [r.place, w.kinds.rate, r.rate.value, r.rate.qualifier, r.rate.id, outlets(dataset, [r.rate.source]).join(', ')],
    ...(r.target ? [[r.place, w.kinds.target, r.target.value, r.target.qualifier, r.target.id, outlets(dataset, [r.target.source]).join(', ')]] : []),
    ...(r.recomputed ? [[r.place, w.kinds.recomputed, Math.round(r.recomputed.computed * 10) / 10, null, r.recomputed.id, outlets(dataset, r.sources).join(', ')]] : []),
  ]);
  return { header: [...w.header], numeric: [false, false, true, true, true, false], rows, csvHeader: [...w.csvHeader], csvRows };
}

export function coverageChart(dataset: Dataset, { lang, document, width = 640, idPrefix = 'jc-tingkat' }: BuildOptions): DrawnChart {
  const data = coverageData(dataset);
  const narrow = width < 480;
  const label = (r: CoverageRow) => pick(r.rate, 'label', lang);
  const lanes = data.rows.map(label);
  const height = 8 + lanes.length * ROW + 28;
  const mid = (BAR_TOP - BAR_BOTTOM) / 2;
  const targets = data.rows.filter((r) => r.target);
  const recomputed = data.rows.filter((r) => r.recomputed && !r.recomputed.agrees);
  const svg = Plot.plot({
    ...plotFrame(document, width, height, [8, narrow ? 20 : 24, 28, 8]),
    x: { domain: [0, 100], grid: true, label: null, ticks: narrow ? [0, 50, 100] : [0, 25, 50, 75, 100], tickFormat: (v: number) => formatPercent(v, lang) },
    y: { domain: lanes, axis: null, padding: 0 },
    marks: [
      Plot.barX(data.rows, { y: label, x: (r: CoverageRow) => r.rate.value, fill: COLORS.value, insetTop: BAR_TOP, insetBottom: BAR_BOTTOM }),
      Plot.tickX(targets, { y: label, x: (r: CoverageRow) => r.target?.value, stroke: COLORS.reference, strokeWidth: 2.5, strokeDasharray: '4 2', insetTop: BAR_TOP - 5, insetBottom: BAR_BOTTOM - 5 }),
      Plot.tickX(recomputed, { y: label, x: (r: CoverageRow) => r.recomputed?.computed, stroke: 'currentColor', strokeWidth: 2, insetTop: BAR_TOP - 5, insetBottom: BAR_BOTTOM - 5 }),
      Plot.text(data.rows, {
        y: label, x: (r: CoverageRow) => Math.max(r.rate.value, r.target?.value ?? 0, r.recomputed?.computed ?? 0), dx: 6, dy: mid, textAnchor: 'start',
        text: (r: CoverageRow) => valueLabel(r, lang),
      }),
      Plot.text(lanes, { y: (l: string) => l, frameAnchor: 'left', dy: -ROW / 2 + BAR_TOP - 5, lineAnchor: 'bottom', textAnchor: 'start', fontWeight: 'bold', lineWidth: narrow ? 26 : 50, text: (l: string) => l }),
    ],
  });
  return drawnChart(svg, texts(dataset, data, lang), table(dataset, data, lang), { width, height, idPrefix });
}
