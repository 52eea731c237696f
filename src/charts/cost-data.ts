/**
 * Shapes "cost per worker per month" from the derived figures with role
 * `biaya-per-pekerja-bulan` (computed by the pipeline from a budget, a head
 * count and a number of months, as a range when the budget is rounded). Pure.
 * A budget the report itself computed from an assumed contribution is not
 * divided back (derive.ts): the chart shows that assumption as its reference.
 */
import type { Dataset, DerivedFigure } from '@/lib/dataset-schema.ts';
import type { Figure } from '@/lib/schema.ts';


export interface CostRow {
  kode: string;
  name: string;
  /** The value drawn (the first derivation for the regency) and the range its inputs allow. */
  value: number;
  low: number;
  high: number;
  derivations: DerivedFigure[];
  sources: string[];
}

export interface CostData {
  rows: CostRow[];
  /** A published contribution per worker per month, drawn as a reference rule (TTU's Rp16.800). */
  reference: Figure | null;
  referenceRegency: string | null;
  sources: string[];
}

export function costData(d: Dataset): CostData {
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const names = new Map(d.regencies.map((r) => [r.kode, r.name]));
  const byRegency = new Map<string, DerivedFigure[]>();
  for (const x of d.derived) {
    if (x.role !== 'biaya-per-pekerja-bulan' || x.regency === null) continue;
    byRegency.set(x.regency, [...(byRegency.get(x.regency) ?? []), x]);
  }
  const sourcesOf = (xs: DerivedFigure[]) =>
    [...new Set(xs.flatMap((x) => x.terms.flatMap((t) => (t.figure ? [figures.get(t.figure)?.source ?? ''] : []))).filter(Boolean))];
  const rows = [...byRegency].map(([kode, derivations]): CostRow => ({
    kode,
    name: names.get(kode) ?? kode,
    value: derivations[0]?.value ?? 0,
    low: derivations[0]?.low ?? derivations[0]?.value ?? 0,
    high: derivations[0]?.high ?? derivations[0]?.value ?? 0,
    derivations,
    sources: sourcesOf(derivations),
  }));
  rows.sort((a, b) => b.value - a.value || a.kode.localeCompare(b.kode));
  const reference = d.figures.find((f) => f.measure === 'iuran' && f.per === 'pekerja-bulan') ?? null;
  return {
    rows,
    reference,
    referenceRegency: reference?.regency ? (names.get(reference.regency) ?? null) : null,
    sources: [...new Set([...rows.flatMap((r) => r.sources), ...(reference ? [reference.source] : [])])],
  };
}
