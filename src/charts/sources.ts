import type { Dataset } from '@/lib/dataset-schema.ts';
import type { Lang } from '@/lib/format.ts';
import { messages } from '@/lib/i18n.ts';

/** Outlet names for a set of source ids, in the dataset's source order, without repeats. */
export function outlets(dataset: Dataset, sourceIds: Iterable<string>): string[] {
  const wanted = new Set(sourceIds);
  return [...new Set(dataset.sources.filter((s) => wanted.has(s.id)).map((s) => s.outlet))];
}

/** A chart's source line: each outlet with its kind, "Timex Kupang (rilis pemerintah)". */
export function citedOutlets(dataset: Dataset, sourceIds: Iterable<string>, lang: Lang): string[] {
  const wanted = new Set(sourceIds);
  const seen = new Map<string, string>();
  for (const s of dataset.sources.filter((x) => wanted.has(x.id))) {
    if (!seen.has(s.outlet)) seen.set(s.outlet, `${s.outlet} (${messages(lang).sourceKind[s.kind]})`);
  }
  return [...seen.values()];
}

/** The year the story is about: the latest year any event or source names. */
export function dataYear(dataset: Dataset): number {
  const years = [...dataset.events.map((e) => e.date.year), ...dataset.sources.flatMap((s) => (s.published ? [s.published.year] : []))];
  return years.length > 0 ? Math.max(...years) : new Date().getUTCFullYear();
}
