import { z } from 'zod';
import { PartialDateSchema } from './columns.ts';
import { dateSortKey, firstDay, type PartialDate } from './partial-date.ts';
import type { Tables, Update } from './schema.ts';

/**
 * How current the site is, computed once in the pipeline: when each regency
 * was last updated here, and how old its latest news report was on the day of
 * the site's latest update. Measured against that day (not the build's clock)
 * so the same data always builds the same pages.
 */
export const LatestReportSchema = z.object({
  source: z.string(),
  /** The report's publication date, or — when the report is undated — the latest event it describes. */
  date: PartialDateSchema,
  basis: z.enum(['published', 'event']),
  /** Whole months from `date` (its first possible day) to `asOf`; 0 when less than a month. */
  monthsBefore: z.number().int().min(0),
});

export const RegencyTrackingSchema = z.object({
  kode: z.string(),
  /** The latest update that concerns this regency (or the whole dataset). */
  lastUpdate: z.string().nullable(),
  lastUpdated: PartialDateSchema.nullable(),
  latestReport: LatestReportSchema.nullable(),
});

export const TrackerSchema = z.object({
  /** The site's first update: since when it has been watching. */
  watchingSince: PartialDateSchema.nullable(),
  /** The site's latest update: the day staleness is measured against. */
  asOf: PartialDateSchema.nullable(),
  regencies: z.array(RegencyTrackingSchema),
});

export type LatestReport = z.infer<typeof LatestReportSchema>;
export type RegencyTracking = z.infer<typeof RegencyTrackingSchema>;
export type Tracker = z.infer<typeof TrackerSchema>;

const newestFirst = (a: { date: PartialDate; id: string }, b: { date: PartialDate; id: string }) =>
  dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Updates newest first (ties: by id, descending, so the order is stable). */
export function sortUpdates(updates: readonly Update[]): Update[] {
  return [...updates].sort(newestFirst);
}

/**
 * Whole months from `from` to `to`, never negative. A partial date counts from
 * its first possible day ("2025" from 1 January), so a vague date never makes
 * a report look fresher than it may be.
 */
export function monthsFromTo(from: PartialDate, to: PartialDate): number {
  const [fy, fm, fd] = firstDay(from).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = firstDay(to).split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/** Regencies an update concerns: those it names and those of its figures; none (a provincial or site-wide update) = all. */
export function updateRegencies(update: Update, tables: Pick<Tables, 'figures' | 'regencies'>): string[] {
  const byFigure = new Map(tables.figures.map((f) => [f.id, f.regency]));
  const named = new Set([
    ...update.regencies,
    ...update.figures.flatMap((id) => { const k = byFigure.get(id); return k ? [k] : []; }),
  ]);
  if (named.size === 0) return tables.regencies.map((r) => r.kode);
  return [...named];
}

function latestReport(tables: Tables, kode: string, asOf: PartialDate | null): LatestReport | null {
  const eventsHere = tables.events.filter((e) => e.regency === kode);
  const provincial = new Set(tables.participants.filter((p) => p.regency === kode).map((p) => p.event));
  const concerning = [...eventsHere, ...tables.events.filter((e) => provincial.has(e.id) || e.venue_regency === kode)];
  const sourceIds = new Set([
    ...tables.figures.filter((f) => f.regency === kode).map((f) => f.source),
    ...concerning.map((e) => e.source),
    ...tables.participants.filter((p) => p.regency === kode).map((p) => p.source),
    ...tables.notes.filter((n) => n.regency === kode).flatMap((n) => n.sources),
  ]);
  const candidates: { source: string; date: PartialDate; basis: 'published' | 'event' }[] = [];
  for (const source of tables.sources) {
    if (!sourceIds.has(source.id)) continue;
    if (source.published) {
      candidates.push({ source: source.id, date: source.published, basis: 'published' });
      continue;
    }
    // An undated report appeared on or after the latest event it describes.
    const dates = concerning.filter((e) => e.source === source.id).map((e) => e.date).sort((a, b) => dateSortKey(b).localeCompare(dateSortKey(a)));
    if (dates[0]) candidates.push({ source: source.id, date: dates[0], basis: 'event' });
  }
  // Latest by the earliest day each could be: a precise recent date beats a bare year.
  candidates.sort((a, b) => firstDay(b.date).localeCompare(firstDay(a.date)) || a.source.localeCompare(b.source));
  const best = candidates[0];
  if (!best) return null;
  return { ...best, monthsBefore: asOf ? monthsFromTo(best.date, asOf) : 0 };
}

export function buildTracker(tables: Tables): Tracker {
  const updates = sortUpdates(tables.updates);
  const asOf = updates[0]?.date ?? null;
  const watchingSince = updates.at(-1)?.date ?? null;
  const regencies = tables.regencies.map((r) => {
    const last = updates.find((u) => updateRegencies(u, tables).includes(r.kode)) ?? null;
    return {
      kode: r.kode,
      lastUpdate: last?.id ?? null,
      lastUpdated: last?.date ?? null,
      latestReport: latestReport(tables, r.kode, asOf),
    };
  });
  return { watchingSince, asOf, regencies };
}
