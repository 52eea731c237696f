import { formatNumber } from './format.ts';
import { monthsBetween } from './partial-date.ts';
import type { DerivedFigure, DerivedTerm } from './dataset-schema.ts';
import type { Check, Figure, Regency } from './schema.ts';

/**
 * Figures Payung computes from published ones — never typed in. Each keeps
 * its inputs and its formula so a page can show the arithmetic.
 */

const term = (f: Figure): DerivedTerm => ({ figure: f.id, value: f.value, label_id: f.label_id, label_en: f.label_en });
const constant = (value: number, label_id: string, label_en: string): DerivedTerm => ({ figure: null, value, label_id, label_en });

/** Ids of figures that are parts of a whole (inputs of a `jumlah` check). */
function partIds(checks: readonly Check[]): Set<string> {
  return new Set(checks.filter((c) => c.kind === 'jumlah').flatMap((c) => c.inputs));
}

/**
 * The one published enrolment count per regency: a `peserta` figure that is
 * neither a part of another (a split by payer or group) nor a lower bound
 * ("lebih dari"). Two candidates for one regency is a data error.
 */
export function headlineCounts(figures: readonly Figure[], checks: readonly Check[]): Map<string, Figure> {
  const parts = partIds(checks);
  const out = new Map<string, Figure>();
  for (const f of figures) {
    if (f.measure !== 'peserta' || f.regency === null || f.qualifier === 'lebih-dari' || parts.has(f.id)) continue;
    const existing = out.get(f.regency);
    if (existing) {
      throw new Error(
        `figures.csv: kabupaten ${f.regency} punya dua angka peserta utama (${existing.id}, ${f.id}); jadikan salah satunya bagian lewat checks.csv / two headline counts for one regency`,
      );
    }
    out.set(f.regency, f);
  }
  return out;
}

/** The finest published split of a regency's count: its parts if the report gives them, else the headline. */
function finestParts(headline: Figure, figures: readonly Figure[], checks: readonly Check[]): Figure[] {
  const split = checks.find((c) => c.kind === 'jumlah' && c.target === headline.id);
  if (!split) return [headline];
  const byId = new Map(figures.map((f) => [f.id, f]));
  return split.inputs.map((id) => byId.get(id)).filter((f): f is Figure => f !== undefined);
}

function monthsCovered(f: Figure): number | null {
  if (f.per === 'bulan') return 1;
  if (f.per === 'tahun') return 12;
  if (f.period_start && f.period_end) return monthsBetween(f.period_start, f.period_end);
  return null;
}

export function deriveFigures(
  figures: readonly Figure[],
  checks: readonly Check[],
  regencies: readonly Regency[],
): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  const headlines = headlineCounts(figures, checks);
  const ordered = regencies.filter((r) => headlines.has(r.kode)).map((r) => headlines.get(r.kode)!);
  const name = new Map(regencies.map((r) => [r.kode, r.name]));

  out.push({
    id: 'total-peserta-terdokumentasi',
    label_id: 'Pekerja dengan perlindungan terdokumentasi (jumlah angka utama tiap kabupaten)',
    label_en: 'Workers with documented cover (sum of each regency’s headline count)',
    value: ordered.reduce((s, f) => s + f.value, 0),
    unit: 'pekerja',
    operation: 'sum',
    terms: ordered.map(term),
    regency: null,
    note_id: null,
    note_en: null,
  });

  const byFunder = (funder: 'apbd-provinsi' | 'apbd-kabupaten') =>
    ordered.flatMap((h) => finestParts(h, figures, checks)).filter((f) => f.funder === funder);
  const provincial = byFunder('apbd-provinsi');
  const regency = byFunder('apbd-kabupaten');
  out.push({
    id: 'peserta-dibiayai-provinsi',
    label_id: 'Peserta yang iurannya dibayar APBD Provinsi',
    label_en: 'Workers whose contributions the provincial budget pays',
    value: provincial.reduce((s, f) => s + f.value, 0),
    unit: 'pekerja',
    operation: 'sum',
    terms: provincial.map(term),
    regency: null,
    note_id: null,
    note_en: null,
  });
  out.push({
    id: 'peserta-dibiayai-kabupaten',
    label_id: 'Peserta yang iurannya dibayar APBD kabupaten',
    label_en: 'Workers whose contributions a regency budget pays',
    value: regency.reduce((s, f) => s + f.value, 0),
    unit: 'pekerja',
    operation: 'sum',
    terms: regency.map(term),
    regency: null,
    note_id: null,
    note_en: null,
  });

  const funderSum = provincial.concat(regency).reduce((s, f) => s + f.value, 0);
  const total = out[0]!;
  if (funderSum !== total.value) {
    const diff = funderSum - total.value;
    total.note_id = `Dirinci menurut pembayar, jumlahnya ${formatNumber(funderSum, 'id')} — selisih ${formatNumber(diff, 'id')} dari jumlah angka utama, karena rincian sebuah kabupaten tidak cocok dengan totalnya (lihat catatan data).`;
    total.note_en = `Split by who pays, the sum is ${formatNumber(funderSum, 'en')} — ${formatNumber(diff, 'en')} off the sum of headline counts, because one regency's parts do not add up to its total (see the data notes).`;
  }

  const target = figures.find((f) => f.measure === 'target-peserta' && f.scope === 'provinsi');
  if (target) {
    const provincialTotal = out.find((d) => d.id === 'peserta-dibiayai-provinsi')!;
    out.push({
      id: 'bagian-target-provinsi',
      label_id: `Bagian dari target ${formatNumber(target.value, 'id')} yang terdokumentasi dibayar provinsi`,
      label_en: `Share of the ${formatNumber(target.value, 'en')} target documented as paid by the province`,
      value: (provincialTotal.value / target.value) * 100,
      unit: 'persen',
      operation: 'share',
      terms: [constant(provincialTotal.value, provincialTotal.label_id, provincialTotal.label_en), term(target)],
      regency: null,
      note_id: 'Hanya berita dari Ende dan Sumba Timur merinci peserta yang dibayar provinsi; kabupaten lain belum ada datanya di sumber kami.',
      note_en: 'Only the Ende and Sumba Timur reports give provincially paid enrolments; other regencies have no data in our sources yet.',
    });
  }

  for (const headline of ordered) {
    const budgets = figures.filter(
      (f) => f.measure === 'anggaran' && f.regency === headline.regency && monthsCovered(f) !== null,
    );
    for (const budget of budgets) {
      const months = monthsCovered(budget)!;
      out.push({
        id: `biaya-per-pekerja-bulan-${budget.id}`,
        label_id: `Biaya per pekerja per bulan, ${name.get(headline.regency!)} (dari ${budget.label_id.toLowerCase()})`,
        label_en: `Cost per worker per month, ${name.get(headline.regency!)} (from: ${budget.label_en.toLowerCase()})`,
        value: budget.value / headline.value / months,
        unit: 'rupiah',
        operation: 'divide',
        terms: [term(budget), term(headline), constant(months, 'bulan', 'months')],
        regency: headline.regency,
        note_id: null,
        note_en: null,
      });
    }
  }
  return out;
}
