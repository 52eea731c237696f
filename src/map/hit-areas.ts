/**
 * Invisible tap targets. A regency drawn smaller than a fingertip (Kota Kupang, Nagekeo on a
 * phone) gets a transparent rectangle inside its link, around its label, at least HIT_MIN units
 * on each side. Big regencies need none: their own shape is the target, and labels let taps
 * through (pointer-events: none).
 */
import { type Box, bounds, largestPolygon, type ProjectedRegion } from './label-geometry.ts';

/**
 * 48 units of a 640-unit viewBox: on a 360 px phone (328 px of map) that is 24.6 CSS px, the
 * WCAG 2.2 minimum (2.5.8); beside the story on a desktop it is over 40 px.
 */
export const HIT_MIN = 48;

/** Grows a box about its centre until both sides are at least `min`. */
export function grow(box: Box, min: number): Box {
  const width = Math.max(box.width, min);
  const height = Math.max(box.height, min);
  return { x: box.x + box.width / 2 - width / 2, y: box.y + box.height / 2 - height / 2, width, height };
}

/** The target to add for a regency, or null when its shape is big enough on its own. */
export function hitBox(region: ProjectedRegion, label: Box | null, min = HIT_MIN): Box | null {
  const shape = bounds(largestPolygon(region)[0] ?? []);
  const labelOnShape = label !== null && label.x >= shape.x && label.x + label.width <= shape.x + shape.width && label.y >= shape.y && label.y + label.height <= shape.y + shape.height;
  if (shape.width >= 2 * min && shape.height >= 2 * min && (label === null || labelOnShape)) return null;
  return grow(label ?? shape, min);
}
