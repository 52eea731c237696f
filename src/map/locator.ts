/**
 * A small locator map for a regency page: NTT in neutral grey, the page's regency in the
 * strongest ramp colour, a ring around it when it is too small to see (Kota Kupang). Static: no
 * links, no labels; the page's heading names the regency.
 */
import { escapeXml } from '../lib/escape-xml.ts';
import { largestPolygon, polygonArea, projectRegion, ringCentroid } from './label-geometry.ts';
import { fitMap } from './projection.ts';
import { relativePath } from './relative-path.ts';
import { regencyShapes } from './regions.ts';
import { attrs } from './svg.ts';
import { mapWords } from './text.ts';
import type { ContextLand, Lang, NttTopology } from './types.ts';

export interface LocatorInput {
  topology: NttTopology;
  context: ContextLand;
  kode: string;
  lang?: Lang;
  /** viewBox width. Default 240. */
  width?: number;
  idPrefix?: string;
}

/** Below this projected area (square units) the regency also gets a ring, or it would be a dot. */
const RING_BELOW_AREA = 60;

export function renderLocator(input: LocatorInput): string {
  const lang = input.lang ?? 'id';
  const width = input.width ?? 240;
  const id = input.idPrefix ?? 'jml';
  const shapes = regencyShapes(input.topology);
  const current = shapes.find((s) => s.properties.kode === input.kode);
  if (!current) throw new Error(`locator: no regency with kode ${input.kode}`);
  // Integer coordinates: one unit of a 240-wide locator is well under a pixel where it is shown.
  const { projection, height } = fitMap({ type: 'FeatureCollection', features: shapes }, width, 6, 0);
  const draw = relativePath(projection);
  const name = current.properties.name;

  const regions = shapes
    .map((s) => `<path${attrs({ class: s === current ? 'jm-current' : undefined, d: draw(s) })}/>`)
    .join('');
  const main = largestPolygon(projectRegion(current, projection));
  const [cx, cy] = ringCentroid(main[0] ?? []);
  const ring = polygonArea(main) < RING_BELOW_AREA ? `<circle${attrs({ class: 'jm-marker', cx, cy, r: 7 })}/>` : '';

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="jm jm-locator" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(mapWords(lang).locatorTitle(name))}</title><desc id="${id}-desc">${escapeXml(mapWords(lang).locatorDesc(name))}</desc>` +
    `<rect class="jm-sea" width="${width}" height="${height}"/>` +
    `<g class="jm-context">${input.context.features.map((f) => `<path d="${draw(f)}"/>`).join('')}</g>` +
    `<g class="jm-region">${regions}</g>${ring}</svg>`
  );
}
