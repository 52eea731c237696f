/**
 * Boundary rows → GeoJSON features in d3-geo's winding, with specks removed.
 *
 * Stage names follow the data's journey: `BoundaryRow` (text from the SQL dump) →
 * `RegencyFeature` (validated geometry in [lng, lat], one MultiPolygon per regency).
 */
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { BoundaryRow } from './parse-sql.ts';
import { closeRing, polygonAreaKm2, windPolygon } from './rings.ts';

/** Properties carried from the dump; `nama` is the full name, e.g. "Kabupaten Kupang". */
export interface BoundaryProperties {
  kode: string;
  nama: string;
}

export type RegencyFeature = Feature<MultiPolygon, BoundaryProperties>;

/**
 * Polygons smaller than this (km²) are dropped as specks. At the map's scale one SVG unit is
 * about 1.1 km, so a 1 km² islet would be under one unit square: invisible, yet each costs a
 * few points in every output. The smallest island the story names, Ndao (~9 km² here, as
 * several parts of 5–8 km²), and Palue (~38 km²) sit well above it.
 */
export const SPECK_AREA_KM2 = 1;

function isPosition(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

function toRing(value: unknown, kode: string): Position[] {
  if (!Array.isArray(value) || !value.every(isPosition) || value.length < 3) {
    throw new Error(`${kode}: a ring is not a list of ≥3 [lat, lng] positions`);
  }
  // Upstream stores [lat, lng]; GeoJSON and d3 want [lng, lat].
  const swapped = value.map(([lat, lng]) => [lng, lat]);
  for (const [lng, lat] of swapped) {
    if (Math.abs(lat ?? 0) > 90 || Math.abs(lng ?? 0) > 180) {
      throw new Error(`${kode}: position out of range [${lat}, ${lng}]`);
    }
  }
  return closeRing(swapped);
}

/** Nesting depth of the first leaf: 3 for a Polygon, 4 for a MultiPolygon. */
function depthOf(value: unknown): number {
  let depth = 0;
  let cursor: unknown = value;
  while (Array.isArray(cursor)) {
    depth++;
    cursor = cursor[0];
  }
  return depth;
}

/** The `path` JSON of one row as a list of polygons (rings of [lng, lat]), not yet rewound. */
export function parsePath(path: string, kode: string): Position[][][] {
  let json: unknown;
  try {
    json = JSON.parse(path);
  } catch {
    throw new Error(`${kode}: path is not valid JSON`);
  }
  const depth = depthOf(json);
  if (!Array.isArray(json) || (depth !== 3 && depth !== 4)) {
    throw new Error(`${kode}: path must be a Polygon (3 levels) or MultiPolygon (4 levels), got ${depth}`);
  }
  const polygons: unknown[] = depth === 3 ? [json] : json;
  return polygons.map((polygon) => {
    if (!Array.isArray(polygon) || polygon.length === 0) throw new Error(`${kode}: empty polygon`);
    return polygon.map((ring) => toRing(ring, kode));
  });
}

/** One regency's feature: rewound for d3, specks (and tiny holes) below `minAreaKm2` dropped. */
export function toRegencyFeature(row: BoundaryRow, minAreaKm2 = SPECK_AREA_KM2): RegencyFeature {
  const polygons = parsePath(row.path, row.kode)
    .map((rings) => windPolygon(rings))
    .map((rings) => [rings[0] ?? [], ...rings.slice(1).filter((hole) => polygonAreaKm2(windPolygon([hole])) >= minAreaKm2)])
    .filter((rings) => polygonAreaKm2([rings[0] ?? []]) >= minAreaKm2);
  if (polygons.length === 0) throw new Error(`${row.kode}: no polygon above ${minAreaKm2} km²`);
  const feature: RegencyFeature = {
    type: 'Feature',
    properties: { kode: row.kode, nama: row.nama },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
  assertSmallArea(feature);
  return feature;
}

/**
 * A regency covers far less than a hemisphere; an area near 4π steradians means a ring is wound
 * inside out and d3 would paint the whole world.
 */
export function assertSmallArea(feature: Feature<MultiPolygon, { kode: string }>): void {
  const area = geoArea(feature);
  if (!(area > 0 && area < 0.01)) {
    throw new Error(`${feature.properties.kode}: spherical area ${area.toFixed(4)} sr — inverted or empty rings`);
  }
}
