/**
 * The choropleth's <defs>: the clip path that keeps neighbouring land inside the map frame, and
 * the two fills for regencies without figures. They are patterns, not ramp colours, so "no data"
 * can never be read as the lightest class; the legend draws its swatches with the same ids.
 */
import { r1 } from './svg.ts';

export interface MapIds {
  clip: string;
  /** Pattern for regencies named only in the provincial launch (dots). */
  launch: string;
  /** Pattern for regencies with no published data (hatching). */
  none: string;
}

/** Ids are prefixed because a page may carry more than one map. */
export function mapIds(prefix: string): MapIds {
  return { clip: `${prefix}-clip`, launch: `${prefix}-launch`, none: `${prefix}-none` };
}

/** The two fills (hatching for no data, dots for the provincial launch), `u` units to the tile. */
export function fillPatterns(ids: Pick<MapIds, 'launch' | 'none'>, u: number): string {
  const p = 6 * u;
  return (
    `<pattern id="${ids.none}" width="${r1(p)}" height="${r1(p)}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="jm-pattern-bg" width="${r1(p)}" height="${r1(p)}"/><path class="jm-pattern-ink" d="M0,0V${r1(p)}"/></pattern>` +
    `<pattern id="${ids.launch}" width="${r1(p)}" height="${r1(p)}" patternUnits="userSpaceOnUse"><rect class="jm-launch-bg" width="${r1(p)}" height="${r1(p)}"/><circle class="jm-launch-ink" cx="${r1(p / 2)}" cy="${r1(p / 2)}" r="${r1(1.3 * u)}"/></pattern>`
  );
}

export function mapDefs(ids: MapIds, width: number, mapHeight: number, u: number): string {
  return `<defs><clipPath id="${ids.clip}"><rect width="${width}" height="${mapHeight}"/></clipPath>${fillPatterns(ids, u)}</defs>`;
}
