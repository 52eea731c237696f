import { CSV_RESOURCE } from './datapackage.ts';
import { z } from 'zod';
import { PartialDateSchema } from './columns.ts';
import type { Cell } from './csv-write.ts';
import { CheckResultSchema, DerivedFigureSchema, RegencyStatusSchema, type Dataset } from './dataset-schema.ts';
import { formatDate, type Lang } from './format.ts';
import { messages, type Messages } from './i18n.ts';
import { officialName } from './regency-name.ts';
import {
  CorrectionSchema, EventSchema, FigureSchema, NoteSchema, RegencySchema, SourceSchema, UpdateSchema,
} from './schema.ts';
import { LatestReportSchema, updateRegencies } from './tracker.ts';
import { correctionRegencies } from './tracker-views.ts';
import { regencyView } from './views.ts';

/**
 * One regency's data as a citable file (/data/kabupaten/<slug>.json and .csv):
 * its figures, events, notes and sources with the metadata a citation needs.
 * The zod schema below is the one source: the published JSON Schema is
 * generated from it.
 */
const Bilingual = z.object({ id: z.string(), en: z.string() });

export const RegencyDataSchema = z.object({
  $schema: z.string().describe('URL of the JSON Schema this file follows'),
  title: Bilingual.describe('Title of this file'),
  citation: Bilingual.describe('How to cite this file'),
  licence: Bilingual.describe('Licence and rights of what the file holds'),
  url: z.string().describe('The regency page this file belongs to'),
  lastUpdated: PartialDateSchema.nullable().describe('Date of the latest update that concerns this regency'),
  regency: RegencySchema,
  status: RegencyStatusSchema,
  latestReport: LatestReportSchema.nullable(),
  figures: z.array(FigureSchema),
  derived: z.array(DerivedFigureSchema),
  checks: z.array(CheckResultSchema),
  events: z.array(EventSchema),
  notes: z.array(NoteSchema),
  sources: z.array(SourceSchema),
  updates: z.array(UpdateSchema),
  corrections: z.array(CorrectionSchema),
}).strict();

export type RegencyData = z.infer<typeof RegencyDataSchema>;

/** The published JSON Schema (draft 2020-12), generated from RegencyDataSchema. */
export function regencyJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(RegencyDataSchema, { target: 'draft-2020-12', io: 'output' }), $id: id, title: 'Regency data / Data kabupaten' };
}

export interface RegencyDataMeta {
  siteName: string;
  /** Absolute URLs. */
  schemaUrl: string;
  pageUrl: string;
  fileUrl: string;
  licence: { id: string; en: string };
}

export function regencyData(d: Dataset, kode: string, meta: RegencyDataMeta): RegencyData {
  const v = regencyView(d, kode);
  const tracking = d.tracker.regencies.find((r) => r.kode === kode)!;
  const name = officialName(v.regency);
  const updated = tracking.lastUpdated;
  const outlets = v.sources.map((s) => s.outlet).join('; ');
  const both = (words: (t: Messages['regencyFile'], lang: Lang) => string) => ({ id: words(messages('id').regencyFile, 'id'), en: words(messages('en').regencyFile, 'en') });
  return {
    $schema: meta.schemaUrl,
    title: both((t) => t.title(meta.siteName, name)),
    citation: both((t, lang) => t.citation(meta.siteName, name, updated ? formatDate(updated, lang) : null, meta.pageUrl, meta.fileUrl, outlets)),
    licence: meta.licence,
    url: meta.pageUrl,
    lastUpdated: updated,
    regency: v.regency,
    status: v.status,
    latestReport: tracking.latestReport,
    figures: v.figures,
    derived: v.derived,
    checks: v.checks,
    events: [...v.events.map((e) => e.event), ...v.appearances.map((a) => a.event)],
    notes: v.notes,
    sources: v.sources,
    updates: d.updates.filter((u) => updateRegencies(u, d).includes(kode)),
    corrections: d.corrections.filter((c) => correctionRegencies(d, c).includes(kode)),
  };
}

/** Columns of /data/kabupaten/<slug>.csv with what each holds (for datapackage.json and readers). */
export const REGENCY_CSV_COLUMNS = {
  record: 'Jenis baris / Row kind: figure | derived | event | note | check | source | update | correction',
  id: 'Kode baris di tabelnya / Id of the row in its table',
  date: 'Tanggal (peristiwa, terbit, pembaruan, koreksi), setepat sumbernya / Date, as precise as its source',
  value: 'Nilai angka (angka, turunan) atau hasil hitung (check) / Value of a figure, derived figure or check',
  unit: 'Satuan / Unit',
  qualifier: 'tepat | sekitar | lebih-dari; untuk check: agrees | disagrees / Exact, approximate, lower bound; a check’s verdict',
  label_id: 'Label, judul atau isi (Indonesia); koreksi: yang tertulis sebelumnya / Label, title or text in Indonesian; correction: what it said before',
  label_en: 'Label, judul atau isi (Inggris); koreksi: yang tertulis sekarang / Label, title or text in English; correction: what it says now',
  source: 'Kode sumber (dipisah "|"); koreksi: tabel:kode yang dikoreksi / Source ids; correction: table:id corrected',
  quote: 'Kalimat persis dari berita / Exact sentence from the report',
  note_id: 'Catatan atau ringkasan (Indonesia) / Note or summary in Indonesian',
  note_en: 'Catatan atau ringkasan (Inggris) / Note or summary in English',
} as const;
export const REGENCY_CSV_HEADER = Object.keys(REGENCY_CSV_COLUMNS) as (keyof typeof REGENCY_CSV_COLUMNS)[];

/** The same data as one long table: one row per figure, event, note, source, update and correction. */
export function regencyCsvRows(data: RegencyData): Cell[][] {
  return [
    ...data.figures.map((f): Cell[] => ['figure', f.id, null, f.value, f.unit, f.qualifier, f.label_id, f.label_en, f.source, f.quote, f.note_id, f.note_en]),
    ...data.derived.map((x): Cell[] => ['derived', x.id, null, x.value, x.unit, null, x.label_id, x.label_en, null, null, x.note_id, x.note_en]),
    ...data.events.map((e): Cell[] => ['event', e.id, e.date.iso, null, null, null, e.title_id, e.title_en, e.source, e.quote, e.summary_id, e.summary_en]),
    ...data.notes.map((n): Cell[] => ['note', n.id, null, null, null, null, n.text_id, n.text_en, n.sources.join('|'), null, null, null]),
    ...data.checks.map((c): Cell[] => ['check', c.id, null, c.computed, null, c.agrees ? 'agrees' : 'disagrees', c.label_id, c.label_en, c.sources.join('|'), null, null, null]),
    ...data.sources.map((s): Cell[] => ['source', s.id, s.published?.iso ?? null, null, null, null, s.outlet, s.outlet, s.id, s.lede, s.headline, null]),
    ...data.updates.map((u): Cell[] => ['update', u.id, u.date.iso, null, null, null, u.title_id, u.title_en, u.sources.join('|'), null, u.summary_id, u.summary_en]),
    ...data.corrections.map((c): Cell[] => ['correction', c.id, c.date.iso, null, null, null, c.was, c.now, `${c.table}:${c.record}`, null, c.reason_id, c.reason_en]),
  ];
}

/**
 * Data Package resources for the per-regency files (one CSV and one JSON per
 * regency), to sit beside the tables in /data/datapackage.json. Paths are
 * relative to /data/.
 */
export function regencyResources(slugs: readonly string[]): object[] {
  return slugs.flatMap((slug) => [
    {
      name: `kabupaten-${slug}-csv`,
      path: `kabupaten/${slug}.csv`,
      ...CSV_RESOURCE,
      schema: {
        fields: REGENCY_CSV_HEADER.map((name) => ({
          name,
          type: name === 'value' ? 'number' : 'string',
          description: REGENCY_CSV_COLUMNS[name],
        })),
      },
    },
    {
      name: `kabupaten-${slug}-json`,
      path: `kabupaten/${slug}.json`,
      profile: 'data-resource',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      description: 'Figures, events, notes, sources, updates and corrections of one regency, with title, citation, licence and last-updated date; follows kabupaten/schema.json (JSON Schema 2020-12).',
      jsonSchema: 'kabupaten/schema.json',
    },
  ]);
}
