import type { Dataset } from './dataset-schema.ts';
import { roundSignificant } from './derive.ts';
import { formatNumber, type Lang } from './format.ts';
import type { PartialDate } from './partial-date.ts';

/**
 * "Numbers only from the data", made checkable: every number a reader sees
 * must be a dataset figure, a derived figure (or its range, or a check's
 * arithmetic), a date, a count the pipeline computes, or a number inside the
 * dataset's own text (a quoted sentence, a title). Anything else was typed
 * into prose or code. Pure: the static test feeds it the text of every built
 * page; a unit test feeds it a page with a stray number.
 */

/** A run of digits with Indonesian or English group/decimal marks: 10.252 · 10,252 · 1,5 · 2025. */
const NUMBER = /\d+(?:[.,]\d+)*/g;

export function numberTokens(text: string): string[] {
  return text.match(NUMBER) ?? [];
}

const LANGS: Lang[] = ['id', 'en'];

/** The ways a value can be written on the site: both editions, 0–2 decimals, bare digits. */
function spellings(value: number): string[] {
  if (!Number.isFinite(value)) return [];
  const out = new Set<string>([String(value)]);
  for (const lang of LANGS) for (const digits of [0, 1, 2]) out.add(formatNumber(value, lang, digits));
  for (const n of [2, 3]) for (const lang of LANGS) out.add(formatNumber(roundSignificant(value, n), lang, 2));
  return [...out];
}

/** Money is also written by scale, as formatRupiah does: Rp1,5 miliar, Rp250 juta. */
function scaled(value: number, unit: string | null): number[] {
  return unit === 'rupiah' ? [value, value / 1e12, value / 1e9, value / 1e6] : [value];
}

function dateParts(d: PartialDate | null): number[] {
  if (!d) return [];
  return [d.year, ...(d.month === null ? [] : [d.month]), ...(d.day === null ? [] : [d.day])];
}

function countBy<T>(rows: readonly T[], key: (r: T) => string | null): number[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.values()];
}

/** The counts the pipeline and pages compute from the data (how many regencies, sources, participants …). */
export function pipelineCounts(d: Dataset): number[] {
  const tables = [d.sources, d.regencies, d.events, d.participants, d.figures, d.quotes, d.checks, d.notes, d.derived, d.checkResults];
  return [
    ...tables.map((t) => t.length),
    ...countBy(d.participants, (p) => p.event),
    ...countBy(d.quotes, (q) => q.event),
    ...countBy(d.figures, (f) => f.event),
    ...countBy(d.sources, (s) => s.kind),
    d.sources.filter((s) => s.published !== null).length,
    ...countBy(d.status, (s) => s.status),
    ...d.derived.map((x) => x.terms.length),
    ...d.derived.map((x) => new Set(x.terms.map((t) => t.figure && d.figures.find((f) => f.id === t.figure)?.regency)).size),
    // The tracker's ages ("16 bulan sebelum pembaruan terakhir").
    ...d.tracker.regencies.flatMap((r) => (r.latestReport ? [r.latestReport.monthsBefore] : [])),
  ];
}

/**
 * Every spelling of every number the data allows on a page. `identifiers`:
 * texts of source metadata whose numbers are names, not figures (the
 * boundaries' Kepmendagri decree number in the credit line).
 */
export function allowedNumbers(d: Dataset, identifiers: readonly string[] = []): Set<string> {
  const values: number[] = [];
  for (const f of d.figures) values.push(...scaled(f.value, f.unit), ...dateParts(f.period_start), ...dateParts(f.period_end));
  for (const x of d.derived) {
    // A derived figure with a precision is only ever shown rounded to it: its raw value (Rp13.376) is a stray.
    const round = (v: number) => (x.significant === null ? [v] : [roundSignificant(v, x.significant)]);
    for (const v of [x.value, x.low, x.high]) if (v !== null) values.push(...round(v).flatMap((r) => scaled(r, x.unit)));
    for (const t of x.terms) for (const v of [t.value, t.low, t.high]) if (v !== null) values.push(...scaled(v, t.figure ? (d.figures.find((f) => f.id === t.figure)?.unit ?? null) : null));
  }
  for (const c of d.checkResults) {
    values.push(c.computed, c.targetValue, c.computed - c.targetValue, ...c.inputs.map((i) => i.value));
  }
  for (const e of d.events) values.push(...dateParts(e.date));
  for (const s of d.sources) values.push(...dateParts(s.published));
  values.push(...dateParts(d.tracker.asOf), ...dateParts(d.tracker.watchingSince));
  for (const r of d.tracker.regencies) values.push(...dateParts(r.lastUpdated), ...dateParts(r.latestReport?.date ?? null));
  for (const u of d.updates) values.push(...dateParts(u.date));
  for (const c of d.corrections) values.push(...dateParts(c.date));
  // A percentage is a value × 100; the arithmetic writes "× 100".
  values.push(100, ...pipelineCounts(d));
  const allowed = new Set(values.flatMap(spellings));
  // Numbers inside the dataset's own words (quoted sentences, titles, roles, notes, codes) are data.
  const walk = (x: unknown): void => {
    if (typeof x === 'string') for (const t of numberTokens(x)) allowed.add(t);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  walk({ ...d, generated: null });
  walk(identifiers);
  return allowed;
}

/** Tokens of `text` that no data explains. */
export function strayNumbers(text: string, allowed: ReadonlySet<string>): string[] {
  return numberTokens(text).filter((t) => !allowed.has(t));
}
