import { describe, expect, it } from 'vitest';
import { grow, HIT_AIM, HIT_MIN, hitTargets } from '@/map/hit-areas.ts';
import { overlaps, type ProjectedRegion } from '@/map/label-geometry.ts';

const square = (x: number, y: number, size: number): ProjectedRegion => [[[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]];
const panel = { x: 0, y: 0, width: 640, height: 640 };
const holds = (outer: { x: number; y: number; width: number; height: number }, inner: typeof outer) =>
  outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width && outer.y + outer.height >= inner.y + inner.height;

describe('hit areas', () => {
  it('are 24 and 44 CSS px on the 328 px map of a 360 px phone', () => {
    expect(HIT_MIN * 328 / 640).toBeGreaterThanOrEqual(24);
    expect(HIT_AIM * 328 / 640).toBeGreaterThanOrEqual(44);
  });
  it('grows a box about its centre to the minimum', () => {
    expect(grow({ x: 10, y: 10, width: 10, height: 100 }, 48)).toEqual({ x: -9, y: 10, width: 48, height: 100 });
  });
  it('grows a lone regency’s target to the aim, around its label', () => {
    const label = { x: 300, y: 300, width: 40, height: 20 };
    const t = hitTargets([{ kode: 'a', region: square(310, 290, 8), label, within: panel }]).targets.get('a')!;
    expect([t.width, t.height]).toEqual([HIT_AIM, HIT_AIM]);
    expect(holds(t, label)).toBe(true);
  });
  it('keeps a wide label whole and stays inside its panel', () => {
    const label = { x: 2, y: 2, width: 150, height: 20 };
    const t = hitTargets([{ kode: 'a', region: square(0, 0, 8), label, within: panel }]).targets.get('a')!;
    expect(t.width).toBe(150);
    expect(t.height).toBe(HIT_AIM);
    expect(holds(panel, t)).toBe(true);
  });
  it('stops before a neighbour’s label and never overlaps a neighbour’s target', () => {
    const a = { kode: 'a', region: square(100, 100, 8), label: { x: 100, y: 100, width: 40, height: 20 }, within: panel };
    const b = { kode: 'b', region: square(100, 160, 8), label: { x: 100, y: 160, width: 40, height: 20 }, within: panel };
    const { targets, short } = hitTargets([a, b]);
    const ta = targets.get('a')!;
    const tb = targets.get('b')!;
    expect(short).toEqual([]);
    expect(overlaps(ta, tb)).toBe(false);
    expect(overlaps(ta, b.label) || overlaps(tb, a.label)).toBe(false);
    expect(Math.min(ta.height, tb.height)).toBeGreaterThanOrEqual(HIT_MIN);
    expect(ta.y + ta.height).toBeLessThanOrEqual(b.label.y);
  });
  it('never covers a regency too small for a finger', () => {
    const big = { kode: 'big', region: square(0, 0, 300), label: { x: 100, y: 100, width: 60, height: 20 }, within: panel };
    const tiny = { kode: 'tiny', region: square(170, 105, 10), label: { x: 400, y: 400, width: 60, height: 20 }, within: panel };
    const t = hitTargets([big, tiny]).targets.get('big')!;
    expect(overlaps(t, { x: 170, y: 105, width: 10, height: 10 })).toBe(false);
  });
});
