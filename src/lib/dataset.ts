import { runChecks } from './consistency.ts';
import type { Dataset, RegencyStatus } from './dataset-schema.ts';
import { deriveFigures, headlineCounts } from './derive.ts';
import { dateSortKey } from './partial-date.ts';
import type { Tables } from './schema.ts';
import { buildTracker, sortUpdates } from './tracker.ts';

/**
 * Validated tables → the dataset pages read. Pure and deterministic: the same
 * tables give the same object (rows in a stable order, no timestamps).
 */
export function regencyStatuses(tables: Tables): RegencyStatus[] {
  const headlines = headlineCounts(tables.figures, tables.checks);
  const provincialEvents = new Set(tables.events.filter((e) => e.kind === 'peluncuran-provinsi').map((e) => e.id));
  return tables.regencies.map((r) => {
    const figures = tables.figures.filter((f) => f.regency === r.kode);
    const atLaunch = tables.participants.filter((p) => p.regency === r.kode && provincialEvents.has(p.event));
    const hosted = tables.events.filter((e) => provincialEvents.has(e.id) && e.venue_regency === r.kode);
    const headline = headlines.get(r.kode) ?? null;
    if (figures.length > 0) {
      return { kode: r.kode, status: 'figures', workers: headline?.value ?? null, qualifier: headline?.qualifier ?? null, headlineFigure: headline?.id ?? null, basis: figures.map((f) => f.id) };
    }
    if (atLaunch.length > 0 || hosted.length > 0) {
      return {
        kode: r.kode, status: 'provincial-launch', workers: null, qualifier: null, headlineFigure: null,
        basis: [...atLaunch.map((p) => p.id), ...hosted.map((e) => e.id)],
      };
    }
    return { kode: r.kode, status: 'none', workers: null, qualifier: null, headlineFigure: null, basis: [] };
  });
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildDataset(tables: Tables, inputs: Dataset['generated']['inputs']): Dataset {
  const events = [...tables.events].sort(
    (a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || byId(a, b),
  );
  const checkResults = runChecks(tables.checks, tables.figures);
  return {
    generated: { inputs },
    sources: [...tables.sources].sort(byId),
    regencies: [...tables.regencies].sort((a, b) => a.kode.localeCompare(b.kode)),
    events,
    participants: tables.participants,
    figures: tables.figures,
    quotes: tables.quotes,
    checks: tables.checks,
    notes: tables.notes,
    updates: sortUpdates(tables.updates),
    corrections: [...tables.corrections].sort((a, b) => b.date.iso.localeCompare(a.date.iso) || byId(a, b)),
    tracker: buildTracker(tables),
    derived: deriveFigures({ ...tables, checkResults }),
    checkResults,
    status: regencyStatuses(tables),
  };
}
