/**
 * The phone layout of the province: NTT is twice as wide as it is tall (6,3° by 3,2°), so drawn
 * whole on a 360 px screen every regency is a sliver. Cut along the sea between Sikka and Flores
 * Timur, the western half (Flores barat and Sumba) and the eastern half (Flores Timur, Lembata,
 * Alor, Timor, Rote, Sabu) are each about 3,7° wide: stacked, they fill a portrait frame at about
 * 1,6 times the scale of the whole province, and each half keeps its true geography.
 *
 * One scale for both halves, so no regency looks bigger or smaller than it is next to another.
 * The halves are separate panels with their own sea, and the map says so in its description.
 */
import { geoBounds, geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';

export interface IslandGroup {
  /** Stable id, used in element ids. */
  id: string;
  /** Kemendagri codes of the regencies drawn in this panel. */
  kodes: readonly string[];
}

/**
 * The two halves. Listed by code, because the cut is a cartographic choice, not something the
 * boundaries can tell: a regency missing from both, or in both, is a build error.
 */
export const ISLAND_GROUPS: readonly IslandGroup[] = [
  { id: 'barat', kodes: ['53.07', '53.08', '53.09', '53.10', '53.11', '53.12', '53.15', '53.16', '53.17', '53.18', '53.19'] },
  { id: 'timur', kodes: ['53.01', '53.02', '53.03', '53.04', '53.05', '53.06', '53.13', '53.14', '53.20', '53.21', '53.71'] },
];

export interface PlacedGroup {
  id: string;
  kodes: ReadonlySet<string>;
  projection: GeoProjection;
  /** The panel's rectangle in the SVG's coordinates. */
  box: { x: number; y: number; width: number; height: number };
}

export interface IslandLayout {
  groups: PlacedGroup[];
  width: number;
  height: number;
  groupOf(kode: string): PlacedGroup;
}

type Shape = Feature<MultiPolygon, { kode: string }>;

/** Lays the groups out top to bottom at one common scale that lets the widest fill `width`. */
export function islandLayout(
  shapes: readonly Shape[],
  options: { width: number; padding: number; gap: number; groups?: readonly IslandGroup[] },
): IslandLayout {
  const groups = options.groups ?? ISLAND_GROUPS;
  const seen = new Map<string, string>();
  for (const g of groups) {
    for (const kode of g.kodes) {
      const other = seen.get(kode);
      if (other) throw new Error(`map layout: ${kode} is in both "${other}" and "${g.id}"`);
      seen.set(kode, g.id);
    }
  }
  const missing = shapes.map((s) => s.properties.kode).filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`map layout: regencies in no island group: [${missing.join(', ')}]`);

  const members = groups.map((g) => ({
    group: g,
    collection: { type: 'FeatureCollection' as const, features: shapes.filter((s) => g.kodes.includes(s.properties.kode)) },
  }));
  // Widths and heights at scale 1 of a Mercator centred on the province.
  const unit = geoMercator().scale(1).translate([0, 0]);
  const extents = members.map(({ collection }) => {
    const [[w, s], [e, n]] = geoBounds(collection);
    const [x0, y0] = unit([w, n]) ?? [0, 0];
    const [x1, y1] = unit([e, s]) ?? [0, 0];
    return { x0, y0, width: x1 - x0, height: y1 - y0 };
  });
  const inner = options.width - 2 * options.padding;
  const scale = inner / Math.max(...extents.map((e) => e.width));

  let y = 0;
  const placed: PlacedGroup[] = members.map(({ group }, i) => {
    const e = extents[i]!;
    const width = e.width * scale + 2 * options.padding;
    const height = e.height * scale + 2 * options.padding;
    const x = (options.width - width) / 2;
    const projection = geoMercator()
      .scale(scale)
      .translate([x + options.padding - e.x0 * scale, y + options.padding - e.y0 * scale]);
    const box = { x: 0, y, width: options.width, height };
    y += height + options.gap;
    return { id: group.id, kodes: new Set(group.kodes), projection, box };
  });
  const byKode = new Map(placed.flatMap((g) => [...g.kodes].map((k) => [k, g] as const)));
  return {
    groups: placed,
    width: options.width,
    height: Math.ceil(y - options.gap),
    groupOf(kode) {
      const g = byKode.get(kode);
      if (!g) throw new Error(`map layout: no group for ${kode}`);
      return g;
    },
  };
}
