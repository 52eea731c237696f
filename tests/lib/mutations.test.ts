/**
 * Behaviour a code review found unguarded: each of these changes to the code
 * once survived every test (a one-day period rejected, long values no longer
 * clipped in error messages, "≈" where the numbers are equal, province-wide
 * figures in an event's panel, ";" cells unquoted, control characters let
 * through). Each test below fails under its mutation.
 */
import { describe, expect, it } from 'vitest';
import { checkArithmetic } from '@/lib/arithmetic.ts';
import { toCsv } from '@/lib/csv-write.ts';
import { formatDataError } from '@/lib/data-error.ts';
import type { CheckResult } from '@/lib/dataset-schema.ts';
import { readTables } from '@/lib/read-tables.ts';
import { rowRules } from '@/lib/row-rules.ts';
import { eventView } from '@/lib/views.ts';
import { chartFixture } from '../helpers/dataset.ts';
import { pd } from './builders.ts';
import { appendRows, figureRow, withTables } from './fixtures.ts';

describe('row rules: periods', () => {
  const budget = (start: string, end: string) =>
    rowRules('figures', 7, { value: 1_000_000, unit: 'rupiah', scope: 'provinsi', regency: null, period_start: pd(start), period_end: pd(end) }, new Map([['period_end', end]]));

  it('accepts a period of a single day', () => {
    expect(budget('2025-07-07', '2025-07-07')).toEqual([]);
  });

  it('rejects a period that ends before it starts, naming period_end', () => {
    expect(budget('2025-07-08', '2025-07-07').map((e) => [e.row, e.column, e.value])).toEqual([[7, 'period_end', '2025-07-07']]);
  });
});

describe('data error messages', () => {
  it('clip a long value to 60 characters and mark the cut', () => {
    const message = formatDataError({ file: 'figures.csv', row: 2, column: 'quote', value: 'x'.repeat(200), id: 'terlalu panjang', en: 'too long' });
    expect(message).toContain(`"${'x'.repeat(60)}…"`);
    expect(message).not.toContain('x'.repeat(61));
  });
});

describe('check arithmetic', () => {
  const result = (computed: number, targetValue: number): CheckResult => ({
    id: 'c', kind: 'jumlah', target: 't', targetValue, computed, tolerance: 0, agrees: true,
    inputs: [{ figure: 'a', value: 9731 }, { figure: 'b', value: computed - 9731 }],
    label_id: 'c', label_en: 'c', regency: null, sources: [],
  });

  it('writes "=" when the parts add up exactly, "≈" only when they agree within tolerance', () => {
    expect(checkArithmetic(result(10252, 10252), new Map(), 'id')).toBe('9.731 + 521 = 10.252 = 10.252');
    expect(checkArithmetic(result(10250, 10252), new Map(), 'id')).toBe('9.731 + 519 = 10.250 ≈ 10.252');
  });
});

describe('event views', () => {
  it('never carry province-wide derived figures into an event panel', () => {
    const d = chartFixture();
    const eventFigures = new Set(d.figures.filter((f) => f.event !== null).map((f) => f.id));
    // The fixture exercises the case: a province-wide total is built from an event's figures.
    expect(d.derived.some((x) => x.regency === null && x.terms.some((t) => t.figure !== null && eventFigures.has(t.figure)))).toBe(true);
    const leaks = d.events.flatMap((e) => eventView(d, e).derived.filter((x) => x.regency === null).map((x) => `${e.id}: ${x.id}`));
    expect(leaks).toEqual([]);
  });
});

describe('CSV for spreadsheets', () => {
  it('quotes a cell with ";" (Excel in the Indonesian locale splits on it)', () => {
    expect(toCsv(['a', 'b'], [['x;y', 'z']])).toContain('"x;y",z');
  });
});

describe('text columns', () => {
  it('reject a control character, naming the column', () => {
    const { errors } = readTables(withTables({ figures: appendRows('figures', figureRow({ label_en: 'bad\u0007bell' })) }));
    expect(errors.map((e) => e.column)).toContain('label_en');
  });
});
