/**
 * Chart "peserta-per-kabupaten": documented enrolments by regency, split by
 * who pays, on one scale with the provincial target of 100.000 workers.
 * Drawing only; the numbers come from enrolment-data.ts.
 */
import * as Plot from '@observablehq/plot';
import { checkArithmetic, formatDerived } from '@/lib/arithmetic.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import { formatNumber, type Lang } from '@/lib/format.ts';
import { enrolmentData, type EnrolmentData, type Segment } from './enrolment-data.ts';
import { BACKGROUND, COLORS } from './palette.ts';
import { citedOutlets, outlets } from './sources.ts';
import { drawnChart } from './svg-finish.ts';
import type { BuildOptions, DrawnChart, ChartText, ChartTable, LegendItem } from './types.ts';
import { messages, pick } from '@/lib/i18n.ts';
import { plotFrame } from './frame.ts';

const ROW = 46;
const BAR_TOP = 22;
const BAR_BOTTOM = 6;


function valueLabel(row: EnrolmentData['rows'][number], lang: Lang): string {
  const w = messages(lang).charts.enrolment;
  const n = (v: number) => formatNumber(v, lang);
  if (row.check && !row.check.agrees) {
    return w.partsMismatch(n(row.partsSum), row.headline.qualifier === 'sekitar' ? w.about : '', n(row.headline.value));
  }
  const staff = row.parts.find((p) => p.segment === 'staff');
  return staff ? w.includesStaff(n(row.headline.value), n(staff.value)) : n(row.headline.value);
}

function texts(dataset: Dataset, data: EnrolmentData, lang: Lang): ChartText {
  const w = messages(lang).charts.enrolment;
  const n = (v: number) => formatNumber(v, lang);
  const target = data.target?.value ?? 0;
  const share = data.share ? formatDerived(data.share, lang) : '—';
  const paid = data.provincial ? formatDerived(data.provincial, lang) : '—';
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const notes: string[] = [];
  for (const row of data.rows) {
    if (row.check && !row.check.agrees) notes.push(w.mismatchNote(row.name, checkArithmetic(row.check, figures, lang)));
  }
  for (const row of data.rows) notes.push(...row.notes.map((note) => note[lang]));
  const paidNote = data.share ? pick(data.share, 'note', lang) : null;
  if (paidNote) notes.push(paidNote);
  const present = new Set(data.rows.flatMap((r) => r.parts.map((p) => p.segment)));
  const legend: LegendItem[] = [
    ...(['province', 'regency', 'staff', 'unknown'] as const)
      .filter((s) => present.has(s))
      .map((s): LegendItem => ({ label: w.segment[s], color: SEGMENT_COLOR[s], mark: 'bar' })),
    ...(data.target ? [{ label: w.target(n(target)), color: COLORS.province, mark: 'span' } as LegendItem] : []),
    ...(data.rows.some((r) => r.check && !r.check.agrees) ? [{ label: w.published, color: 'currentColor', mark: 'rule' } as LegendItem] : []),
  ];
  return {
    title: w.title,
    subtitle: w.subtitle(n(target)),
    description: w.description(data.rows.map((r) => `${r.name} ${valueLabel(r, lang)}`).join('; '), paid, n(target), share),
    notes,
    sources: citedOutlets(dataset, data.sources, lang),
    legend,
  };
}

const SEGMENT_COLOR: Record<Segment, string> = { province: COLORS.province, regency: COLORS.regency, staff: COLORS.staff, unknown: COLORS.uncertain };

function table(dataset: Dataset, data: EnrolmentData, lang: Lang): ChartTable {
  const w = messages(lang).charts.enrolment;
  const n = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v, lang));
  const sum = (row: EnrolmentData['rows'][number], s: Segment) => {
    const parts = row.parts.filter((p) => p.segment === s);
    return parts.length === 0 ? undefined : parts.reduce((t, p) => t + p.value, 0);
  };
  const outlet = (ids: string[]) => outlets(dataset, ids).join(', ');
  const rows = data.rows.map((r) => [
    r.name, n(sum(r, 'province')), n(sum(r, 'regency')), n(sum(r, 'staff')), n(r.partsSum),
    `${r.headline.qualifier === 'sekitar' ? w.about : ''}${n(r.headline.value)}`, outlet(r.sources),
  ]);
  rows.push([w.all, data.provincial ? formatDerived(data.provincial, lang) : '—', '', '', '', data.target ? `${w.target(n(data.target.value))}` : '', data.target ? outlet([data.target.source]) : '']);
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const payer = (s: Segment) => w.segment[s];
  const csvRows = [
    ...data.rows.flatMap((r) => [
      ...r.parts.map((p) => [r.kode, r.name, w.rowKind.part, payer(p.segment), p.value, figures.get(p.figure)?.qualifier ?? null, null, null, p.figure, outlet([figures.get(p.figure)?.source ?? ''])]),
      [r.kode, r.name, w.rowKind.headline, null, r.headline.value, r.headline.qualifier, null, null, r.headline.id, outlet([r.headline.source])],
    ]),
    ...(data.provincial
      ? [['53', 'NTT', w.rowKind.paid, payer('province'), data.provincial.value, data.provincial.qualifier, data.provincial.low, data.provincial.high, data.provincial.id, null]]
      : []),
    ...(data.target ? [['53', 'NTT', w.rowKind.target, payer('province'), data.target.value, data.target.qualifier, null, null, data.target.id, outlet([data.target.source])]] : []),
  ];
  return { header: [...w.header], numeric: [false, true, true, true, true, true, false], rows, csvHeader: [...w.csvHeader], csvRows };
}

export function enrolmentChart(dataset: Dataset, { lang, document, width = 640, idPrefix = 'jc-peserta', background = BACKGROUND.page }: BuildOptions): DrawnChart {
  const data = enrolmentData(dataset);
  const w = messages(lang).charts.enrolment;
  const n = (v: number) => formatNumber(v, lang);
  const target = data.target?.value ?? Math.max(...data.rows.map((r) => r.partsSum));
  const lanes = [...(data.target ? [w.targetRow] : []), ...data.rows.map((r) => r.name)];
  const height = 28 + lanes.length * ROW + 8;
  const parts = data.rows.flatMap((r) => r.parts.map((p) => ({ lane: r.name, segment: p.segment, value: p.value })));
  const mismatched = data.rows.filter((r) => r.check && !r.check.agrees);
  const narrow = width < 480;
  const paidValue = data.provincial?.value ?? 0;
  const mid = (BAR_TOP - BAR_BOTTOM) / 2;
  const svg = Plot.plot({
    ...plotFrame(document, width, height, [28, narrow ? 24 : 36, 8, 4]),
    x: { domain: [0, target], axis: 'top', grid: true, label: null, ticks: narrow ? 2 : 4, tickFormat: (v: number) => n(v) },
    y: { domain: lanes, axis: null, padding: 0 },
    color: { domain: [...Object.keys(SEGMENT_COLOR)], range: Object.values(SEGMENT_COLOR) },
    marks: [
      ...(data.target
        ? [
            Plot.barX([{ lane: w.targetRow, value: target }], { y: 'lane', x: 'value', fill: 'none', stroke: COLORS.province, strokeDasharray: '4 3', insetTop: BAR_TOP, insetBottom: BAR_BOTTOM }),
            Plot.barX([{ lane: w.targetRow, value: paidValue }], { y: 'lane', x: 'value', fill: COLORS.province, insetTop: BAR_TOP, insetBottom: BAR_BOTTOM }),
            Plot.text([{ lane: w.targetRow, value: paidValue }], {
              y: 'lane', x: 'value', dx: 5, dy: mid, textAnchor: 'start',
              text: () => w.ofTarget(data.provincial ? formatDerived(data.provincial, lang) : '—', n(target), data.share ? formatDerived(data.share, lang) : '—'),
            }),
          ]
        : []),
      Plot.barX(parts, Plot.stackX({ y: 'lane', x: 'value', fill: 'segment', stroke: background, strokeWidth: 0.5, insetTop: BAR_TOP, insetBottom: BAR_BOTTOM })),
      Plot.tickX(mismatched, { y: 'name', x: (r: (typeof mismatched)[number]) => r.headline.value, stroke: 'currentColor', strokeWidth: 2, insetTop: BAR_TOP - 4, insetBottom: BAR_BOTTOM - 4 }),
      Plot.text(data.rows, { y: 'name', x: (r: (typeof data.rows)[number]) => Math.max(r.partsSum, r.headline.value), dx: 5, dy: mid, textAnchor: 'start', text: (r: (typeof data.rows)[number]) => valueLabel(r, lang) }),
      Plot.text(lanes, { y: (l: string) => l, frameAnchor: 'left', dy: -ROW / 2 + 10, textAnchor: 'start', fontWeight: 'bold', text: (l: string) => l }),
    ],
  });
  return drawnChart(svg, texts(dataset, data, lang), table(dataset, data, lang), { width, height, idPrefix });
}
