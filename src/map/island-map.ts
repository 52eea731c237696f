/**
 * The home page's map, made for a phone: the province in two stacked panels at one scale
 * (island-layout.ts), every regency labelled (on itself or by a callout in the sea), and every
 * regency a link with a tap target of at least HIT_MIN units, grown toward HIT_AIM where the
 * neighbours leave room (hit-areas.ts). Rendered at build time as an SVG string; no client
 * script is needed to read it or follow its links.
 *
 * Drawing order, bottom to top: each panel's sea and neighbouring land, the regencies (largest
 * first, so a small regency sits on top of its neighbours), the labels (which never take a tap),
 * the invisible tap targets (the links again, hidden from keyboards and screen readers). The
 * legend is HTML next to the map (Legend in HomeMap.astro), so it wraps
 * with the page's text instead of being drawn at a fixed size.
 */
import { escapeXml } from '../lib/escape-xml.ts';
import { hitTargets } from './hit-areas.ts';
import { islandLayout } from './island-layout.ts';
import { type Box, projectRegion } from './label-geometry.ts';
import { labelVariants, regionTitle, renderLabels } from './label-layer.ts';
import { fillPatterns, mapIds } from './patterns.ts';
import { labelOrder } from './label-layouts.ts';
import { LAYOUT_WIDTH } from './layout.ts';
import { type LabelRequest, placeLabels } from './labels.ts';
import { regionClass, regionFill } from './region-layer.ts';
import { relativePath } from './relative-path.ts';
import { joinRegions, regencyShapes } from './regions.ts';
import { attrs, r1 } from './svg.ts';
import { mapWords } from './text.ts';
import type { ContextLand, Lang, MapLabels, MapRegion, NttTopology } from './types.ts';
import { workerClasses, type WorkerClasses } from './worker-classes.ts';

export interface IslandMapInput {
  topology: NttTopology;
  context: ContextLand;
  regions: readonly MapRegion[];
  lang: Lang;
  labels: MapLabels;
  /** Prefix for ids inside the SVG, unique per page. Default "jm". */
  idPrefix?: string;
}

export interface IslandMap {
  svg: string;
  /** The viewBox, for locators that reuse the regions with <use>. */
  width: number;
  height: number;
  classes: WorkerClasses;
  /** Id of the group holding every regency, and of each regency's path (by kode). */
  regionsId: string;
  pathId: (kode: string) => string;
  /** The panel (a half of the province) a regency is drawn in: a locator's viewBox. */
  panelOf: (kode: string) => { x: number; y: number; width: number; height: number };
  /** Each regency's tap target (hit-areas.ts), and the regencies whose target is below HIT_MIN. */
  targets: ReadonlyMap<string, Box>;
  shortTargets: readonly string[];
}

/** The phone map's viewBox width: the maps' common unit, which the tap targets (hit-areas.ts) are sized in too. */
export const ISLAND_MAP_WIDTH = LAYOUT_WIDTH;
/** Label type size in viewBox units: ~10 CSS px on a 360 px phone, ~17 px beside the story on a desktop. */
export const ISLAND_LABEL_SIZE = 20;
const SCALE_BAR_KM = 50;

export function renderIslandMap(input: IslandMapInput): IslandMap {
  const { lang } = input;
  const width = ISLAND_MAP_WIDTH;
  const id = input.idPrefix ?? 'jm';
  const pathId = (kode: string): string => `${id}-p-${kode.replace('.', '')}`;
  const regionsId = `${id}-regions`;
  const shapes = regencyShapes(input.topology);
  const joined = joinRegions(shapes, input.regions);
  const layout = islandLayout(shapes, { width, padding: 16, gap: 10 });
  const classes = workerClasses(joined.flatMap(({ region }) => (region.workers === null ? [] : [region.workers])), lang);
  const patterns = mapIds(id);

  const projected = joined.map(({ region, shape }) => {
    const group = layout.groupOf(region.kode);
    const draw = relativePath(group.projection);
    return { region, shape, group, draw, polygons: projectRegion(shape, group.projection) };
  });
  const area = (p: (typeof projected)[number]): number =>
    p.polygons.reduce((s, poly) => s + Math.abs(poly[0]?.reduce((a, pt, i, ring) => {
      const next = ring[(i + 1) % ring.length]!;
      return a + pt[0] * next[1] - next[0] * pt[1];
    }, 0) ?? 0) / 2, 0);

  // Scale bar in the last panel's bottom-left corner (open sea south of Sabu).
  const last = layout.groups.at(-1)!;
  const [lon0, lat0] = last.projection.invert?.([last.box.x + 24, last.box.y + last.box.height - 16]) ?? [121, -11];
  const kmPerDegree = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const [ax] = last.projection([lon0, lat0]) ?? [0, 0];
  const [bx] = last.projection([lon0 + SCALE_BAR_KM / kmPerDegree, lat0]) ?? [0, 0];
  const bar = { x: last.box.x + 24, y: last.box.y + last.box.height - 16, length: bx - ax };
  const barBox = { x: bar.x - 4, y: bar.y - 24, width: bar.length + 8, height: 30 };
  const scaleBar =
    `<g class="jm-scale" aria-hidden="true"><path class="jm-scale-bar" d="M${r1(bar.x)},${r1(bar.y - 5)}V${r1(bar.y)}H${r1(bar.x + bar.length)}V${r1(bar.y - 5)}"/>` +
    `<text${attrs({ class: 'jm-scale-text', x: bar.x + bar.length / 2, y: bar.y - 9, 'font-size': 15, 'text-anchor': 'middle' })}>${SCALE_BAR_KM} km</text></g>`;

  // Labels: published figures first, then by size; every regency may take a callout.
  const ordered = labelOrder(projected.map((p) => ({ ...p, area: area(p) })));
  const requests: LabelRequest[] = ordered.map(({ region, polygons }) => ({
    kode: region.kode,
    region: polygons,
    variants: labelVariants(region, lang),
    calloutFallback: true,
  }));
  const frame = { x: 0, y: 0, width, height: layout.height };
  // Panels' gaps are not sea: a label there would float between two maps.
  const gaps = layout.groups.slice(1).map((g) => ({ x: 0, y: g.box.y - 12, width, height: 14 }));
  const placed = placeLabels(requests, { fontSize: ISLAND_LABEL_SIZE, frame, obstacles: [barBox, ...gaps], calloutBelowArea: 250 });
  const labelOf = new Map(placed.map((p) => [p.kode, p]));

  // Largest first: a small regency is drawn over its big neighbour, never under it.
  const drawn = [...projected].sort((a, b) => area(b) - area(a) || a.region.kode.localeCompare(b.region.kode));
  const regionsSvg = drawn
    .map((p) => {
      const { region } = p;
      return (
        `<a${attrs({ href: region.href, class: regionClass(region, classes), 'data-kode': region.kode, 'data-slug': region.slug })}>` +
        `<title>${escapeXml(regionTitle(region, lang))}</title><path${attrs({ id: pathId(region.kode), d: p.draw(p.shape), fill: regionFill(region, patterns) })}/>` +
        `</a>`
      );
    })
    .join('');
  // Tap targets lie above every shape, so no neighbour drawn later can take part of one. They
  // repeat the regency's link for pointers only: keyboards and screen readers get the shapes.
  const hits = hitTargets(drawn.map(({ region, polygons, group }) => ({ kode: region.kode, region: polygons, label: labelOf.get(region.kode)?.box ?? null, within: group.box })));
  const hitsSvg = drawn
    .map(({ region }) => {
      const hit = hits.targets.get(region.kode);
      return hit ? `<a${attrs({ href: region.href, tabindex: -1, 'data-kode': region.kode })}><rect${attrs({ class: 'jm-hit', x: hit.x, y: hit.y, width: hit.width, height: hit.height })}/></a>` : '';
    })
    .join('');

  const panels = layout.groups
    .map((g) => {
      const { x, y, width: w, height: h } = g.box;
      // Neighbouring land is cut to the panel (plus a pixel), not only hidden by the clip-path,
      // which stays for the rounded corners: off-panel coastline is bytes no reader sees.
      const draw = relativePath(g.projection, [[x - 1, y - 1], [x + w + 1, y + h + 1]]);
      const clip = `${id}-clip-${g.id}`;
      return (
        `<clipPath id="${clip}"><rect${attrs({ x, y, width: w, height: h, rx: 6 })}/></clipPath>` +
        `<rect${attrs({ class: 'jm-sea', x, y, width: w, height: h, rx: 6 })}/>` +
        `<g class="jm-context" clip-path="url(#${clip})">${input.context.features.map((f) => `<path d="${draw(f)}"/>`).join('')}</g>`
      );
    })
    .join('');

  const desc = `${input.labels.desc} ${mapWords(lang).islandsNote}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="jm jm-islands" viewBox="0 0 ${width} ${layout.height}" role="group" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(input.labels.title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<defs>${fillPatterns(patterns, 1)}</defs>` +
    panels +
    `<g class="jm-regions" id="${regionsId}">${regionsSvg}</g>` +
    renderLabels(placed, ISLAND_LABEL_SIZE, 'jm-labels') +
    `<g class="jm-hits" aria-hidden="true">${hitsSvg}</g>` +
    scaleBar +
    `</svg>`;
  return { svg, width, height: layout.height, classes, regionsId, pathId, panelOf: (kode) => layout.groupOf(kode).box, targets: hits.targets, shortTargets: hits.short };
}
