/**
 * The map's input contract and the shapes of the generated geo files it draws from.
 *
 * `MapRegion` is what a page hands the map: one per regency, already joined with the story's
 * data. The geo types mirror what scripts/geo/build-geo.ts writes; src/map/load-geo.ts checks a
 * file against them before anything is drawn.
 */
import type { z } from 'zod';
import type { RegencyStatus } from '../lib/dataset-schema.ts';
import type { ContextLandSchema, NttTopologySchema, RegencyGeoPropertiesSchema } from './geo-schema.ts';

export type { Lang } from '../lib/format.ts';

/**
 * What our sources say about a regency:
 * - `figures`: a published enrolled-worker count;
 * - `provincial-launch`: no count, but its head was named present at the provincial launch
 *   (or it hosted it);
 * - `none`: nothing in our sources. Shown as "no published data", never as zero.
 */
export type RegionStatus = RegencyStatus['status'];

export interface MapRegion {
  /** Kemendagri code, e.g. "53.03". */
  kode: string;
  /** Display name, e.g. "Timor Tengah Utara", "Kota Kupang". */
  name: string;
  slug: string;
  status: RegionStatus;
  /** Published enrolled-worker count; null unless `status` is 'figures'. */
  workers: number | null;
  /** How the report gives the count ("sekitar" → "~10.252" on the label, "sekitar 10.252" in words). */
  qualifier?: 'tepat' | 'sekitar' | 'lebih-dari' | null;
  /** Link target for the region, e.g. "/kabupaten/ende/". */
  href: string;
}

/** Properties of each regency in generated/geo/ntt.topo.json. */
export type RegencyGeoProperties = z.infer<typeof RegencyGeoPropertiesSchema>;

/** generated/geo/ntt.topo.json (see geo-schema.ts). */
export type NttTopology = z.infer<typeof NttTopologySchema>;

/** generated/geo/context.json (see geo-schema.ts). */
export type ContextLand = z.infer<typeof ContextLandSchema>;

/** Page-specific accessible texts of a map. */
export interface MapLabels {
  /** Short title, read first by screen readers, e.g. "Peta kepesertaan per kabupaten". */
  title: string;
  /** One or two sentences saying what the map shows and where the table with the same data is. */
  desc: string;
}
