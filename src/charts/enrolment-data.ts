/**
 * Shapes "enrolments by regency, split by who pays" from the dataset. Pure.
 *
 * A regency's bar is drawn from its parts when a `jumlah` check declares them
 * (Ende: APBD I + APBD II; Nagekeo: non-ASN staff + vulnerable workers),
 * otherwise from its headline figure. When the parts do not add up to the
 * published total (Ende: 9.731 + 1.521 = 11.252, published ~10.252), both are
 * kept: the chart draws the parts and marks the total.
 */
import type { CheckResult, Dataset, DerivedFigure } from '@/lib/dataset-schema.ts';
import { derivedByRole } from '@/lib/derive.ts';
import type { Figure } from '@/lib/schema.ts';

/** Who pays, as the chart colours it. Non-ASN staff are regency-paid but not "vulnerable workers". */
export type Segment = 'province' | 'regency' | 'staff' | 'unknown';

export interface EnrolmentPart {
  segment: Segment;
  value: number;
  figure: string;
}

export interface EnrolmentRow {
  kode: string;
  name: string;
  /** The published headline count (status[].headlineFigure). */
  headline: Figure;
  parts: EnrolmentPart[];
  partsSum: number;
  /** The check relating the parts to the headline, if any; `agrees: false` for Ende. */
  check: CheckResult | null;
  sources: string[];
  /** Notes attached to the headline figure (notes.csv), or the figure's own note. */
  notes: { id: string; en: string }[];
}

export interface EnrolmentData {
  rows: EnrolmentRow[];
  /** The provincial programme target (100.000), if published. */
  target: Figure | null;
  /** The pipeline's "workers the reports tie to the provincial budget" (a range where a split does not add up). */
  provincial: DerivedFigure | null;
  /** The pipeline's share of the provincial target those workers make (a range, with what it rests on). */
  share: DerivedFigure | null;
  sources: string[];
}

function segmentOf(f: Figure, fallback: Figure): Segment {
  if (f.group === 'non-asn') return 'staff';
  const funder = f.funder ?? fallback.funder;
  if (funder === 'apbd-provinsi') return 'province';
  if (funder === 'apbd-kabupaten') return 'regency';
  return 'unknown';
}

export function enrolmentData(d: Dataset): EnrolmentData {
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const names = new Map(d.regencies.map((r) => [r.kode, r.name]));
  const rows: EnrolmentRow[] = [];
  for (const status of d.status) {
    const headline = status.headlineFigure ? figures.get(status.headlineFigure) : undefined;
    if (!headline) continue;
    const check = d.checkResults.find((c) => c.kind === 'jumlah' && c.target === headline.id) ?? null;
    const partFigures = check
      ? check.inputs.flatMap((i) => (i.figure && figures.get(i.figure) ? [figures.get(i.figure) as Figure] : []))
      : [headline];
    const parts = partFigures.map((f) => ({ segment: segmentOf(f, headline), value: f.value, figure: f.id }));
    const attached = d.notes.filter((n) => n.figure === headline.id).map((n) => ({ id: n.text_id, en: n.text_en }));
    const name = names.get(status.kode) ?? status.kode;
    const ownNotes = headline.note_id && headline.note_en ? [{ id: `${name}: ${headline.note_id}`, en: `${name}: ${headline.note_en}` }] : [];
    rows.push({
      kode: status.kode,
      name,
      headline,
      parts,
      partsSum: parts.reduce((s, p) => s + p.value, 0),
      check,
      sources: [...new Set([headline.source, ...partFigures.map((f) => f.source)])],
      notes: attached.length > 0 ? attached : ownNotes,
    });
  }
  rows.sort((a, b) => b.headline.value - a.headline.value || a.kode.localeCompare(b.kode));
  const target = d.figures.find((f) => f.measure === 'target-peserta' && f.scope === 'provinsi') ?? null;
  return {
    rows,
    target,
    provincial: derivedByRole(d.derived, 'peserta-terkait-apbd-provinsi'),
    share: derivedByRole(d.derived, 'bagian-target-provinsi'),
    sources: [...new Set([...rows.flatMap((r) => r.sources), ...(target ? [target.source] : [])])],
  };
}
