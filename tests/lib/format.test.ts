import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatRupiah, formatValue } from '@/lib/format.ts';
import { messages } from '@/lib/i18n.ts';
import { parsePartialDate, type PartialDate } from '@/lib/partial-date.ts';

const date = (iso: string): PartialDate => {
  const d = parsePartialDate(iso);
  if (!d.ok) throw new Error(iso);
  return d.value;
};

describe('formatNumber', () => {
  it('groups thousands with "." in Indonesian and "," in English', () => {
    expect(formatNumber(10252, 'id')).toBe('10.252');
    expect(formatNumber(10252, 'en')).toBe('10,252');
    expect(formatNumber(1521, 'id')).toBe('1.521');
    expect(formatNumber(1_000_000, 'id')).toBe('1.000.000');
  });

  it('uses "," as the decimal mark in Indonesian, and rounds to whole numbers by default', () => {
    expect(formatNumber(13376.13, 'id')).toBe('13.376');
    expect(formatNumber(13.717, 'id', 1)).toBe('13,7');
    expect(formatNumber(13.717, 'en', 1)).toBe('13.7');
  });
});

describe('formatRupiah', () => {
  it('spells out miliar / juta in Indonesian', () => {
    expect(formatRupiah(1_500_000_000, 'id')).toBe('Rp1,5 miliar');
    expect(formatRupiah(250_000_000, 'id')).toBe('Rp250 juta');
    expect(formatRupiah(29_000_000_000, 'id')).toBe('Rp29 miliar');
    expect(formatRupiah(3_000_000_000, 'id')).toBe('Rp3 miliar');
  });

  it('writes sums under a million in full, never "ribu"', () => {
    expect(formatRupiah(16_800, 'id')).toBe('Rp16.800');
    expect(formatRupiah(13_376.14, 'id')).toBe('Rp13.376');
    expect(formatRupiah(16_800, 'en')).toBe('Rp16,800');
  });

  it('uses billion / million in English, never the compact "M"', () => {
    expect(formatRupiah(1_500_000_000, 'en')).toBe('Rp1.5 billion');
    expect(formatRupiah(250_000_000, 'en')).toBe('Rp250 million');
  });

  it('keeps up to two decimals of the scale word', () => {
    expect(formatRupiah(1_234_567_890, 'id')).toBe('Rp1,23 miliar');
  });

  // Regression test (fixed bug, src/lib/format.ts:28-30): the scale is picked before rounding, so a value just under
  // a scale boundary rounds up to "1.000 juta" instead of "Rp1 miliar" (en: "Rp1,000 million").
  it('moves to the next scale when rounding reaches it (999.999.999 → Rp1 miliar)', () => {
    expect(formatRupiah(999_999_999, 'id')).toBe('Rp1 miliar');
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
