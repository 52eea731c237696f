/**
 * The province choropleth as an SVG string, rendered at build time (no DOM, no client script).
 *
 * Drawing order, bottom to top: sea, neighbouring land (muted), regencies (one link each), the
 * name labels, the scale bar, then the legend band below the map. Colours come from CSS classes
 * painted by src/map/palette.ts: on a page through custom properties, so light and dark schemes
 * share the markup; in a download with the light values written into the file.
 *
 * Labels and legends exist twice, one per layout (label-layouts.ts, legend-layouts.ts): the
 * stylesheet shows one set from the width the map is given, so names stay legible on a phone.
 * This file only composes the layers; each is drawn by its own module.
 */
import { cssRules } from '../lib/css-text.ts';
import type { Drawing } from '../lib/drawing.ts';
import { escapeXml } from '../lib/escape-xml.ts';
import { labelLayouts } from './label-layouts.ts';
import { LAYOUT_WIDTH } from './layout.ts';
import { legendLayouts } from './legend-layouts.ts';
import { MAP_PALETTE, mapPaint } from './palette.ts';
import { mapDefs, mapIds } from './patterns.ts';
import { fitMap } from './projection.ts';
import { regionLayer } from './region-layer.ts';
import { relativePath } from './relative-path.ts';
import { joinRegions, regencyShapes } from './regions.ts';
import { scaleBar } from './scale-bar.ts';
import { r1 } from './svg.ts';
import { mapWords } from './text.ts';
import type { ContextLand, Lang, MapLabels, MapRegion, NttTopology } from './types.ts';
import { workerClasses } from './worker-classes.ts';

export interface ChoroplethInput {
  topology: NttTopology;
  context: ContextLand;
  regions: readonly MapRegion[];
  lang: Lang;
  labels: MapLabels;
  /** viewBox width; the SVG scales to its container. Default LAYOUT_WIDTH. */
  width?: number;
  /** Prefix for ids inside the SVG, unique per page. Default "jm". */
  idPrefix?: string;
  /** "_blank" inside an embed: region links leave the iframe for the full site. */
  linkTarget?: '_blank';
}

/** The drawn layers, before they are put together for a page or for a download. */
interface ChoroplethLayers {
  width: number;
  /** Heights (per LAYOUT_WIDTH units of width) of the wide and the narrow layout. */
  wideHeight: number;
  narrowHeight: number;
  u: number;
  /** Patterns and the clip path. */
  defs: string;
  /** Sea, context land and the regions (with or without their tooltips). */
  base: (regionTitles: boolean) => string;
  wideLabels: string;
  narrowLabels: string;
  scaleBar: string;
  wideLegend: string;
  narrowLegend: string;
}

function drawLayers(input: Omit<ChoroplethInput, 'labels'>): ChoroplethLayers {
  const { lang } = input;
  const width = input.width ?? LAYOUT_WIDTH;
  const u = width / LAYOUT_WIDTH;
  const ids = mapIds(input.idPrefix ?? 'jm');
  const shapes = regencyShapes(input.topology);
  const joined = joinRegions(shapes, input.regions);
  // Whole units: at 640 units across, a unit is about a screen pixel; a decimal costs ~2 KiB gzip for no visible gain.
  const { projection, path, height: mapHeight } = fitMap({ type: 'FeatureCollection', features: shapes }, width, 24 * u, 0);
  const classes = workerClasses(joined.flatMap(({ region }) => (region.workers === null ? [] : [region.workers])), lang);

  const bar = scaleBar(projection, width, mapHeight, u);
  const labels = labelLayouts({ joined, projection, path, lang, frame: { x: 0, y: 0, width, height: mapHeight }, obstacles: [bar.box], u });
  const legends = legendLayouts({ width, mapHeight, u, classes: classes.classes, text: mapWords(lang), ids });
  const regions = { joined, context: input.context, draw: relativePath(projection), classes, ids, width, mapHeight, lang, linkTarget: input.linkTarget };
  return {
    width,
    wideHeight: legends.wideHeight,
    narrowHeight: legends.narrowHeight,
    u,
    defs: mapDefs(ids, width, mapHeight, u),
    base: (regionTitles) => regionLayer(regions, regionTitles),
    wideLabels: labels.wide,
    narrowLabels: labels.narrow,
    scaleBar: bar.svg,
    wideLegend: legends.wide,
    narrowLegend: legends.narrow,
  };
}

/** The map for a page: both layouts, themed by the stylesheet (see src/map/layout.ts). */
export function renderChoropleth(input: ChoroplethInput): string {
  const l = drawLayers(input);
  const id = input.idPrefix ?? 'jm';
  const height = Math.max(l.wideHeight, l.narrowHeight) * l.u;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="jm jm-choropleth jm-hw-${l.wideHeight} jm-hn-${l.narrowHeight}" viewBox="0 0 ${l.width} ${r1(height)}"` +
    ` preserveAspectRatio="xMidYMin slice" role="group" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(input.labels.title)}</title><desc id="${id}-desc">${escapeXml(input.labels.desc)}</desc>` +
    l.defs + l.base(true) + l.wideLabels + l.narrowLabels + l.scaleBar + l.wideLegend + l.narrowLegend +
    `</svg>`
  );
}

/**
 * The map for a download's frame: the wide layout only, cropped to its height, painted with the
 * light palette's values (a file carries no stylesheet that could pick a scheme). Its words
 * (title, description) are the frame's; the regions keep their links but not their tooltips.
 */
export function choroplethDrawing(input: Omit<ChoroplethInput, 'labels'>): Drawing {
  const l = drawLayers(input);
  return {
    width: l.width,
    height: Math.round(l.wideHeight * l.u),
    attributes: {},
    content: `<style>${cssRules(mapPaint(MAP_PALETTE.light))}</style>` + l.defs + l.base(false) + l.wideLabels + l.scaleBar + l.wideLegend,
  };
}
