import { describe, expect, it } from 'vitest';
import { costData } from '@/charts/cost-data.ts';
import { coverageData } from '@/charts/coverage-data.ts';
import { enrolmentData } from '@/charts/enrolment-data.ts';
import { span, timelineData } from '@/charts/timeline-data.ts';
import { parsePartialDate } from '@/lib/partial-date.ts';
import { chartFixture } from '../helpers/dataset.ts';

const d = chartFixture();

describe('enrolmentData', () => {
  const data = enrolmentData(d);
  const row = (name: string) => data.rows.find((r) => r.name === name);

  it('orders regencies by their headline count', () => {
    expect(data.rows.map((r) => [r.name, r.headline.value])).toEqual([
      ['Timor Tengah Utara', 14880], ['Ende', 10252], ['Nagekeo', 9345], ['Sumba Timur', 3986],
    ]);
  });

  it('keeps Ende’s parts and its published total apart', () => {
    const ende = row('Ende');
    expect(ende?.parts.map((p) => [p.segment, p.value])).toEqual([['province', 9731], ['regency', 1521]]);
    expect(ende?.partsSum).toBe(11252);
    expect(ende?.check?.agrees).toBe(false);
  });

  it('marks Nagekeo’s non-civil-servant staff as their own segment', () => {
    expect(row('Nagekeo')?.parts.map((p) => [p.segment, p.value])).toEqual([['staff', 6311], ['regency', 3034]]);
  });

  it('sums what the province pays against the 100.000 target', () => {
    // Read from the pipeline's derived result, not rebuilt or matched by value.
    expect(data.provincial?.role).toBe('peserta-terkait-apbd-provinsi');
    expect([data.provincial?.low, data.provincial?.high]).toEqual([12717, 13717]);
    expect(data.share?.role).toBe('bagian-target-provinsi');
    expect(data.target?.value).toBe(100000);
  });
});

describe('costData', () => {
  it('draws Nagekeo’s range and keeps TTU’s assumed contribution as the reference (no circular TTU bar)', () => {
    const data = costData(d);
    expect(data.rows.map((r) => [r.name, Math.round(r.low), Math.round(r.high)])).toEqual([['Nagekeo', 12930, 13822]]);
    expect(data.reference?.value).toBe(16800);
    expect(data.referenceRegency).toBe('Timor Tengah Utara');
  });
});

describe('coverageData', () => {
  it('pairs Ende’s rate with its target and recomputes NTT’s', () => {
    const data = coverageData(d);
    expect(data.rows.map((r) => [r.place, r.rate.value, r.target?.value ?? null])).toEqual([['Ende', 45, 34], ['NTT', 13, null]]);
    expect(data.rows[1]?.recomputed?.computed).toBeCloseTo(14.1, 5);
    expect(data.rows[1]?.recomputed?.agrees).toBe(false);
  });
});

describe('timelineData', () => {
  it('spans a year-only date over the whole year', () => {
    const parsed = parsePartialDate('2025');
    if (!parsed.ok) throw new Error('bad date');
    const s = span(parsed.value);
    expect(s.start.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(s.end.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('draws 2025 and lists earlier events apart', () => {
    const data = timelineData(d);
    expect(data.year).toBe(2025);
    expect(data.outside.map((i) => i.event.id)).toEqual(['nagekeo-mou']);
    expect(data.items.slice(-2).map((i) => i.event.date.precision)).toEqual(['year', 'year']);
  });
});
