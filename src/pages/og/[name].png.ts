import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { loadDataset } from '@/data/dataset.ts';
import { formatDerived } from '@/lib/arithmetic.ts';
import { derivedByRole } from '@/lib/derive.ts';
import { formatDate, formatNumber, formatQualified, formatQualifiedShort, formatValue, type Lang } from '@/lib/format.ts';
import { pledgeText } from '@/lib/headline.ts';
import { messages, pick } from '@/lib/i18n.ts';
import { regionName } from '@/lib/regency-name.ts';
import { eventPlace, regencyStatuses } from '@/lib/views.ts';
import { shareCardSvg, type ShareCard } from '@/lib/share-card.ts';
import { SITE_NAME } from '@/lib/site.ts';

/**
 * Share images, one per regency, per event and edition plus the home page, rendered to PNG at build time.
 * Figures come framed from the pipeline: the qualifier travels ("~10.252"), non-ASN staff are
 * named, the provincial share is the derived range.
 */
export const getStaticPaths = (() => {
  const d = loadDataset();
  const cards: { params: { name: string }; props: { card: ShareCard } }[] = [];
  const vulnerable = derivedByRole(d.derived, 'pekerja-rentan-terlindungi');
  const provincial = derivedByRole(d.derived, 'peserta-terkait-apbd-provinsi');
  const staff = derivedByRole(d.derived, 'pegawai-non-asn-terlindungi');
  const figures = new Map(d.figures.map((f) => [f.id, f]));
  for (const lang of ['id', 'en'] as Lang[]) {
    const t = messages(lang);
    const s = t.shareCard;
    const pledge = pledgeText(d, lang);
    cards.push({
      params: { name: `${lang}-beranda` },
      props: {
        card: {
          kicker: 'Nusa Tenggara Timur',
          title: t.tagline,
          figure: vulnerable ? formatQualifiedShort(vulnerable.value, vulnerable.qualifier, lang) : null,
          caption: provincial && pledge ? s.homeCaption(formatDerived(provincial, lang), pledge) : t.description,
          footer: SITE_NAME,
        },
      },
    });
    // One card per event: its date, its title, its first published count (qualifier kept), and where it happened.
    for (const e of d.events) {
      const count = d.figures.find((f) => f.event === e.id && f.measure === 'peserta' && f.group === null);
      const place = eventPlace(d, e);
      cards.push({
        params: { name: `${lang}-peristiwa-${e.id}` },
        props: {
          card: {
            kicker: formatDate(e.date, lang),
            title: pick(e, 'title', lang),
            figure: count ? `${formatQualifiedShort(count.value, count.qualifier, lang)} ${formatValue(count.value, count.unit, lang).replace(formatNumber(count.value, lang), '').trim()}`.trim() : null,
            caption: place ? regionName(place) : 'Nusa Tenggara Timur',
            footer: SITE_NAME,
          },
        },
      });
    }
    for (const { regency: r, status: st } of regencyStatuses(d)) {
      const staffHere = staff?.terms.filter((x) => x.figure !== null && figures.get(x.figure)?.regency === r.kode) ?? [];
      const staffCount = staffHere.reduce((a, x) => a + x.value, 0);
      cards.push({
        params: { name: `${lang}-${r.slug}` },
        props: {
          card: {
            kicker: r.type === 'kota' ? 'Kota' : 'Kabupaten',
            title: r.name,
            figure: st.workers === null ? null : formatQualifiedShort(st.workers, st.qualifier, lang),
            caption: st.workers === null
              ? t.statusLabel[st.status]
              : `${s.regencyCaption(formatQualified(st.workers, st.qualifier, lang))}${staffCount > 0 ? ` (${s.staff(formatNumber(staffCount, lang))})` : ''}`,
            footer: SITE_NAME,
          },
        },
      });
    }
  }
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const svg = shareCardSvg(props['card'] as ShareCard);
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
