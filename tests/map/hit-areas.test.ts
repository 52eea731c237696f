import { describe, expect, it } from 'vitest';
import { grow, hitBox } from '@/map/hit-areas.ts';
import type { ProjectedRegion } from '@/map/label-geometry.ts';

const square = (x: number, y: number, size: number): ProjectedRegion => [[[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]];

describe('hit areas', () => {
  it('grows a box about its centre to the minimum', () => {
    expect(grow({ x: 10, y: 10, width: 10, height: 100 }, 48)).toEqual({ x: -9, y: 10, width: 48, height: 100 });
  });
  it('adds none to a big regency labelled on itself', () => {
    expect(hitBox(square(0, 0, 200), { x: 50, y: 50, width: 60, height: 20 }, 48)).toBeNull();
  });
  it('gives a tiny regency a target around its callout label', () => {
    const box = hitBox(square(0, 0, 8), { x: 100, y: 100, width: 80, height: 20 }, 48);
    expect(box).toEqual({ x: 100, y: 86, width: 80, height: 48 });
  });
  it('gives an unlabelled tiny regency a target on itself', () => {
    expect(hitBox(square(0, 0, 8), null, 48)).toEqual({ x: -20, y: -20, width: 48, height: 48 });
  });
});
