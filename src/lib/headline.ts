import { checkArithmetic, derivedArithmetic, formatDerived } from './arithmetic.ts';
import type { Dataset, DerivedFigure } from './dataset-schema.ts';
import { derivedByRole } from './derive.ts';
import { formatNumber, formatQualified, type Lang } from './format.ts';
import { messages, pick } from './i18n.ts';
import type { Figure, Note } from './schema.ts';

/**
 * The headline figures of `/`, framed: each figure means one thing, carries
 * its qualifier, its arithmetic and what it rests on. A view model only: the
 * home page decides where it goes (HeadlineFigures.astro draws it).
 */
export interface HeadlineCondition {
  /** notes.csv id or checks.csv id; the link target is `#catatan-<id>` / `#cek-<id>` on /metodologi/. */
  anchor: string;
  kind: string;
  text: string;
}

export interface HeadlineItem {
  key: 'vulnerable' | 'staff' | 'provincial' | 'before';
  /** What the number is, in words ("sekitar 32.152"). */
  value: string;
  label: string;
  /** A second, smaller figure in words (the share of the target). */
  aside: string | null;
  arithmetic: string | null;
  note: string | null;
  conditions: HeadlineCondition[];
}

function noteCondition(n: Note, figures: ReadonlyMap<string, Figure>, names: ReadonlyMap<string, string>, lang: Lang): HeadlineCondition {
  const f = n.figure ? figures.get(n.figure) : undefined;
  const where = names.get(n.regency ?? f?.regency ?? '') ?? '';
  const t = messages(lang);
  const about = n.about ? t.noteAbout[n.about] : '';
  return { anchor: `catatan-${n.id}`, kind: t.noteKind[n.kind], text: [where, about].filter(Boolean).join(': ') };
}

function conditions(d: DerivedFigure, data: Dataset, lang: Lang): HeadlineCondition[] {
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const names = new Map(data.regencies.map((r) => [r.kode, r.name]));
  const notes = d.basis.notes.flatMap((id) => data.notes.filter((n) => n.id === id));
  return notes.map((n) => noteCondition(n, figures, names, lang));
}


export function headlineView(data: Dataset, lang: Lang): HeadlineItem[] {
  const t = messages(lang).headline;
  const names = new Map(data.regencies.map((r) => [r.kode, r.name]));
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  const items: HeadlineItem[] = [];

  const vulnerable = derivedByRole(data.derived, 'pekerja-rentan-terlindungi');
  if (vulnerable) {
    const regencies = new Set(vulnerable.terms.flatMap((x) => (x.figure ? [figures.get(x.figure)?.regency] : [])));
    items.push({
      key: 'vulnerable',
      value: formatDerived(vulnerable, lang),
      label: t.vulnerable(formatNumber(regencies.size, lang)),
      aside: null,
      arithmetic: derivedArithmetic(vulnerable, lang),
      note: pick(vulnerable, 'note', lang),
      conditions: conditions(vulnerable, data, lang),
    });
  }
  const staff = derivedByRole(data.derived, 'pegawai-non-asn-terlindungi');
  if (staff) {
    const where = [...new Set(staff.terms.flatMap((x) => (x.figure ? [names.get(figures.get(x.figure)?.regency ?? '') ?? ''] : [])))];
    items.push({
      key: 'staff', value: formatDerived(staff, lang), label: t.staff(where.join(', ')), aside: null, arithmetic: null, note: null, conditions: [],
    });
  }
  const provincial = derivedByRole(data.derived, 'peserta-terkait-apbd-provinsi');
  const share = derivedByRole(data.derived, 'bagian-target-provinsi');
  if (provincial && share) {
    const target = share.terms[1]!;
    items.push({
      key: 'provincial',
      value: formatDerived(provincial, lang),
      label: t.provincial(formatNumber(target.value, lang)),
      aside: t.share(formatDerived(share, lang), formatNumber(target.value, lang)),
      arithmetic: derivedArithmetic(provincial, lang),
      note: pick(provincial, 'note', lang),
      conditions: conditions(provincial, data, lang),
    });
  }
  // The governor's "about 13%": the published rate next to its own inputs.
  const rateCheck = data.checkResults.find((c) => c.kind === 'persentase' && c.regency === null);
  const rate = rateCheck ? figures.get(rateCheck.target) : undefined;
  if (rateCheck && rate) {
    items.push({
      key: 'before',
      value: formatQualified(rate.value, rate.qualifier, lang, rate.unit),
      label: t.before,
      aside: null,
      arithmetic: null,
      note: rateCheck.agrees ? null : t.beforeCheck(checkArithmetic(rateCheck, figures, lang)),
      conditions: rateCheck.agrees ? [] : [{ anchor: `cek-${rateCheck.id}`, kind: '', text: pick(rateCheck, 'label', lang) }],
    });
  }
  return items;
}

/** The provincial pledge (the target the share is computed against), formatted; null when unpublished. */
export function pledgeText(data: Dataset, lang: Lang): string | null {
  const share = derivedByRole(data.derived, 'bagian-target-provinsi');
  const target = share?.terms[1];
  return target ? formatNumber(target.value, lang) : null;
}
