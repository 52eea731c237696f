/**
 * The province choropleth as an SVG string, rendered at build time (no DOM, no client script).
 *
 * Drawing order, bottom to top: sea, neighbouring land (muted), regencies (one link each), the
 * name labels, the scale bar, then the legend band below the map. Colours come from CSS classes
 * painted by src/map/palette.ts: on a page through custom properties, so light and dark schemes
 * share the markup; in a download with the light values written into the file.
 *
 * Labels exist twice: a wide set at small type, and a narrow set at about twice the size with
 * only the names that still fit. The stylesheet shows one or the other from the width the map
 * is given, so names stay legible on a phone.
 */
import { cssRules } from '../lib/css-text.ts';
import type { Drawing } from '../lib/drawing.ts';
import { escapeXml } from '../lib/escape-xml.ts';
import { LAYOUT_WIDTH, snapHeight } from './layout.ts';
import { MAP_PALETTE, mapPaint } from './palette.ts';
import { projectRegion } from './label-geometry.ts';
import { labelVariants, regionTitle, renderLabels } from './label-layer.ts';
import { type LabelRequest, placeLabels } from './labels.ts';
import { renderLegend } from './legend.ts';
import { fitMap } from './projection.ts';
import { relativePath } from './relative-path.ts';
import { joinRegions, regencyShapes } from './regions.ts';
import { attrs, r1 } from './svg.ts';
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

const SCALE_BAR_KM = 100;

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
  const text = mapWords(lang);
  const width = input.width ?? LAYOUT_WIDTH;
  const u = width / LAYOUT_WIDTH;
  const id = input.idPrefix ?? 'jm';
  const shapes = regencyShapes(input.topology);
  const joined = joinRegions(shapes, input.regions);
  // Whole units: at 640 units across, a unit is about a screen pixel; a decimal costs ~2 KiB gzip for no visible gain.
  const { projection, path, height: mapHeight } = fitMap({ type: 'FeatureCollection', features: shapes }, width, 24 * u, 0);

  const draw = relativePath(projection);
  const classes = workerClasses(joined.flatMap(({ region }) => (region.workers === null ? [] : [region.workers])), lang);
  const patterns = { launch: `${id}-launch`, none: `${id}-none` };

  // Scale bar, bottom left (open sea south-west of Sumba).
  const centreLat = projection.invert?.([width / 2, mapHeight / 2])?.[1] ?? -9.5;
  const kmPerDegree = 111.32 * Math.cos((centreLat * Math.PI) / 180);
  const [ax] = projection([120, centreLat]) ?? [0, 0];
  const [bx] = projection([120 + SCALE_BAR_KM / kmPerDegree, centreLat]) ?? [0, 0];
  const barLength = bx - ax;
  const bar = { x: 24 * u, y: mapHeight - 16 * u };
  const barBox = { x: bar.x - 2, y: bar.y - 18 * u, width: barLength + 4, height: 22 * u };
  const scaleBar =
    `<g class="jm-scale" aria-hidden="true"><path class="jm-scale-bar" d="M${r1(bar.x)},${r1(bar.y - 4 * u)}V${r1(bar.y)}H${r1(bar.x + barLength)}V${r1(bar.y - 4 * u)}"/>` +
    `<text${attrs({ class: 'jm-scale-text', x: bar.x + barLength / 2, y: bar.y - 8 * u, 'font-size': 11 * u, 'text-anchor': 'middle' })}>${SCALE_BAR_KM} km</text></g>`;

  // Labels, in priority order: published figures first, then by size.
  const projected = joined.map(({ region, shape }) => ({ region, projected: projectRegion(shape, projection), area: path.area(shape) }));
  const ordered = [...projected].sort(
    (a, b) => Number(b.region.status === 'figures') - Number(a.region.status === 'figures') || b.area - a.area || a.region.kode.localeCompare(b.region.kode),
  );
  const requests: LabelRequest[] = ordered.map(({ region, projected: p }) => ({
    kode: region.kode,
    region: p,
    variants: labelVariants(region, lang),
    calloutFallback: true,
  }));
  const frame = { x: 0, y: 0, width, height: mapHeight };
  const wideSize = 11 * u;
  const narrowSize = 21 * u;
  const wide = placeLabels(requests, { fontSize: wideSize, frame, obstacles: [barBox], calloutBelowArea: 300 * u * u });
  const narrow = placeLabels(
    // On a phone only the regencies with figures may take a callout: twenty leader lines would bury the map.
    requests.map((r, i) => ({ ...r, variants: r.variants.filter((v) => v.length <= 2), calloutFallback: ordered[i]?.region.status === 'figures' })),
    { fontSize: narrowSize, frame, obstacles: [barBox], calloutBelowArea: 300 * u * u },
  );

  const regionsSvg = (titles: boolean) => joined
    .map(({ region, shape }) => {
      const statusClass = region.status === 'figures' ? `jm-figures ${region.workers === null ? '' : classes.classOf(region.workers).className}` : region.status === 'provincial-launch' ? 'jm-launch' : 'jm-none';
      const fill = region.status === 'provincial-launch' ? `url(#${patterns.launch})` : region.status === 'none' ? `url(#${patterns.none})` : undefined;
      return (
        `<a${attrs({ target: input.linkTarget, rel: input.linkTarget ? 'noopener' : undefined, href: region.href, class: `jm-region ${statusClass}`.trim(), 'data-kode': region.kode, 'data-slug': region.slug })}>` +
        `${titles ? `<title>${escapeXml(regionTitle(region, lang))}</title>` : ''}<path${attrs({ d: draw(shape), fill })}/></a>`
      );
    })
    .join('');

  const contextSvg = input.context.features.map((f) => `<path d="${draw(f)}"/>`).join('');
  // Two legends for two widths (see layout.ts): the SVG is as tall as the taller one, and CSS crops
  // the wide layout's unused band through aspect-ratio + preserveAspectRatio="… slice". Without
  // the stylesheet the whole viewBox shows: the wide legend, then a blank band.
  const legendBase = { x: 24 * u, y: mapHeight + 4 * u, width: width - 48 * u, classes: classes.classes, text, patterns };
  const wideLegend = renderLegend({ ...legendBase, fontSize: 14 * u, className: 'jm-legend-wide' });
  const narrowLegend = renderLegend({ ...legendBase, fontSize: 24 * u, className: 'jm-legend-narrow', hidden: true });
  const wideHeight = snapHeight(mapHeight + 4 * u + wideLegend.height + 10 * u, u);
  const narrowHeight = snapHeight(mapHeight + 4 * u + narrowLegend.height + 10 * u, u);
  const p = 6 * u;
  const defs =
    `<defs><clipPath id="${id}-clip"><rect width="${width}" height="${mapHeight}"/></clipPath>` +
    `<pattern id="${patterns.none}" width="${r1(p)}" height="${r1(p)}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="jm-pattern-bg" width="${r1(p)}" height="${r1(p)}"/><path class="jm-pattern-ink" d="M0,0V${r1(p)}"/></pattern>` +
    `<pattern id="${patterns.launch}" width="${r1(p)}" height="${r1(p)}" patternUnits="userSpaceOnUse"><rect class="jm-launch-bg" width="${r1(p)}" height="${r1(p)}"/><circle class="jm-launch-ink" cx="${r1(p / 2)}" cy="${r1(p / 2)}" r="${r1(1.3 * u)}"/></pattern></defs>`;
  return {
    width,
    wideHeight,
    narrowHeight,
    u,
    defs,
    base: (regionTitles) =>
      `<rect class="jm-sea" width="${width}" height="${mapHeight}"/>` +
      `<g class="jm-context" clip-path="url(#${id}-clip)">${contextSvg}</g>` +
      `<g class="jm-regions">${regionsSvg(regionTitles)}</g>`,
    wideLabels: renderLabels(wide, wideSize, 'jm-labels jm-labels-wide', false),
    narrowLabels: renderLabels(narrow, narrowSize, 'jm-labels jm-labels-narrow', true),
    scaleBar,
    wideLegend: wideLegend.svg,
    narrowLegend: narrowLegend.svg,
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
