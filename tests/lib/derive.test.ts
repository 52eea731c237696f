import { describe, expect, it } from 'vitest';
import { deriveFigures, headlineCounts } from '@/lib/derive.ts';
import { check, fig, pd, reg } from './builders.ts';

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
    fig('ttu', 14880, { regency: '53.03', funder: 'apbd-kabupaten' }),
    fig('ttu-bulan', 250_000_000, { regency: '53.03', measure: 'anggaran', unit: 'rupiah', per: 'bulan', qualifier: 'sekitar' }),
    fig('ttu-tahun', 3_000_000_000, { regency: '53.03', measure: 'anggaran', unit: 'rupiah', per: 'tahun' }),
    fig('ende', 10252, { regency: '53.08', qualifier: 'sekitar' }),
    fig('ende-1', 9731, { regency: '53.08', funder: 'apbd-provinsi' }),
    fig('ende-2', 1521, { regency: '53.08', funder: 'apbd-kabupaten' }),
    fig('ngk', 9345, { regency: '53.16', funder: 'apbd-kabupaten' }),
    fig('ngk-a', 6311, { regency: '53.16', funder: 'apbd-kabupaten' }),
    fig('ngk-b', 3034, { regency: '53.16', funder: 'apbd-kabupaten' }),
    fig('ngk-dana', 1_500_000_000, { regency: '53.16', measure: 'anggaran', unit: 'rupiah', period_start: pd('2025-01'), period_end: pd('2025-12') }),
    fig('ngk-tanpa-periode', 1_000_000, { regency: '53.16', measure: 'anggaran', unit: 'rupiah' }),
    fig('target', 100_000, { measure: 'target-peserta', scope: 'provinsi', regency: null }),
  ];
  const checks = [check('e', 'jumlah', 'ende', ['ende-1', 'ende-2']), check('n', 'jumlah', 'ngk', ['ngk-a', 'ngk-b'])];
  const derived = deriveFigures(figures, checks, REGENCIES);
  const byId = new Map(derived.map((d) => [d.id, d]));

  it('sums the headline counts in regency order', () => {
    const total = byId.get('total-peserta-terdokumentasi')!;
    expect(total.value).toBe(14880 + 10252 + 9345);
    expect(total.terms.map((t) => t.figure)).toEqual(['ttu', 'ende', 'ngk']);
    expect(total.operation).toBe('sum');
  });

  it('splits by payer using the finest parts, and notes when parts and totals differ', () => {
    expect(byId.get('peserta-dibiayai-provinsi')!.value).toBe(9731);
    expect(byId.get('peserta-dibiayai-kabupaten')!.value).toBe(14880 + 1521 + 6311 + 3034);
    const total = byId.get('total-peserta-terdokumentasi')!;
    expect(total.note_id).toContain('selisih 1.000');
    expect(total.note_en).toContain('1,000 off');
  });

  it('has no note when the split adds up', () => {
    const d = deriveFigures([fig('a', 10, { regency: '53.03', funder: 'apbd-kabupaten' })], [], REGENCIES);
    expect(d[0]!.note_id).toBeNull();
    expect(d[0]!.note_en).toBeNull();
  });

  it('computes the provincially paid share of the provincial target', () => {
    const share = byId.get('bagian-target-provinsi')!;
    expect(share.value).toBeCloseTo(9.731, 10);
    expect(share.unit).toBe('persen');
    expect(share.terms.map((t) => [t.figure, t.value])).toEqual([[null, 9731], ['target', 100000]]);
  });

  it('skips the share when there is no provincial target', () => {
    const d = deriveFigures(figures.filter((f) => f.id !== 'target'), checks, REGENCIES);
    expect(d.some((x) => x.id === 'bagian-target-provinsi')).toBe(false);
  });

  it('computes cost per worker per month from per-month, per-year and period budgets', () => {
    expect(byId.get('biaya-per-pekerja-bulan-ttu-bulan')!.value).toBeCloseTo(250_000_000 / 14880, 6);
    expect(byId.get('biaya-per-pekerja-bulan-ttu-tahun')!.value).toBeCloseTo(3_000_000_000 / 14880 / 12, 6);
    const ngk = byId.get('biaya-per-pekerja-bulan-ngk-dana')!;
    expect(ngk.value).toBeCloseTo(13376.137, 3);
    expect(ngk.terms.map((t) => [t.figure, t.value])).toEqual([['ngk-dana', 1_500_000_000], ['ngk', 9345], [null, 12]]);
    expect(ngk.label_id).toContain('Nagekeo');
  });

  it('skips a budget without a known period', () => {
    expect(byId.has('biaya-per-pekerja-bulan-ngk-tanpa-periode')).toBe(false);
  });

  it('is pure: the same input gives the same output', () => {
    expect(deriveFigures(figures, checks, REGENCIES)).toEqual(derived);
  });

  it('throws on two headline counts for one regency', () => {
    const two = [...figures, fig('ende-lain', 10000, { regency: '53.08' })];
    expect(() => deriveFigures(two, checks, REGENCIES)).toThrow(/53\.08.*ende.*ende-lain/);
  });
});
