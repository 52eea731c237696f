import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { loadDataset } from '../../data/dataset.ts';
import { formatDate, formatNumber, formatValue, type Lang } from '../../lib/format.ts';
import { regionName } from '../../lib/regency-name.ts';
import { messages, pick } from '../../lib/i18n.ts';
import { shareCardSvg, type ShareCard } from '../../lib/share-card.ts';
import { SITE_NAME } from '../../lib/site.ts';

/** Share images, one per regency, per event and edition plus the home page, rendered to PNG at build time. */
export const getStaticPaths = (() => {
  const d = loadDataset();
  const cards: { params: { name: string }; props: { card: ShareCard } }[] = [];
  for (const lang of ['id', 'en'] as Lang[]) {
    const t = messages(lang);
    const total = d.derived.find((x) => x.id === 'total-peserta-terdokumentasi');
    const target = d.figures.find((f) => f.id === 'provinsi-target');
    cards.push({
      params: { name: `${lang}-beranda` },
      props: { card: { kicker: 'Nusa Tenggara Timur', title: t.tagline, figure: total ? formatNumber(total.value, lang) : null, caption: t.shareCard.homeCaption(target ? formatNumber(target.value, lang) : t.unknown), footer: SITE_NAME } },
    });
    // One card per event: its date, its title, its first published count, and where it happened.
    for (const e of d.events) {
      const count = d.figures.find((f) => f.event === e.id && f.measure === 'peserta' && f.group === null);
      const place = d.regencies.find((r) => r.kode === (e.regency ?? e.venue_regency));
      cards.push({
        params: { name: `${lang}-peristiwa-${e.id}` },
        props: {
          card: {
            kicker: formatDate(e.date, lang),
            title: pick(e, 'title', lang),
            figure: count ? `${count.qualifier === 'sekitar' ? '~' : ''}${formatValue(count.value, count.unit, lang)}` : null,
            caption: place ? regionName(place) : 'Nusa Tenggara Timur',
            footer: SITE_NAME,
          },
        },
      });
    }
    for (const r of d.regencies) {
      const s = d.status.find((x) => x.kode === r.kode)!;
      cards.push({
        params: { name: `${lang}-${r.slug}` },
        props: {
          card: {
            kicker: r.type === 'kota' ? 'Kota' : 'Kabupaten',
            title: r.name,
            figure: s.workers === null ? null : formatNumber(s.workers, lang),
            caption: s.workers === null ? t.statusLabel[s.status] : t.shareCard.regencyCaption,
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
