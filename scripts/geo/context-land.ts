/**
 * Neighbouring land drawn muted under the regencies: Timor-Leste (with the Oecusse enclave and
 * Atauro) and the nearby islands of other provinces (Sumbawa, Wetar…), from Natural Earth via
 * `world-atlas` (public domain).
 *
 * NTT's own islands are removed from the context: they are drawn from the regency boundaries,
 * and Natural Earth's coarser coastline peeking out from under them would look like a
 * misregistration.
 */
import { geoBounds, geoCentroid, geoContains, geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { polygonAreaKm2 } from './rings.ts';

export interface ContextProperties {
  /** Country name as in Natural Earth, e.g. "Timor-Leste". */
  name: string;
}

export type ContextLand = FeatureCollection<MultiPolygon, ContextProperties>;

/** Margin (degrees) around NTT's bounds: covers the map's padding at any aspect ratio we use. */
export const CONTEXT_MARGIN_DEG = 1;

/** Coordinate rounding: 0.01° ≈ 1.1 km, about one SVG unit on the province map. */
const STEP = 0.01;

/** Pieces smaller than this after clipping (km²) are not worth drawing. */
const MIN_PIECE_KM2 = 2;

/**
 * An Indonesian polygon this close (radians, ≈ 11 km) to an NTT boundary vertex is one of NTT's
 * own islets, not context.
 */
const NEAR_NTT_RAD = 0.1 / 180 * Math.PI;

type Box = [west: number, south: number, east: number, north: number];

/** Sutherland–Hodgman clip of a ring against an axis-aligned box (fine for small, non-polar boxes). */
export function clipRing(ring: readonly Position[], [w, s, e, n]: Box): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => (p[0] ?? 0) >= w, (a, b) => at(a, b, 0, w)],
    [(p) => (p[0] ?? 0) <= e, (a, b) => at(a, b, 0, e)],
    [(p) => (p[1] ?? 0) >= s, (a, b) => at(a, b, 1, s)],
    [(p) => (p[1] ?? 0) <= n, (a, b) => at(a, b, 1, n)],
  ];
  let output = ring.slice(0, -1).map((p) => [...p]);
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length] ?? current;
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (inside(previous)) {
        output.push(cross(previous, current));
      }
    });
    if (output.length === 0) return [];
  }
  const first = output[0];
  return first ? [...output, [...first]] : [];
}

function at(a: Position, b: Position, axis: 0 | 1, value: number): Position {
  const t = (value - (a[axis] ?? 0)) / ((b[axis] ?? 0) - (a[axis] ?? 0));
  const other = axis === 0 ? 1 : 0;
  const p: Position = [0, 0];
  p[axis] = value;
  p[other] = (a[other] ?? 0) + t * ((b[other] ?? 0) - (a[other] ?? 0));
  return p;
}

/** Rounds to STEP and drops repeated positions; rings left with < 4 positions are dropped. */
function roundRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [Math.round((p[0] ?? 0) / STEP) * STEP, Math.round((p[1] ?? 0) / STEP) * STEP].map((v) => Number(v.toFixed(2)));
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : [];
}

/** NTT's bounds plus a margin, as [west, south, east, north]. */
export function contextBox(ntt: FeatureCollection, margin = CONTEXT_MARGIN_DEG): Box {
  const [[w, s], [e, n]] = geoBounds(ntt);
  return [w - margin, s - margin, e + margin, n + margin];
}

/** Context land for the map: countries of `countries` (world-atlas countries-10m) clipped to NTT's surroundings. */
export function buildContextLand(countries: Topology, ntt: FeatureCollection<MultiPolygon>): ContextLand {
  const object = countries.objects['countries'];
  if (!object) throw new Error('world-atlas: no "countries" object');
  const collection = feature(countries, object);
  if (collection.type !== 'FeatureCollection') throw new Error('world-atlas: countries is not a collection');
  const box = contextBox(ntt);
  const nttVertices = ntt.features.flatMap((f) => f.geometry.coordinates.flat(2));
  const isNttIsland = (rings: Position[][]): boolean => {
    const centre = geoCentroid({ type: 'Polygon', coordinates: rings });
    return geoContains(ntt, centre as [number, number]) ||
      nttVertices.some((v) => geoDistance(v as [number, number], centre as [number, number]) < NEAR_NTT_RAD);
  };

  const features: Feature<MultiPolygon, ContextProperties>[] = [];
  for (const country of collection.features) {
    const name = country.properties?.['name'];
    const geometry = country.geometry;
    if (typeof name !== 'string' || !geometry) continue;
    const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [];
    const kept = polygons
      .map((rings) => rings.map((ring) => roundRing(clipRing(ring, box))).filter((ring) => ring.length > 0))
      .filter((rings) => rings.length > 0 && rings[0] !== undefined && rings[0].length > 0)
      .filter((rings) => polygonAreaKm2(rings) >= MIN_PIECE_KM2 && polygonAreaKm2(rings) < 1e6)
      .filter((rings) => name !== 'Indonesia' || !isNttIsland(rings));
    if (kept.length) features.push({ type: 'Feature', properties: { name }, geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
  features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  return { type: 'FeatureCollection', features };
}
