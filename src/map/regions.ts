/**
 * Joins the generated regency geometry with the page's MapRegion list. Both must list the same
 * codes: a region with no shape, or a shape with no region, is a build error naming the codes.
 */
import type { Feature, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapRegion, NttTopology, RegencyGeoProperties } from './types.ts';

export type RegencyShape = Feature<MultiPolygon, RegencyGeoProperties>;

export interface JoinedRegion {
  region: MapRegion;
  shape: RegencyShape;
}

/** The validated file, restated in topojson-client's types (a copy, not a cast). */
function toTopology(t: NttTopology): Topology<{ regencies: GeometryCollection<RegencyGeoProperties> }> {
  const geometries = t.objects.regencies.geometries.map((g) => ({ type: g.type, arcs: g.arcs, properties: g.properties }));
  return { type: 'Topology', transform: t.transform, arcs: t.arcs, objects: { regencies: { type: 'GeometryCollection', geometries } } };
}

/** The topology's regencies as GeoJSON features, sorted by kode. */
export function regencyShapes(topology: NttTopology): RegencyShape[] {
  const topo = toTopology(topology);
  return feature(topo, topo.objects.regencies)
    .features.map((f): RegencyShape => {
      if (f.geometry.type !== 'MultiPolygon') throw new Error(`map: ${f.properties.kode} is not a MultiPolygon`);
      return { type: 'Feature', properties: f.properties, geometry: f.geometry };
    })
    .sort((a, b) => a.properties.kode.localeCompare(b.properties.kode));
}

export function joinRegions(shapes: readonly RegencyShape[], regions: readonly MapRegion[]): JoinedRegion[] {
  const byKode = new Map(regions.map((r) => [r.kode, r]));
  const shapeCodes = new Set(shapes.map((s) => s.properties.kode));
  const noShape = regions.filter((r) => !shapeCodes.has(r.kode)).map((r) => r.kode);
  const noRegion = shapes.filter((s) => !byKode.has(s.properties.kode)).map((s) => s.properties.kode);
  if (noShape.length || noRegion.length) {
    throw new Error(`map: regions and boundaries disagree — without shape: [${noShape.join(', ')}], without region: [${noRegion.join(', ')}]`);
  }
  return shapes.map((shape) => {
    const region = byKode.get(shape.properties.kode);
    if (!region) throw new Error(`map: no region for ${shape.properties.kode}`);
    if (region.status === 'figures' && region.workers === null) throw new Error(`map: ${region.kode} has status "figures" but no workers`);
    return { region, shape };
  });
}
