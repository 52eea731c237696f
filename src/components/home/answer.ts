import type { Dataset } from '../../lib/dataset-schema.ts';
import { formatNumber, type Lang } from '../../lib/format.ts';
import { messages } from '../../lib/i18n.ts';
import { regionName } from '../../lib/regency-name.ts';

/**
 * The first screen's one sentence — who is covered, where — composed from the dataset: each
 * regency with a published count, with "sekitar" where the report says it and the non-ASN staff
 * named apart where the report splits them out. Every number is a dataset figure or a count.
 */
export interface Answer {
  /** Regencies with figures, of how many. */
  withFigures: number;
  regencies: number;
  parts: { name: string; count: string; nonAsn: string | null }[];
  target: string | null;
}

export function homeAnswer(d: Dataset, lang: Lang): Answer {
  const t = messages(lang);
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const rows = d.status
    .filter((s) => s.status === 'figures' && s.headlineFigure !== null)
    .map((s) => ({ s, f: figures.get(s.headlineFigure!)!, r: d.regencies.find((r) => r.kode === s.kode)! }))
    .sort((a, b) => b.f.value - a.f.value);
  const parts = rows.map(({ f, r }) => {
    const split = d.checks.find((c) => c.kind === 'jumlah' && c.target === f.id);
    const nonAsn = split?.inputs.map((id) => figures.get(id)).find((p) => p?.group === 'non-asn');
    return {
      name: regionName(r),
      count: `${f.qualifier === 'sekitar' ? `${t.approx} ` : ''}${formatNumber(f.value, lang)}`,
      nonAsn: nonAsn ? formatNumber(nonAsn.value, lang) : null,
    };
  });
  const target = d.figures.find((f) => f.measure === 'target-peserta' && f.scope === 'provinsi');
  return { withFigures: rows.length, regencies: d.regencies.length, parts, target: target ? formatNumber(target.value, lang) : null };
}
