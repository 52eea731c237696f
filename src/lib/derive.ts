import { toleranceFor } from './consistency.ts';
import type { CheckResult, DerivedFigure, DerivedRole, DerivedTerm } from './dataset-schema.ts';
import { formatNumber } from './format.ts';
import { monthsBetween } from './partial-date.ts';
import type { Check, Figure, Note, NOTE_ABOUT, Regency } from './schema.ts';

type NoteAbout = (typeof NOTE_ABOUT)[number];

/**
 * Figures we compute from published ones — never typed in. Each is a named
 * result (its `role`) that keeps its inputs, its arithmetic, the range its
 * inputs allow and what it rests on (inference notes, failed checks), so every
 * page, chart and share card reads the same framing.
 *
 * Rules:
 * - A total only adds things of the same kind: vulnerable workers apart from
 *   non-civil-servant staff.
 * - No result is more precise than its inputs: a rounded budget gives a range,
 *   shown to one significant digit more than the least precise input.
 * - A part of a split that does not add up (check `jumlah` fails by δ) may be
 *   the number that is off by δ: sums that use it become a range. We do not
 *   guess which number is wrong.
 * - A budget the report itself computed as head count × assumed contribution
 *   is not divided back into a "cost per worker": the check shows it agrees.
 */

export interface DeriveInput {
  figures: readonly Figure[];
  checks: readonly Check[];
  regencies: readonly Regency[];
  notes: readonly Note[];
  checkResults: readonly CheckResult[];
}

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

/** The published parts of a regency's count, if a `jumlah` check declares them. */
function partsOf(headline: Figure, figures: ReadonlyMap<string, Figure>, checks: readonly Check[]): Figure[] | null {
  const split = checks.find((c) => c.kind === 'jumlah' && c.target === headline.id);
  if (!split) return null;
  return split.inputs.map((id) => figures.get(id)).filter((f): f is Figure => f !== undefined);
}

function monthsCovered(f: Figure): number | null {
  if (f.per === 'bulan') return 1;
  if (f.per === 'tahun') return 12;
  if (f.period_start && f.period_end) return monthsBetween(f.period_start, f.period_end);
  return null;
}

/** Significant digits of a published value: 1.500.000.000 → 2, 10.252 → 5, 45 → 2. */
export function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** Rounds to `n` significant digits: (13366.2, 3) → 13400. */
export function roundSignificant(value: number, n: number): number {
  if (value === 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(value))) + 1 - n);
  return Math.round(value / scale) * scale;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Failed `jumlah` checks: the gap between parts and total (parts − total). */
function failedSplits(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((r) => r.kind === 'jumlah' && !r.agrees);
}

/** A term for a sum: exact, unless it is part of a split that does not add up. */
function sumTerm(f: Figure, failed: readonly CheckResult[]): DerivedTerm {
  const split = failed.find((r) => r.inputs.some((i) => i.figure === f.id));
  const gap = split ? split.computed - split.targetValue : 0;
  return {
    figure: f.id,
    value: f.value,
    low: gap > 0 ? f.value - gap : gap < 0 ? f.value : null,
    high: gap > 0 ? f.value : gap < 0 ? f.value - gap : null,
    qualifier: f.qualifier === 'sekitar' ? 'sekitar' : 'tepat',
    label_id: f.label_id,
    label_en: f.label_en,
  };
}

/** A term for a division: a rounded or approximate published number spans its rounding. */
function ratioTerm(f: Figure): DerivedTerm {
  const tolerance = f.unit === 'rupiah' || f.qualifier === 'sekitar' ? toleranceFor(f) : 0;
  return {
    figure: f.id,
    value: f.value,
    low: tolerance > 0 ? f.value - tolerance : null,
    high: tolerance > 0 ? f.value + tolerance : null,
    qualifier: tolerance > 0 ? 'sekitar' : 'tepat',
    label_id: f.label_id,
    label_en: f.label_en,
  };
}

const constant = (value: number, label_id: string, label_en: string): DerivedTerm => ({
  figure: null, value, low: null, high: null, qualifier: 'tepat', label_id, label_en,
});

const lo = (t: DerivedTerm) => t.low ?? t.value;
const hi = (t: DerivedTerm) => t.high ?? t.value;

/** Notes a result rests on: inferences and contradictions about the given facts of its input figures. */
function basisOf(terms: readonly DerivedTerm[], notes: readonly Note[], failed: readonly CheckResult[], about: readonly NoteAbout[]) {
  const ids = new Set(terms.flatMap((t) => (t.figure ? [t.figure] : [])));
  const checks = failed.filter((r) => ids.has(r.target) || r.inputs.some((i) => i.figure !== null && ids.has(i.figure)));
  const touched = new Set([...ids, ...checks.map((c) => c.target)]);
  return {
    notes: notes
      .filter((n) => n.kind !== 'catatan' && n.figure !== null && touched.has(n.figure) && (n.about === null || about.includes(n.about)))
      .map((n) => n.id),
    checks: checks.map((c) => c.id),
  };
}

function sumFigure(
  id: string, role: DerivedRole, label_id: string, label_en: string, terms: DerivedTerm[], input: DeriveInput,
  failed: readonly CheckResult[], about: readonly NoteAbout[],
): DerivedFigure {
  const ranged = terms.some((t) => t.low !== null);
  return {
    id, role, label_id, label_en,
    value: sum(terms.map((t) => t.value)),
    low: ranged ? sum(terms.map(lo)) : null,
    high: ranged ? sum(terms.map(hi)) : null,
    qualifier: ranged || terms.some((t) => t.qualifier === 'sekitar') ? 'sekitar' : 'tepat',
    significant: null,
    unit: 'pekerja',
    operation: 'sum',
    terms,
    regency: null,
    note_id: null,
    note_en: null,
    basis: basisOf(terms, input.notes, failed, about),
  };
}

/** "Ende dan Sumba Timur" / "Ende and Sumba Timur", from the data. */
function nameList(names: readonly string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

export function deriveFigures(input: DeriveInput): DerivedFigure[] {
  const { figures, checks, regencies, checkResults } = input;
  const out: DerivedFigure[] = [];
  const byId = new Map(figures.map((f) => [f.id, f]));
  const failed = failedSplits(checkResults);
  const headlines = headlineCounts(figures, checks);
  const ordered = regencies.filter((r) => headlines.has(r.kode)).map((r) => headlines.get(r.kode)!);
  const name = new Map(regencies.map((r) => [r.kode, r.name]));

  // Vulnerable workers with published cover: each regency's own total of
  // vulnerable workers (its headline, or the vulnerable part of a mixed total).
  const vulnerable: Figure[] = [];
  const staff: Figure[] = [];
  for (const h of ordered) {
    const parts = partsOf(h, byId, checks);
    if (h.group === 'pekerja-rentan') vulnerable.push(h);
    else if (parts) {
      vulnerable.push(...parts.filter((p) => p.group === 'pekerja-rentan'));
      staff.push(...parts.filter((p) => p.group === 'non-asn'));
    }
    if (h.group === 'non-asn') staff.push(h);
  }
  const headlineTerm = (f: Figure): DerivedTerm => ({ ...sumTerm(f, []), label_id: `${name.get(f.regency!)}: ${f.label_id}`, label_en: `${name.get(f.regency!)}: ${f.label_en}` });
  const vulnerableTotal = sumFigure(
    'pekerja-rentan-terlindungi', 'pekerja-rentan-terlindungi',
    'Pekerja rentan dengan perlindungan yang diberitakan (jumlah angka tiap berita)',
    'Vulnerable workers with reported cover (sum of each report’s own count)',
    vulnerable.map(headlineTerm), input, failed, ['jumlah', 'cakupan'],
  );
  const excluded = ordered.filter((h) => h.group === null && !(partsOf(h, byId, checks) ?? []).some((p) => p.group !== null));
  const staffTotal = sum(staff.map((f) => f.value));
  if (staff.length > 0) {
    vulnerableTotal.note_id = `Tidak termasuk ${formatNumber(staffTotal, 'id')} pegawai non-ASN (${nameList(staff.map((f) => name.get(f.regency!) ?? ''), 'dan')}), yang bukan pekerja rentan.`;
    vulnerableTotal.note_en = `Excludes ${formatNumber(staffTotal, 'en')} non-civil-servant staff (${nameList(staff.map((f) => name.get(f.regency!) ?? ''), 'and')}), who are not vulnerable workers.`;
  }
  if (excluded.length > 0) {
    const names = nameList(excluded.map((f) => name.get(f.regency!) ?? ''), 'dan');
    vulnerableTotal.note_id = `${vulnerableTotal.note_id ?? ''} Angka ${names} tidak dipisah menurut kelompok dan tidak dihitung.`.trim();
    vulnerableTotal.note_en = `${vulnerableTotal.note_en ?? ''} ${nameList(excluded.map((f) => name.get(f.regency!) ?? ''), 'and')}: no split by group, not counted.`.trim();
  }
  out.push(vulnerableTotal);

  if (staff.length > 0) {
    out.push(sumFigure(
      'pegawai-non-asn-terlindungi', 'pegawai-non-asn-terlindungi',
      'Pegawai non-ASN (tenaga kontrak pemerintah) yang dijamin — bukan pekerja rentan',
      'Non-civil-servant government staff covered — not vulnerable workers',
      staff.map(headlineTerm), input, failed, ['jumlah', 'cakupan'],
    ));
  }

  // Only against the provincial pledge: the workers the reports tie to the
  // provincial budget, with the range an inconsistent split allows.
  const tied = ordered
    .flatMap((h) => partsOf(h, byId, checks) ?? [h])
    .filter((f) => f.funder === 'apbd-provinsi' && f.group !== 'non-asn');
  const provincial = sumFigure(
    'peserta-terkait-apbd-provinsi', 'peserta-terkait-apbd-provinsi',
    'Pekerja rentan yang menurut berita dibayar APBD Provinsi',
    'Vulnerable workers the reports tie to the provincial budget',
    tied.map((f) => ({ ...sumTerm(f, failed), label_id: `${name.get(f.regency!)}: ${f.label_id}`, label_en: `${name.get(f.regency!)}: ${f.label_en}` })),
    input, failed, ['jumlah', 'pembayar', 'target'],
  );
  const tiedNames = [...new Set(tied.map((f) => name.get(f.regency!) ?? ''))];
  provincial.note_id = `Hanya berita dari ${nameList(tiedNames, 'dan')} yang mengaitkan peserta dengan APBD Provinsi; kabupaten lain belum ada datanya di sumber kami.`;
  provincial.note_en = `Only the reports from ${nameList(tiedNames, 'and')} tie enrolled workers to the provincial budget; other regencies have no data in our sources yet.`;
  out.push(provincial);

  const targets = figures.filter((f) => f.measure === 'target-peserta' && f.scope === 'provinsi');
  const target = targets.find((f) => f.event !== null && !targets.some((o) => o !== f && checks.some((c) => c.target === o.id && c.inputs.includes(f.id)))) ?? targets[0];
  if (target && tied.length > 0) {
    const share = (x: number) => (x / target.value) * 100;
    const t = sumTerm(target, []);
    const whole = { ...constant(provincial.value, provincial.label_id, provincial.label_en), low: provincial.low, high: provincial.high };
    out.push({
      id: 'bagian-target-provinsi',
      role: 'bagian-target-provinsi',
      label_id: `Bagian dari target ${formatNumber(target.value, 'id')} pekerja provinsi yang menurut berita dibayar APBD Provinsi`,
      label_en: `Share of the province’s ${formatNumber(target.value, 'en')}-worker target that the reports tie to the provincial budget`,
      value: share(provincial.value),
      low: provincial.low === null ? null : share(provincial.low),
      high: provincial.high === null ? null : share(provincial.high),
      qualifier: provincial.qualifier,
      significant: null,
      unit: 'persen',
      operation: 'share',
      terms: [whole, t],
      regency: null,
      note_id: provincial.note_id,
      note_en: provincial.note_en,
      basis: provincial.basis,
    });
  }

  // Cost per worker per month, where a budget and a head count are published
  // and the budget is not itself head count × an assumed contribution.
  for (const headline of ordered) {
    const budgets = figures.filter((f) => f.measure === 'anggaran' && f.regency === headline.regency && monthsCovered(f) !== null);
    for (const budget of budgets) {
      const circular = checks.some((c) => c.kind === 'kali' && c.target === budget.id && c.inputs.includes(headline.id));
      if (circular) continue;
      const months = monthsCovered(budget)!;
      const terms = [ratioTerm(budget), ratioTerm(headline), constant(months, 'bulan', 'months')];
      const at = (b: number, w: number) => b / w / months;
      const ranged = terms.some((x) => x.low !== null);
      const significant = Math.min(...[budget, headline].map((f) => significantDigits(f.value))) + 1;
      const parts = partsOf(headline, byId, checks) ?? [];
      const staffIn = parts.filter((p) => p.group === 'non-asn');
      const where = name.get(headline.regency!) ?? '';
      out.push({
        id: `biaya-per-pekerja-bulan-${budget.id}`,
        role: 'biaya-per-pekerja-bulan',
        label_id: `Biaya per pekerja per bulan, ${where} (dari ${budget.label_id.toLowerCase()})`,
        label_en: `Cost per worker per month, ${where} (from: ${budget.label_en.toLowerCase()})`,
        value: at(budget.value, headline.value),
        low: ranged ? at(lo(terms[0]!), hi(terms[1]!)) : null,
        high: ranged ? at(hi(terms[0]!), lo(terms[1]!)) : null,
        qualifier: ranged ? 'sekitar' : 'tepat',
        significant,
        unit: 'rupiah',
        operation: 'divide',
        terms,
        regency: headline.regency,
        note_id: staffIn.length > 0
          ? `Pembaginya (${formatNumber(headline.value, 'id')} pekerja) termasuk ${formatNumber(sum(staffIn.map((p) => p.value)), 'id')} pegawai non-ASN.`
          : null,
        note_en: staffIn.length > 0
          ? `The divisor (${formatNumber(headline.value, 'en')} workers) includes ${formatNumber(sum(staffIn.map((p) => p.value)), 'en')} non-civil-servant staff.`
          : null,
        basis: basisOf([terms[0]!, terms[1]!], input.notes, failed, ['jumlah', 'cakupan']),
      });
    }
  }
  return out;
}

/** The derived figure with a role (at most one per role outside `biaya-per-pekerja-bulan`). */
export function derivedByRole(derived: readonly DerivedFigure[], role: DerivedRole): DerivedFigure | null {
  return derived.find((d) => d.role === role) ?? null;
}
