/**
 * The data behind the status map (/embed/peta/, payung-peta-status-kabupaten-*):
 * one row per regency with its status and headline count. "No published data"
 * stays a status, never a 0.
 */
import type { Dataset } from '../lib/dataset-schema.ts';
import type { Lang } from '../lib/format.ts';
import { formatNumber, formatQualified } from '../lib/format.ts';
import { STATUS_LABEL } from '../lib/i18n.ts';
import { regionName } from '../lib/regency-name.ts';
import { citedOutlets, outlets } from './sources.ts';
import type { ChartTable } from './types.ts';

const WORDS = {
  id: {
    title: 'Peta: kabupaten/kota dengan angka peserta terbit',
    subtitle: 'Pekerja rentan terdaftar BPJS Ketenagakerjaan menurut berita, per kabupaten/kota di NTT (angka bukan per kapita)',
    header: ['Kode', 'Kabupaten/kota', 'Status', 'Pekerja terdaftar', 'Sumber'],
    csvHeader: ['kode', 'kabupaten_kota', 'status', 'pekerja', 'kualifikasi', 'angka', 'sumber'],
    notes: [
      'Arsiran berarti tidak ada angka terbit dalam sumber kami — bukan nol.',
      '~ di depan angka: berita menulis “sekitar”.',
    ],
    credit: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), kode Kepmendagri 300.2.2-2430/2025; daratan sekitar: Natural Earth',
  },
  en: {
    title: 'Map: regencies with published enrolment figures',
    subtitle: 'Vulnerable workers enrolled in BPJS Ketenagakerjaan according to the reports, by regency in NTT (counts, not per capita)',
    header: ['Code', 'Regency', 'Status', 'Workers enrolled', 'Source'],
    csvHeader: ['kode', 'regency', 'status', 'workers', 'qualifier', 'figure', 'source'],
    notes: [
      'Hatching means no published figure in our sources — not zero.',
      '~ before a number: the report says “about”.',
    ],
    credit: 'Boundaries: cahyadsn/wilayah_boundaries (MIT), codes Kepmendagri 300.2.2-2430/2025; surrounding land: Natural Earth',
  },
} as const;

export interface MapText {
  title: string;
  subtitle: string;
  description: string;
  notes: string[];
  sources: string[];
  credit: string;
}

export function mapTable(d: Dataset, lang: Lang): ChartTable {
  const w = WORDS[lang];
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const rows: string[][] = [];
  const csvRows: ChartTable['csvRows'] = [];
  for (const r of d.regencies) {
    const s = d.status.find((x) => x.kode === r.kode);
    if (!s) continue;
    const headline = s.headlineFigure ? figures.get(s.headlineFigure) : undefined;
    const source = headline ? outlets(d, [headline.source]).join(', ') : '';
    rows.push([r.kode, regionName(r), STATUS_LABEL[lang][s.status], s.workers === null ? '—' : formatQualified(s.workers, s.qualifier, lang), source]);
    // The qualifier travels with the number: "sekitar" in its own column, never lost in a spreadsheet.
    csvRows.push([r.kode, regionName(r), s.status, s.workers, s.qualifier, s.headlineFigure, source]);
  }
  return { header: [...w.header], numeric: [false, false, false, true, false], rows, csvHeader: [...w.csvHeader], csvRows };
}

export function mapText(d: Dataset, lang: Lang): MapText {
  const w = WORDS[lang];
  const withFigures = d.status.filter((s) => s.status === 'figures' && s.workers !== null);
  const names = new Map(d.regencies.map((r) => [r.kode, regionName(r)]));
  const list = withFigures.map((s) => `${names.get(s.kode)} ${formatQualified(s.workers ?? 0, s.qualifier, lang)}`).join(', ');
  const all = formatNumber(d.regencies.length, lang);
  const some = formatNumber(withFigures.length, lang);
  const sourceIds = d.status.flatMap((s) => s.basis.map((id) => d.figures.find((f) => f.id === id)?.source ?? d.participants.find((p) => p.id === id)?.source ?? d.events.find((e) => e.id === id)?.source ?? ''));
  return {
    title: w.title,
    subtitle: w.subtitle,
    description:
      lang === 'id'
        ? `Peta ${all} kabupaten/kota di NTT. ${some} punya angka terbit: ${list}. Wilayah lain diarsir: tanpa angka terbit.`
        : `Map of the ${all} regencies of NTT. ${some} have published figures: ${list}. The others are hatched: no published figure.`,
    notes: [
      ...w.notes,
      // Notes the editors attached to a headline count (e.g. Nagekeo's includes non-civil-servant staff).
      ...d.notes.filter((n) => n.figure !== null && d.status.some((s) => s.headlineFigure === n.figure)).map((n) => (lang === 'id' ? n.text_id : n.text_en)),
    ],
    sources: citedOutlets(d, sourceIds, lang),
    credit: w.credit,
  };
}
