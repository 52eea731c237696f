import { loadDataset } from '@/data/dataset.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { DATA_LICENCE } from '@/lib/licence.ts';
import { regencyData, type RegencyData } from '@/lib/regency-data.ts';
import { regencyOf } from '@/lib/views.ts';
import { publicAsset, publicHref } from '@/components/url.ts';

/** Site paths of a regency's citable files and of their schema. */
export const SCHEMA_PATH = '/data/kabupaten/schema.json';
export const regencyFile = (slug: string, ext: 'json' | 'csv') => `/data/kabupaten/${slug}.${ext}`;

export function regencyPaths() {
  return loadDataset().regencies.map((r) => ({ params: { slug: r.slug }, props: { kode: r.kode } }));
}

export function regencyFileData(site: URL | undefined, kode: string): RegencyData {
  const d = loadDataset();
  const { slug } = regencyOf(d, kode);
  return regencyData(d, kode, {
    siteName: SITE_NAME,
    schemaUrl: publicAsset(site, SCHEMA_PATH),
    pageUrl: publicHref(site, 'id', `/kabupaten/${slug}/`),
    fileUrl: publicAsset(site, regencyFile(slug, 'json')),
    licence: DATA_LICENCE,
  });
}
