import { describe, expect, it } from 'vitest';
import { formatDerived } from '@/lib/arithmetic.ts';
import { runChecks } from '@/lib/consistency.ts';
import { deriveFigures, derivedByRole, headlineCounts, roundSignificant, significantDigits } from '@/lib/derive.ts';
import { check, fig, note, pd, reg } from './builders.ts';

const REGENCIES = [reg('53.03', 'Timor Tengah Utara', 'timor-tengah-utara'), reg('53.08', 'Ende', 'ende'), reg('53.16', 'Nagekeo', 'nagekeo')];

describe('headlineCounts', () => {
  it('takes one peserta figure per regency', () => {
    const figures = [fig('ttu', 14880, { regency: '53.03' }), fig('ende', 10252, { regency: '53.08' })];
    const h = headlineCounts(figures, []);
    expect([...h].map(([k, f]) => [k, f.id])).toEqual([['53.03', 'ttu'], ['53.08', 'ende']]);
  });

  it('excludes parts of a jumlah check, "lebih-dari" lower bounds, other measures and provincial figures', () => {
    const figures = [
      fig('ende', 10252, { regency: '53.08', qualifier: 'sekitar' }),
      fig('ende-1', 9731, { regency: '53.08', funder: 'apbd-provinsi' }),
      fig('ende-2', 1521, { regency: '53.08', funder: 'apbd-kabupaten' }),
      fig('ttu', 14880, { regency: '53.03' }),
      fig('ttu-judul', 14000, { regency: '53.03', qualifier: 'lebih-dari' }),
      fig('ttu-target', 20000, { regency: '53.03', measure: 'target-peserta' }),
      fig('prov', 100000, { regency: null, scope: 'provinsi' }),
    ];
    const h = headlineCounts(figures, [check('c', 'jumlah', 'ende', ['ende-1', 'ende-2'])]);
    expect(Object.fromEntries([...h].map(([k, f]) => [k, f.id]))).toEqual({ '53.08': 'ende', '53.03': 'ttu' });
  });

  it('does not treat inputs of other check kinds as parts', () => {
    const figures = [fig('a', 10, { regency: '53.03' }), fig('b', 5, { regency: '53.08' })];
    const h = headlineCounts(figures, [check('c', 'lebih-besar', 'a', ['b'])]);
    expect(h.get('53.08')?.id).toBe('b');
  });

  it('throws when a regency has two headline candidates, naming both', () => {
    const figures = [fig('ttu', 14880, { regency: '53.03' }), fig('ttu-lain', 14000, { regency: '53.03' })];
    expect(() => headlineCounts(figures, [])).toThrowErrorMatchingInlineSnapshot(`[Error: figures.csv: kabupaten 53.03 punya dua angka peserta utama (ttu, ttu-lain); jadikan salah satunya bagian lewat checks.csv / two headline counts for one regency]`);
  });
});

describe('deriveFigures', () => {
  const figures = [
    fig('ttu', 14880, { regency: '53.03', funder: 'apbd-kabupaten', group: 'pekerja-rentan' }),
    fig('ttu-iuran', 16800, { regency: '53.03', measure: 'iuran', unit: 'rupiah', per: 'pekerja-bulan' }),
    fig('ttu-bulan', 250_000_000, { regency: '53.03', measure: 'anggaran', unit: 'rupiah', per: 'bulan', qualifier: 'sekitar' }),
    fig('ende', 10252, { regency: '53.08', qualifier: 'sekitar', group: 'pekerja-rentan' }),
    fig('ende-1', 9731, { regency: '53.08', funder: 'apbd-provinsi', group: 'pekerja-rentan' }),
    fig('ende-2', 1521, { regency: '53.08', funder: 'apbd-kabupaten', group: 'pekerja-rentan' }),
    fig('ngk', 9345, { regency: '53.16', funder: 'apbd-kabupaten' }),
    fig('ngk-a', 6311, { regency: '53.16', funder: 'apbd-kabupaten', group: 'non-asn' }),
    fig('ngk-b', 3034, { regency: '53.16', funder: 'apbd-kabupaten', group: 'pekerja-rentan' }),
    fig('ngk-dana', 1_500_000_000, { regency: '53.16', measure: 'anggaran', unit: 'rupiah', period_start: pd('2025-01'), period_end: pd('2025-12') }),
    fig('ngk-tanpa-periode', 1_000_000, { regency: '53.16', measure: 'anggaran', unit: 'rupiah' }),
    fig('target', 100_000, { measure: 'target-peserta', scope: 'provinsi', regency: null }),
  ];
  const checks = [
    check('e', 'jumlah', 'ende', ['ende-1', 'ende-2']),
    check('n', 'jumlah', 'ngk', ['ngk-a', 'ngk-b']),
    check('t', 'kali', 'ttu-bulan', ['ttu', 'ttu-iuran']),
  ];
  const notes = [
    note('inf-ende-target', 'inferensi', { figure: 'ende-1', about: 'target' }),
    note('inf-ngk-payer', 'inferensi', { figure: 'ngk', about: 'pembayar' }),
    note('ctx-ende', 'catatan', { figure: 'ende-1' }),
  ];
  const input = { figures, checks, regencies: REGENCIES, notes, checkResults: runChecks(checks, figures) };
  const derived = deriveFigures(input);
  const role = (r: Parameters<typeof derivedByRole>[1]) => derivedByRole(derived, r)!;

  it('sums vulnerable workers only: each report’s own count, the vulnerable part of a mixed total', () => {
    const v = role('pekerja-rentan-terlindungi');
    expect(v.value).toBe(14880 + 10252 + 3034);
    expect(v.terms.map((t) => t.figure)).toEqual(['ttu', 'ende', 'ngk-b']);
    expect(v.qualifier).toBe('sekitar');
    expect(v.note_id).toBe('Tidak termasuk 6.311 pegawai non-ASN (Nagekeo), yang bukan pekerja rentan.');
    expect(role('pegawai-non-asn-terlindungi').value).toBe(6311);
  });

  it('is exact when every input is', () => {
    const exact = [fig('a', 10, { regency: '53.03', group: 'pekerja-rentan' })];
    const v = derivedByRole(deriveFigures({ ...input, figures: exact, checks: [], checkResults: [] }), 'pekerja-rentan-terlindungi')!;
    expect([v.value, v.low, v.high, v.qualifier, v.note_id]).toEqual([10, null, null, 'tepat', null]);
  });

  it('gives the provincially tied workers as a range when their split does not add up (the part may be the number off by the gap)', () => {
    const p = role('peserta-terkait-apbd-provinsi');
    expect([p.low, p.value, p.high]).toEqual([8731, 9731, 9731]);
    expect(p.terms[0]).toMatchObject({ figure: 'ende-1', low: 8731, high: 9731 });
    expect(p.basis).toEqual({ notes: ['inf-ende-target'], checks: ['e'] });
    expect(p.note_id).toBe('Hanya berita dari Ende yang mengaitkan peserta dengan APBD Provinsi; kabupaten lain belum ada datanya di sumber kami.');
  });

  it('compares only the provincially tied workers with the provincial target, as a range', () => {
    const s = role('bagian-target-provinsi');
    expect(s.low).toBeCloseTo(8.731, 10);
    expect(s.high).toBeCloseTo(9.731, 10);
    expect(s.terms[1]?.figure).toBe('target');
    expect(s.basis).toEqual(role('peserta-terkait-apbd-provinsi').basis);
  });

  it('has no share without a published target', () => {
    const d = deriveFigures({ ...input, figures: figures.filter((f) => f.id !== 'target') });
    expect(derivedByRole(d, 'bagian-target-provinsi')).toBeNull();
  });

  it('does not divide a budget back by the head count it was computed from', () => {
    expect(derived.some((x) => x.id === 'biaya-per-pekerja-bulan-ttu-bulan')).toBe(false);
  });

  it('divides a rounded budget into a range, one significant digit more precise than its least precise input', () => {
    const c = derived.find((x) => x.id === 'biaya-per-pekerja-bulan-ngk-dana')!;
    expect(c.role).toBe('biaya-per-pekerja-bulan');
    expect(c.value).toBeCloseTo(1_500_000_000 / 9345 / 12, 6);
    expect(c.low).toBeCloseTo(1_450_000_000 / 9345 / 12, 6);
    expect(c.high).toBeCloseTo(1_550_000_000 / 9345 / 12, 6);
    expect(c.significant).toBe(3);
    expect(c.qualifier).toBe('sekitar');
    expect(c.note_en).toBe('The divisor (9,345 workers) includes 6,311 non-civil-servant staff.');
    expect(formatDerived(c, 'id')).toBe('sekitar Rp12.900–13.800');
  });

  it('skips a budget without a known period', () => {
    expect(derived.some((x) => x.id === 'biaya-per-pekerja-bulan-ngk-tanpa-periode')).toBe(false);
  });

  it('is pure: the same input gives the same output', () => {
    expect(deriveFigures(input)).toEqual(derived);
  });

  it('throws on two headline counts for one regency', () => {
    const two = [...figures, fig('ende-lain', 10000, { regency: '53.08' })];
    expect(() => deriveFigures({ ...input, figures: two })).toThrow(/53\.08.*ende.*ende-lain/);
  });
});

describe('precision rules', () => {
  it('counts significant digits of published values', () => {
    expect([1_500_000_000, 10252, 45, 100000, 16800, 3].map(significantDigits)).toEqual([2, 5, 2, 1, 3, 1]);
  });
  it('rounds to significant digits', () => {
    expect(roundSignificant(13376.137, 3)).toBe(13400);
    expect(roundSignificant(12930.27, 3)).toBe(12900);
    expect(roundSignificant(0.14109, 2)).toBeCloseTo(0.14, 10);
  });
});
