/**
 * Shapes "coverage rates" from the dataset: each published rate
 * (`tingkat-kepesertaan`), the target published with it, and, where a
 * `persentase` check recomputes the rate from counts, the recomputed value
 * (NTT: 141 ribu ÷ ~1 juta = 14,1% against the published ~13%). Pure.
 */
import type { CheckResult, Dataset } from '@/lib/dataset-schema.ts';
import type { Figure } from '@/lib/schema.ts';

export interface CoverageRow {
  rate: Figure;
  /** "Ende", "NTT". */
  place: string;
  target: Figure | null;
  /** The rate recomputed from published counts, when a check declares them. */
  recomputed: CheckResult | null;
  sources: string[];
}

export interface CoverageData {
  rows: CoverageRow[];
  sources: string[];
}

export function coverageData(d: Dataset): CoverageData {
  const names = new Map(d.regencies.map((r) => [r.kode, r.name]));
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const rows = d.figures
    .filter((f) => f.measure === 'tingkat-kepesertaan' && f.unit === 'persen')
    .map((rate): CoverageRow => {
      const target = d.figures.find((f) => f.measure === 'target-kepesertaan' && f.scope === rate.scope && f.regency === rate.regency) ?? null;
      const recomputed = d.checkResults.find((c) => c.kind === 'persentase' && c.target === rate.id) ?? null;
      const inputSources = recomputed?.inputs.flatMap((i) => (i.figure ? [figures.get(i.figure)?.source ?? ''] : [])) ?? [];
      return {
        rate,
        place: rate.regency ? (names.get(rate.regency) ?? rate.regency) : 'NTT',
        target,
        recomputed,
        sources: [...new Set([rate.source, ...(target ? [target.source] : []), ...inputSources])].filter(Boolean),
      };
    });
  // Regencies first (by code), the province last.
  rows.sort((a, b) => (a.rate.regency ?? '99').localeCompare(b.rate.regency ?? '99'));
  return { rows, sources: [...new Set(rows.flatMap((r) => r.sources))] };
}
