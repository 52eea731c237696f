import { describe, expect, it } from 'vitest';
import { APPROXIMATE_TOLERANCE, roundingTolerance, runChecks, toleranceFor } from '@/lib/consistency.ts';
import { check, fig } from './builders.ts';

describe('roundingTolerance: half the unit of the last significant digit', () => {
  it.each([
    [10252, 0.5],
    [14880, 5],
    [100_000, 50_000],
    [250_000_000, 5_000_000],
    [1_500_000_000, 50_000_000],
    [3, 0.5],
    [0, 0],
  ])('%d → %d', (value, tolerance) => {
    expect(roundingTolerance(value)).toBe(tolerance);
  });

  it('gives the same slack to negative numbers', () => {
    expect(roundingTolerance(-1000)).toBe(500);
  });

  // Regression test (fixed bug, src/lib/consistency.ts:18): any non-integer gets tolerance 0, although "13,5" is only
  // precise to the tenth (expected 0.05). Combined with float arithmetic this makes an exact
  // match disagree: see the persentase test below.
  it('gives a decimal figure the slack of its last decimal (13,5 → 0,05)', () => {
    expect(roundingTolerance(13.5)).toBeCloseTo(0.05, 10);
  });
});

describe('toleranceFor', () => {
  it('is the rounding unit for an exact figure', () => {
    expect(toleranceFor(fig('a', 10252))).toBe(0.5);
  });

  it('is 5% for "sekitar" when that is larger than the rounding unit', () => {
    expect(APPROXIMATE_TOLERANCE).toBe(0.05);
    expect(toleranceFor(fig('a', 10252, { qualifier: 'sekitar' }))).toBeCloseTo(512.6, 6);
  });

  it('is the rounding unit for "sekitar" when that is larger than 5%', () => {
    // 3.000.000.000 is only precise to the miliar: ±500 juta beats 5% (150 juta).
    expect(toleranceFor(fig('a', 3_000_000_000, { unit: 'rupiah', qualifier: 'sekitar' }))).toBe(500_000_000);
  });
});

describe('runChecks', () => {
  it('jumlah: agrees within the rounding unit, disagrees beyond it', () => {
    const figures = [fig('total', 9345), fig('a', 6311), fig('b', 3034), fig('total-2', 9346)];
    const [ok, off] = runChecks([check('c1', 'jumlah', 'total', ['a', 'b']), check('c2', 'jumlah', 'total-2', ['a', 'b'])], figures);
    expect(ok).toMatchObject({ computed: 9345, tolerance: 0.5, agrees: true, targetValue: 9345 });
    expect(off).toMatchObject({ computed: 9345, tolerance: 0.5, agrees: false });
  });

  it('jumlah with "sekitar": a 1.000 gap on 10.252 is beyond 5%', () => {
    const figures = [fig('total', 10252, { qualifier: 'sekitar' }), fig('a', 9731), fig('b', 1521)];
    const [r] = runChecks([check('c', 'jumlah', 'total', ['a', 'b'])], figures);
    expect(r).toMatchObject({ computed: 11252, agrees: false });
    expect(r!.tolerance).toBeCloseTo(512.6, 6);
  });

  it('jumlah with "sekitar": a gap inside 5% agrees', () => {
    const figures = [fig('total', 10000, { qualifier: 'sekitar' }), fig('a', 9731), fig('b', 500)];
    expect(runChecks([check('c', 'jumlah', 'total', ['a', 'b'])], figures)[0]!.agrees).toBe(true);
  });

  it('kali with a constant input: TTU 14.880 × Rp16.800 × 12 ≈ Rp3 miliar', () => {
    const figures = [
      fig('budget', 3_000_000_000, { unit: 'rupiah', qualifier: 'sekitar' }),
      fig('workers', 14880), fig('fee', 16800, { unit: 'rupiah' }),
    ];
    const [r] = runChecks([check('c', 'kali', 'budget', ['workers', 'fee', '12'])], figures);
    expect(r!.inputs).toEqual([{ figure: 'workers', value: 14880 }, { figure: 'fee', value: 16800 }, { figure: null, value: 12 }]);
    expect(r).toMatchObject({ computed: 2_999_808_000, tolerance: 500_000_000, agrees: true });
  });

  it('kali: an exact target far off the product disagrees', () => {
    // "Rp240 juta" is precise to the ten million (±5 juta); 249.984.000 is 9.984.000 away.
    const figures = [fig('budget', 240_000_000, { unit: 'rupiah' }), fig('workers', 14880), fig('fee', 16800, { unit: 'rupiah' })];
    const [r] = runChecks([check('c', 'kali', 'budget', ['workers', 'fee'])], figures);
    expect(r).toMatchObject({ computed: 249_984_000, tolerance: 5_000_000, agrees: false });
    // …while "Rp200 juta" is only precise to the hundred million, so the same product agrees.
    const loose = [fig('budget', 200_000_000, { unit: 'rupiah' }), ...figures.slice(1)];
    expect(runChecks([check('c', 'kali', 'budget', ['workers', 'fee'])], loose)[0]!.tolerance).toBe(50_000_000);
  });

  it('persentase: 141.000 of 1.000.000 is 14,1%, not "sekitar 13%"', () => {
    const figures = [
      fig('rate', 13, { unit: 'persen', qualifier: 'sekitar', scope: 'provinsi', regency: null }),
      fig('covered', 141_000, { qualifier: 'sekitar' }), fig('all', 1_000_000, { qualifier: 'sekitar' }),
    ];
    const [r] = runChecks([check('c', 'persentase', 'rate', ['covered', 'all'])], figures);
    expect(r!.computed).toBeCloseTo(14.1, 10);
    expect(r!.tolerance).toBeCloseTo(0.65, 10);
    expect(r!.agrees).toBe(false);
    expect(r!.regency).toBeNull();
  });

  it('persentase: "sekitar 14%" agrees with 14,1%', () => {
    const figures = [fig('rate', 14, { unit: 'persen', qualifier: 'sekitar' }), fig('covered', 141_000), fig('all', 1_000_000)];
    expect(runChecks([check('c', 'persentase', 'rate', ['covered', 'all'])], figures)[0]!.agrees).toBe(true);
  });

  // Regression test (fixed bug, src/lib/consistency.ts:18 + 56): 141.000 / 1.000.000 × 100 is 14.099999999999998 in
  // floating point; a target of exactly 14,1 gets tolerance 0, so the check reports a
  // disagreement for numbers that agree exactly. Expected: agrees = true.
  it('persentase: an exact 14,1% target agrees with 141.000 / 1.000.000', () => {
    const figures = [fig('rate', 14.1, { unit: 'persen' }), fig('covered', 141_000), fig('all', 1_000_000)];
    expect(runChecks([check('c', 'persentase', 'rate', ['covered', 'all'])], figures)[0]!.agrees).toBe(true);
  });

  it('lebih-besar: strictly greater, no tolerance', () => {
    const figures = [fig('rate', 45, { unit: 'persen' }), fig('goal', 34, { unit: 'persen' }), fig('same', 45, { unit: 'persen' })];
    const [above, equal] = runChecks(
      [check('c1', 'lebih-besar', 'rate', ['goal']), check('c2', 'lebih-besar', 'rate', ['same'])],
      figures,
    );
    expect(above).toMatchObject({ computed: 34, tolerance: 0, agrees: true });
    expect(equal).toMatchObject({ computed: 45, tolerance: 0, agrees: false });
  });

  it('lebih-besar against a constant', () => {
    const [r] = runChecks([check('c', 'lebih-besar', 'n', ['14000'])], [fig('n', 14880)]);
    expect(r).toMatchObject({ inputs: [{ figure: null, value: 14000 }], agrees: true });
  });

  it('lists the sources of the target and every figure input, once each', () => {
    const figures = [fig('t', 10, { source: 's1' }), fig('a', 4, { source: 's2' }), fig('b', 6, { source: 's1' })];
    expect(runChecks([check('c', 'jumlah', 't', ['a', 'b', '0'])], figures)[0]!.sources).toEqual(['s1', 's2']);
  });

  it('never changes a figure', () => {
    const figures = [fig('t', 10), fig('a', 4), fig('b', 7)];
    const before = structuredClone(figures);
    runChecks([check('c', 'jumlah', 't', ['a', 'b'])], figures);
    expect(figures).toEqual(before);
  });

  it('throws on an unknown target (readTables reports it first)', () => {
    expect(() => runChecks([check('c', 'jumlah', 'nope', [])], [])).toThrow('check c: unknown figure nope');
  });
});
