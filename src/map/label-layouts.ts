/**
 * The choropleth's two label sets: small type for a wide box, about twice the size for a phone
 * with only the names that still fit. The stylesheet shows one or the other (see layout.ts).
 */
import type { GeoPath, GeoProjection } from 'd3-geo';
import { type Box, projectRegion } from './label-geometry.ts';
import { labelVariants, renderLabels } from './label-layer.ts';
import { type LabelRequest, placeLabels } from './labels.ts';
import type { JoinedRegion } from './regions.ts';
import type { Lang, MapRegion } from './types.ts';

export interface LabelLayoutsInput {
  joined: readonly JoinedRegion[];
  projection: GeoProjection;
  path: GeoPath;
  lang: Lang;
  /** The map area labels must stay inside. */
  frame: Box;
  /** Areas labels must not cover (the scale bar). */
  obstacles: readonly Box[];
  /** Viewbox units per LAYOUT_WIDTH unit. */
  u: number;
}

/**
 * The placer is greedy, so order is priority: regencies with published figures first (their
 * names carry the story), then the larger ones, which have the room; kode breaks ties so the
 * build does not depend on sort stability.
 */
export function labelOrder<T extends { region: MapRegion; area: number }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => Number(b.region.status === 'figures') - Number(a.region.status === 'figures') || b.area - a.area || a.region.kode.localeCompare(b.region.kode),
  );
}

/** The wide and the narrow label layer, as markup; the narrow one starts hidden. */
export function labelLayouts(input: LabelLayoutsInput): { wide: string; narrow: string } {
  const { lang, u, frame } = input;
  const ordered = labelOrder(input.joined.map(({ region, shape }) => ({ region, projected: projectRegion(shape, input.projection), area: input.path.area(shape) })));
  const requests: LabelRequest[] = ordered.map(({ region, projected }) => ({
    kode: region.kode,
    region: projected,
    variants: labelVariants(region, lang),
    calloutFallback: true,
  }));
  const obstacles = [...input.obstacles];
  const wideSize = 11 * u;
  const narrowSize = 21 * u;
  const wide = placeLabels(requests, { fontSize: wideSize, frame, obstacles, calloutBelowArea: 300 * u * u });
  const narrow = placeLabels(
    // On a phone only the regencies with figures may take a callout: twenty leader lines would bury the map.
    requests.map((r, i) => ({ ...r, variants: r.variants.filter((v) => v.length <= 2), calloutFallback: ordered[i]?.region.status === 'figures' })),
    { fontSize: narrowSize, frame, obstacles, calloutBelowArea: 300 * u * u },
  );
  return {
    wide: renderLabels(wide, wideSize, 'jm-labels jm-labels-wide', false),
    narrow: renderLabels(narrow, narrowSize, 'jm-labels jm-labels-narrow', true),
  };
}
