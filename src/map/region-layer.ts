/**
 * The choropleth's geography: sea, neighbouring land (clipped to the map frame, since the
 * context file reaches past it) and one link per regency, filled by its worker class or, without
 * figures, by a pattern.
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import { escapeXml } from '../lib/escape-xml.ts';
import { regionTitle } from './label-layer.ts';
import type { MapIds } from './patterns.ts';
import type { JoinedRegion } from './regions.ts';
import { attrs } from './svg.ts';
import type { ContextLand, Lang, MapRegion } from './types.ts';
import type { WorkerClasses } from './worker-classes.ts';

export interface RegionLayerInput {
  joined: readonly JoinedRegion[];
  context: ContextLand;
  /** Path data of a feature in map coordinates. */
  draw: (object: GeoPermissibleObjects) => string;
  classes: WorkerClasses;
  ids: MapIds;
  width: number;
  mapHeight: number;
  lang: Lang;
  /** "_blank" inside an embed: region links leave the iframe for the full site. */
  linkTarget?: '_blank';
}

/** The region link's classes; the fill colour comes from them through the palette's CSS. */
export function regionClass(region: MapRegion, classes: WorkerClasses): string {
  const statusClass =
    region.status === 'figures' ? `jm-figures ${region.workers === null ? '' : classes.classOf(region.workers).className}` : region.status === 'provincial-launch' ? 'jm-launch' : 'jm-none';
  return `jm-region ${statusClass}`.trim();
}

/** A pattern is paint, not a colour class, so it is named on the path itself. */
export function regionFill(region: MapRegion, ids: MapIds): string | undefined {
  return region.status === 'provincial-launch' ? `url(#${ids.launch})` : region.status === 'none' ? `url(#${ids.none})` : undefined;
}

/** `titles`: a page gives each region a tooltip; a download's frame does without (see choroplethDrawing). */
export function regionLayer(input: RegionLayerInput, titles: boolean): string {
  const { linkTarget, ids } = input;
  const regions = input.joined
    .map(({ region, shape }) =>
      `<a${attrs({ target: linkTarget, rel: linkTarget ? 'noopener' : undefined, href: region.href, class: regionClass(region, input.classes), 'data-kode': region.kode, 'data-slug': region.slug })}>` +
      `${titles ? `<title>${escapeXml(regionTitle(region, input.lang))}</title>` : ''}<path${attrs({ d: input.draw(shape), fill: regionFill(region, ids) })}/></a>`)
    .join('');
  const context = input.context.features.map((f) => `<path d="${input.draw(f)}"/>`).join('');
  return (
    `<rect class="jm-sea" width="${input.width}" height="${input.mapHeight}"/>` +
    `<g class="jm-context" clip-path="url(#${ids.clip})">${context}</g>` +
    `<g class="jm-regions">${regions}</g>`
  );
}
