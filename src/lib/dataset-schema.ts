import { z } from 'zod';
import {
  UNITS,
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
  label_id: z.string(),
  label_en: z.string(),
});

export const DerivedFigureSchema = z.object({
  id: z.string(),
  label_id: z.string(),
  label_en: z.string(),
  value: z.number(),
  unit: z.enum(UNITS).extract(['pekerja', 'rupiah', 'persen']),
  operation: z.enum(['sum', 'divide', 'share']),
  terms: z.array(DerivedTermSchema),
  regency: z.string().nullable(),
  note_id: z.string().nullable(),
  note_en: z.string().nullable(),
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
  headlineFigure: z.string().nullable(),
  /** Why the status is what it is, e.g. the participant row naming its regent at the provincial launch. */
  basis: z.array(z.string()),
});

export const DatasetSchema = z.object({
  generated: z.object({ inputs: z.array(z.object({ file: z.string(), sha256: z.string() })) }),
  sources: z.array(SourceSchema),
  regencies: z.array(RegencySchema),
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
