/**
 * Ring geometry on [lng, lat] positions: winding and area.
 *
 * d3-geo works on the sphere and reads winding to decide which side of a ring is inside: an
 * exterior ring must run clockwise (as drawn with north up), a hole anticlockwise. RFC 7946
 * GeoJSON uses the opposite convention and the upstream file guarantees neither, so every ring
 * is rewound explicitly. A ring wound the wrong way makes d3 fill the whole globe minus the
 * island (area ≈ 4π steradians), which is what `assertSmallArea` catches.
 */
import { geoArea } from 'd3-geo';
import type { Polygon, Position } from 'geojson';

/** Mean Earth radius in km (IUGG), to turn steradians into km². */
export const EARTH_RADIUS_KM = 6371.0088;

/** Twice the signed planar area of a ring in lng/lat space: > 0 when anticlockwise. */
export function signedPlanarArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    if (!a || !b) continue;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

/**
 * Planar winding is a safe proxy for spherical winding here: every ring spans at most a few
 * degrees, far from the poles and the antimeridian.
 */
export function windRing(ring: readonly Position[], exterior: boolean): Position[] {
  const clockwise = signedPlanarArea(ring) < 0;
  const copy = ring.map((p) => [...p]);
  return clockwise === exterior ? copy : copy.reverse();
}

/** Rewinds a polygon's rings for d3-geo: exterior clockwise, holes anticlockwise. */
export function windPolygon(rings: readonly (readonly Position[])[]): Position[][] {
  return rings.map((ring, i) => windRing(ring, i === 0));
}

/** Spherical area of a d3-wound polygon in km². */
export function polygonAreaKm2(rings: Position[][]): number {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(polygon) * EARTH_RADIUS_KM ** 2;
}

/** A ring closed by repeating its first position, as GeoJSON requires. */
export function closeRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const copy = ring.map((p) => [...p]);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) copy.push([...first]);
  return copy;
}
