/**
 * Projection and path generator for the province maps.
 *
 * Mercator, as on Indonesian administrative maps readers know; at 8–11°S its area distortion
 * across the province is under 2 %, so no regency looks bigger than it is relative to another.
 */
import { geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon } from 'geojson';

export interface FittedMap {
  projection: GeoProjection;
  path: GeoPath;
  /** Height of the map area for the requested width. */
  height: number;
}

/**
 * Fits the features to `width` with `padding` on every side, and derives the height from the
 * province's shape. Path data is rounded to `digits` decimals: 1 decimal of a ~640-unit viewBox
 * is far below a pixel, and halves the SVG's size.
 */
export function fitMap(features: FeatureCollection<MultiPolygon>, width: number, padding: number, digits = 1): FittedMap {
  const projection = geoMercator().fitWidth(width - 2 * padding, features);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(features);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + padding, ty - y0 + padding]);
  const path = geoPath(projection).digits(digits);
  return { projection, path, height: Math.ceil(y1 - y0 + 2 * padding) };
}
