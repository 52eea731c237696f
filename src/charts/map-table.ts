/**
 * The data behind the status map (/embed/peta/, payung-peta-status-kabupaten-*):
 * one row per regency with its status and headline count. "No published data"
 * stays a status, never a 0.
 */
import type { Dataset } from '../lib/dataset-schema.ts';
import type { Lang } from '../lib/format.ts';
import { formatNumber } from '../lib/format.ts';
import { regionName } from '../lib/regency-name.ts';
import { regencyStatuses } from '../lib/views.ts';
import { outlets } from './sources.ts';
import type { ChartTable } from './types.ts';
import { messages, pick } from '../lib/i18n.ts';

export interface MapFigureText {
  title: string;
  subtitle: string;
  description: string;
  notes: string[];
  sources: string[];
  credit: string;
}

export function mapTable(d: Dataset, lang: Lang): ChartTable {
  const w = messages(lang).charts.mapTable;
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const rows: string[][] = [];
  const csvRows: ChartTable['csvRows'] = [];
  for (const { regency: r, status: s } of regencyStatuses(d)) {
    const headline = s.headlineFigure ? figures.get(s.headlineFigure) : undefined;
    const source = headline ? outlets(d, [headline.source]).join(', ') : '';
    rows.push([r.kode, regionName(r), messages(lang).statusLabel[s.status], s.workers === null ? '—' : formatNumber(s.workers, lang), source]);
    csvRows.push([r.kode, regionName(r), s.status, s.workers, s.headlineFigure, source]);
  }
  return { header: [...w.header], numeric: [false, false, false, true, false], rows, csvHeader: [...w.csvHeader], csvRows };
}

export function mapText(d: Dataset, lang: Lang): MapFigureText {
  const w = messages(lang).charts.mapTable;
  const withFigures = d.status.filter((s) => s.status === 'figures' && s.workers !== null);
  const names = new Map(d.regencies.map((r) => [r.kode, regionName(r)]));
  const list = withFigures.map((s) => `${names.get(s.kode)} ${formatNumber(s.workers ?? 0, lang)}`).join(', ');
  const sourceIds = d.status.flatMap((s) => s.basis.map((id) => d.figures.find((f) => f.id === id)?.source ?? d.participants.find((p) => p.id === id)?.source ?? d.events.find((e) => e.id === id)?.source ?? ''));
  return {
    title: w.title,
    subtitle: w.subtitle,
    description: w.description(withFigures.length, list),
    notes: [
      ...w.notes,
      // Notes the editors attached to a headline count (e.g. Nagekeo's includes non-civil-servant staff).
      ...d.notes.filter((n) => n.figure !== null && d.status.some((s) => s.headlineFigure === n.figure)).map((n) => pick(n, 'text', lang)),
    ],
    sources: outlets(d, sourceIds),
    credit: messages(lang).credits.mapData,
  };
}
