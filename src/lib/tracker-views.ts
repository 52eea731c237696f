import type { Dataset } from './dataset-schema.ts';
import type { Correction, Figure, Regency, Source, Update } from './schema.ts';
import { updateRegencies, type RegencyTracking } from './tracker.ts';
import { indexes } from './views.ts';

/**
 * The tracker's data shaped for pages: an update with what it concerns, and a
 * regency's freshness and corrections. Pure, tested without Astro.
 */
export interface UpdateView {
  update: Update;
  /** Regencies it names (or whose figures it names); empty with `wholeDataset` when it concerns everything. */
  regencies: Regency[];
  wholeDataset: boolean;
  figures: Figure[];
  sources: Source[];
  corrections: Correction[];
}

export function updateViews(d: Dataset): UpdateView[] {
  const { figures, sources } = indexes(d);
  return d.updates.map((update) => {
    const kodes = updateRegencies(update, d);
    const wholeDataset = kodes.length === d.regencies.length && update.regencies.length === 0;
    return {
      update,
      regencies: wholeDataset ? [] : d.regencies.filter((r) => kodes.includes(r.kode)),
      wholeDataset,
      figures: update.figures.flatMap((id) => figures.get(id) ?? []),
      sources: update.sources.flatMap((id) => sources.get(id) ?? []),
      corrections: d.corrections.filter((c) => c.update === update.id),
    };
  });
}

/** The regencies a correction touches, through the record it corrects. */
export function correctionRegencies(d: Dataset, c: Correction): string[] {
  const figureRegency = (id: string) => d.figures.find((f) => f.id === id)?.regency ?? null;
  const eventRegency = (id: string) => d.events.find((e) => e.id === id)?.regency ?? null;
  let kodes: (string | null)[] = [];
  switch (c.table) {
    case 'regencies': kodes = [c.record]; break;
    case 'figures': kodes = [figureRegency(c.record)]; break;
    case 'events': kodes = [eventRegency(c.record)]; break;
    case 'participants': kodes = [d.participants.find((p) => p.id === c.record)?.regency ?? null]; break;
    case 'quotes': { const q = d.quotes.find((x) => x.id === c.record); kodes = [q?.regency ?? (q?.event ? eventRegency(q.event) : null)]; break; }
    case 'checks': { const k = d.checks.find((x) => x.id === c.record); kodes = [k ? figureRegency(k.target) : null]; break; }
    case 'notes': {
      const n = d.notes.find((x) => x.id === c.record);
      kodes = n ? [n.regency, n.figure ? figureRegency(n.figure) : null, ...n.event.map((e) => eventRegency(e))] : [];
      break;
    }
    case 'sources':
      kodes = [
        ...d.figures.filter((f) => f.source === c.record).map((f) => f.regency),
        ...d.events.filter((e) => e.source === c.record).map((e) => e.regency),
      ];
      break;
  }
  return [...new Set(kodes.filter((k): k is string => k !== null))].sort();
}

export interface RegencyFreshness {
  tracking: RegencyTracking;
  lastUpdate: Update | null;
  corrections: Correction[];
}

export function regencyFreshness(d: Dataset, kode: string): RegencyFreshness {
  const tracking = d.tracker.regencies.find((r) => r.kode === kode);
  if (!tracking) throw new Error(`unknown regency ${kode}`);
  return {
    tracking,
    lastUpdate: d.updates.find((u) => u.id === tracking.lastUpdate) ?? null,
    corrections: d.corrections.filter((c) => correctionRegencies(d, c).includes(kode)),
  };
}

/** Corrections to an event or to what hangs on it (its figures, notes, quotes, participants). */
export function eventCorrections(d: Dataset, eventId: string): Correction[] {
  const on = (rows: readonly { id: string; event: string | null }[]) => new Set(rows.filter((r) => r.event === eventId).map((r) => r.id));
  const ids: Record<string, Set<string>> = {
    events: new Set([eventId]),
    figures: on(d.figures),
    // A note may concern several events (notes.csv `event` is a list).
    notes: new Set(d.notes.filter((n) => n.event.includes(eventId)).map((n) => n.id)),
    quotes: on(d.quotes),
    participants: on(d.participants),
  };
  return d.corrections.filter((c) => ids[c.table]?.has(c.record) ?? false);
}
