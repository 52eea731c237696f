import type { Dataset } from '@/lib/dataset-schema.ts';

/** Outlet names for a set of source ids, in the dataset's source order, without repeats. */
export function outlets(dataset: Dataset, sourceIds: Iterable<string>): string[] {
  const wanted = new Set(sourceIds);
  return [...new Set(dataset.sources.filter((s) => wanted.has(s.id)).map((s) => s.outlet))];
}

/** The year the story is about: the latest year any event or source names. */
export function dataYear(dataset: Dataset): number {
  const years = [...dataset.events.map((e) => e.date.year), ...dataset.sources.flatMap((s) => (s.published ? [s.published.year] : []))];
  return years.length > 0 ? Math.max(...years) : new Date().getUTCFullYear();
}
