/**
 * Shapes the timeline of launches. Pure. Each event keeps its precision: a
 * day is a point; a month or a year only is a span over that month or year,
 * never a point on its first day. Events before the chart's year are listed,
 * not drawn (the axis would otherwise squeeze 2025 into a corner).
 */
import type { Dataset } from '@/lib/dataset-schema.ts';
import type { PartialDate } from '@/lib/partial-date.ts';
import type { Event } from '@/lib/schema.ts';

export interface TimelineItem {
  event: Event;
  /** Regency name, or "NTT" for the province. */
  place: string;
  /** [start, end) in UTC: one day, one month or one year. */
  start: Date;
  end: Date;
}

export interface TimelineData {
  year: number;
  /** In reading order: dated days first, then month-only, then year-only (dateSortKey). */
  items: TimelineItem[];
  /** Events outside `year`, kept for the table and a note. */
  outside: TimelineItem[];
  sources: string[];
}

export function span(d: PartialDate): { start: Date; end: Date } {
  if (d.month === null) return { start: new Date(Date.UTC(d.year, 0, 1)), end: new Date(Date.UTC(d.year + 1, 0, 1)) };
  if (d.day === null) return { start: new Date(Date.UTC(d.year, d.month - 1, 1)), end: new Date(Date.UTC(d.year, d.month, 1)) };
  const start = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return { start, end: new Date(start.getTime() + 86_400_000) };
}

export function timelineData(d: Dataset): TimelineData {
  const names = new Map(d.regencies.map((r) => [r.kode, r.name]));
  // dataset.events is already in dateSortKey order (see src/lib/dataset.ts).
  const all = d.events.map((event): TimelineItem => ({ event, place: event.regency ? (names.get(event.regency) ?? event.regency) : 'NTT', ...span(event.date) }));
  const counts = new Map<number, number>();
  for (const item of all) counts.set(item.event.date.year, (counts.get(item.event.date.year) ?? 0) + 1);
  const year = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? new Date().getUTCFullYear();
  const items = all.filter((i) => i.event.date.year === year);
  return { year, items, outside: all.filter((i) => i.event.date.year !== year), sources: [...new Set(items.map((i) => i.event.source))] };
}
