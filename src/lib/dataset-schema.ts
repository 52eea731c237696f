import { z } from 'zod';
import {
  UNITS, QUALIFIERS,
  CHECK_KINDS, CheckSchema, EventSchema, FigureSchema, NoteSchema, ParticipantSchema, QuoteSchema, RegencySchema,
  SourceSchema, UpdateSchema, CorrectionSchema,
} from './schema.ts';
import { TrackerSchema } from './tracker.ts';

/**
 * The normalised dataset the pipeline writes and every page reads
 * (published at /data/dataset.json). Pages parse it with this schema rather
 * than trusting a cast.
 */
export const DerivedTermSchema = z.object({
  figure: z.string().nullable(),
  value: z.number(),
  /** The range the term may lie in (its rounding, or a split that does not add up); null when exact. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.enum(['tepat', 'sekitar']),
  label_id: z.string(),
  label_en: z.string(),
});

/** What a derived figure is, so pages find it by meaning rather than by id or value. */
export const DERIVED_ROLES = [
  'pekerja-rentan-terlindungi', 'pegawai-non-asn-terlindungi', 'peserta-terkait-apbd-provinsi', 'bagian-target-provinsi',
  'biaya-per-pekerja-bulan',
] as const;
export type DerivedRole = (typeof DERIVED_ROLES)[number];

export const DerivedFigureSchema = z.object({
  id: z.string(),
  role: z.enum(DERIVED_ROLES),
  label_id: z.string(),
  label_en: z.string(),
  /** The value from the published numbers as printed. */
  value: z.number(),
  /** The range its inputs allow (rounding, inconsistent splits); null when the value is exact. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** "sekitar" when any input is approximate or the value is a range. */
  qualifier: z.enum(['tepat', 'sekitar']),
  /** Significant digits worth showing (one more than the least precise input); null: all. */
  significant: z.number().int().positive().nullable(),
  unit: z.enum(UNITS).extract(['pekerja', 'rupiah', 'persen']),
  operation: z.enum(['sum', 'divide', 'share']),
  terms: z.array(DerivedTermSchema),
  regency: z.string().nullable(),
  note_id: z.string().nullable(),
  note_en: z.string().nullable(),
  /** What the figure rests on: inference and contradiction notes (notes.csv) and failed checks (checks.csv). */
  basis: z.object({ notes: z.array(z.string()), checks: z.array(z.string()) }),
});

export const CheckResultSchema = z.object({
  id: z.string(),
  kind: z.enum(CHECK_KINDS),
  target: z.string(),
  targetValue: z.number(),
  inputs: z.array(z.object({ figure: z.string().nullable(), value: z.number() })),
  computed: z.number(),
  tolerance: z.number(),
  agrees: z.boolean(),
  label_id: z.string(),
  label_en: z.string(),
  regency: z.string().nullable(),
  sources: z.array(z.string()),
});

export const REGENCY_STATUSES = ['figures', 'provincial-launch', 'none'] as const;
export const RegencyStatusSchema = z.object({
  kode: z.string(),
  status: z.enum(REGENCY_STATUSES),
  /** The regency's headline enrolment count, if a report publishes one. */
  workers: z.number().nullable(),
  /** How the report gives that count: exact, "sekitar" (about) or "lebih dari"; travels with it to every label. */
  qualifier: z.enum(QUALIFIERS).nullable(),
  headlineFigure: z.string().nullable(),
  /** Why the status is what it is, e.g. the participant row naming its regent at the provincial launch. */
  basis: z.array(z.string()),
});

export const DatasetSchema = z.object({
  generated: z.object({ inputs: z.array(z.object({ file: z.string(), sha256: z.string() })) }),
  sources: z.array(SourceSchema),
  regencies: z.array(RegencySchema),
  /** In reading order (buildDataset sorts them once): dated days first within a year, then month-only, then year-only dates; ties by id. */
  events: z.array(EventSchema),
  participants: z.array(ParticipantSchema),
  figures: z.array(FigureSchema),
  quotes: z.array(QuoteSchema),
  checks: z.array(CheckSchema),
  notes: z.array(NoteSchema),
  /** Newest first. */
  updates: z.array(UpdateSchema),
  corrections: z.array(CorrectionSchema),
  tracker: TrackerSchema,
  derived: z.array(DerivedFigureSchema),
  checkResults: z.array(CheckResultSchema),
  status: z.array(RegencyStatusSchema),
});

export type DerivedTerm = z.infer<typeof DerivedTermSchema>;
export type DerivedFigure = z.infer<typeof DerivedFigureSchema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type RegencyStatus = z.infer<typeof RegencyStatusSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
