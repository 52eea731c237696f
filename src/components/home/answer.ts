import { formatDerived } from '@/lib/arithmetic.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import { derivedByRole } from '@/lib/derive.ts';
import { formatNumber, type Lang } from '@/lib/format.ts';
import { pledgeText } from '@/lib/headline.ts';
import { messages } from '@/lib/i18n.ts';
import { regionName } from '@/lib/regency-name.ts';
import { regencyStatuses } from '@/lib/views.ts';

/**
 * The first screen's one sentence — who is covered, where — from the pipeline's framed figures
 * (src/lib/derive.ts, src/lib/headline.ts): the vulnerable workers with published cover, the
 * regencies they are in (the map right below carries each one's count), the non-ASN staff named
 * apart, and the provincial pledge. No number here is computed or typed: each is a derived
 * figure, a count of regencies, or a dataset figure.
 */
export function homeAnswer(d: Dataset, lang: Lang): string {
  const t = messages(lang).story;
  const vulnerable = derivedByRole(d.derived, 'pekerja-rentan-terlindungi');
  const staff = derivedByRole(d.derived, 'pegawai-non-asn-terlindungi');
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  const places = regencyStatuses(d)
    .filter(({ status }) => status.status === 'figures')
    .sort((a, b) => (b.status.workers ?? 0) - (a.status.workers ?? 0))
    .map(({ regency }) => {
      const staffHere = staff?.terms.filter((x) => x.figure !== null && figures.get(x.figure)?.regency === regency.kode) ?? [];
      const count = staffHere.reduce((a, x) => a + x.value, 0);
      return staffHere.length ? `${regionName(regency)} (${t.nonAsn(formatNumber(count, lang))})` : regionName(regency);
    });
  const list = places.length > 1 ? `${places.slice(0, -1).join(', ')} ${t.and} ${places.at(-1)}` : (places[0] ?? '');
  return t.answer(
    vulnerable ? formatDerived(vulnerable, lang) : null,
    formatNumber(places.length, lang),
    formatNumber(d.regencies.length, lang),
    list,
    pledgeText(d, lang),
  );
}
