import { describe, expect, it } from 'vitest';
import { checkRegencies, type RegencyRef } from '../../scripts/geo/check-regencies.ts';

const regencies: RegencyRef[] = [
  { kode: '53.01', type: 'kabupaten', name: 'Kupang', slug: 'kupang' },
  { kode: '53.03', type: 'kabupaten', name: 'Timor Tengah Utara', slug: 'timor-tengah-utara' },
  { kode: '53.71', type: 'kota', name: 'Kupang', slug: 'kota-kupang' },
];
const f = (kode: string, nama: string) => ({ properties: { kode, nama } });
const ok = [f('53.01', 'Kabupaten Kupang'), f('53.03', 'Kabupaten Timor Tengah Utara'), f('53.71', 'Kota Kupang')];

describe('checkRegencies', () => {
  it('accepts exactly the listed codes under their full names', () => {
    expect(() => checkRegencies(ok, regencies)).not.toThrow();
  });

  it('names missing, extra, duplicated and misnamed codes', () => {
    const bad = [f('53.01', 'Kota Kupang'), f('53.72', 'Kota Baru'), f('53.72', 'Kota Baru'), f('53.71', 'Kota Kupang')];
    expect(() => checkRegencies(bad, regencies)).toThrowErrorMatchingInlineSnapshot(
      `[Error: Boundary file does not match data/regencies.csv — missing / tidak ada: 53.03 | unexpected / tidak dikenal: 53.72 | duplicated / ganda: 53.72 | misnamed / nama berbeda: 53.01 "Kota Kupang" ≠ "Kabupaten Kupang"]`,
    );
  });

  it('does not let "Kabupaten Kupang" pass for Kota Kupang', () => {
    expect(() => checkRegencies([ok[0], ok[1], f('53.71', 'Kabupaten Kupang')].flatMap((x) => (x ? [x] : [])), regencies)).toThrow(/53\.71/);
  });
});
