import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { relativePath } from '@/map/relative-path.ts';

/** Absolute points of a relative path ("M10,20l5,-3z"). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Ml])(-?\d+),?(-?\d+)/g)) {
    if (cmd === 'M') { x = Number(a); y = Number(b); } else { x += Number(a); y += Number(b); }
    out.push([x, y]);
  }
  return out;
}

// A square from 0 to 100 in projected units (identity projection, y not flipped).
const square: GeoJSON.Feature = {
  type: 'Feature', properties: {},
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 100], [100, 100], [100, 0], [0, 0]]] },
};

describe('relativePath', () => {
  it('writes whole-unit relative steps', () => {
    expect(relativePath(geoIdentity())(square)).toMatch(/^M\d+,\d+(l-?\d+,?-?\d+)+z$/);
  });

  it('with a clip box, writes no point outside it (land a panel hides is not written)', () => {
    const d = relativePath(geoIdentity(), [[20, 30], [60, 200]])(square);
    const pts = points(d);
    expect(pts.length).toBeGreaterThan(2);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThanOrEqual(20);
      expect(x).toBeLessThanOrEqual(60);
      expect(y).toBeGreaterThanOrEqual(30);
      expect(y).toBeLessThanOrEqual(200);
    }
    // The part inside stays: the cut square spans the box's width and the square's bottom.
    expect(Math.min(...pts.map((p) => p[0]))).toBe(20);
    expect(Math.max(...pts.map((p) => p[0]))).toBe(60);
    expect(Math.max(...pts.map((p) => p[1]))).toBe(100);
  });

  it('with a clip box that misses the shape, writes nothing', () => {
    expect(relativePath(geoIdentity(), [[200, 200], [300, 300]])(square)).toBe('');
  });
});
