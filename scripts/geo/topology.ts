/**
 * Regency features → a small, simplified TopoJSON topology.
 *
 * Order matters: the topology is built from full-precision coordinates, simplified (shared
 * borders stay shared, so neighbours never gap or overlap), and only then quantized. Quantizing
 * first snapped tiny islands onto a few grid points and inverted their rings; the stock
 * `toposimplify -f` dropped real islands. Here islands above `PROTECT_ISLAND_KM2` keep enough
 * vertices to stay islands.
 */
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { assertSmallArea } from './boundary-features.ts';
import { polygonAreaKm2 } from './rings.ts';

/** Properties kept in every output: nothing else is used downstream. */
export interface RegencyProperties {
  kode: string;
  /** Full official name, e.g. "Kabupaten Timor Tengah Utara", "Kota Kupang". */
  name: string;
  slug: string;
}

export type OutputFeature = Feature<MultiPolygon, RegencyProperties>;

/** Name of the one object in the topology. */
export const OBJECT_NAME = 'regencies';

/** Share of (non-junction) points kept by simplification. */
export const KEEP_FRACTION = 0.25;

/**
 * Islands at least this big (km²) may not collapse. 2 km² is about two SVG units square on the
 * province map: the smallest islet still visible as land rather than a stray dot.
 */
export const PROTECT_ISLAND_KM2 = 2;

/** Quantization grid at output: 1e4 steps over NTT's ~6.3° × 3° is ≤ 70 m, far below a rendered pixel (~1 km). */
export const QUANTIZATION = 1e4;

/** Minimum number of distinct vertices a protected island keeps (or all it has, if fewer). */
const MIN_ISLAND_VERTICES = 4;

/** After presimplify each arc point is [x, y, weight]; endpoints weigh Infinity. */
type WeightedArc = number[][];

function arcPoints(arcs: WeightedArc[], index: number): WeightedArc {
  return arcs[index < 0 ? ~index : index] ?? [];
}

/**
 * Raise the weights of a protected island's strongest vertices to Infinity, so simplification
 * keeps at least MIN_ISLAND_VERTICES of them.
 */
function protectRing(arcs: WeightedArc[], ring: number[], minWeight: number): void {
  const points = ring.flatMap((i) => arcPoints(arcs, i).slice(0, -1));
  const weight = (p: number[]): number => p[2] ?? 0;
  const kept = points.filter((p) => weight(p) >= minWeight).length;
  const want = Math.min(MIN_ISLAND_VERTICES, points.length);
  if (kept >= want) return;
  const candidates = points
    .filter((p) => weight(p) < minWeight)
    .sort((a, b) => weight(b) - weight(a) || (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
  for (const p of candidates.slice(0, want - kept)) p[2] = Infinity;
}

/** Largest ring area per polygon, in km², from full-precision input. */
function islandAreas(features: readonly OutputFeature[]): number[][] {
  return features.map((f) => f.geometry.coordinates.map((rings: Position[][]) => polygonAreaKm2([rings[0] ?? []])));
}

export type RegencyTopology = Topology<{ regencies: GeometryCollection<RegencyProperties> }>;

/** Builds, simplifies and quantizes the regency topology. Input order does not matter. */
export function buildRegencyTopology(input: readonly OutputFeature[]): RegencyTopology {
  const features = [...input].sort((a, b) => a.properties.kode.localeCompare(b.properties.kode));
  const areas = islandAreas(features);
  const collection: FeatureCollection<MultiPolygon, RegencyProperties> = { type: 'FeatureCollection', features };
  // @types/topojson-server and @types/topojson-simplify disagree on the properties type (null vs
  // {}); the object is the same at runtime, and decodeRegencies() checks the result.
  const raw = buildTopology({ [OBJECT_NAME]: collection }) as Topology<Objects>;
  const weighted = presimplify(raw);
  const minWeight = quantile(weighted, KEEP_FRACTION);
  const arcs: WeightedArc[] = weighted.arcs;
  const object = weighted.objects[OBJECT_NAME];
  if (!object || object.type !== 'GeometryCollection') throw new Error('topology: missing regencies object');
  object.geometries.forEach((geometry, g) => {
    if (geometry.type !== 'MultiPolygon') throw new Error(`topology: ${g} is ${geometry.type}, expected MultiPolygon`);
    geometry.arcs.forEach((polygon, p) => {
      const exterior = polygon[0];
      if (exterior && (areas[g]?.[p] ?? 0) >= PROTECT_ISLAND_KM2) protectRing(arcs, exterior, minWeight);
    });
  });
  const simplified = simplify(weighted, minWeight);
  // Rings that simplification reduced to a line (only unprotected islets) are dropped here.
  const cleaned = filter(simplified, filterWeight(simplified, Number.MIN_VALUE));
  // See above: same object, library typings differ.
  return quantize(cleaned, QUANTIZATION) as unknown as RegencyTopology;
}

/** Features decoded from the topology, each checked for sane winding. */
export function decodeRegencies(topo: RegencyTopology): OutputFeature[] {
  const decoded = feature(topo, topo.objects.regencies).features;
  return decoded.map((f) => {
    if (f.geometry.type !== 'MultiPolygon') throw new Error(`topology: ${f.properties.kode} is not a MultiPolygon`);
    const out: OutputFeature = { type: 'Feature', properties: f.properties, geometry: f.geometry };
    assertSmallArea(out);
    return out;
  });
}
