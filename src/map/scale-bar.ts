/**
 * The choropleth's scale bar. It sits bottom left, in the open sea south-west of Sumba, and
 * returns the box it covers so the label placer keeps names off it.
 */
import type { GeoProjection } from 'd3-geo';
import type { Box } from './label-geometry.ts';
import { attrs, r1 } from './svg.ts';

const SCALE_BAR_KM = 100;
/** Length of a degree of latitude in km; a degree of longitude is this times cos(latitude). */
const KM_PER_DEGREE = 111.32;
/** Used only if the projection cannot invert the map's centre: the province's middle latitude. */
const FALLBACK_LAT = -9.5;

export interface ScaleBar {
  svg: string;
  /** What the bar and its text cover, in viewBox units. */
  box: Box;
}

/**
 * Mercator stretches east–west distance by latitude, so the bar is measured along the latitude
 * of the map's centre: it is true there and within a few per cent across the province.
 */
export function scaleBar(projection: GeoProjection, width: number, mapHeight: number, u: number): ScaleBar {
  const centreLat = projection.invert?.([width / 2, mapHeight / 2])?.[1] ?? FALLBACK_LAT;
  const kmPerDegree = KM_PER_DEGREE * Math.cos((centreLat * Math.PI) / 180);
  const [ax] = projection([120, centreLat]) ?? [0, 0];
  const [bx] = projection([120 + SCALE_BAR_KM / kmPerDegree, centreLat]) ?? [0, 0];
  const barLength = bx - ax;
  const bar = { x: 24 * u, y: mapHeight - 16 * u };
  const box = { x: bar.x - 2, y: bar.y - 18 * u, width: barLength + 4, height: 22 * u };
  const svg =
    `<g class="jm-scale" aria-hidden="true"><path class="jm-scale-bar" d="M${r1(bar.x)},${r1(bar.y - 4 * u)}V${r1(bar.y)}H${r1(bar.x + barLength)}V${r1(bar.y - 4 * u)}"/>` +
    `<text${attrs({ class: 'jm-scale-text', x: bar.x + barLength / 2, y: bar.y - 8 * u, 'font-size': 11 * u, 'text-anchor': 'middle' })}>${SCALE_BAR_KM} km</text></g>`;
  return { svg, box };
}
