/**
 * The data behind the status map (/embed/peta/, payung-peta-status-kabupaten-*):
 * one row per regency with its status and headline count. "No published data"
 * stays a status, never a 0.
 */
import type { Dataset } from '@/lib/dataset-schema.ts';
import type { Lang } from '@/lib/format.ts';
import { formatNumber, formatQualified } from '@/lib/format.ts';
import { regionName } from '@/lib/regency-name.ts';
import { regencyStatuses } from '@/lib/views.ts';
import { citedOutlets, outlets } from './sources.ts';
import type { ChartTable } from './types.ts';
import { messages, pick } from '@/lib/i18n.ts';


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
    rows.push([r.kode, regionName(r), messages(lang).statusLabel[s.status], s.workers === null ? '—' : formatQualified(s.workers, s.qualifier, lang), source]);
    // The qualifier travels with the number: "sekitar" in its own column, never lost in a spreadsheet.
    csvRows.push([r.kode, regionName(r), s.status, s.workers, s.qualifier, s.headlineFigure, source]);
  }
  return { header: [...w.header], numeric: [false, false, false, true, false], rows, csvHeader: [...w.csvHeader], csvRows };
}

export function mapText(d: Dataset, lang: Lang): MapFigureText {
  const w = messages(lang).charts.mapTable;
  const withFigures = d.status.filter((s) => s.status === 'figures' && s.workers !== null);
  const names = new Map(d.regencies.map((r) => [r.kode, regionName(r)]));
  const list = withFigures.map((s) => `${names.get(s.kode)} ${formatQualified(s.workers ?? 0, s.qualifier, lang)}`).join(', ');
  const all = formatNumber(d.regencies.length, lang);
  const some = formatNumber(withFigures.length, lang);
  const sourceIds = d.status.flatMap((s) => s.basis.map((id) => d.figures.find((f) => f.id === id)?.source ?? d.participants.find((p) => p.id === id)?.source ?? d.events.find((e) => e.id === id)?.source ?? ''));
  return {
    title: w.title,
    subtitle: w.subtitle,
    description: w.description(all, some, list),
    notes: [
      ...w.notes,
      // Notes the editors attached to a headline count (e.g. Nagekeo's includes non-civil-servant staff).
      ...d.notes.filter((n) => n.figure !== null && d.status.some((s) => s.headlineFigure === n.figure)).map((n) => pick(n, 'text', lang)),
    ],
    sources: citedOutlets(d, sourceIds, lang),
    credit: messages(lang).credits.mapData,
  };
}
