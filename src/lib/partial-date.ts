/**
 * Dates as precise as the report that gives them: `2025` (year only),
 * `2025-07` (month), `2025-07-07` (day). A year-only date is never shown or
 * sorted as if it were 1 January.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The editor's text, normalised: `2025`, `2025-07` or `2025-07-07`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  month: number | null;
  day: number | null;
}

export type DateParse = { ok: true; value: PartialDate } | { ok: false; id: string; en: string };

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(text: string): DateParse {
  const m = FORM.exec(text.trim());
  if (!m) {
    return {
      ok: false,
      id: 'tanggal berbentuk TTTT, TTTT-BB atau TTTT-BB-HH, mis. 2025-07-07',
      en: 'a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-07-07',
    };
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) {
    return { ok: false, id: `bulan ${m[2]} tidak ada`, en: `there is no month ${m[2]}` };
  }
  if (month !== null && day !== null) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) {
      return {
        ok: false,
        id: `tanggal ${m[3]} tidak ada di bulan ${m[2]}/${year}`,
        en: `day ${m[3]} does not exist in ${year}-${m[2]}`,
      };
    }
  }
  const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { ok: true, value: { iso: m[0], precision, year, month, day } };
}

/** Sort key that keeps partial dates honest: a year-only date sorts after every dated day of that year. */
export function dateSortKey(d: PartialDate): string {
  return `${d.year}-${String(d.month ?? 13).padStart(2, '0')}-${String(d.day ?? 32).padStart(2, '0')}`;
}

/** First and last possible day of a partial date, as sortable ISO strings. */
export function firstDay(d: PartialDate): string {
  return `${d.year}-${String(d.month ?? 1).padStart(2, '0')}-${String(d.day ?? 1).padStart(2, '0')}`;
}
export function lastDay(d: PartialDate): string {
  const month = d.month ?? 12;
  const day = d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${d.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole months covered from the start of `start` to the end of `end` (inclusive). */
export function monthsBetween(start: PartialDate, end: PartialDate): number {
  const startMonth = start.month ?? 1;
  const endMonth = end.month ?? 12;
  return (end.year - start.year) * 12 + (endMonth - startMonth) + 1;
}
