/**
 * How the province choropleth fits its box, as data the renderer and the stylesheet share.
 *
 * The SVG carries two label sets and two legends (small type for a wide box, large type for a
 * phone) and a viewBox tall enough for the taller legend. The stylesheet shows one set by the
 * width of the map's container and, through aspect-ratio with preserveAspectRatio="xMidYMin
 * slice", crops the band the shown legend does not use. The site's Content-Security-Policy
 * forbids inline style attributes, so the SVG names its two heights with classes (`jm-hw-460`,
 * `jm-hn-660`); heights are rounded up to a step so a short list of rules covers every layout,
 * and those rules are generated here from the same numbers the renderer snaps to.
 */
import { atRule, cssRules, type CssRule } from '../lib/css-text.ts';
import { SITE_SLUG } from '../lib/site.ts';

/** viewBox width the layout heights are measured against. */
export const LAYOUT_WIDTH = 640;
/** Heights per LAYOUT_WIDTH units of width that the stylesheet has an aspect-ratio class for. */
export const LAYOUT_HEIGHTS = { min: 360, max: 800, step: 20 } as const;
/** Container widths (CSS px) at or below which the map switches to its phone layout. */
export const NARROW_MAX_WIDTH = 520;
const CONTAINER = `${SITE_SLUG}-map`;

/** The height the wide or narrow layout is cropped to: `height` (viewBox units) rounded up to a step. */
export function snapHeight(height: number, u: number): number {
  const { min, max, step } = LAYOUT_HEIGHTS;
  const snapped = Math.max(min, Math.ceil(height / u / step) * step);
  if (snapped > max) throw new Error(`map: layout height ${snapped} exceeds ${max}; extend LAYOUT_HEIGHTS`);
  return snapped;
}

function aspectRatios(prefix: 'hw' | 'hn'): CssRule[] {
  const rules: CssRule[] = [];
  for (let h = LAYOUT_HEIGHTS.min; h <= LAYOUT_HEIGHTS.max; h += LAYOUT_HEIGHTS.step) {
    rules.push([`.jm-${prefix}-${h}`, { 'aspect-ratio': `${LAYOUT_WIDTH} / ${h}` }]);
  }
  return rules;
}

/** The stylesheet of the two layouts: which label set and legend show, and how tall the box is. */
export function mapLayoutCss(): string {
  return [
    cssRules([['.jm-frame', { container: `${CONTAINER} / inline-size` }], ...aspectRatios('hw'), ['.jm-labels-narrow, .jm-legend-narrow', { display: 'none' }]]),
    atRule(`@container ${CONTAINER} (max-width: ${NARROW_MAX_WIDTH}px)`, [
      ...aspectRatios('hn'),
      ['.jm-labels-wide, .jm-legend-wide', { display: 'none' }],
      ['.jm-labels-narrow, .jm-legend-narrow', { display: 'inline' }],
      ['.jm-scale-text', { 'font-size': '20px' }],
    ]),
  ].join('\n');
}
