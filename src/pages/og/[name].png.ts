import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { loadDataset } from '../../data/dataset.ts';
import { formatNumber, type Lang } from '../../lib/format.ts';
import { messages } from '../../lib/i18n.ts';
import { regencyStatuses } from '../../lib/views.ts';
import { shareCardSvg, type ShareCard } from '../../lib/share-card.ts';
import { SITE_NAME } from '../../lib/site.ts';

/** Share images, one per regency and edition plus the home page, rendered to PNG at build time. */
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
    for (const { regency: r, status: s } of regencyStatuses(d)) {
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
