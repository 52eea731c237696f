/**
 * Schemas of the generated geo files, the single source of truth for their shape: the types in
 * types.ts are inferred from here, and load-geo.ts validates files against them.
 */
import { z } from 'zod';

const Pair = z.tuple([z.number(), z.number()]);

export const RegencyGeoPropertiesSchema = z.object({
  /** Kemendagri code, "53.01" … "53.71". */
  kode: z.string().regex(/^53\.\d\d$/),
  /** Full official name, e.g. "Kabupaten Ende", "Kota Kupang". */
  name: z.string().min(1),
  slug: z.string().min(1),
});

/** generated/geo/ntt.topo.json: one GeometryCollection `regencies` of MultiPolygons, sorted by kode, quantized. */
export const NttTopologySchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({ scale: Pair, translate: Pair }),
  objects: z.object({
    regencies: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z
        .array(z.object({ type: z.literal('MultiPolygon'), arcs: z.array(z.array(z.array(z.number().int()))), properties: RegencyGeoPropertiesSchema }))
        .min(1),
    }),
  }),
  arcs: z.array(z.array(Pair)),
});

const Position = z.array(z.number()).min(2);

/** generated/geo/context.json: neighbouring land per country, in d3-geo winding. */
export const ContextLandSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ name: z.string() }),
      geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
    }),
  ),
});
