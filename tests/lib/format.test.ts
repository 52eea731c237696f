import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatRupiah, formatValue, type Lang } from '@/lib/format.ts';
import { messages } from '@/lib/i18n.ts';
import { parsePartialDate, type PartialDate } from '@/lib/partial-date.ts';

const date = (iso: string): PartialDate => {
  const d = parsePartialDate(iso);
  if (!d.ok) throw new Error(iso);
  return d.value;
};

describe('formatNumber', () => {
  // "." groups thousands and "," marks decimals in Indonesian, the reverse in English; whole numbers unless asked.
  it.each<[number, Lang, number | undefined, string]>([
    [10252, 'id', undefined, '10.252'],
    [10252, 'en', undefined, '10,252'],
    [1521, 'id', undefined, '1.521'],
    [1_000_000, 'id', undefined, '1.000.000'],
    [13376.13, 'id', undefined, '13.376'],
    [13.717, 'id', 1, '13,7'],
    [13.717, 'en', 1, '13.7'],
  ])('%d in %s with %s decimals → %s', (n, lang, digits, expected) => {
    expect(formatNumber(n, lang, digits)).toBe(expected);
  });
});

describe('formatRupiah', () => {
  // Scale words spelt out (miliar / juta, billion / million), never "ribu" or the compact "M"; sums under a million
  // in full; up to two decimals of the scale word.
  // Regression (fixed bug, src/lib/format.ts:28-30): the scale was picked before rounding, so 999.999.999 came out
  // as "Rp1.000 juta" (en: "Rp1,000 million") instead of "Rp1 miliar".
  it.each<[number, Lang, string]>([
    [1_500_000_000, 'id', 'Rp1,5 miliar'],
    [250_000_000, 'id', 'Rp250 juta'],
    [29_000_000_000, 'id', 'Rp29 miliar'],
    [3_000_000_000, 'id', 'Rp3 miliar'],
    [16_800, 'id', 'Rp16.800'],
    [13_376.14, 'id', 'Rp13.376'],
    [16_800, 'en', 'Rp16,800'],
    [1_500_000_000, 'en', 'Rp1.5 billion'],
    [250_000_000, 'en', 'Rp250 million'],
    [1_234_567_890, 'id', 'Rp1,23 miliar'],
    [999_999_999, 'id', 'Rp1 miliar'],
  ])('%d in %s → %s', (n, lang, expected) => {
    expect(formatRupiah(n, lang)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it('writes "45%" with no space, one decimal at most', () => {
    expect(formatPercent(45, 'id')).toBe('45%');
    expect(formatPercent(13.717, 'id')).toBe('13,7%');
    expect(formatPercent(14.099999999999998, 'en')).toBe('14.1%');
  });
});

describe('formatDate: only as precise as the source', () => {
  it('writes a day date', () => {
    expect(formatDate(date('2025-07-07'), 'id')).toBe('7 Juli 2025');
    expect(formatDate(date('2025-07-07'), 'en')).toBe('7 July 2025');
    expect(formatDate(date('2025-08-25'), 'id')).toBe('25 Agustus 2025');
  });

  it('writes a month date without inventing a day', () => {
    expect(formatDate(date('2025-07'), 'id')).toBe('Juli 2025');
    expect(formatDate(date('2025-07'), 'en')).toBe('July 2025');
  });

  it('writes a year date without inventing 1 January', () => {
    expect(formatDate(date('2025'), 'id')).toBe('2025');
    expect(formatDate(date('2025'), 'en')).toBe('2025');
  });

  it('labels each precision', () => {
    expect(messages('id').format.precision.year).toBe('hanya tahun diketahui');
    expect(messages('en').format.precision.day).toBe('exact date');
  });
});

describe('formatValue', () => {
  it('formats by unit', () => {
    expect(formatValue(14880, 'pekerja', 'id')).toBe('14.880 pekerja');
    expect(formatValue(14880, 'pekerja', 'en')).toBe('14,880 workers');
    expect(formatValue(1_500_000_000, 'rupiah', 'id')).toBe('Rp1,5 miliar');
    expect(formatValue(45, 'persen', 'id')).toBe('45%');
    expect(formatValue(3, 'orang', 'en')).toBe('3 people');
    expect(formatValue(12, 'bulan', 'id')).toBe('12 bulan');
    expect(formatValue(12, 'lainnya', 'id')).toBe('12');
  });
});
