/**
 * Chart "linimasa": when each launch, agreement or handover happened, only
 * as precisely as the report says. Day-dated events are dots; an event known
 * only to the year is a hatched span over the whole year, labelled "date not
 * reported" — never a dot on 1 January. Drawing only.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '@/lib/dataset-schema.ts';
import { formatDate, monthName, type Lang } from '@/lib/format.ts';
import type { Event } from '@/lib/schema.ts';
import { BACKGROUND, COLORS } from './palette.ts';
import { citedOutlets, outlets } from './sources.ts';
import { drawnChart } from './svg-finish.ts';
import { timelineData, type TimelineData, type TimelineItem } from './timeline-data.ts';
import type { BuildOptions, DrawnChart, ChartTable, ChartText } from './types.ts';
import { messages, pick } from '@/lib/i18n.ts';
import { plotFrame } from './frame.ts';

/** Row height and the mark's offset below the row's centre; phones get the date on its own line. */
const LAYOUT = { wide: { row: 44, mark: 8 }, narrow: { row: 60, mark: 14 } } as const;

function rowLabel(item: TimelineItem, lang: Lang): string {
  return `${item.place} · ${messages(lang).eventKind[item.event.kind]}`;
}

function dateLabel(item: TimelineItem, lang: Lang): string {
  return item.event.date.precision === 'day' ? formatDate(item.event.date, lang) : `${formatDate(item.event.date, lang)}, ${messages(lang).charts.timeline.notReported}`;
}

function texts(dataset: Dataset, data: TimelineData, lang: Lang): ChartText {
  const w = messages(lang).charts.timeline;
  const title = (e: Event) => pick(e, 'title', lang);
  const notes: string[] = [];
  for (const item of data.items) {
    const note = pick(item.event, 'date_note', lang);
    if (note) notes.push(`${title(item.event)}: ${note}`);
  }
  if (data.outside.length > 0) notes.push(w.outside(data.outside.map((i) => `${title(i.event)} (${formatDate(i.event.date, lang)})`).join('; '), data.year));
  return {
    title: w.title,
    subtitle: w.subtitle(data.year),
    description: w.description(data.year, data.items.map((i) => `${dateLabel(i, lang)}: ${title(i.event)}`).join('; ')),
    notes,
    sources: citedOutlets(dataset, [...data.sources, ...data.outside.map((i) => i.event.source)], lang),
    legend: [
      { label: w.dated, color: COLORS.event, mark: 'dot' },
      ...(data.items.some((i) => i.event.date.precision !== 'day') ? [{ label: w.yearOnly, color: COLORS.uncertain, mark: 'span' as const }] : []),
    ],
  };
}

function table(dataset: Dataset, data: TimelineData, lang: Lang): ChartTable {
  const w = messages(lang).charts.timeline;
  const all = [...data.outside, ...data.items];
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const outlet = (i: TimelineItem) => outlets(dataset, [i.event.source]).join(', ');
  return {
    header: [...w.header],
    numeric: [false, false, false, false, false],
    rows: all.map((i) => [formatDate(i.event.date, lang), w.precision[i.event.date.precision], i.place, pick(i.event, 'title', lang), outlet(i)]),
    csvHeader: [...w.csvHeader],
    csvRows: all.map((i) => [
      i.event.date.iso, w.precision[i.event.date.precision], day(i.start), day(new Date(i.end.getTime() - 86_400_000)), i.place, i.event.kind,
      pick(i.event, 'title', lang), i.event.id, outlet(i),
    ]),
  };
}

export function timelineChart(dataset: Dataset, { lang, document, width = 640, idPrefix = 'jc-linimasa', background = BACKGROUND.page }: BuildOptions): DrawnChart {
  const data = timelineData(dataset);
  const w = messages(lang).charts.timeline;
  const narrow = width < 480;
  const { row: ROW, mark: MARK_Y } = LAYOUT[narrow ? 'narrow' : 'wide'];
  const lanes = data.items.map((i) => i.event.id);
  const height = 8 + lanes.length * ROW + 28;
  const from = new Date(Date.UTC(data.year, 0, 1));
  const to = new Date(Date.UTC(data.year + 1, 0, 1));
  const ticks = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(data.year, m, 1))).filter((_, m) => !narrow || m % 3 === 0);
  const dated = data.items.filter((i) => i.event.date.precision === 'day');
  const spans = data.items.filter((i) => i.event.date.precision !== 'day');
  const id = (i: TimelineItem) => i.event.id;
  const svg = Plot.plot({
    ...plotFrame(document, width, height, [8, 14, 28, 10]),
    x: { type: 'utc', domain: [from, to], grid: true, label: null, ticks, tickFormat: (d: Date) => monthName(d.getUTCMonth() + 1, lang, true) },
    y: { domain: lanes, axis: null, padding: 0 },
    marks: [
      Plot.ruleY(data.items, { y: id, dy: MARK_Y, stroke: 'currentColor', strokeOpacity: 0.25 }),
      Plot.rectX(spans, { y: id, x1: 'start', x2: 'end', fill: COLORS.uncertain, fillOpacity: 0.25, stroke: COLORS.uncertain, strokeDasharray: '4 3', insetTop: ROW / 2 + MARK_Y - 8, insetBottom: ROW / 2 - MARK_Y - 8 }),
      Plot.text(spans, { y: id, x: (i: TimelineItem) => new Date((i.start.getTime() + i.end.getTime()) / 2), dy: MARK_Y, text: () => w.notReported, fontStyle: 'italic' }),
      Plot.dot(dated, { y: id, x: 'start', dy: MARK_Y, r: 6, fill: COLORS.event, stroke: background, strokeWidth: 1.5 }),
      Plot.text(data.items, {
        y: id, frameAnchor: 'left', dy: -ROW / 2 + 5, lineAnchor: 'top', textAnchor: 'start',
        text: (i: TimelineItem) => (i.event.date.precision === 'day' ? `${rowLabel(i, lang)}${narrow ? '\n' : ' · '}${formatDate(i.event.date, lang)}` : rowLabel(i, lang)),
      }),
    ],
  });
  return drawnChart(svg, texts(dataset, data, lang), table(dataset, data, lang), { width, height, idPrefix });
}
