import { regionName } from '@/lib/regency-name.ts';
import { regencyStatuses } from '@/lib/views.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import type { Lang } from '@/lib/format.ts';
import type { MapRegion } from '@/map/types.ts';
import { publicHref } from '@/components/url.ts';

/**
 * The map's regions from the dataset. `site` (embeds, downloads) makes the links absolute when
 * SITE_URL is known; otherwise they stay root-relative, which an embed's frame resolves against
 * the site that serves it.
 */
export function mapRegions(d: Dataset, lang: Lang, site?: URL): MapRegion[] {
  return regencyStatuses(d).map(({ regency: r, status: s }) => {
    const path = `/kabupaten/${r.slug}/`;
    return {
      kode: r.kode,
      name: regionName(r),
      slug: r.slug,
      status: s.status,
      workers: s.workers,
      qualifier: s.qualifier,
      href: publicHref(site, lang, path),
    };
  });
}
