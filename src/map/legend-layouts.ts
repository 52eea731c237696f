/**
 * The choropleth's two legends, one per layout, and the height each layout is cropped to.
 *
 * Both legends sit in the same band below the map: the SVG is as tall as the taller one, and CSS
 * crops the wide layout's unused band through aspect-ratio + preserveAspectRatio="… slice" (see
 * layout.ts). Without the stylesheet the whole viewBox shows: the wide legend, then a blank band.
 */
import { snapHeight } from './layout.ts';
import { renderLegend } from './legend.ts';
import type { MapIds } from './patterns.ts';
import type { MapWords } from './text.ts';
import type { WorkerClass } from './worker-classes.ts';

export interface LegendLayoutsInput {
  width: number;
  mapHeight: number;
  u: number;
  classes: readonly WorkerClass[];
  text: MapWords;
  ids: MapIds;
}

export interface LegendLayouts {
  wide: string;
  narrow: string;
  /** Snapped heights per LAYOUT_WIDTH units of width, named by the SVG's jm-hw-/jm-hn- classes. */
  wideHeight: number;
  narrowHeight: number;
}

export function legendLayouts(input: LegendLayoutsInput): LegendLayouts {
  const { width, mapHeight, u } = input;
  const base = { x: 24 * u, y: mapHeight + 4 * u, width: width - 48 * u, classes: input.classes, text: input.text, patterns: input.ids };
  const wide = renderLegend({ ...base, fontSize: 14 * u, className: 'jm-legend-wide' });
  const narrow = renderLegend({ ...base, fontSize: 24 * u, className: 'jm-legend-narrow', hidden: true });
  return {
    wide: wide.svg,
    narrow: narrow.svg,
    wideHeight: snapHeight(mapHeight + 4 * u + wide.height + 10 * u, u),
    narrowHeight: snapHeight(mapHeight + 4 * u + narrow.height + 10 * u, u),
  };
}
