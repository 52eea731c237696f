import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { scaleBar } from '@/map/scale-bar.ts';
import { miniMap } from './fixtures/mini-map.ts';

const EARTH_RADIUS_KM = 6371;

/** The bar's horizontal run, read back from its path data: "M x,top V bottom H x2 V top". */
function barEnds(svg: string): [number, number, number] {
  const m = /d="M([\d.]+),[\d.]+V([\d.]+)H([\d.]+)V/.exec(svg);
  if (!m) throw new Error(`no bar in ${svg}`);
  return [Number(m[1]), Number(m[3]), Number(m[2])];
}

describe('scaleBar', () => {
  it('is as long on the map as the distance it names, measured on the globe', () => {
    const { projection, width, mapHeight, u } = miniMap();
    const { svg } = scaleBar(projection, width, mapHeight, u);
    const km = Number(/>(\d+) km</.exec(svg)?.[1]);
    const [x0, x1, y] = barEnds(svg);
    const a = projection.invert?.([x0, y]);
    const b = projection.invert?.([x1, y]);
    if (!a || !b) throw new Error('projection cannot invert');
    // Mercator is true to scale along the bar's own latitude only; the bar is drawn at the map's centre.
    expect(geoDistance(a, b) * EARTH_RADIUS_KM).toBeGreaterThan(km * 0.95);
    expect(geoDistance(a, b) * EARTH_RADIUS_KM).toBeLessThan(km * 1.05);
  });

  it('returns a box that covers the bar and its text, inside the map frame', () => {
    const { projection, width, mapHeight, u } = miniMap();
    const { svg, box } = scaleBar(projection, width, mapHeight, u);
    const [x0, x1, y] = barEnds(svg);
    const textY = Number(/<text[^>]* y="([\d.]+)"/.exec(svg)?.[1]);
    expect(box.x).toBeLessThanOrEqual(x0);
    expect(box.x + box.width).toBeGreaterThanOrEqual(x1);
    expect(box.y).toBeLessThan(textY);
    expect(box.y + box.height).toBeGreaterThanOrEqual(y);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(mapHeight);
  });

  it('scales with the viewBox', () => {
    const small = miniMap(640);
    const big = miniMap(1280);
    const a = scaleBar(small.projection, small.width, small.mapHeight, small.u);
    const b = scaleBar(big.projection, big.width, big.mapHeight, big.u);
    expect(b.box.height).toBeCloseTo(a.box.height * 2, 5);
    expect(b.box.width).toBeCloseTo((a.box.width - 4) * 2 + 4, 0);
    expect(b.svg).toContain('font-size="22"');
    expect(a.svg).toContain('font-size="11"');
  });
});
