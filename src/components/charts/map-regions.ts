import { regionName } from '@/lib/regency-name.ts';
import { regencyStatuses } from '@/lib/views.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import type { Lang } from '@/lib/format.ts';
import type { MapRegion } from '@/map/types.ts';
import { absolute, href } from '@/components/url.ts';

/**
 * The map's regions from the dataset. `site` makes the links absolute (an
 * embed's links must leave the iframe and reach the full site).
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
      href: site ? absolute(site, lang, path) : href(lang, path),
    };
  });
}
