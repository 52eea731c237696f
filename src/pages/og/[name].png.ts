import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { loadDataset } from '../../data/dataset.ts';
import { formatNumber, type Lang } from '../../lib/format.ts';
import { STATUS_LABEL, UI } from '../../lib/i18n.ts';
import { shareCardSvg, type ShareCard } from '../../lib/share-card.ts';
import { SITE_NAME } from '../../lib/site.ts';

/** Share images, one per regency and edition plus the home page, rendered to PNG at build time. */
export const getStaticPaths = (() => {
  const d = loadDataset();
  const cards: { params: { name: string }; props: { card: ShareCard } }[] = [];
  for (const lang of ['id', 'en'] as Lang[]) {
    const t = UI[lang];
    const total = d.derived.find((x) => x.id === 'total-peserta-terdokumentasi');
    cards.push({
      params: { name: `${lang}-beranda` },
      props: { card: { kicker: 'Nusa Tenggara Timur', title: t.tagline, figure: total ? formatNumber(total.value, lang) : null, caption: lang === 'id' ? 'pekerja dengan perlindungan terdokumentasi; target provinsi 100.000' : 'workers with documented cover; provincial target 100,000', footer: SITE_NAME } },
    });
    for (const r of d.regencies) {
      const s = d.status.find((x) => x.kode === r.kode)!;
      cards.push({
        params: { name: `${lang}-${r.slug}` },
        props: {
          card: {
            kicker: r.type === 'kota' ? 'Kota' : 'Kabupaten',
            title: r.name,
            figure: s.workers === null ? null : formatNumber(s.workers, lang),
            caption: s.workers === null ? STATUS_LABEL[lang][s.status] : lang === 'id' ? 'pekerja terdaftar BPJS Ketenagakerjaan menurut berita' : 'workers enrolled in BPJS Ketenagakerjaan according to the reports',
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
