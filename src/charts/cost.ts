/**
 * Chart "biaya-per-pekerja": budget per worker per month where the reports
 * give both a budget and a head count, against the contribution TTU budgets
 * per worker (Rp16.800, an assumption in the report). Drawing only.
 */
import * as Plot from '@observablehq/plot';
import { checkArithmetic, derivedArithmetic, formatDerived } from '@/lib/arithmetic.ts';
import { roundSignificant } from '@/lib/derive.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import { formatNumber, formatRupiah, type Lang } from '@/lib/format.ts';
import { costData, type CostData } from './cost-data.ts';
import { COLORS } from './palette.ts';
import { citedOutlets, outlets } from './sources.ts';
import { drawnChart } from './svg-finish.ts';
import type { BuildOptions, DrawnChart, ChartTable, ChartText } from './types.ts';
import { messages, pick } from '@/lib/i18n.ts';
import { plotFrame } from './frame.ts';

const ROW = 46;
const BAR_TOP = 22;
const BAR_BOTTOM = 4;


function texts(dataset: Dataset, data: CostData, lang: Lang): ChartText {
  const w = messages(lang).charts.cost;
  const rp = (v: number) => formatRupiah(v, lang);
  const n = (v: number) => formatNumber(v, lang);
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const notes: string[] = [];
  for (const row of data.rows) {
    for (const x of row.derivations) {
      notes.push(`${row.name}: ${derivedArithmetic(x, lang)}.`);
      const note = pick(x, 'note', lang);
      if (note) notes.push(`${row.name}: ${note}`);
    }
  }
  const termFigures = new Set(data.rows.flatMap((r) => r.derivations.flatMap((x) => x.terms.flatMap((t) => (t.figure ? [t.figure] : [])))));
  const selfChecks = dataset.checkResults.filter((c) => c.kind === 'kali' && c.agrees && c.inputs.some((i) => i.figure === data.reference?.id));
  const firstCheck = selfChecks[0];
  if (firstCheck) notes.push(w.selfCheck(data.referenceRegency ?? 'NTT', checkArithmetic(firstCheck, figures, lang)));
  for (const note of dataset.notes) {
    if (note.figure && termFigures.has(note.figure) && note.kind !== 'kontradiksi') notes.push(pick(note, 'text', lang));
  }
  const ref = data.reference ? w.reference(data.referenceRegency ?? 'NTT', rp(data.reference.value)) : '';
  return {
    title: w.title,
    subtitle: w.subtitle,
    description: w.description(data.rows.map((r) => `${r.name} ${r.derivations[0] ? formatDerived(r.derivations[0], lang) : rp(r.value)}`).join('; '), ref),
    notes: [...new Set(notes)],
    sources: citedOutlets(dataset, data.sources, lang),
    legend: [
      { label: w.bar, color: COLORS.value, mark: 'bar' },
      ...(data.reference ? [{ label: ref, color: COLORS.reference, mark: 'dashed' as const }] : []),
    ],
  };
}

function table(dataset: Dataset, data: CostData, lang: Lang): ChartTable {
  const w = messages(lang).charts.cost;
  const rp = (v: number) => formatRupiah(v, lang);
  const n = (v: number) => formatNumber(v, lang);
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const outlet = (ids: (string | null | undefined)[]) => outlets(dataset, ids.flatMap((id) => (id ? [figures.get(id)?.source ?? ''] : []))).join(', ');
  const rows: string[][] = [];
  const csvRows: ChartTable['csvRows'] = [];
  for (const r of data.rows) {
    for (const x of r.derivations) {
      const [budget, workers, months] = x.terms;
      rows.push([r.name, budget ? rp(budget.value) : '—', workers ? n(workers.value) : '—', months ? n(months.value) : '—', formatDerived(x, lang), outlet(x.terms.map((t) => t.figure))]);
      const round = (v: number | null) => (v === null ? null : x.significant === null ? Math.round(v) : roundSignificant(v, x.significant));
      csvRows.push([r.kode, r.name, w.derived, budget?.value ?? null, workers?.value ?? null, months?.value ?? null, round(x.value), x.qualifier, round(x.low), round(x.high), x.id, outlet(x.terms.map((t) => t.figure))]);
    }
  }
  if (data.reference) {
    const f = data.reference;
    rows.push([data.referenceRegency ?? 'NTT', '', '', '', `${rp(f.value)} (${w.referenceShort('').trim()})`, outlet([f.id])]);
    csvRows.push([f.regency, data.referenceRegency, w.referenceRow, null, null, null, f.value, f.qualifier, null, null, f.id, outlet([f.id])]);
  }
  return { header: [...w.header], numeric: [false, true, true, true, true, false], rows, csvHeader: [...w.csvHeader], csvRows };
}

export function costChart(dataset: Dataset, { lang, document, width = 640, idPrefix = 'jc-biaya' }: BuildOptions): DrawnChart {
  const data = costData(dataset);
  const w = messages(lang).charts.cost;
  const rp = (v: number) => formatRupiah(v, lang);
  const narrow = width < 480;
  const max = Math.max(...data.rows.map((r) => r.high), data.reference?.value ?? 0);
  const top = Math.ceil((max * 1.15) / 5000) * 5000;
  const lanes = data.rows.map((r) => r.name);
  const height = 30 + lanes.length * ROW + 28;
  const mid = (BAR_TOP - BAR_BOTTOM) / 2;
  const svg = Plot.plot({
    ...plotFrame(document, width, height, [30, narrow ? 30 : 36, 28, 4]),
    x: { domain: [0, top], axis: 'bottom', grid: true, label: null, ticks: narrow ? 2 : 4, tickFormat: (v: number) => (v === 0 ? '0' : rp(v)) },
    y: { domain: lanes, axis: null, padding: 0 },
    marks: [
      // Solid to the low end of the range its inputs allow, lighter across the range: no false precision.
      Plot.barX(data.rows, { y: 'name', x: 'low', fill: COLORS.value, insetTop: BAR_TOP, insetBottom: BAR_BOTTOM }),
      Plot.barX(data.rows, { y: 'name', x1: 'low', x2: 'high', fill: COLORS.value, fillOpacity: 0.45, insetTop: BAR_TOP, insetBottom: BAR_BOTTOM }),
      Plot.text(data.rows, { y: 'name', x: 'low', dx: -6, dy: mid, textAnchor: 'end', fill: '#000', fontWeight: 'bold', text: (r: CostData['rows'][number]) => (r.derivations[0] ? formatDerived(r.derivations[0], lang) : rp(r.value)) }),
      ...(data.reference
        ? [
            Plot.ruleX([data.reference.value], { stroke: COLORS.reference, strokeWidth: 2, strokeDasharray: '5 3', insetTop: -6 }),
            Plot.text([data.reference.value], { x: (v: number) => v, frameAnchor: 'top', dy: -14, textAnchor: 'end', dx: 6, fill: COLORS.reference, fontWeight: 'bold', text: (v: number) => w.referenceShort(rp(v)) }),
          ]
        : []),
      Plot.text(lanes, { y: (l: string) => l, frameAnchor: 'left', dy: -ROW / 2 + 10, textAnchor: 'start', fontWeight: 'bold', text: (l: string) => l }),
    ],
  });
  return drawnChart(svg, texts(dataset, data, lang), table(dataset, data, lang), { width, height, idPrefix });
}
