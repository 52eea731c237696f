/**
 * Invisible tap targets. On a phone most regencies are smaller than a fingertip, and labels sit
 * on or beside them, so every regency gets a transparent rectangle around its label, drawn above
 * all shapes (island-map.ts), at least HIT_MIN units on each side and grown toward HIT_AIM where
 * that takes nothing from a neighbour: a target never covers another regency's target or label
 * (so a tap on any label opens that label's regency) or a regency too small to hold a finger, and
 * stays inside its own panel of the map (outside it the SVG clips it away). Labels, leader lines
 * and their dots let taps through (pointer-events: none in map.css).
 */
import { type Box, bounds, containsPoint, largestPolygon, overlaps, type ProjectedRegion, segmentHitsBox } from './label-geometry.ts';
import { LAYOUT_WIDTH } from './layout.ts';

/** Width of the phone map in CSS px (a 360 px screen less the page's 1rem margins), for LAYOUT_WIDTH viewBox units. */
const PHONE_MAP_PX = 328;
const units = (cssPx: number): number => Math.ceil((cssPx * LAYOUT_WIDTH) / PHONE_MAP_PX);

/** 24 CSS px on a 360 px phone: the WCAG 2.2 minimum target size (2.5.8, AA). */
export const HIT_MIN = units(24);
/** 44 CSS px on a 360 px phone: the enhanced target size (2.5.5, AAA) and the aim. */
export const HIT_AIM = units(44);
/** Growth step, in units: small enough that targets stop close to what blocks them. */
const STEP = 2;

/** Grows a box about its centre until both sides are at least `min`. */
export function grow(box: Box, min: number): Box {
  const width = Math.max(box.width, min);
  const height = Math.max(box.height, min);
  return { x: box.x + box.width / 2 - width / 2, y: box.y + box.height / 2 - height / 2, width, height };
}

export interface HitRequest {
  kode: string;
  /** The regency as projected polygons. */
  region: ProjectedRegion;
  /** Its label's box, or null when it has none. */
  label: Box | null;
  /** Where its target must stay (its panel of the map). */
  within: Box;
}

/**
 * Positions along one axis for a span of `size` that holds [lo, lo + length] and stays in
 * [min, max]: centred (moved inside if needed) first, then flush with either end.
 */
function spans(lo: number, length: number, size: number, min: number, max: number): number[] {
  const first = Math.max(min, lo + length - size);
  const last = Math.min(lo, max - size);
  if (first > last + 1e-9) return [];
  const centred = Math.min(last, Math.max(first, lo + length / 2 - size / 2));
  return [...new Set([centred, first, last])];
}

/** Every box of the given size that holds `base` and stays `within`, the centred one first. */
function placements(base: Box, width: number, height: number, within: Box): Box[] {
  const xs = spans(base.x, base.width, width, within.x, within.x + within.width);
  const ys = spans(base.y, base.height, height, within.y, within.y + within.height);
  return ys.flatMap((y) => xs.map((x) => ({ x, y, width, height })));
}

/** Whether a box touches a regency's drawn shape (any of its polygons). */
function touchesShape(box: Box, region: ProjectedRegion, shapeBoxes: readonly Box[]): boolean {
  return region.some((polygon, i) => {
    if (!overlaps(box, shapeBoxes[i]!)) return false;
    const ring = polygon[0] ?? [];
    return containsPoint([polygon], [box.x + box.width / 2, box.y + box.height / 2]) || ring.some((pt, j) => segmentHitsBox(pt, ring[(j + 1) % ring.length] ?? pt, box));
  });
}

/**
 * A target for every regency, by kode. All start at `min` and grow together in small steps toward
 * `aim`, each side on its own, each stopping where it would cover another regency's target, label
 * or tiny shape, or leave its panel. A target holds its whole label where it can, else the label's centre; one
 * that cannot have even `min` either way keeps `min` (centred on its label) and is listed in `short`.
 */
export function hitTargets(requests: readonly HitRequest[], { min = HIT_MIN, aim = HIT_AIM } = {}): { targets: Map<string, Box>; short: string[] } {
  const base = new Map(requests.map((r) => [r.kode, r.label ?? bounds(largestPolygon(r.region)[0] ?? [])]));
  const labels = requests.flatMap((r) => (r.label ? [{ kode: r.kode, box: r.label }] : []));
  // A regency smaller than a fingertip is reached on its own shape too: no other target covers it.
  const tiny = requests.flatMap((r) => {
    const shape = bounds(largestPolygon(r.region)[0] ?? []);
    return shape.width < min && shape.height < min ? [{ kode: r.kode, region: r.region, boxes: r.region.map((p) => bounds(p[0] ?? [])) }] : [];
  });
  const targets = new Map<string, Box>();
  const free = (kode: string, box: Box): boolean =>
    [...targets].every(([k, t]) => k === kode || !overlaps(box, t)) &&
    labels.every((l) => l.kode === kode || !overlaps(box, l.box)) &&
    tiny.every((t) => t.kode === kode || !touchesShape(box, t.region, t.boxes));
  const fit = (r: HitRequest, width: number, height: number): Box | undefined =>
    placements(base.get(r.kode)!, width, height, r.within).find((box) => free(r.kode, box));

  const short: string[] = [];
  for (const r of requests) {
    const b = base.get(r.kode)!;
    let box = fit(r, Math.max(b.width, min), Math.max(b.height, min));
    if (!box) {
      // The whole label cannot be covered without taking from a neighbour: cover its centre.
      base.set(r.kode, { x: b.x + b.width / 2, y: b.y + b.height / 2, width: 0, height: 0 });
      box = fit(r, min, min);
    }
    if (!box) short.push(r.kode);
    targets.set(r.kode, box ?? grow(b, min));
  }
  const growing = new Set(requests.filter((r) => !short.includes(r.kode)).map((r) => r.kode));
  while (growing.size > 0) {
    for (const r of requests) {
      if (!growing.has(r.kode)) continue;
      const t = targets.get(r.kode)!;
      const wider = Math.max(t.width, Math.min(aim, t.width + STEP));
      const taller = Math.max(t.height, Math.min(aim, t.height + STEP));
      const next =
        (wider > t.width && taller > t.height ? fit(r, wider, taller) : undefined) ??
        (wider > t.width ? fit(r, wider, t.height) : undefined) ??
        (taller > t.height ? fit(r, t.width, taller) : undefined);
      if (next) targets.set(r.kode, next);
      else growing.delete(r.kode);
    }
  }
  return { targets, short };
}
