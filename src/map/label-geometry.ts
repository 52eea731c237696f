/**
 * Planar helpers for label placement, in projected (SVG) units: a regency as projected rings,
 * point-in-region tests and box overlap. Kept apart from the placement rules so each can be
 * read on its own.
 */
import type { GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';

export type Point = [number, number];
/** Projected polygons of a region: polygons → rings → points. */
export type ProjectedRegion = Point[][][];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function projectRegion(feature: Feature<MultiPolygon>, projection: GeoProjection): ProjectedRegion {
  return feature.geometry.coordinates.map((rings) =>
    rings.map((ring) => ring.map(([lng, lat]) => projection([lng ?? 0, lat ?? 0]) ?? [Number.NaN, Number.NaN])),
  );
}

/** Even-odd rule over all rings of all polygons (holes included). */
export function containsPoint(region: ProjectedRegion, [x, y]: Point): boolean {
  let inside = false;
  for (const polygon of region) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] ?? [0, 0];
        const [xj, yj] = ring[j] ?? [0, 0];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    sum += xj * yi - xi * yj;
  }
  return Math.abs(sum) / 2;
}

/** The polygon with the largest exterior ring: where a regency's label belongs. */
export function largestPolygon(region: ProjectedRegion): Point[][] {
  let best: Point[][] = [];
  let bestArea = -1;
  for (const polygon of region) {
    const area = ringArea(polygon[0] ?? []);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

export function polygonArea(polygon: Point[][]): number {
  return ringArea(polygon[0] ?? []);
}

/** Area-weighted centroid of a polygon's exterior ring. */
export function ringCentroid(ring: Point[]): Point {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    const f = xj * yi - xi * yj;
    a += f;
    cx += (xi + xj) * f;
    cy += (yi + yj) * f;
  }
  return a === 0 ? (ring[0] ?? [0, 0]) : [cx / (3 * a), cy / (3 * a)];
}

export function bounds(ring: Point[]): Box {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** A grid of sample points over a box (corners, edges and inside), for "does this box cover X" tests. */
export function samplePoints(box: Box, columns = 6, rows = 3): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= columns; i++) {
    for (let j = 0; j <= rows; j++) points.push([box.x + (box.width * i) / columns, box.y + (box.height * j) / rows]);
  }
  return points;
}

function orientation(a: Point, b: Point, c: Point): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

/** Whether segments ab and cd cross (touching endpoints count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return orientation(a, b, c) !== orientation(a, b, d) && orientation(c, d, a) !== orientation(c, d, b);
}

/** Whether segment ab passes through the box. */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  const corners: Point[] = [[box.x, box.y], [box.x + box.width, box.y], [box.x + box.width, box.y + box.height], [box.x, box.y + box.height]];
  const within = (p: Point): boolean => p[0] > box.x && p[0] < box.x + box.width && p[1] > box.y && p[1] < box.y + box.height;
  return within(a) || within(b) || corners.some((c, i) => segmentsCross(a, b, c, corners[(i + 1) % 4] ?? c));
}
