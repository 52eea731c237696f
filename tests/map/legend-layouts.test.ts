import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LAYOUT_HEIGHTS, LAYOUT_WIDTH } from '@/map/layout.ts';
import { legendLayouts } from '@/map/legend-layouts.ts';
import { mapIds } from '@/map/patterns.ts';
import { mapWords } from '@/map/text.ts';
import { workerClasses } from '@/map/worker-classes.ts';

const parse = (svg: string) => new DOMParser().parseFromString(`<!doctype html><html><body><svg>${svg}</svg></body></html>`, 'text/html');
const legends = (mapHeight: number, u = 1) =>
  legendLayouts({ width: LAYOUT_WIDTH * u, mapHeight: mapHeight * u, u, classes: workerClasses([120, 4000, 9000, 15000], 'id').classes, text: mapWords('id'), ids: mapIds('t') });

describe('legendLayouts', () => {
  it('snaps both heights to a step the stylesheet has a class for', () => {
    const { wideHeight, narrowHeight } = legends(300);
    for (const h of [wideHeight, narrowHeight]) {
      expect(h % LAYOUT_HEIGHTS.step).toBe(0);
      expect(h).toBeGreaterThanOrEqual(LAYOUT_HEIGHTS.min);
    }
  });

  it('makes the phone layout taller, for its larger legend, and grows with the map', () => {
    const a = legends(300);
    expect(a.narrowHeight).toBeGreaterThan(a.wideHeight);
    expect(legends(380).wideHeight).toBeGreaterThan(a.wideHeight);
  });

  it('measures heights per layout width, so a wider viewBox gets the same classes', () => {
    expect([legends(300, 2).wideHeight, legends(300, 2).narrowHeight]).toEqual([legends(300).wideHeight, legends(300).narrowHeight]);
  });

  it('draws the legends below the map, the phone one hidden until the stylesheet swaps them', () => {
    const doc = parse(legends(300).wide + legends(300).narrow);
    expect(doc.querySelector('.jm-legend-narrow')?.getAttribute('display')).toBe('none');
    expect(doc.querySelector('.jm-legend-wide')?.getAttribute('display')).toBeNull();
    const ys = [...doc.querySelectorAll('text, rect')].map((e) => Number(e.getAttribute('y')));
    expect(Math.min(...ys)).toBeGreaterThan(300);
  });

  it('refuses a layout taller than the stylesheet covers', () => {
    expect(() => legends(LAYOUT_HEIGHTS.max)).toThrow(/exceeds/);
  });
});
